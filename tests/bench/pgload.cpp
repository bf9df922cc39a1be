#include "pgload.h"

#include "common/error.h"
#include "store/database.h"
#include "store/pgconnection.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>

#include <cstdio>
#include <libpq-fe.h>
#include <sqlite3.h>

namespace chairside::bench {

namespace {

/// The setting that says which file a database was loaded from.
const char *const kMarkKey = "bench.loaded_from";

/// Tables not copied: the schema's own version, the change journal (the server keeps its own from now
/// on) and the audit trail (sealed with the file's key).
const QSet<QString> &leftOut()
{
    static const QSet<QString> tables {QStringLiteral("schema_version"), QStringLiteral("change_log"),
        QStringLiteral("audit_entry"), QStringLiteral("setting")};
    return tables;
}

QString quoted(const QString &name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

/// Appends one value in COPY's text format: \N for NULL, backslash, tab and line ends escaped, a blob
/// as bytea's hex form.
void appendValue(QByteArray &out, sqlite3_stmt *row, int column)
{
    switch (sqlite3_column_type(row, column)) {
    case SQLITE_NULL:
        out += "\\N";
        return;
    case SQLITE_INTEGER:
        out += QByteArray::number(sqlite3_column_int64(row, column));
        return;
    case SQLITE_FLOAT:
        out += QByteArray::number(sqlite3_column_double(row, column), 'g', 17);
        return;
    case SQLITE_BLOB: {
        const auto *bytes = static_cast<const char *>(sqlite3_column_blob(row, column));
        out += "\\\\x";
        out += QByteArray::fromRawData(bytes, sqlite3_column_bytes(row, column)).toHex();
        return;
    }
    default:
        break;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(row, column));
    const int size = sqlite3_column_bytes(row, column);
    for (int i = 0; i < size; ++i) {
        const char c = text[i];
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

QStringList sqliteColumns(sqlite3 *file, const QString &table)
{
    QStringList columns;
    sqlite3_stmt *info = nullptr;
    const QByteArray sql = "PRAGMA table_info(" + quoted(table).toUtf8() + ")";
    if (sqlite3_prepare_v2(file, sql.constData(), -1, &info, nullptr) != SQLITE_OK)
        return columns;
    while (sqlite3_step(info) == SQLITE_ROW)
        columns << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(info, 1)));
    sqlite3_finalize(info);
    return columns;
}

/// Copies one table's `columns` from the file to the server with one COPY; returns the rows copied.
qint64 copyTable(sqlite3 *file, pg_conn *server, const QString &table, const QStringList &columns)
{
    QStringList names;
    for (const QString &column : columns)
        names << quoted(column);
    const QString list = names.join(QStringLiteral(", "));
    sqlite3_stmt *rows = nullptr;
    const QByteArray select = QStringLiteral("SELECT %1 FROM %2").arg(list, quoted(table)).toUtf8();
    if (sqlite3_prepare_v2(file, select.constData(), -1, &rows, nullptr) != SQLITE_OK)
        throw Error(Error::Kind::Store,
            QStringLiteral("Cannot read %1 from the file: %2")
                .arg(table, QString::fromUtf8(sqlite3_errmsg(file))));

    auto fail = [&](const QString &what) {
        sqlite3_finalize(rows);
        throw Error(Error::Kind::Store,
            QStringLiteral("Cannot copy %1 to the server (%2): %3")
                .arg(table, what, QString::fromUtf8(PQerrorMessage(server)).trimmed()));
    };
    PGresult *started = PQexec(
        server, QStringLiteral("COPY %1 (%2) FROM STDIN").arg(quoted(table), list).toUtf8().constData());
    const bool copying = PQresultStatus(started) == PGRES_COPY_IN;
    PQclear(started);
    if (!copying)
        fail(QStringLiteral("start"));

    constexpr qsizetype kChunk = 1 << 20;
    QByteArray buffer;
    buffer.reserve(kChunk + 4096);
    qint64 count = 0;
    const int width = int(columns.size());
    while (sqlite3_step(rows) == SQLITE_ROW) {
        for (int c = 0; c < width; ++c) {
            if (c > 0)
                buffer += '\t';
            appendValue(buffer, rows, c);
        }
        buffer += '\n';
        ++count;
        if (buffer.size() >= kChunk) {
            if (PQputCopyData(server, buffer.constData(), int(buffer.size())) != 1)
                fail(QStringLiteral("send"));
            buffer.clear();
        }
    }
    sqlite3_finalize(rows);
    rows = nullptr;
    if (!buffer.isEmpty() && PQputCopyData(server, buffer.constData(), int(buffer.size())) != 1)
        fail(QStringLiteral("send"));
    if (PQputCopyEnd(server, nullptr) != 1)
        fail(QStringLiteral("end"));
    bool ok = true;
    while (PGresult *result = PQgetResult(server)) {
        ok = ok && PQresultStatus(result) == PGRES_COMMAND_OK;
        PQclear(result);
    }
    if (!ok)
        fail(QStringLiteral("finish"));
    return count;
}

} // namespace

PgLoad::Info PgLoad::ensure(const QString &sqlitePath, const QString &address)
{
    Info info;
    // Opening migrates a new database to this program's schema (and sets the grants).
    Database db(address);
    PgConnection &pg = *db.pg();
    const QString source = QFileInfo(sqlitePath).fileName();
    const PgResult mark
        = pg.run(QStringLiteral("SELECT value FROM setting WHERE key = '%1'").arg(QLatin1String(kMarkKey)),
            "read which file the database was loaded from");
    if (mark.rows() > 0 && mark.value(0, 0).toString() == source)
        return info;
    const PgResult patients = pg.run(QStringLiteral("SELECT count(*) FROM patient"), "count the patients");
    if (mark.rows() > 0 || patients.value(0, 0).toLongLong() > 0) {
        throw Error(Error::Kind::Store,
            QStringLiteral("The database %1 already holds other data (%2). The speed suite copies its file "
                           "into an empty database only: make one with createdb.")
                .arg(db.displayName(),
                    mark.rows() > 0 ? QStringLiteral("loaded from %1").arg(mark.value(0, 0).toString())
                                    : QStringLiteral("%1 patients").arg(patients.value(0, 0).toLongLong())));
    }

    sqlite3 *file = nullptr;
    if (sqlite3_open_v2(qPrintable(sqlitePath), &file, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(file);
        throw Error(Error::Kind::Store, QStringLiteral("Cannot open %1 to copy it.").arg(sqlitePath));
    }
    QElapsedTimer timer;
    timer.start();
    try {
        // The server's tables, their columns in order, and which ones the server numbers.
        const PgResult tables = pg.run(
            QStringLiteral(
                "SELECT c.table_name, c.column_name, c.is_identity FROM information_schema.columns c "
                "JOIN information_schema.tables t USING (table_schema, table_name) "
                "WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' "
                "ORDER BY c.table_name, c.ordinal_position"),
            "read the tables' definitions");
        QStringList order;
        QHash<QString, QStringList> columns;
        QHash<QString, QString> identity;
        for (int i = 0; i < tables.rows(); ++i) {
            const QString table = tables.value(i, 0).toString();
            if (!columns.contains(table))
                order << table;
            columns[table] << tables.value(i, 1).toString();
            if (tables.value(i, 2).toString() == QLatin1String("YES"))
                identity.insert(table, tables.value(i, 1).toString());
        }

        // One transaction: a load that fails leaves the database empty. The session skips triggers: the
        // append-only guards, the change journal's and the foreign keys' (the file's rows already kept
        // them); the exclusion constraint on appointments is an index and still checks every row.
        pg.run(QStringLiteral("BEGIN"), "start the copy");
        try {
            pg.run(QStringLiteral("SET LOCAL session_replication_role = replica"),
                "copy without the tables' triggers (this needs a superuser, as in pg_virtualenv)");
            for (const QString &table : std::as_const(order)) {
                if (leftOut().contains(table))
                    continue;
                const QStringList inFile = sqliteColumns(file, table);
                if (inFile.isEmpty()) {
                    info.notes << QStringLiteral("%1: not in the file").arg(table);
                    continue;
                }
                QStringList both;
                for (const QString &column : columns.value(table)) {
                    if (inFile.contains(column))
                        both << column;
                }
                const PgResult present = pg.run(
                    QStringLiteral("SELECT count(*) FROM %1").arg(quoted(table)), "count a table's rows");
                if (present.value(0, 0).toLongLong() > 0) {
                    // Rows the migration itself wrote (set-up lists): the file has the same.
                    info.notes << QStringLiteral("%1: kept the server's %2 rows")
                                      .arg(table)
                                      .arg(present.value(0, 0).toLongLong());
                    continue;
                }
                QElapsedTimer one;
                one.start();
                const qint64 copied = copyTable(file, pg.handle(), table, both);
                info.rows += copied;
                if (copied > 0) {
                    std::fprintf(stderr, "  %s: %lld rows in %.1f s\n", qPrintable(table), copied,
                        double(one.nsecsElapsed()) / 1e9);
                    info.notes << QStringLiteral("%1: %2 rows").arg(table).arg(copied);
                }
                if (identity.contains(table)) {
                    const QString column = identity.value(table);
                    pg.run(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), "
                                          "coalesce(max(%3), 0) + 1, false) FROM %4")
                               .arg(table, column, quoted(column), quoted(table)),
                        "number new rows after the copied ones");
                }
            }
            pg.run(QStringLiteral("INSERT INTO setting (key, value) VALUES ('%1', '%2')")
                       .arg(QLatin1String(kMarkKey), source),
                "mark the database as loaded");
            pg.run(QStringLiteral("COMMIT"), "finish the copy");
        } catch (...) {
            try {
                pg.run(QStringLiteral("ROLLBACK"), "undo the copy");
            } catch (...) {
                // The connection is gone: the server rolled back.
            }
            throw;
        }
        pg.run(QStringLiteral("VACUUM (ANALYZE)"), "vacuum and analyze the copied tables");
    } catch (...) {
        sqlite3_close(file);
        throw;
    }
    sqlite3_close(file);
    info.loaded = true;
    info.seconds = double(timer.nsecsElapsed()) / 1e9;
    return info;
}

} // namespace chairside::bench
