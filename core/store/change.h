#pragma once

#include <QDateTime>
#include <QList>

namespace chairside {

/// One thing a committed transaction changed, as the change journal (the change_log table) keeps it and
/// as the store announces it to its own program: the same value whether it came from this connection's
/// commit or from another program's, read back from the journal.
struct Change
{
    enum class Entity
    {
        Appointment, ///< id is the appointment; centerId and startUtc place it on a center's day
        Patient, ///< id is the patient (their record, coverage, orders or authorizations)
        Everything, ///< too much changed to name (a bulk import, a new chair): read everything again
        InterfaceMessage, ///< id is a received message (interface_message, schema 9): recorded or retried
    };

    qint64 seq = 0; ///< the journal's sequence number; 0 when it was not journaled
    Entity entity = Entity::Everything;
    qint64 id = 0;
    /// Where an appointment was or is: a moved appointment has one change for each place.
    qint64 centerId = 0;
    QDateTime startUtc;

    bool operator==(const Change &) const = default;
};

using ChangeList = QList<Change>;

} // namespace chairside
