#pragma once

#include "checkinrequest.h"
#include "model/appointment.h"
#include "model/center.h"
#include "model/chair.h"
#include "model/coverage.h"
#include "model/patient.h"
#include "model/prescriberorder.h"
#include "model/priorauthorization.h"
#include "model/therapy.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace chairside {

/// Everything the check-in decision depends on, read from the store beforehand: the engine itself
/// touches no database and no clock.
struct CheckInFacts
{
    QDateTime nowUtc; ///< the arrival instant
    CheckInRequest request;
    Center center; ///< where the patient is standing
    QList<Chair> chairs; ///< the center's active chairs, in preference (label) order

    /// The patients the request's identifiers point at: the one holding the MRN, or those with the
    /// name and date of birth. The engine checks the second identifier itself.
    QList<Patient> candidates;

    // Of the identified patient (empty when nobody is identified):
    QList<Appointment>
        appointments; ///< from the start of today (center time) to +120 days, every center, start order
    QList<PrescriberOrder> orders; ///< every therapy's
    QList<PriorAuthorization> authorizations; ///< every therapy's
    QList<Coverage> coverages;

    QHash<qint64, Therapy> therapies; ///< by id: at least those of the appointments
    /// By id: the other centers the decision names (CheckInEngine::centersNamed), not every center the
    /// appointments are at. A center missing here is named "another of our centers".
    QHash<qint64, QString> centerNames;

    /// The center's appointments that may hold a chair today (starting from 12 hours before today),
    /// the patient's own among them.
    QList<Appointment> occupancy;

    /// When set, the decision is about this appointment (an override names it) instead of the one the
    /// engine would pick from today's.
    qint64 focusAppointmentId = 0;

    /// Whether the readiness lines that are fine get their words ("Order from Dr Chen valid until 9
    /// December: 3 of 6 doses left"), as the desk shows them. The readiness queue shows only what is
    /// wrong, over thousands of appointments, and leaves them unsaid.
    bool describeReadyLines = true;
};

} // namespace chairside
