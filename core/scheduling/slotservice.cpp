#include "slotservice.h"

#include "centertime.h"
#include "common/clock.h"
#include "common/error.h"
#include "store/store.h"

#include <array>

namespace chairside {

namespace {

/// The longest infusion that can start before a window and still reach into it.
constexpr qint64 kLongestInfusionSeconds = 12 * 3600;

/// How far each read of the bookings reaches from the earliest start. Reading rows is what costs (a busy
/// center books some 200 a day), so the window grows only as far as the search needs: most searches end
/// within days, and a full center is read a month, then a quarter, then the year.
constexpr std::array<int, 6> kWindowDays = {2, 7, 14, 30, 90, 366};

Center centerById(Store &store, qint64 centerId)
{
    const auto center = store.center(centerId);
    if (!center)
        throw Error(Error::Kind::NotFound, QStringLiteral("There is no center number %1.").arg(centerId),
            QStringLiteral("center"));
    return *center;
}

} // namespace

SlotService::SlotService(Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{ }

QList<Slot> SlotService::forAppointment(qint64 appointmentId, int count)
{
    return forAppointment(appointmentId, count, {});
}

QList<Slot> SlotService::forAppointment(qint64 appointmentId, int count, const QDateTime &notBeforeUtc)
{
    const auto appointment = m_store.appointment(appointmentId);
    if (!appointment) {
        throw Error(Error::Kind::NotFound,
            QStringLiteral("There is no appointment number %1.").arg(appointmentId),
            QStringLiteral("appointment"));
    }
    const Center center = centerById(m_store, appointment->centerId);
    BookingWindow bounds = window(center, appointment->patientId, appointment->therapyId, false);
    if (!bounds.isOpen())
        return {};
    if (notBeforeUtc.isValid() && notBeforeUtc > bounds.earliestUtc)
        bounds.earliestUtc = notBeforeUtc.toUTC();
    return search(
        center, appointment->minutes, bounds.earliestUtc, bounds.latestEndUtc, count, appointment->id);
}

QList<Slot> SlotService::forPatient(qint64 patientId, qint64 therapyId, qint64 centerId, int count)
{
    return forPatient(patientId, therapyId, centerId, count, {});
}

QList<Slot> SlotService::forPatient(
    qint64 patientId, qint64 therapyId, qint64 centerId, int count, const QDateTime &notBeforeUtc)
{
    const auto therapy = m_store.therapy(therapyId);
    if (!therapy)
        throw Error(Error::Kind::NotFound, QStringLiteral("There is no therapy number %1.").arg(therapyId),
            QStringLiteral("therapy"));
    if (!m_store.patient(patientId))
        throw Error(Error::Kind::NotFound, QStringLiteral("There is no patient number %1.").arg(patientId),
            QStringLiteral("mrn"));
    const Center center = centerById(m_store, centerId);
    BookingWindow bounds = window(center, patientId, therapyId, true);
    if (!bounds.isOpen())
        return {};
    if (notBeforeUtc.isValid() && notBeforeUtc > bounds.earliestUtc)
        bounds.earliestUtc = notBeforeUtc.toUTC();
    return search(center, therapy->defaultMinutes, bounds.earliestUtc, bounds.latestEndUtc, count);
}

BookingWindow SlotService::window(
    const Center &center, qint64 patientId, qint64 therapyId, bool followDosingInterval)
{
    QDateTime earliest = m_clock.nowUtc().toUTC().addSecs(qint64(center.policy.pharmacyLeadHours) * 3600);
    if (followDosingInterval) {
        const auto therapy = m_store.therapy(therapyId);
        if (therapy && therapy->intervalWeeks > 0) {
            if (const auto last = m_store.lastFulfilledAppointment(patientId, therapyId, m_clock.nowUtc())) {
                // A week either side of the interval is the usual tolerance; the earlier edge lets the desk
                // offer the whole window the order allows.
                const QDateTime due = last->startUtc.addDays(qint64(therapy->intervalWeeks) * 7 - 7);
                earliest = std::max(earliest, due);
            }
        }
    }
    return BookingWindow::compute(
        center, earliest, m_store.orders(patientId, therapyId), m_store.authorizations(patientId, therapyId));
}

QList<Slot> SlotService::search(const Center &center, int minutes, const QDateTime &earliestUtc,
    const QDateTime &latestEndUtc, int count, qint64 ignoreAppointmentId)
{
    QList<Slot> found;
    if (count <= 0 || minutes <= 0 || !earliestUtc.isValid())
        return found;

    SlotQuery query;
    query.center = center;
    query.chairs = m_store.chairs(center.id);
    query.minutes = minutes;
    query.ignoreAppointmentId = ignoreAppointmentId;
    if (query.chairs.isEmpty())
        return found;

    const QDateTime earliest = earliestUtc.toUTC();
    QDateTime horizon = CenterTime::dayEndUtc(center, CenterTime::localDate(center, earliest).addDays(365));
    if (latestEndUtc.isValid())
        horizon = std::min(horizon, latestEndUtc.toUTC());

    QDateTime loadedUntil = earliest.addSecs(-kLongestInfusionSeconds);
    QDateTime searchedEnd;
    for (const int days : kWindowDays) {
        const QDateTime windowEnd = std::min(horizon, earliest.addDays(days));
        if (windowEnd > loadedUntil) {
            query.booked += m_store.chairHoldsAtCenter(center.id, loadedUntil, windowEnd);
            loadedUntil = windowEnd;
        }
        // Starts that end by the last window's end were all tried then; only the ones reaching past it are
        // new.
        query.earliestUtc = searchedEnd.isValid()
            ? std::max(earliest, searchedEnd.addSecs(1 - qint64(minutes) * 60))
            : earliest;
        query.latestEndUtc = windowEnd;
        query.count = count - int(found.size());
        found += findSlots(query);
        searchedEnd = windowEnd;
        if (found.size() >= count || windowEnd >= horizon)
            break;
    }
    return found;
}

} // namespace chairside
