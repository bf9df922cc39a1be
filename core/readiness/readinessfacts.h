#pragma once

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

/// Everything the readiness queue depends on, read from the store in bulk beforehand: ReadinessQueue
/// itself touches no database and no clock.
struct ReadinessFacts
{
    QDateTime nowUtc;
    Center center; ///< the center whose queue it is
    QDateTime fromUtc; ///< the listed appointments start in [fromUtc, toUtc)
    QDateTime toUtc;
    QList<Chair> chairs; ///< the center's chairs, active or not, in label order
    QHash<qint64, Center> centers; ///< every center, by id: the patients may be booked elsewhere too

    /// The booked patients' appointments still ahead (booked or arrived), at every center, from the
    /// start of today (or fromUtc, when earlier) to toUtc, by patient, each patient's in start order: the
    /// listed ones and those that take a dose before them.
    QHash<qint64, QList<Appointment>> appointments;
    QHash<qint64, Patient> patients; ///< by id
    QHash<qint64, QList<PrescriberOrder>> orders; ///< by patient
    QHash<qint64, QList<PriorAuthorization>> authorizations; ///< by patient
    QHash<qint64, QList<Coverage>> coverages; ///< by patient
    QHash<qint64, Therapy> therapies; ///< by id
};

} // namespace chairside
