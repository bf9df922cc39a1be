#include "checkinservice.h"

#include "access/permission.h"
#include "audit/auditevent.h"
#include "checkinengine.h"
#include "checkinloader.h"
#include "common/clock.h"
#include "common/error.h"
#include "outbound/outboundqueue.h"
#include "scheduling/slotservice.h"
#include "store/retry.h"
#include "store/scopedtransaction.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QStringList>

namespace chairside {

namespace {

void validate(const CheckInRequest &request)
{
    if (!request.dateOfBirth.isValid()) {
        throw Error::badData(QStringLiteral("dob"),
            QCoreApplication::translate("CheckInService",
                "The date of birth is needed as one of the two identifiers; write it as 1961-03-04."));
    }
    if (!request.hasMrn() && !request.hasName()) {
        throw Error::badData(
            request.lastName.trimmed().isEmpty() ? QStringLiteral("mrn") : QStringLiteral("name"),
            QCoreApplication::translate("CheckInService",
                "Give the MRN or the full name (\"Last, First\") with the date of birth; a chair or room "
                "number does not identify a patient."));
    }
}

QStringList codeNames(const QList<Reason> &reasons)
{
    QStringList names;
    for (const Reason &r : reasons)
        names << reasonCodeName(r.code);
    return names;
}

/// An entry about an appointment: named by its key and its patient's, never by the patient's name.
AuditEvent appointmentEvent(AuditAction action, const User &user, qint64 appointmentId, qint64 patientId,
    const QString &reason = {}, AuditResult result = AuditResult::Done)
{
    AuditEvent event;
    event.action = action;
    event.userName = user.name;
    if (appointmentId != 0) {
        event.recordKind = QStringLiteral("appointment");
        event.recordId = appointmentId;
    } else if (patientId != 0) {
        event.recordKind = QStringLiteral("patient");
        event.recordId = patientId;
    }
    event.patientId = patientId;
    event.result = result;
    event.reason = reason;
    return event;
}

/// The appointment's patient for an entry written before the appointment is read in its transaction.
qint64 patientOf(Store &store, qint64 appointmentId)
{
    const auto appointment = store.appointment(appointmentId);
    return appointment ? appointment->patientId : 0;
}

qint64 centerOf(Store &store, qint64 appointmentId)
{
    const auto appointment = store.appointment(appointmentId);
    return appointment ? appointment->centerId : 0;
}

} // namespace

CheckInService::CheckInService(Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{ }

Appointment CheckInService::existing(qint64 appointmentId)
{
    const auto appointment = m_store.appointment(appointmentId);
    if (!appointment) {
        throw Error(Error::Kind::NotFound,
            QCoreApplication::translate("CheckInService", "There is no appointment number %1.")
                .arg(appointmentId),
            QStringLiteral("appointment"));
    }
    return *appointment;
}

Decision CheckInService::evaluate(const CheckInRequest &request, int slotCount)
{
    validate(request);
    CheckInLoader loader(m_store);
    Decision decision = CheckInEngine::decide(loader.forRequest(request, m_clock.nowUtc()));
    offerSlots(decision, request.centerId, slotCount);
    nameRecords(decision);
    return decision;
}

Decision CheckInService::checkIn(const CheckInRequest &request, const User &user, int slotCount)
{
    // The decision and what it writes are one transaction: run again, decided afresh, when a server calls
    // it off as one side of a race (store/retry.h).
    return retryingTransient(m_store.database(), [&] { return checkInOnce(request, user, slotCount); });
}

Decision CheckInService::checkInOnce(const CheckInRequest &request, const User &user, int slotCount)
{
    const QDateTime now = m_clock.nowUtc();
    requirePermissionAt(m_store, now, user, Permission::Book, request.centerId,
        appointmentEvent(AuditAction::CheckInDecision, user, 0, 0));
    validate(request);
    Decision decision;
    bool offered = false;
    {
        // Read and write under one write lock, so two desks cannot both admit the last free chair or
        // count the same dose twice.
        ScopedTransaction transaction(m_store.database());
        CheckInLoader loader(m_store);
        decision = CheckInEngine::decide(loader.forRequest(request, now));
        if (decision.has(ReasonCode::AlreadyCheckedIn)) {
            // Nothing is done again; only the audit trail hears that the desk asked.
            auditDecision(decision, user, now);
            transaction.commit();
            nameRecords(decision);
            return decision;
        }

        if (decision.outcome == Outcome::Admit) {
            QString why = QStringLiteral("checked in (%1)").arg(decision.identifiers);
            if (decision.has(ReasonCode::LateWithinGrace))
                why += QStringLiteral(", late within grace");
            admit(decision, user, now, why);
        } else if (decision.outcome == Outcome::Wait && decision.appointment
            && decision.appointment->status == AppointmentStatus::Booked) {
            m_store.changeStatus(decision.appointment->id, AppointmentStatus::Arrived, user.name, now,
                QStringLiteral("waiting: %1").arg(codeNames(decision.blocking()).join(QStringLiteral(", "))));
            OutboundQueue(m_store).enqueue(decision.appointment->id, OutboundEvent::Arrived, now);
        }
        record(decision, user, now);
        if (decision.has(ReasonCode::NoAppointmentToday) && decision.patient) {
            // A walk-in is kept with the slots it is offered, for the manager's report, so those are found
            // now, under the write lock: walk-ins are few, and the offers are then the ones recorded.
            offerSlots(decision, request.centerId, slotCount);
            offered = true;
            recordWalkIn(decision, request.centerId, user, now);
        }
        auditDecision(decision, user, now);
        transaction.commit();
    }
    refresh(decision);
    if (!offered)
        offerSlots(decision, request.centerId, slotCount);
    nameRecords(decision);
    return decision;
}

void CheckInService::auditDecision(
    const Decision &decision, const User &user, const QDateTime &nowUtc, bool breakGlass)
{
    const qint64 appointmentId = decision.appointment ? decision.appointment->id : 0;
    const qint64 patientId = decision.patient ? decision.patient->id : 0;
    QString reason = outcomeCode(decision.outcome);
    if (!decision.reasons.isEmpty())
        reason += QStringLiteral(": ") + codeNames(decision.reasons).join(QStringLiteral(", "));
    if (!decision.identifiers.isEmpty())
        reason += QStringLiteral(" (%1)").arg(decision.identifiers);
    AuditEvent event = appointmentEvent(AuditAction::CheckInDecision, user, appointmentId, patientId, reason);
    event.breakGlass = breakGlass;
    m_store.audit(event, nowUtc);
    if (decision.outcome == Outcome::Admit && decision.chair && !decision.has(ReasonCode::AlreadyCheckedIn)) {
        event.action = AuditAction::Admitted;
        event.reason = QStringLiteral("chair %1").arg(decision.chair->label);
        m_store.audit(event, nowUtc);
    }
}

Decision CheckInService::override(
    qint64 appointmentId, const QList<ReasonCode> &codes, const QString &reason, const User &user)
{
    if (codes.isEmpty())
        throw Error::badData(QStringLiteral("code"),
            QCoreApplication::translate(
                "CheckInService", "Name the reason to override, e.g. LATE_BEYOND_GRACE."));
    requirePermissionAt(m_store, m_clock.nowUtc(), user, Permission::Book, centerOf(m_store, appointmentId),
        appointmentEvent(AuditAction::Overridden, user, appointmentId, patientOf(m_store, appointmentId)));
    for (ReasonCode code : codes) {
        if (const auto permission = CheckInEngine::overridePermission(code)) {
            requirePermission(m_store, m_clock.nowUtc(), user, *permission,
                appointmentEvent(AuditAction::Overridden, user, appointmentId,
                    patientOf(m_store, appointmentId), reasonCodeName(code)));
        }
    }
    if (reason.trimmed().isEmpty()) {
        throw Error::badData(QStringLiteral("reason"),
            QCoreApplication::translate("CheckInService",
                "An override needs a reason in words, e.g. \"chair 3 free until close, dose good "
                "until 14:00\"."));
    }
    return admitPast(appointmentId, codes, reason, user, false);
}

Decision CheckInService::breakGlass(
    qint64 appointmentId, const QList<ReasonCode> &codes, const QString &reason, const User &admin)
{
    AuditEvent refusal
        = appointmentEvent(AuditAction::BreakGlass, admin, appointmentId, patientOf(m_store, appointmentId));
    refusal.breakGlass = true;
    requirePermission(m_store, m_clock.nowUtc(), admin, Permission::Administer, refusal);
    if (codes.isEmpty()) {
        throw Error::badData(QStringLiteral("code"),
            QCoreApplication::translate(
                "CheckInService", "Name the reason to pass in the emergency, e.g. AUTH_PENDING."));
    }
    if (reason.trimmed().isEmpty()) {
        throw Error::badData(QStringLiteral("reason"),
            QCoreApplication::translate("CheckInService",
                "Break glass needs the emergency in words, e.g. \"payer's line down, Dr. Okafor "
                "confirms the infusion cannot wait\"."));
    }
    return admitPast(appointmentId, codes, reason, admin, true);
}

Decision CheckInService::admitPast(qint64 appointmentId, const QList<ReasonCode> &codes,
    const QString &reason, const User &user, bool breakGlass)
{
    const QDateTime now = m_clock.nowUtc();
    const QString why = reason.trimmed();
    QStringList names;
    for (ReasonCode code : codes)
        names << reasonCodeName(code);
    const AuditAction action = breakGlass ? AuditAction::BreakGlass : AuditAction::Overridden;
    Decision decision;
    try {
        ScopedTransaction transaction(m_store.database());
        const Appointment appointment = existing(appointmentId);
        // The override replaces a rule, never the identification: the desk must have confirmed two
        // identifiers for this appointment first, and those are what the admission records.
        QString identifiers;
        for (const CheckInRecord &earlier : m_store.checkInDecisions(appointmentId)) {
            if (!earlier.identifiers.isEmpty())
                identifiers = earlier.identifiers;
        }
        if (identifiers.isEmpty()) {
            throw Error(Error::Kind::Refused,
                QCoreApplication::translate("CheckInService",
                    "Appointment %1 has not been checked in at the desk yet; confirm the patient's two "
                    "identifiers with \"checkin\" first.")
                    .arg(appointmentId),
                QStringLiteral("appointment"));
        }
        CheckInLoader loader(m_store);
        const CheckInFacts facts = loader.forAppointment(appointment, now);
        decision = breakGlass ? CheckInEngine::applyBreakGlass(facts, codes)
                              : CheckInEngine::applyOverride(facts, codes);
        decision.identifiers = identifiers;

        for (const QString &code : std::as_const(names)) {
            OverrideRecord entry;
            entry.appointmentId = appointmentId;
            entry.code = code;
            entry.reason = breakGlass ? QStringLiteral("break glass: ") + why : why;
            entry.user = user.name;
            entry.atUtc = now;
            m_store.addCheckInOverride(entry);
        }
        admit(decision, user, now,
            QStringLiteral("checked in (%1), %2 %3: %4")
                .arg(identifiers, breakGlass ? QStringLiteral("break glass") : QStringLiteral("override"),
                    names.join(QStringLiteral(", ")), why));
        record(decision, user, now);
        AuditEvent event = appointmentEvent(action, user, appointmentId, appointment.patientId,
            QStringLiteral("%1: %2").arg(names.join(QStringLiteral(", ")), why));
        event.breakGlass = breakGlass;
        m_store.audit(event, now);
        auditDecision(decision, user, now, breakGlass);
        transaction.commit();
    } catch (const Error &error) {
        // The attempt is kept even though nothing else is: an override that was refused is worth knowing.
        if (error.kind() == Error::Kind::Refused) {
            AuditEvent event
                = appointmentEvent(action, user, appointmentId, patientOf(m_store, appointmentId),
                    QStringLiteral("%1: %2 Refused: %3")
                        .arg(names.join(QStringLiteral(", ")), why, error.message()),
                    AuditResult::Refused);
            event.breakGlass = breakGlass;
            m_store.audit(event, now);
        }
        throw;
    }
    refresh(decision);
    nameRecords(decision);
    return decision;
}

void CheckInService::admit(
    const Decision &decision, const User &user, const QDateTime &nowUtc, const QString &why)
{
    const Appointment &appointment = *decision.appointment;
    // Admitted first, then moved: a late patient's booked time may overlap a booking still open on the
    // chair they move to (one that ended before they came), which only booked times are kept apart from.
    m_store.changeStatus(appointment.id, AppointmentStatus::CheckedIn, user.name, nowUtc, why);
    if (decision.chair && decision.chair->id != appointment.chairId)
        m_store.setChair(appointment.id, decision.chair->id);
    OutboundQueue(m_store).enqueue(appointment.id, OutboundEvent::CheckedIn, nowUtc);
    if (decision.orderId != 0)
        m_store.useOrderDose(decision.orderId);
    if (decision.authorizationId != 0)
        m_store.useAuthorizationVisit(decision.authorizationId);
}

void CheckInService::record(const Decision &decision, const User &user, const QDateTime &nowUtc)
{
    CheckInRecord entry;
    entry.atUtc = nowUtc;
    entry.user = user.name;
    entry.patientId = decision.patient ? decision.patient->id : 0;
    entry.appointmentId = decision.appointment ? decision.appointment->id : 0;
    entry.outcome = outcomeCode(decision.outcome);
    entry.reasons = codeNames(decision.reasons);
    entry.identifiers = decision.identifiers;
    entry.chairId = decision.outcome == Outcome::Admit && decision.chair ? decision.chair->id : 0;
    m_store.addCheckInDecision(entry);
}

void CheckInService::recordWalkIn(
    const Decision &decision, qint64 centerId, const User &user, const QDateTime &nowUtc)
{
    WalkIn walkIn;
    walkIn.atUtc = nowUtc;
    walkIn.centerId = centerId;
    walkIn.patientId = decision.patient->id;
    walkIn.user = user.name;
    walkIn.nextAppointmentId = decision.nextAppointment ? decision.nextAppointment->id : 0;
    for (const Slot &slot : decision.freeSlots)
        walkIn.offered << OfferedSlot {slot.startUtc, slot.chairId};
    m_store.addWalkIn(walkIn);
}

void CheckInService::refresh(Decision &decision)
{
    if (decision.appointment) {
        if (const auto now = m_store.appointment(decision.appointment->id))
            decision.appointment = *now;
    }
}

void CheckInService::nameRecords(Decision &decision)
{
    QList<qint64> chairIds;
    QList<qint64> therapyIds;
    for (const std::optional<Appointment> *a : {&decision.appointment, &decision.nextAppointment}) {
        if (*a) {
            chairIds << (*a)->chairId;
            therapyIds << (*a)->therapyId;
        }
    }
    for (const Slot &slot : std::as_const(decision.freeSlots))
        chairIds << slot.chairId;
    if (decision.chair)
        decision.chairs.insert(decision.chair->id, *decision.chair);
    for (const qint64 id : std::as_const(chairIds)) {
        if (id == 0 || decision.chairs.contains(id))
            continue;
        if (const auto chair = m_store.chair(id))
            decision.chairs.insert(id, *chair);
    }
    for (const qint64 id : std::as_const(therapyIds)) {
        if (id == 0 || decision.therapies.contains(id))
            continue;
        if (const auto therapy = m_store.therapy(id))
            decision.therapies.insert(id, *therapy);
    }
}

void CheckInService::offerSlots(Decision &decision, qint64 centerId, int count)
{
    if (count <= 0 || decision.outcome == Outcome::Admit || !decision.patient)
        return;
    SlotService finder(m_store, m_clock);
    const auto &current = decision.appointment;
    const auto &next = decision.nextAppointment;
    // Move the booking the patient holds here when there is one; otherwise offer a first booking for the
    // therapy they are treated with.
    if (current && current->centerId == centerId && isActive(current->status)) {
        decision.freeSlots = finder.forAppointment(current->id, count);
        return;
    }
    if (next && next->centerId == centerId) {
        decision.freeSlots = finder.forAppointment(next->id, count);
        return;
    }
    qint64 therapyId = current ? current->therapyId : next ? next->therapyId : 0;
    if (therapyId == 0) {
        const QList<PrescriberOrder> orders = m_store.ordersOfPatient(decision.patient->id);
        if (!orders.isEmpty())
            therapyId = orders.first().therapyId;
    }
    if (therapyId != 0)
        decision.freeSlots = finder.forPatient(decision.patient->id, therapyId, centerId, count);
}

Appointment CheckInService::start(qint64 appointmentId, const User &user)
{
    const QDateTime now = m_clock.nowUtc();
    requirePermissionAt(m_store, now, user, Permission::NurseCare, centerOf(m_store, appointmentId),
        appointmentEvent(
            AuditAction::InfusionStarted, user, appointmentId, patientOf(m_store, appointmentId)));
    ScopedTransaction transaction(m_store.database());
    const Appointment appointment = existing(appointmentId);
    if (appointment.status != AppointmentStatus::CheckedIn) {
        throw Error(Error::Kind::Refused,
            appointment.status == AppointmentStatus::InProgress
                ? QCoreApplication::translate(
                    "CheckInService", "The infusion of appointment %1 has already started.")
                      .arg(appointmentId)
                : QCoreApplication::translate(
                    "CheckInService", "Appointment %1 is %2; only a checked-in patient's infusion can start.")
                      .arg(appointmentId)
                      .arg(statusLabel(appointment.status).toLower()),
            QStringLiteral("appointment"));
    }
    m_store.changeStatus(
        appointmentId, AppointmentStatus::InProgress, user.name, now, QStringLiteral("infusion started"));
    m_store.audit(
        appointmentEvent(AuditAction::InfusionStarted, user, appointmentId, appointment.patientId), now);
    transaction.commit();
    return existing(appointmentId);
}

Appointment CheckInService::complete(qint64 appointmentId, const User &user)
{
    const QDateTime now = m_clock.nowUtc();
    requirePermissionAt(m_store, now, user, Permission::NurseCare, centerOf(m_store, appointmentId),
        appointmentEvent(
            AuditAction::InfusionCompleted, user, appointmentId, patientOf(m_store, appointmentId)));
    ScopedTransaction transaction(m_store.database());
    const Appointment appointment = existing(appointmentId);
    if (appointment.status != AppointmentStatus::InProgress) {
        throw Error(Error::Kind::Refused,
            QCoreApplication::translate(
                "CheckInService", "Appointment %1 is %2; only an infusion in progress can be completed.")
                .arg(appointmentId)
                .arg(statusLabel(appointment.status).toLower()),
            QStringLiteral("appointment"));
    }
    m_store.changeStatus(
        appointmentId, AppointmentStatus::Fulfilled, user.name, now, QStringLiteral("infusion completed"));
    OutboundQueue(m_store).enqueue(appointmentId, OutboundEvent::Completed, now);
    m_store.audit(
        appointmentEvent(AuditAction::InfusionCompleted, user, appointmentId, appointment.patientId), now);
    transaction.commit();
    return existing(appointmentId);
}

CheckInHistory CheckInService::history(qint64 appointmentId, const User &user)
{
    requirePermission(user, Permission::ViewSchedule);
    CheckInHistory result;
    result.appointment = existing(appointmentId);
    result.statusChanges = m_store.history(appointmentId);
    result.decisions = m_store.checkInDecisions(appointmentId);
    result.overrides = m_store.checkInOverrides(appointmentId);
    return result;
}

} // namespace chairside
