#include "servicehelpers.h"

#include "authhelpers.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace chairside::test {

BrokenAuditTrail::BrokenAuditTrail(Store &store)
    : m_store(store)
{
    // A temporary trigger lives on this connection only, so it disappears with the store too.
    m_store.database().execute(
        QStringLiteral("CREATE TEMP TRIGGER audit_broken BEFORE INSERT ON audit_entry "
                       "BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be written'); "
                       "END"),
        "break the audit trail");
}

BrokenAuditTrail::~BrokenAuditTrail()
{
    try {
        m_store.database().execute(
            QStringLiteral("DROP TRIGGER IF EXISTS temp.audit_broken"), "mend the audit trail");
    } catch (const Error &) {
        // The store is closing with the test; the trigger goes with its connection.
    }
}

Error badData(const std::function<void()> &action)
{
    Error error = thrown(action);
    INFO(error.message().toStdString());
    REQUIRE(error.kind() == Error::Kind::BadData);
    REQUIRE_FALSE(error.message().isEmpty());
    return error;
}

qint64 rowCount(Store &store, const char *table)
{
    QSqlQuery q(store.database().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace chairside::test
