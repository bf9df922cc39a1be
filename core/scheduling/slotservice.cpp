#include "slotservice.h"

#include "centertime.h"
#include "common/clock.h"
#include "common/error.h"
#include "levelranking.h"
#include "model/therapy.h"
#include "store/store.h"

#include <QCoreApplication>

#include <array>

namespace chairside {

namespace {

/// The longest infusion that can start before a window and still reach into it.
constexpr qint64 kLongestInfusionSeconds = 12 * 3600;

/// How far each read of the bookings reaches from the earliest start. Reading rows is what costs (a busy
/// center books some 200 a day), so the window grows only as far as the search needs: most searches end
/// within days, and a full center is read a month, then a quarter, then the year.
constexpr std::array<int, 6> kWindowDays = {2, 7, 14, 30, 90, 366};

/// Levelled offers are chosen among the free slots of the first day with one: a dose moved to a later
/// day to level the day is a dose late, and at a full center it pushes the next request on too (the
/// simulator served fewer patients when the offers reached three days).
constexpr int kLevelDays = 1;
/// More candidates than a week of a large center's grid has.
constexpr int kLevelCandidates = 5000;

/// Two doses of a therapy are at least its interval apart, less a week: a week either side of the interval
/// is the usual tolerance, and the earlier edge lets the desk offer the whole window the order allows.
int dosingGapDays(const Therapy &therapy)
{
    return therapy.intervalWeeks > 0 ? therapy.intervalWeeks * 7 - 7 : 0;
}

Therapy therapyById(Store &store, qint64 therapyId)
{
    const auto therapy = store.therapy(therapyId);
    if (!therapy)
        throw Error(Error::Kind::NotFound,
            QCoreApplication::translate("SlotService", "There is no therapy number %1.").arg(therapyId),
            QStringLiteral("therapy"));
    return *therapy;
}

Center centerById(Store &store, qint64 centerId)
{
    const auto center = store.center(centerId);
    if (!center)
        throw Error(Error::Kind::NotFound,
            QCoreApplication::translate("SlotService", "There is no center number %1.").arg(centerId),
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
            QCoreApplication::translate("SlotService", "There is no appointment number %1.")
                .arg(appointmentId),
            QStringLiteral("appointment"));
    }
    const Center center = centerById(m_store, appointment->centerId);
    const Therapy therapy = therapyById(m_store, appointment->therapyId);
    BookingWindow bounds = window(center, appointment->patientId, appointment->therapyId, false);
    if (!bounds.isOpen())
        return {};
    if (notBeforeUtc.isValid() && notBeforeUtc > bounds.earliestUtc)
        bounds.earliestUtc = notBeforeUtc.toUTC();
    return searchFor(
        center, appointment->patientId, therapy, appointment->minutes, bounds, count, appointment->id);
}

QList<Slot> SlotService::forPatient(qint64 patientId, qint64 therapyId, qint64 centerId, int count)
{
    return forPatient(patientId, therapyId, centerId, count, {});
}

QList<Slot> SlotService::forPatient(
    qint64 patientId, qint64 therapyId, qint64 centerId, int count, const QDateTime &notBeforeUtc)
{
    const Therapy therapy = therapyById(m_store, therapyId);
    if (!m_store.patient(patientId))
        throw Error(Error::Kind::NotFound,
            QCoreApplication::translate("SlotService", "There is no patient number %1.").arg(patientId),
            QStringLiteral("mrn"));
    const Center center = centerById(m_store, centerId);
    BookingWindow bounds = window(center, patientId, therapyId, true);
    if (!bounds.isOpen())
        return {};
    if (notBeforeUtc.isValid() && notBeforeUtc > bounds.earliestUtc)
        bounds.earliestUtc = notBeforeUtc.toUTC();
    return searchFor(center, patientId, therapy, therapy.defaultMinutes, bounds, count, 0);
}

BookingWindow SlotService::window(
    const Center &center, qint64 patientId, qint64 therapyId, bool followDosingInterval)
{
    QDateTime earliest = m_clock.nowUtc().toUTC().addSecs(qint64(center.policy.pharmacyLeadHours) * 3600);
    if (followDosingInterval) {
        const auto therapy = m_store.therapy(therapyId);
        if (therapy && dosingGapDays(*therapy) > 0) {
            if (const auto last = m_store.lastFulfilledAppointment(patientId, therapyId, m_clock.nowUtc()))
                earliest = std::max(earliest, last->startUtc.addDays(dosingGapDays(*therapy)));
        }
    }
    return BookingWindow::compute(
        center, earliest, m_store.orders(patientId, therapyId), m_store.authorizations(patientId, therapyId));
}

QList<Slot> SlotService::search(const Center &center, int minutes, const QDateTime &earliestUtc,
    const QDateTime &latestEndUtc, int count, qint64 ignoreAppointmentId)
{
    SlotQuery query;
    query.center = center;
    query.minutes = minutes;
    query.ignoreAppointmentId = ignoreAppointmentId;
    return searchOffers(std::move(query), earliestUtc, latestEndUtc, count);
}

QList<Slot> SlotService::searchFor(const Center &center, qint64 patientId, const Therapy &therapy,
    int minutes, const BookingWindow &bounds, int count, qint64 ignoreAppointmentId)
{
    SlotQuery query;
    query.center = center;
    query.minutes = minutes;
    query.ignoreAppointmentId = ignoreAppointmentId;
    query.therapyId = therapy.id;
    query.dosingGapDays = dosingGapDays(therapy);
    if (count > 0 && minutes > 0 && bounds.earliestUtc.isValid()) {
        // A patient has a handful of bookings, so one read of everything that could reach into the search
        // costs less than a read per window.
        const QDateTime earliest = bounds.earliestUtc.toUTC();
        const qint64 reachSecs = std::max(kLongestInfusionSeconds, qint64(query.dosingGapDays) * 24 * 3600);
        const QDateTime last = bounds.latestEndUtc.isValid()
            ? bounds.latestEndUtc.toUTC()
            : CenterTime::dayEndUtc(center, CenterTime::localDate(center, earliest).addDays(365));
        query.patientBookings
            = m_store.appointmentsOfPatient(patientId, earliest.addSecs(-reachSecs), last.addSecs(reachSecs));
    }
    return searchOffers(std::move(query), bounds.earliestUtc, bounds.latestEndUtc, count);
}

QList<Slot> SlotService::searchOffers(
    SlotQuery query, const QDateTime &earliestUtc, const QDateTime &latestEndUtc, int count)
{
    if (count <= 0 || query.minutes <= 0 || !earliestUtc.isValid())
        return {};
    query.nurses = m_store.nursePolicy(query.center.id);
    if (query.nurses.offers == SlotOffers::Earliest) {
        QList<Slot> found = searchWindows(query, earliestUtc, latestEndUtc, count);
        if (!found.isEmpty())
            found.first().earliest = true;
        return found;
    }
    const Center &center = query.center;
    const QList<Slot> first = searchWindows(query, earliestUtc, latestEndUtc, 1);
    if (first.isEmpty())
        return {};
    QDateTime reach = CenterTime::dayEndUtc(
        center, CenterTime::localDate(center, first.first().startUtc).addDays(kLevelDays - 1));
    if (latestEndUtc.isValid())
        reach = std::min(reach, latestEndUtc.toUTC());
    query.bestFitChair = true;
    QList<Slot> candidates = searchWindows(query, earliestUtc, reach, kLevelCandidates);
    if (candidates.isEmpty())
        candidates = first;
    return rankForLevel(query, candidates, count);
}

QList<Slot> SlotService::searchWindows(
    SlotQuery &query, const QDateTime &earliestUtc, const QDateTime &latestEndUtc, int count)
{
    const Center &center = query.center;
    const int minutes = query.minutes;
    QList<Slot> found;
    if (count <= 0 || minutes <= 0 || !earliestUtc.isValid())
        return found;

    query.chairs = m_store.chairs(center.id);
    query.booked.clear();
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
