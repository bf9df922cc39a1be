#include "servicehelpers.h"

#include "authhelpers.h"
#include "store/pgconnection.h"
#include "store/sqlquery.h"

#include <catch2/catch.hpp>

namespace chairside::test {

BrokenAuditTrail::BrokenAuditTrail(Store &store)
    : m_store(store)
{
    // A temporary trigger lives on this connection only, so it disappears with the store too. PostgreSQL
    // has no temporary triggers: there the trigger refuses only this connection's inserts.
    Database &db = m_store.database();
    if (!db.isPostgreSql()) {
        db.execute(QStringLiteral("CREATE TEMP TRIGGER audit_broken BEFORE INSERT ON audit_entry "
                                  "BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be written'); "
                                  "END"),
            "break the audit trail");
        return;
    }
    db.execute(QStringLiteral("CREATE FUNCTION audit_broken() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                              "IF pg_backend_pid() = %1 THEN RAISE EXCEPTION 'the audit trail cannot be "
                              "written'; END IF; RETURN NEW; END $$; CREATE TRIGGER audit_broken BEFORE "
                              "INSERT ON audit_entry FOR EACH ROW EXECUTE FUNCTION audit_broken()")
                   .arg(db.pg()->backendPid()),
        "break the audit trail");
}

BrokenAuditTrail::~BrokenAuditTrail()
{
    try {
        Database &db = m_store.database();
        db.execute(db.isPostgreSql() ? QStringLiteral("DROP TRIGGER IF EXISTS audit_broken ON audit_entry; "
                                                      "DROP FUNCTION IF EXISTS audit_broken()")
                                     : QStringLiteral("DROP TRIGGER IF EXISTS temp.audit_broken"),
            "mend the audit trail");
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
    SqlQuery q(
        store.database(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)), "count");
    q.exec();
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace chairside::test
