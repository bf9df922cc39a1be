#pragma once

#include "model/appointment.h"
#include "model/checkinrecord.h"

#include <QList>

namespace chairside {

/// Everything that happened to one appointment: its status changes (who, when, from, to, why), the
/// check-in decisions recorded for it and the overrides.
struct CheckInHistory
{
    Appointment appointment;
    QList<StatusChange> statusChanges;
    QList<CheckInRecord> decisions;
    QList<OverrideRecord> overrides;
};

} // namespace chairside
