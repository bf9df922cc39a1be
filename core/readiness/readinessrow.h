#pragma once

#include "checkin/decision.h"
#include "model/appointment.h"
#include "model/chair.h"
#include "model/patient.h"
#include "model/therapy.h"

#include <QList>

namespace chairside {

/// A booked appointment that would not be admitted if the patient came on time, and why: the check-in
/// engine's own reasons, as the desk would hear them at the arrival.
struct ReadinessRow
{
    Appointment appointment;
    Patient patient;
    Therapy therapy; ///< named "infusion" when the therapy is not on record
    Chair chair; ///< the booked chair; an empty label when it is not on record
    QList<Reason> reasons; ///< the readiness reasons only (ReadinessReasons), in the engine's order
    /// The engine's checklist lines of the same items, each not ok: the short words for the staff
    /// ("Authorization pending with Aetna"), beside the reasons' sentences said to the patient.
    QList<ReadinessLine> lines;
};

} // namespace chairside
