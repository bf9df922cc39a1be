#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace chairside {

/// One check-in decision as the desk acted on it (table checkin_decision, append-only).
struct CheckInRecord
{
    qint64 id = 0;
    QDateTime atUtc;
    QString user;
    qint64 patientId = 0; ///< 0 when nobody was identified
    qint64 appointmentId = 0; ///< 0 when no appointment was concerned (a walk-in)
    QString outcome; ///< "admit", "wait", "reschedule" or "unidentified"
    QStringList reasons; ///< reason codes, e.g. "LATE_WITHIN_GRACE"
    QString identifiers; ///< the two identifiers that matched: "mrn+dob" or "name+dob"
    qint64 chairId = 0; ///< the chair assigned, 0 when none
};

/// A nurse's or admin's decision to admit past one rule that allows it (table checkin_override).
struct OverrideRecord
{
    qint64 id = 0;
    qint64 appointmentId = 0;
    QString code; ///< the reason code overridden
    QString reason; ///< why, in the user's words; never blank
    QString user;
    QDateTime atUtc;
};

} // namespace chairside
