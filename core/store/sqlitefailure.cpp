#include "sqlitefailure.h"

#include "database.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace chairside {

namespace {

/// The words for the failures a desk can act on, or an empty text for the rest.
QString deskWords(int primary)
{
    switch (primary) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return storeBusyWords();
    case SQLITE_FULL:
        return QCoreApplication::translate("Store",
            "The disk that holds the database is full, so nothing was saved. Free some space on it (or "
            "ask whoever looks after this computer), then try again.");
    case SQLITE_IOERR:
        return QCoreApplication::translate("Store",
            "The disk that holds the database reported an error, so nothing was saved. Try again; if it "
            "keeps happening, ask whoever looks after this computer to check the disk.");
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return QCoreApplication::translate("Store",
            "The database file cannot be written from this computer's account (it is read-only), so "
            "nothing was saved. Ask whoever looks after this computer to make it writable again.");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return QCoreApplication::translate("Store",
            "The database file is damaged, so nothing was saved. Stop using it and ask whoever looks "
            "after this computer to restore the latest backup.");
    default:
        return {};
    }
}

} // namespace

QString storeBusyWords()
{
    // The one failure a desk meets in normal work, when another workstation holds the write lock longer
    // than the busy timeout.
    return QCoreApplication::translate("Store",
        "The database stayed busy with another workstation's change for %n second(s), so nothing was "
        "changed here. Try again in a moment.",
        nullptr, Database::kBusyTimeoutMs / 1000);
}

Error sqliteFailure(int code, const QString &detail, const char *what, const char *stage)
{
    const int primary = code & 0xff;
    const QString words = deskWords(primary);
    if (!words.isEmpty()) {
        if (primary != SQLITE_BUSY && primary != SQLITE_LOCKED) {
            // What the desk is not shown is kept for the one who mends the computer.
            qWarning(
                "Chairside could not %s (%s failed: %s, code %d)", what, stage, qUtf8Printable(detail), code);
        }
        return Error(Error::Kind::Store, words);
    }
    // SQLite's constraint messages ("UNIQUE constraint failed: ...") are the ones a caller may want to
    // tell apart; a trigger's refusal is a constraint by code but a failure of the store by meaning.
    const bool constraint
        = primary == SQLITE_CONSTRAINT && detail.contains(QLatin1String("constraint"), Qt::CaseInsensitive);
    return Error(constraint ? Error::Kind::Conflict : Error::Kind::Store,
        QStringLiteral("Could not %1 (%2 failed: %3).")
            .arg(QString::fromUtf8(what), QString::fromLatin1(stage), detail));
}

} // namespace chairside
