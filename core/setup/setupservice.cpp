#include "setupservice.h"

#include "access/permission.h"
#include "audit/auditevent.h"
#include "common/clock.h"
#include "common/error.h"
#include "store/scopedtransaction.h"
#include "store/store.h"

namespace chairside {

namespace {

AuditEvent setupEvent(const User &admin, const QString &recordKind, qint64 recordId, const QString &what)
{
    AuditEvent event;
    event.action = AuditAction::SetupChanged;
    event.userName = admin.name;
    event.recordKind = recordKind;
    event.recordId = recordId;
    event.reason = what;
    return event;
}

void requireRange(int value, int minimum, int maximum, const char *field, const QString &what)
{
    if (value < minimum || value > maximum) {
        throw Error::badData(QString::fromLatin1(field),
            QStringLiteral("%1 of %2 is not possible; give a number from %3 to %4.")
                .arg(what)
                .arg(value)
                .arg(minimum)
                .arg(maximum));
    }
}

} // namespace

SetupService::SetupService(Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{ }

void SetupService::requireAdmin(const User &admin, const QString &recordKind)
{
    requirePermission(
        m_store, m_clock.nowUtc(), admin, Permission::Administer, setupEvent(admin, recordKind, 0, {}));
}

void SetupService::validatePolicy(const Policy &p)
{
    requireRange(p.earlyArrivalMinutes, 0, kMostEarlyMinutes, "early-minutes",
        QStringLiteral("An early check-in allowance in minutes"));
    requireRange(
        p.graceMinutes, 0, kMostGraceMinutes, "grace-minutes", QStringLiteral("A grace period in minutes"));
    requireRange(p.eligibilityFreshDays, 0, kMostEligibilityDays, "eligibility-days",
        QStringLiteral("An eligibility check's life in days"));
    requireRange(p.pharmacyLeadHours, 0, kMostLeadHours, "lead-hours",
        QStringLiteral("A pharmacy lead time in hours"));
    requireRange(p.slotGridMinutes, kFewestGridMinutes, kMostGridMinutes, "grid-minutes",
        QStringLiteral("A slot grid in minutes"));
    requireRange(p.noShowFeeCents, 0, kMostNoShowFeeCents, "no-show-fee-cents",
        QStringLiteral("A no-show fee in cents"));
    requireRange(p.readinessDays, 1, kMostReadinessDays, "readiness-days",
        QStringLiteral("A readiness queue's reach in days"));
}

Chair::Kind SetupService::chairKindNamed(const QString &name)
{
    const QString word = name.trimmed().toLower();
    for (const Chair::Kind kind : {Chair::Kind::Chair, Chair::Kind::Suite}) {
        if (word == Chair::kindName(kind))
            return kind;
    }
    throw Error::badData(
        QStringLiteral("kind"), QStringLiteral("A chair is a chair or a suite, not \"%1\".").arg(word));
}

Center SetupService::addCenter(const User &admin, Center center)
{
    requireAdmin(admin, QStringLiteral("center"));
    center.name = center.name.trimmed();
    center.timeZoneId = center.timeZoneId.trimmed();
    validatePolicy(center.policy);
    ScopedTransaction transaction(m_store.database());
    center.id = m_store.addCenter(center);
    m_store.audit(setupEvent(admin, QStringLiteral("center"), center.id,
                      QStringLiteral("center added, open %1").arg(center.hours.toString())),
        m_clock.nowUtc());
    transaction.commit();
    return center;
}

Chair SetupService::addChair(const User &admin, Chair chair)
{
    requireAdmin(admin, QStringLiteral("chair"));
    chair.label = chair.label.trimmed();
    ScopedTransaction transaction(m_store.database());
    chair.id = m_store.addChair(chair);
    m_store.audit(setupEvent(admin, QStringLiteral("chair"), chair.id,
                      QStringLiteral("%1 %2 added to center %3")
                          .arg(Chair::kindName(chair.kind), chair.label)
                          .arg(chair.centerId)),
        m_clock.nowUtc());
    transaction.commit();
    return chair;
}

Therapy SetupService::addTherapy(const User &admin, Therapy therapy)
{
    requireAdmin(admin, QStringLiteral("therapy"));
    therapy.name = therapy.name.trimmed();
    therapy.brand = therapy.brand.trimmed();
    requireRange(
        therapy.defaultMinutes, 1, kMostInfusionMinutes, "minutes", QStringLiteral("An infusion in minutes"));
    requireRange(therapy.intervalWeeks, 0, kMostIntervalWeeks, "interval-weeks",
        QStringLiteral("A dosing interval in weeks"));
    requireRange(therapy.beyondUseHours, 0, kMostBeyondUseHours, "beyond-use-hours",
        QStringLiteral("A beyond-use time in hours"));
    ScopedTransaction transaction(m_store.database());
    therapy.id = m_store.addTherapy(therapy);
    m_store.audit(setupEvent(admin, QStringLiteral("therapy"), therapy.id,
                      QStringLiteral("therapy %1 added").arg(therapy.name)),
        m_clock.nowUtc());
    transaction.commit();
    return therapy;
}

} // namespace chairside
