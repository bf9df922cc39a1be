#pragma once

#include "slotfinder.h"

#include <QList>

namespace chairside {

class Clock;
class Store;

/// Finds free slots for real patients: reads the center, its chairs, the bookings and the patient's order
/// and authorization from the store, then asks findSlots(). No slot is offered sooner than the pharmacy
/// lead time, nor ending after the patient's order or authorization lapses (none at all when either has
/// already lapsed), and a new course starts near the therapy's dosing interval after the last dose.
class SlotService final
{
public:
    SlotService(Store &store, const Clock &clock);

    /// Slots to move this appointment to (its patient, therapy, center and length).
    QList<Slot> forAppointment(qint64 appointmentId, int count = 10);

    /// Slots for a patient's next dose of a therapy at a center.
    QList<Slot> forPatient(qint64 patientId, qint64 therapyId, qint64 centerId, int count = 10);

private:
    Store &m_store;
    const Clock &m_clock;
};

} // namespace chairside
