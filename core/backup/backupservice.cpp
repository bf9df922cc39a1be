#include "backup/backupservice.h"

#include "access/permission.h"
#include "audit/auditevent.h"
#include "audit/auditkeyfile.h"
#include "backup/sqlitecheck.h"
#include "common/clock.h"
#include "common/error.h"
#include "store/database.h"
#include "store/scopedtransaction.h"
#include "store/store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace chairside {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

/// The files a backup writes under their working names, removed again unless the backup completes.
class PartFiles
{
public:
    PartFiles() = default;
    PartFiles(const PartFiles &) = delete;
    PartFiles &operator=(const PartFiles &) = delete;
    ~PartFiles()
    {
        for (const QString &path : std::as_const(m_paths)) {
            QFile::remove(path);
            QFile::remove(path + QStringLiteral("-wal"));
            QFile::remove(path + QStringLiteral("-shm"));
        }
    }

    void add(const QString &path) { m_paths << path; }
    void keep() { m_paths.clear(); }

private:
    QStringList m_paths;
};

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

void copyOwnerOnly(const QString &from, const QString &to)
{
    QFile::remove(to);
    if (!QFile::copy(from, to) || !QFile::setPermissions(to, kOwnerOnly)) {
        throw Error(Error::Kind::Store,
            QStringLiteral("Could not copy %1 beside the backup as %2. Nothing was kept.")
                .arg(nativePath(from), nativePath(to)));
    }
}

/// SQLite's online backup of `source` into a new file at `to`: one snapshot of what was committed.
void copyDatabase(sqlite3 *source, const QString &to)
{
    // Made empty and owner-only first, so the copy is never readable by others, not even for a moment.
    QFile::remove(to);
    QFile empty(to);
    if (!empty.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly)) {
        throw Error(Error::Kind::Store,
            QStringLiteral("Could not create %1: %2. Nothing was kept.")
                .arg(nativePath(to), empty.errorString()));
    }
    empty.close();
    sqlite3 *copy = nullptr;
    const QByteArray path = QFile::encodeName(to);
    int code = sqlite3_open_v2(path.constData(), &copy, SQLITE_OPEN_READWRITE, nullptr);
    if (code == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(copy, "main", source, "main");
        if (backup) {
            // All pages in one step: the source is read under one read transaction, so the copy is one
            // moment of it; in WAL mode the desks' writes go on meanwhile.
            code = sqlite3_backup_step(backup, -1);
            const int finished = sqlite3_backup_finish(backup);
            code = code == SQLITE_DONE ? finished : code;
        } else {
            code = sqlite3_errcode(copy);
        }
    }
    const QString detail = copy ? QString::fromUtf8(sqlite3_errmsg(copy)) : QString();
    sqlite3_close(copy);
    if (code != SQLITE_OK) {
        throw Error(Error::Kind::Store,
            QStringLiteral("Could not copy the database to %1 (%2). Nothing was kept.")
                .arg(nativePath(to), detail));
    }
}

} // namespace

