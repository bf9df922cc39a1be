#include "bookingservice.h"

#include "audit/auditevent.h"
#include "centertime.h"
#include "common/clock.h"
#include "common/error.h"
#include "store/retry.h"
#include "store/scopedtransaction.h"
#include "store/store.h"
#include "text/desktext.h"

#include <QCoreApplication>

namespace chairside {

namespace {

/// The longest infusion that can start before a span and still overlap it.
constexpr qint64 kLongestInfusionSeconds = 12 * 3600;

bool overlaps(const Appointment &a, const QDateTime &startUtc, const QDateTime &endUtc)
{
    return a.startUtc < endUtc && a.endUtc() > startUtc;
}

QString describeHours(const Center &center, QDate date)
{
    const auto &spans = center.hours.spansOn(date);
    if (spans.isEmpty())
        //: Why a time cannot be booked; %1 is a weekday's name.
        return QCoreApplication::translate("BookingService", "the center is closed on %1s")
            .arg(DeskText::weekday(date));
    QStringList parts;
    for (const OpenSpan &span : spans) {
        parts << QStringLiteral("%1:%2-%3:%4")
                     .arg(span.opensMinute / 60, 2, 10, QLatin1Char('0'))
                     .arg(span.opensMinute % 60, 2, 10, QLatin1Char('0'))
                     .arg(span.closesMinute / 60, 2, 10, QLatin1Char('0'))
                     .arg(span.closesMinute % 60, 2, 10, QLatin1Char('0'));
    }
    //: A weekday's opening hours: "Saturday hours are 08:00-14:00".
    return QCoreApplication::translate("BookingService", "%1 hours are %2")
        .arg(DeskText::weekday(date), parts.join(QStringLiteral(", ")));
}

} // namespace

BookingService::BookingService(Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{ }

QList<Appointment> BookingService::chairConflicts(
    const Center &center, qint64 chairId, const QDateTime &startUtc, int minutes, qint64 ignoreId)
{
    const QDateTime endUtc = startUtc.addSecs(qint64(minutes) * 60);
    QList<Appointment> result;
    const auto nearby
        = m_store.appointmentsAtCenter(center.id, startUtc.addSecs(-kLongestInfusionSeconds), endUtc);
    for (const Appointment &a : nearby) {
        if (a.chairId == chairId && a.id != ignoreId && holdsChair(a.status) && overlaps(a, startUtc, endUtc))
            result << a;
    }
    return result;
}

std::optional<Chair> BookingService::firstFreeChair(
    const Center &center, const QDateTime &startUtc, int minutes, qint64 ignoreId)
{
    return firstFreeChair(center, m_store.chairs(center.id), startUtc, minutes, ignoreId);
}

std::optional<Chair> BookingService::firstFreeChair(
    const Center &center, const QList<Chair> &chairs, const QDateTime &startUtc, int minutes, qint64 ignoreId)
{
    const QDateTime endUtc = startUtc.addSecs(qint64(minutes) * 60);
    const QList<qint64> taken
        = m_store.chairsTakenAtCenter(center.id, startUtc, endUtc, ignoreId, kLongestInfusionSeconds);
    for (const Chair &chair : chairs) {
        if (!taken.contains(chair.id))
            return chair;
    }
    return std::nullopt;
}

std::optional<NurseProblem> BookingService::nurseProblem(
    const Center &center, const QDateTime &startUtc, int minutes, qint64 ignoreId)
{
    if (!startUtc.isValid() || minutes <= 0)
        return std::nullopt;
    const QDate date = CenterTime::localDate(center, startUtc);
    const QDateTime dayStart = CenterTime::dayStartUtc(center, date);
    const QDateTime dayEnd = CenterTime::dayEndUtc(center, date);
    const NurseLoad load = NurseLoad::of(center, m_store.nursePolicy(center.id),
        int(m_store.chairs(center.id).size()), date,
        m_store.chairHoldsAtCenter(center.id, dayStart.addSecs(-kLongestInfusionSeconds), dayEnd), ignoreId);
    return load.problem(CenterTime::localMinute(center, startUtc), minutes);
}

Appointment BookingService::book(const BookingRequest &request)
{
    // Run again when a server calls it off as one side of a race (store/retry.h).
    return retryingTransient(m_store.database(), [&] { return bookOnce(request); });
}

Appointment BookingService::bookOnce(const BookingRequest &request)
{
    const auto center = m_store.center(request.centerId);
    if (!center)
        throw Error(Error::Kind::NotFound,
            QCoreApplication::translate("BookingService", "There is no center number %1.")
                .arg(request.centerId),
            QStringLiteral("center"));
    const auto patient = m_store.patient(request.patientId);
    if (!patient)
        throw Error(Error::Kind::NotFound,
            QCoreApplication::translate("BookingService", "There is no patient number %1.")
                .arg(request.patientId),
            QStringLiteral("mrn"));
    const auto therapy = m_store.therapy(request.therapyId);
    if (!therapy)
        throw Error(Error::Kind::NotFound,
            QCoreApplication::translate("BookingService", "There is no therapy number %1.")
                .arg(request.therapyId),
            QStringLiteral("therapy"));
    if (!request.startUtc.isValid())
        throw Error::badData(QStringLiteral("start"),
            QCoreApplication::translate("BookingService", "The start time is missing or not a time."));

    const int minutes = request.minutes > 0 ? request.minutes : therapy->defaultMinutes;
    const QDateTime startUtc = request.startUtc.toUTC();
    const QDateTime endUtc = startUtc.addSecs(qint64(minutes) * 60);
    const QDate localDate = CenterTime::localDate(*center, startUtc);

    if (startUtc < m_clock.nowUtc()) {
        throw Error(Error::Kind::Refused,
            QCoreApplication::translate("BookingService", "%1 %2 has already passed; choose a later time.")
                .arg(localDate.toString(Qt::ISODate), DeskText::time(*center, startUtc)),
            QStringLiteral("start"));
    }
    if (!CenterTime::withinHours(*center, startUtc, minutes)) {
        throw Error(Error::Kind::Refused,
            QCoreApplication::translate(
                "BookingService", "%1 is closed for part of %2 %3-%4 (%5 minutes of %6): %7.")
                .arg(center->name, localDate.toString(Qt::ISODate), DeskText::time(*center, startUtc),
                    DeskText::time(*center, endUtc))
                .arg(minutes)
                .arg(therapy->name, describeHours(*center, localDate)),
            QStringLiteral("start"));
    }

    ScopedTransaction transaction(m_store.database());

    std::optional<Chair> chair;
    if (request.chairId) {
        chair = m_store.chair(*request.chairId);
        if (!chair || chair->centerId != center->id)
            throw Error(Error::Kind::NotFound,
                QCoreApplication::translate("BookingService", "That chair is not at %1.").arg(center->name),
                QStringLiteral("chair"));
        if (!chair->active)
            throw Error(Error::Kind::Refused,
                QCoreApplication::translate("BookingService", "Chair %1 is out of service.")
                    .arg(chair->label),
                QStringLiteral("chair"));
        const auto conflicts = chairConflicts(*center, chair->id, startUtc, minutes, request.replacesId);
        if (!conflicts.isEmpty()) {
            const Appointment &other = conflicts.first();
            throw Error(Error::Kind::Conflict,
                QCoreApplication::translate(
                    "BookingService", "Chair %1 is taken from %2 to %3 by appointment %4.")
                    .arg(chair->label, DeskText::time(*center, other.startUtc),
                        DeskText::time(*center, other.endUtc()))
                    .arg(other.id),
                QStringLiteral("chair"));
        }
    } else {
        chair = firstFreeChair(*center, startUtc, minutes, request.replacesId);
        if (!chair) {
            throw Error(Error::Kind::Conflict,
                QCoreApplication::translate("BookingService", "No chair at %1 is free from %2 to %3.")
                    .arg(center->name, DeskText::time(*center, startUtc), DeskText::time(*center, endUtc)),
                QStringLiteral("start"));
        }
    }

    const auto patientBusy
        = m_store.appointmentsOfPatient(patient->id, startUtc.addSecs(-kLongestInfusionSeconds), endUtc);
    for (const Appointment &other : patientBusy) {
        if (other.id != request.replacesId && holdsChair(other.status) && overlaps(other, startUtc, endUtc)) {
            throw Error(Error::Kind::Conflict,
                QCoreApplication::translate(
                    "BookingService", "%1 is already booked at that time (appointment %2 at %3).")
                    .arg(patient->displayName())
                    .arg(other.id)
                    .arg(DeskText::time(*center, other.startUtc)),
                QStringLiteral("start"));
        }
    }

    const QDateTime now = m_clock.nowUtc();
    if (request.replacesId != 0) {
        const auto old = m_store.appointment(request.replacesId);
        if (!old)
            throw Error(Error::Kind::NotFound,
                QCoreApplication::translate("BookingService", "There is no appointment number %1.")
                    .arg(request.replacesId),
                QStringLiteral("appointment"));
        if (old->patientId != patient->id)
            throw Error(Error::Kind::Refused,
                QCoreApplication::translate("BookingService", "Appointment %1 belongs to another patient.")
                    .arg(old->id),
                QStringLiteral("appointment"));
        if (m_store.replacementOf(old->id)) {
            throw Error(Error::Kind::Conflict,
                QCoreApplication::translate(
                    "BookingService", "Appointment %1 has already been replaced by another booking.")
                    .arg(old->id),
                QStringLiteral("appointment"));
        }
        if (old->status != AppointmentStatus::Cancelled && old->status != AppointmentStatus::NoShow) {
            m_store.changeStatus(old->id, AppointmentStatus::Cancelled, request.user, now,
                request.reason.isEmpty() ? QStringLiteral("rescheduled") : request.reason);
        }
    }

    Appointment appointment;
    appointment.patientId = patient->id;
    appointment.centerId = center->id;
    appointment.chairId = chair->id;
    appointment.therapyId = therapy->id;
    appointment.startUtc = startUtc;
    appointment.minutes = minutes;
    appointment.status = AppointmentStatus::Booked;
    appointment.prep = therapy->compounded ? PrepState::NotReady : PrepState::NotNeeded;
    appointment.replacesId = request.replacesId;
    appointment.createdBy = request.user;
    appointment.createdAtUtc = now;
    appointment.id = m_store.addAppointment(appointment);
    AuditEvent event;
    event.action = request.replacesId != 0 ? AuditAction::Rescheduled : AuditAction::Booked;
    event.userName = request.user;
    event.recordKind = QStringLiteral("appointment");
    event.recordId = appointment.id;
    event.patientId = patient->id;
    event.reason = request.replacesId != 0
        ? QStringLiteral("replaces appointment %1: %2")
              .arg(request.replacesId)
              .arg(request.reason.isEmpty() ? QStringLiteral("rescheduled") : request.reason)
        : QStringLiteral("chair %1").arg(chair->label);
    m_store.audit(event, now);
    transaction.commit();
    return appointment;
}

} // namespace chairside
