#include "audithelpers.h"

#include "audit/auditkeyfile.h"
#include "store/store.h"
#include "tempstore.h"

#include <QList>

#include <catch2/catch.hpp>

namespace chairside::test {

void appendSamples(Store &store, int count, int from)
{
    for (int n = from; n < from + count; ++n)
        store.audit(sampleAuditEvent(n), utc("2026-12-01T13:00:00Z").addSecs(60 * n));
}

std::optional<AuditHead> headOf(const Store &store)
{
    const AuditKeyFile keyFile(store.path());
    const auto key = keyFile.load();
    REQUIRE(key.has_value());
    return keyFile.readHead(*key);
}

QByteArray testAuditKey()
{
    return QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
}

AuditEvent sampleAuditEvent(int n)
{
    static const QList<AuditAction> actions = allAuditActions();
    static const QStringList users {QStringLiteral("desk"), QStringLiteral("nurse"), QStringLiteral("admin")};
    AuditEvent event;
    event.action = actions[n % actions.size()];
    event.userName = users[n % users.size()];
    event.recordKind = n % 2 ? QStringLiteral("appointment") : QStringLiteral("patient");
    event.recordId = 1000 + n;
    event.patientId = 1 + n % 50;
    event.result = n % 7 == 0 ? AuditResult::Refused : AuditResult::Done;
    event.reason = n % 5 == 0 ? QStringLiteral("LATE_ARRIVAL, chair free") : QString();
    event.breakGlass = n % 97 == 0;
    return event;
}

AuditKeyEnvironment::AuditKeyEnvironment(const QString &keyPath)
    : m_previous(qgetenv("CHAIRSIDE_AUDIT_KEY"))
    , m_wasSet(qEnvironmentVariableIsSet("CHAIRSIDE_AUDIT_KEY"))
{
    qputenv("CHAIRSIDE_AUDIT_KEY", keyPath.toLocal8Bit());
}

AuditKeyEnvironment::~AuditKeyEnvironment()
{
    if (m_wasSet)
        qputenv("CHAIRSIDE_AUDIT_KEY", m_previous);
    else
        qunsetenv("CHAIRSIDE_AUDIT_KEY");
}

} // namespace chairside::test
