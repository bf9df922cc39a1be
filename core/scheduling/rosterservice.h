#pragma once

#include "roster.h"

#include <QDate>

namespace chairside {

class Store;

/// Loads a center's day from the store (its chairs, therapies and the day's appointments with their
/// patients' names in one query) and lays it out with buildRoster(). A view that keeps the day keeps
/// its RosterInput and re-reads only what changed (refreshAppointment(), refreshPatient()), then lays
/// it out again.
class RosterService final
{
public:
    explicit RosterService(Store &store);

    Roster build(const Center &center, QDate date);
    /// What build() lays out, read in one query for the appointments.
    RosterInput load(const Center &center, QDate date);
    /// Reads one appointment again into a loaded day: changed in place, added when it now starts on
    /// the day at the day's center, dropped when it no longer does. Returns whether the day changed.
    bool refreshAppointment(RosterInput &input, qint64 appointmentId);
    /// Reads a patient's name again when they have an appointment on the day; returns whether they do.
    bool refreshPatient(RosterInput &input, qint64 patientId);
    /// Throws Error::NotFound for an unknown center.
    Roster build(qint64 centerId, QDate date);

private:
    Store &m_store;
};

} // namespace chairside
