#include "doseservice.h"

#include "access/permission.h"
#include "audit/auditevent.h"
#include "common/clock.h"
#include "common/error.h"
#include "store/scopedtransaction.h"
#include "store/store.h"

#include <QCoreApplication>

namespace chairside {

namespace {

AuditEvent doseEvent(const User &user, qint64 appointmentId, qint64 patientId, const QString &reason = {})
{
    AuditEvent event;
    event.action = AuditAction::DosePrepared;
    event.userName = user.name;
    event.recordKind = QStringLiteral("appointment");
    event.recordId = appointmentId;
    event.patientId = patientId;
    event.reason = reason;
    return event;
}

QString statesText()
{
    //: The dose states as the command line takes them: keep the words, translate the rest.
    return QCoreApplication::translate("DoseService", "ready, not-ready or wasted");
}

} // namespace

DoseService::DoseService(Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{ }

bool DoseService::allows(AppointmentStatus status, PrepState current, PrepState to)
{
    if (to == PrepState::NotNeeded)
        return false;
    if (holdsChair(status))
        return status != AppointmentStatus::InProgress;
    return isVoid(status) && to == PrepState::Wasted
        && (current == PrepState::Ready || current == PrepState::Wasted);
}

Appointment DoseService::record(
    const User &user, qint64 appointmentId, PrepState state, const QString &reason)
{
    const QDateTime now = m_clock.nowUtc();
    const auto known = m_store.appointment(appointmentId);
    requirePermissionAt(m_store, now, user, Permission::PrepareDose, known ? known->centerId : 0,
        doseEvent(user, appointmentId, known ? known->patientId : 0));
    if (state == PrepState::NotNeeded) {
        throw Error::badData(QStringLiteral("state"),
            QCoreApplication::translate("DoseService",
                "A dose is recorded as %1; whether one is needed at all is the therapy's to say.")
                .arg(statesText()));
    }
    const QString why = reason.simplified();
    if (state == PrepState::Wasted && why.isEmpty()) {
        throw Error::badData(QStringLiteral("reason"),
            QCoreApplication::translate("DoseService",
                "Say why the dose was wasted, e.g. \"appointment cancelled\" or \"bag damaged\"."));
    }
    if (state != PrepState::Wasted && !why.isEmpty()) {
        throw Error::badData(QStringLiteral("reason"),
            QCoreApplication::translate("DoseService", "A reason is kept only for a wasted dose."));
    }
    if (why.size() > kReasonLength) {
        throw Error::badData(QStringLiteral("reason"),
            QCoreApplication::translate("DoseService", "The reason is %1 characters long; keep it to %2.")
                .arg(why.size())
                .arg(kReasonLength));
    }

    ScopedTransaction transaction(m_store.database());
    auto appointment = m_store.appointment(appointmentId);
    if (!appointment) {
        throw Error(Error::Kind::NotFound,
            QCoreApplication::translate("DoseService", "There is no appointment number %1.")
                .arg(appointmentId),
            QStringLiteral("appointment"));
    }
    const auto therapy = m_store.therapy(appointment->therapyId);
    if (therapy && !therapy->compounded) {
        throw Error(Error::Kind::Refused,
            QCoreApplication::translate(
                "DoseService", "%1 is not compounded; there is no dose to prepare for appointment %2.")
                .arg(therapy->name)
                .arg(appointment->id),
            QStringLiteral("appointment"));
    }
    // Once in the chair the dose is being given, and a closed appointment's dose is past changing, but for
    // writing off one that was made for it.
    if (!allows(appointment->status, appointment->prep, state)) {
        const bool madeInVain = isVoid(appointment->status)
            && (appointment->prep == PrepState::Ready || appointment->prep == PrepState::Wasted);
        throw Error(Error::Kind::Refused,
            madeInVain ? QCoreApplication::translate(
                "DoseService", "Appointment %1 is %2; the dose made for it can only be marked wasted.")
                             .arg(appointment->id)
                             .arg(statusLabel(appointment->status).toLower())
                       : QCoreApplication::translate(
                           "DoseService", "Appointment %1 is %2; its dose can no longer change.")
                             .arg(appointment->id)
                             .arg(statusLabel(appointment->status).toLower()),
            QStringLiteral("appointment"));
    }
    const PrepState before = appointment->prep;
    m_store.setPrep(appointment->id, state, now, why);
    m_store.audit(doseEvent(user, appointment->id, appointment->patientId,
                      QStringLiteral("prep %1 to %2").arg(prepStateCode(before), prepStateCode(state))
                          + (why.isEmpty() ? QString() : QStringLiteral(": ") + why)),
        now);
    transaction.commit();
    return m_store.appointment(appointment->id).value_or(*appointment);
}

PrepState DoseService::stateNamed(const QString &name)
{
    const QString word = name.trimmed().toLower();
    const auto state = prepStateFromCode(word);
    if (!state || *state == PrepState::NotNeeded) {
        throw Error::badData(QStringLiteral("state"),
            QCoreApplication::translate("DoseService", "A dose is %1, not \"%2\".").arg(statesText(), word));
    }
    return *state;
}

} // namespace chairside
