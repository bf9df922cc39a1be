#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace chairside {

/// A patient's insurance, and when eligibility with the payer was last verified.
struct Coverage
{
    qint64 id = 0;
    qint64 patientId = 0;
    QString payer;
    QString memberId;
    QDate eligibilityVerifiedOn; ///< the center's calendar day of the last check; null when never
    QString eligibilityVerifiedBy; ///< the user who recorded it; empty when not known
    QDateTime eligibilityVerifiedAtUtc; ///< when it was recorded; null when not known
};

} // namespace chairside