BackupService::BackupService(Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{ }

BackupResult BackupService::backup(const User &user, const QString &file)
{
    AuditEvent event;
    event.action = AuditAction::BackupMade;
    event.userName = user.name;
    event.recordKind = QStringLiteral("database");
    requirePermission(m_store, m_clock.nowUtc(), user, Permission::Administer, event);
    return write(file, event);
}

BackupResult BackupService::backupAutomatically(const User &session, const QString &file)
{
    AuditEvent event;
    event.action = AuditAction::BackupMade;
    event.userName = session.name;
    event.recordKind = QStringLiteral("database");
    event.reason = QStringLiteral("daily, automatic");
    return write(file, event);
}

BackupResult BackupService::write(const QString &file, AuditEvent event)
{
    if (m_store.database().isPostgreSql()) {
        throw Error(Error::Kind::Refused,
            QStringLiteral(
                "A database on a PostgreSQL server is backed up on the server, with pg_dump or the "
                "server's own backups, by whoever looks after it; Chairside copies database files "
                "only. (Keep a copy of the audit key with those backups.)"));
    }
    if (file.trimmed().isEmpty())
        throw Error::badData(QStringLiteral("to"), QStringLiteral("Name the file to write the backup to."));
    const QFileInfo target(file);
    const QString path = target.absoluteFilePath();
    if (m_store.path() == QLatin1String(":memory:"))
        throw Error(Error::Kind::Store, QStringLiteral("A database kept in memory has no file to back up."));
    if (QFileInfo(m_store.path()).canonicalFilePath() == target.canonicalFilePath() && target.exists()) {
        throw Error(Error::Kind::Conflict,
            QStringLiteral("%1 is the database itself; name a new file for the backup.")
                .arg(nativePath(path)),
            QStringLiteral("to"));
    }
    const AuditKeyFile sourceKey(m_store.path());
    const QString keyPath = path + QStringLiteral(".audit-key");
    const QString headPath = keyPath + QStringLiteral(".head");
    for (const QString &existing : {path, keyPath, headPath}) {
        if (QFileInfo::exists(existing)) {
            throw Error(Error::Kind::Conflict,
                QStringLiteral("%1 already exists; a backup never overwrites a file. Name a new one.")
                    .arg(nativePath(existing)),
                QStringLiteral("to"));
        }
    }
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir() || !folder.isWritable()) {
        throw Error::badData(QStringLiteral("to"),
            QStringLiteral("The folder %1 does not exist or cannot be written.")
                .arg(nativePath(folder.filePath())));
    }
    if (m_store.database().transactionDepth() > 0)
        throw Error(Error::Kind::Store, QStringLiteral("A backup cannot be made inside a transaction."));

    // Written under working names and renamed when whole and checked; the key and its head first, so a
    // head never names an entry the copy lacks (the copy is taken after: it holds at least as much).
    PartFiles parts;
    const QString partPath = path + QStringLiteral(".part");
    const QString partKey = partPath + QStringLiteral(".audit-key");
    const QString partHead = partKey + QStringLiteral(".head");
    parts.add(partPath);
    parts.add(partKey);
    parts.add(partHead);
    const bool hasKey = QFileInfo::exists(sourceKey.keyPath());
    const bool hasHead = QFileInfo::exists(sourceKey.headPath());
    if (hasKey)
        copyOwnerOnly(sourceKey.keyPath(), partKey);
    if (hasHead)
        copyOwnerOnly(sourceKey.headPath(), partHead);
    copyDatabase(m_store.database().handle(), partPath);

    const QString integrity = sqliteCheck(partPath, "PRAGMA integrity_check");
    if (integrity != QLatin1String("ok")) {
        throw Error(Error::Kind::Store,
            QStringLiteral("The copy at %1 failed SQLite's integrity check (%2). Nothing was kept.")
                .arg(nativePath(path), integrity));
    }
    BackupResult result;
    {
        // The copy's trail against the copied key (or the one CHAIRSIDE_AUDIT_KEY names, as for the
        // database).
        Store copy(partPath);
        const AuditVerdict verdict = copy.verifyAudit();
        if (!verdict.intact) {
            throw Error(Error::Kind::Store,
                QStringLiteral("The copy's audit trail does not verify (%1). Nothing was kept.")
                    .arg(verdict.problem));
        }
        result.auditEntries = verdict.entries;
    }
    // Recorded before the copy takes its name: when the trail cannot take the entry (another desk holding
    // the database past the busy timeout), no unrecorded copy is left behind.
    event.reason = (event.reason.isEmpty() ? QString() : event.reason + QStringLiteral(", "))
        + QStringLiteral("to %1: %2 bytes, %3 audit entries verified")
              .arg(nativePath(path))
              .arg(QFileInfo(partPath).size())
              .arg(result.auditEntries);
    {
        // The trail's entry and the record of the last backup (Settings shows it) in one transaction.
        const QDateTime now = m_clock.nowUtc();
        const auto transaction = m_store.transaction();
        m_store.audit(event, now);
        m_store.setSetting(QLatin1String(kLastAtKey), now.toString(Qt::ISODate));
        m_store.setSetting(QLatin1String(kLastFileKey), path);
        transaction->commit();
    }
    const auto rename = [](const QString &from, const QString &to) {
        if (!QFile::rename(from, to)) {
            throw Error(Error::Kind::Store,
                QStringLiteral("Could not name the backup %1. Nothing was kept.").arg(nativePath(to)));
        }
    };
    if (hasKey) {
        rename(partKey, keyPath);
        result.keyFile = keyPath;
    }
    if (hasHead) {
        rename(partHead, headPath);
        result.headFile = headPath;
    }
    rename(partPath, path);
    parts.keep();
    result.file = path;
    result.bytes = QFileInfo(path).size();

    return result;
}

} // namespace chairside
