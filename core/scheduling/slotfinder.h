#pragma once

#include "model/appointment.h"
#include "model/center.h"
#include "model/chair.h"

#include <QDateTime>
#include <QList>

namespace chairside {

/// A start time on a chair, free for the therapy's whole duration.
struct Slot
{
    QDateTime startUtc;
    qint64 chairId = 0;
    QString chairLabel;
    int minutes = 0;
    bool earliest = false; ///< the earliest slot found, marked when the offers are ranked otherwise

    QDateTime endUtc() const { return startUtc.addSecs(qint64(minutes) * 60); }
    bool operator==(const Slot &) const = default;
};

/// Everything the slot finder needs, as plain values: no database.
struct SlotQuery
{
    Center center;
    QList<Chair> chairs; ///< the active chairs to consider, in preference order
    QList<Appointment> booked; ///< appointments at the center that may overlap the window
    int minutes = 0; ///< the infusion's length
    QDateTime earliestUtc; ///< no slot starts before this (now + pharmacy lead time, dosing interval)
    QDateTime latestEndUtc; ///< no slot ends after this (order and authorization lapse); invalid: no bound
    int count = 10;
    qint64 ignoreAppointmentId = 0; ///< the appointment being moved blocks neither its chair nor its patient
    /// The patient's own appointments, at every center: no slot overlaps one that still holds a chair,
    /// since the booking would be refused.
    QList<Appointment> patientBookings;
    qint64 therapyId = 0; ///< the therapy to be given, for the dosing gap
    /// No slot starts within this many days of another of the patient's bookings (still holding a chair)
    /// of the same therapy, either side: two doses are never closer than the dosing interval allows.
    int dosingGapDays = 0;
    /// What the nurses can take: no slot starts where it would break it (NurseLoad).
    NursePolicy nurses;
    /// Among the chairs free for a start, the one it fits best (the least idle time left around it inside
    /// the open span) rather than the first in order.
    bool bestFitChair = false;
};

/// The earliest free slots: on the center's slot grid (from local midnight), inside one open span of a
/// day (the infusion ends by closing), on a chair free for every minute, one chair per start time
/// (the first free in the chairs' order, or the best fit), earliest first, never where the nurses on
/// shift could not start it or take one more patient, and never when the patient's own bookings rule
/// the start out. Pure; searches at most 366 days.
QList<Slot> findSlots(const SlotQuery &query);

} // namespace chairside
