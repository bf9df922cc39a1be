#include "backup/sqlitecheck.h"

#include <QFile>

#include <sqlite3.h>

namespace chairside {

QString sqliteCheck(const QString &path, const char *pragma)
{
    sqlite3 *db = nullptr;
    const QByteArray name = QFile::encodeName(path);
    QString result;
    if (sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *check = nullptr;
        if (sqlite3_prepare_v2(db, pragma, -1, &check, nullptr) == SQLITE_OK
            && sqlite3_step(check) == SQLITE_ROW)
            result = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(check, 0)));
        sqlite3_finalize(check);
    }
    if (result.isEmpty())
        result = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("out of memory");
    sqlite3_close(db);
    return result;
}

} // namespace chairside
