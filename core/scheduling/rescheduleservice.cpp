#include "rescheduleservice.h"

#include "access/permission.h"
#include "audit/auditevent.h"
#include "bookingservice.h"
#include "centertime.h"
#include "common/clock.h"
#include "common/error.h"
#include "slotservice.h"
#include "store/retry.h"
#include "store/scopedtransaction.h"
#include "store/store.h"

#include <QCoreApplication>

namespace chairside {

namespace {

QString localText(const Center &center, const QDateTime &utc)
{
    return CenterTime::toLocal(center, utc).toString(QStringLiteral("ddd d MMM yyyy HH:mm"));
}

} // namespace

RescheduleService::RescheduleService(Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{ }

Appointment RescheduleService::reschedule(const User &user, const RescheduleRequest &request)
{
    return retryingTransient(m_store.database(), [&] { return rescheduleOnce(user, request); });
}

Appointment RescheduleService::rescheduleOnce(const User &user, const RescheduleRequest &request)
{
    {
        // The move itself is recorded by the booking of its replacement, in the same transaction.
        AuditEvent refusal;
        refusal.action = AuditAction::Rescheduled;
        refusal.recordKind = QStringLiteral("appointment");
        refusal.recordId = request.appointmentId;
        qint64 centerId = 0;
        if (const auto concerned = m_store.appointment(request.appointmentId)) {
            refusal.patientId = concerned->patientId;
            centerId = concerned->centerId;
        }
        requirePermissionAt(m_store, m_clock.nowUtc(), user, Permission::Book, centerId, refusal);
    }
    if (!request.startUtc.isValid())
        throw Error::badData(QStringLiteral("to"),
            QCoreApplication::translate("RescheduleService", "The new start time is missing or not a time."));

    // The checks and the booking in one transaction, so nothing can slip in between them.
    ScopedTransaction transaction(m_store.database());

    const auto old = m_store.appointment(request.appointmentId);
    if (!old) {
        throw Error(Error::Kind::NotFound,
            QCoreApplication::translate("RescheduleService", "There is no appointment number %1.")
                .arg(request.appointmentId),
            QStringLiteral("appointment"));
    }
    if (const auto replacement = m_store.replacementOf(old->id)) {
        throw Error(Error::Kind::Conflict,
            QCoreApplication::translate("RescheduleService",
                "Appointment %1 has already been moved to appointment %2; reschedule that one instead.")
                .arg(old->id)
                .arg(replacement->id),
            QStringLiteral("appointment"));
    }
    if (old->status != AppointmentStatus::Booked && old->status != AppointmentStatus::Arrived) {
        throw Error(Error::Kind::Refused,
            QCoreApplication::translate("RescheduleService",
                "Appointment %1 is %2; only a booked or arrived appointment can be moved.")
                .arg(old->id)
                .arg(statusLabel(old->status).toLower()),
            QStringLiteral("appointment"));
    }
    const auto center = m_store.center(old->centerId);
    if (!center) {
        throw Error(Error::Kind::NotFound,
            QCoreApplication::translate("RescheduleService", "There is no center number %1.")
                .arg(old->centerId),
            QStringLiteral("center"));
    }

    const QDateTime start = request.startUtc.toUTC();
    SlotService slotService(m_store, m_clock);
    const BookingWindow window = slotService.window(*center, old->patientId, old->therapyId, false);
    if (start < window.earliestUtc) {
        throw Error(Error::Kind::Refused,
            QCoreApplication::translate("RescheduleService",
                "%1 is too soon: the pharmacy needs %2 hours to prepare the dose, so the earliest "
                "start is %3.")
                .arg(localText(*center, start))
                .arg(center->policy.pharmacyLeadHours)
                .arg(localText(*center, window.earliestUtc)),
            QStringLiteral("to"));
    }
    if (!window.isOpen())
        throw Error(Error::Kind::Refused, window.closedReason, window.closedField);
    const QDateTime end = start.addSecs(qint64(old->minutes) * 60);
    if (end > window.latestEndUtc) {
        const bool orderFirst = window.orderValidTo <= window.authorizationValidTo;
        throw Error(Error::Kind::Refused,
            QCoreApplication::translate(
                "RescheduleService", "%1 is after the %2 ends on %3; choose a time on or before that day.")
                .arg(localText(*center, start),
                    orderFirst ? QCoreApplication::translate("RescheduleService", "prescriber's order")
                               : QCoreApplication::translate("RescheduleService", "prior authorization"),
                    (orderFirst ? window.orderValidTo : window.authorizationValidTo).toString(Qt::ISODate)),
            QStringLiteral("to"));
    }

    BookingRequest booking;
    booking.patientId = old->patientId;
    booking.therapyId = old->therapyId;
    booking.centerId = old->centerId;
    booking.startUtc = start;
    booking.chairId = request.chairId;
    booking.minutes = old->minutes;
    booking.replacesId = old->id;
    booking.user = user.name;
    booking.reason = request.reason.trimmed().isEmpty()
        ? QStringLiteral("rescheduled to %1").arg(localText(*center, start))
        : request.reason.trimmed();
    Appointment moved;
    try {
        moved = BookingService(m_store, m_clock).book(booking);
    } catch (const Error &error) {
        // The booking calls the time "start"; here the caller gave it as the new time.
        if (error.field() == QLatin1String("start"))
            throw Error(error.kind(), error.message(), QStringLiteral("to"));
        throw;
    }
    transaction.commit();
    return moved;
}

} // namespace chairside
