#include "capacityservice.h"

#include "access/permission.h"
#include "audit/auditevent.h"
#include "centertime.h"
#include "common/clock.h"
#include "common/error.h"
#include "store/scopedtransaction.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QStringList>

namespace chairside {

namespace {

constexpr qint64 kLongestInfusionSeconds = 12 * 3600;

AuditEvent capacityEvent(const User &admin, qint64 centerId, const QString &what)
{
    AuditEvent event;
    event.action = AuditAction::SetupChanged;
    event.userName = admin.name;
    event.recordKind = QStringLiteral("center");
    event.recordId = centerId;
    event.reason = what;
    return event;
}

void requireRange(int value, int minimum, int maximum, const char *field, const QString &what)
{
    if (value < minimum || value > maximum) {
        throw Error::badData(QString::fromLatin1(field),
            QCoreApplication::translate(
                "CapacityService", "%1 of %2 is not possible; give a number from %3 to %4.")
                .arg(what)
                .arg(value)
                .arg(minimum)
                .arg(maximum));
    }
}

} // namespace

CapacityService::CapacityService(Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{ }

NursePolicy CapacityService::policy(qint64 centerId)
{
    return m_store.nursePolicy(centerId);
}

void CapacityService::validate(const NursePolicy &policy)
{
    requireRange(policy.startsPerNurseStep, 1, kMostStartsPerNurseStep, "starts-per-nurse",
        QCoreApplication::translate("CapacityService", "Infusion starts per nurse in 15 minutes"));
    requireRange(policy.patientsPerNurse, 1, kMostPatientsPerNurse, "patients-per-nurse",
        QCoreApplication::translate("CapacityService", "Patients per nurse"));
    for (const auto &day : policy.nurses) {
        for (const int nurses : day) {
            if (nurses != NursePolicy::kUnset)
                requireRange(nurses, 0, kMostNurses, "nurses",
                    QCoreApplication::translate("CapacityService", "Nurses on shift"));
        }
    }
}

NursePolicy CapacityService::update(const User &admin, qint64 centerId, const NursePolicy &policy)
{
    requirePermission(
        m_store, m_clock.nowUtc(), admin, Permission::Administer, capacityEvent(admin, centerId, {}));
    validate(policy);
    ScopedTransaction transaction(m_store.database());
    if (!m_store.center(centerId))
        throw Error(Error::Kind::NotFound,
            QCoreApplication::translate("CapacityService", "There is no center number %1.").arg(centerId),
            QStringLiteral("center"));
    const NursePolicy before = m_store.nursePolicy(centerId);
    QStringList changes;
    const auto number = [&changes](const char *key, int was, int now) {
        if (was != now)
            changes << QStringLiteral("%1 %2 to %3").arg(QLatin1String(key)).arg(was).arg(now);
    };
    const auto text = [&changes](const char *key, const QString &was, const QString &now) {
        if (was != now)
            changes << QStringLiteral("%1 \"%2\" to \"%3\"").arg(QLatin1String(key), was, now);
    };
    number("starts-per-nurse", before.startsPerNurseStep, policy.startsPerNurseStep);
    number("patients-per-nurse", before.patientsPerNurse, policy.patientsPerNurse);
    text("offers", slotOffersName(before.offers), slotOffersName(policy.offers));
    text("nurses", before.shiftsText(), policy.shiftsText());
    if (changes.isEmpty())
        return before;
    m_store.setNursePolicy(centerId, policy);
    m_store.audit(capacityEvent(admin, centerId,
                      QStringLiteral("nurse capacity changed: %1").arg(changes.join(QStringLiteral("; ")))),
        m_clock.nowUtc());
    transaction.commit();
    return m_store.nursePolicy(centerId);
}

NurseLoad CapacityService::day(const Center &center, QDate date)
{
    const QDateTime dayStart = CenterTime::dayStartUtc(center, date);
    const QDateTime dayEnd = CenterTime::dayEndUtc(center, date);
    return NurseLoad::of(center, m_store.nursePolicy(center.id), int(m_store.chairs(center.id).size()), date,
        m_store.chairHoldsAtCenter(center.id, dayStart.addSecs(-kLongestInfusionSeconds), dayEnd));
}

} // namespace chairside
