#pragma once

#include "bookingwindow.h"
#include "slotfinder.h"

#include <QList>

namespace chairside {

class Clock;
class Store;
struct Therapy;

/// Finds free slots for real patients: reads the center, its chairs, the bookings and the patient's order
/// and authorization from the store, then asks findSlots(). No slot is offered sooner than the pharmacy
/// lead time, nor ending after the patient's order or authorization lapses (none at all when either has
/// already lapsed), and a new course starts near the therapy's dosing interval after the last dose. No slot
/// is offered while the patient is booked elsewhere (another chair, another center), nor within the dosing
/// interval of another of their bookings of the same therapy. No slot breaks what the nurses can take
/// (NursePolicy). The center's policy orders the offers: earliest first, or the slots that level the
/// day first (rankForLevel, among the free slots of the first day that has one), with the earliest slot
/// marked either way.
class SlotService final
{
public:
    SlotService(Store &store, const Clock &clock);

    /// Slots to move this appointment to (its patient, therapy, center and length).
    QList<Slot> forAppointment(qint64 appointmentId, int count = 10);
    /// The same, starting no sooner than `notBeforeUtc` either (the day the patient asks for).
    QList<Slot> forAppointment(qint64 appointmentId, int count, const QDateTime &notBeforeUtc);

    /// Slots for a patient's next dose of a therapy at a center.
    QList<Slot> forPatient(qint64 patientId, qint64 therapyId, qint64 centerId, int count = 10);
    QList<Slot> forPatient(
        qint64 patientId, qint64 therapyId, qint64 centerId, int count, const QDateTime &notBeforeUtc);

    /// When the patient's next dose may be booked: the pharmacy's lead time from now and, with
    /// `followDosingInterval`, the therapy's interval after the last dose given (less a week's tolerance),
    /// until the order or the authorization lapses. Closed, with the reason, when nothing can be booked.
    BookingWindow window(const Center &center, qint64 patientId, qint64 therapyId, bool followDosingInterval);

    /// The free slots at a center inside [earliestUtc, latestEndUtc) (an invalid end: the next 366 days),
    /// reading the bookings a window at a time so a near slot costs a short read.
    QList<Slot> search(const Center &center, int minutes, const QDateTime &earliestUtc,
        const QDateTime &latestEndUtc, int count, qint64 ignoreAppointmentId = 0);

private:
    /// The windowed search for one patient's dose: their own bookings are read once, for the whole search.
    QList<Slot> searchFor(const Center &center, qint64 patientId, const Therapy &therapy, int minutes,
        const BookingWindow &bounds, int count, qint64 ignoreAppointmentId);
    /// The earliest-first search or, when the center's policy says so, the levelled one.
    QList<Slot> searchOffers(
        SlotQuery query, const QDateTime &earliestUtc, const QDateTime &latestEndUtc, int count);
    /// The earliest-first search, a window of bookings at a time; `query` keeps the bookings it read.
    QList<Slot> searchWindows(
        SlotQuery &query, const QDateTime &earliestUtc, const QDateTime &latestEndUtc, int count);

    Store &m_store;
    const Clock &m_clock;
};

} // namespace chairside
