#pragma once

#include "audit/auditevent.h"

#include <QByteArray>
#include <QString>

namespace chairside::test {

/// A fixed key, so that failures reproduce.
QByteArray testAuditKey();

/// An event with every field set, varied by `n`.
AuditEvent sampleAuditEvent(int n);

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
