#pragma once

#include "audit/auditchain.h"
#include "audit/auditevent.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace chairside {
class Store;
}

namespace chairside::test {

/// A fixed key, so that failures reproduce.
QByteArray testAuditKey();

/// An event with every field set, varied by `n`.
AuditEvent sampleAuditEvent(int n);

/// Records sample events `from` to `from + count - 1` in the store's trail, a minute apart from 13:00 UTC
/// on 1 December 2026.
void appendSamples(Store &store, int count, int from = 0);

/// The head beside the store's audit key, read and checked with that key (the key must exist).
std::optional<AuditHead> headOf(const Store &store);

/// Sets CHAIRSIDE_AUDIT_KEY for its lifetime and restores what was there.
class AuditKeyEnvironment final
{
public:
    explicit AuditKeyEnvironment(const QString &keyPath);
    ~AuditKeyEnvironment();
    Q_DISABLE_COPY_MOVE(AuditKeyEnvironment)

private:
    QByteArray m_previous;
    bool m_wasSet;
};

} // namespace chairside::test
