#include "reliabilitychecks.h"

#include "store/sqlquery.h"

#include <QCryptographicHash>
#include <QStringList>

#include <algorithm>
#include <catch2/catch.hpp>

namespace chairside::test {

QByteArray contentDigest(Store &store)
{
    Database &db = store.database();
    QStringList tables;
    {
        SqlQuery q(db, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"),
            "list the tables");
        q.exec();
        while (q.next())
            tables << q.value(0).toString();
    }
    QCryptographicHash digest(QCryptographicHash::Sha256);
    for (const QString &table : std::as_const(tables)) {
        SqlQuery q(db, QStringLiteral("SELECT * FROM \"%1\"").arg(table), "read a table");
        q.exec();
        QList<QByteArray> rows;
        while (q.next()) {
            QByteArray row;
            for (int c = 0; c < q.columnCount(); ++c) {
                const QVariant value = q.value(c);
                row += value.isValid() ? value.toString().toUtf8().toBase64() : QByteArrayLiteral("NULL");
                row += '|';
            }
            rows << row;
        }
        std::sort(rows.begin(), rows.end());
        digest.addData(table.toUtf8());
        digest.addData(QByteArrayView(":"));
        for (const QByteArray &row : std::as_const(rows)) {
            digest.addData(row);
            digest.addData(QByteArrayView("\n"));
        }
    }
    return digest.result().toHex();
}

void requireConsistent(Store &store)
{
    SqlQuery q(store.database(), QStringLiteral("PRAGMA integrity_check"), "check the file");
    q.exec();
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    INFO("integrity_check: " << problems.join(QStringLiteral("; ")).toStdString());
    REQUIRE(problems == QStringList {QStringLiteral("ok")});
    const AuditVerdict verdict = store.verifyAudit();
    INFO("audit verify: " << verdict.problem.toStdString());
    REQUIRE(verdict.intact);
}

void requireWords(const QString &message)
{
    REQUIRE_FALSE(message.trimmed().isEmpty());
    // SQLite's phrases and SQL's verbs are not for the desk.
    for (const char *jargon : {"sqlite", "failed:", "i/o error", "disk is full", "readonly", "constraint",
             "insert ", "update ", "select ", "delete ", "commit", "savepoint", "errno", "code "}) {
        INFO("the message contains \"" << jargon << "\"");
        REQUIRE_FALSE(message.contains(QLatin1String(jargon), Qt::CaseInsensitive));
    }
}

int auditEntriesOf(Store &store, AuditAction action, qint64 recordId)
{
    AuditFilter filter;
    filter.action = action;
    const QList<AuditEntry> entries = store.auditEntries(filter);
    return int(std::count_if(entries.cbegin(), entries.cend(),
        [recordId](const AuditEntry &entry) { return entry.event.recordId == recordId; }));
}

} // namespace chairside::test
