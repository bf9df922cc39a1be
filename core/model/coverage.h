#pragma once

#include <QDate>
#include <QString>

namespace chairside {

/// A patient's insurance, and when eligibility with the payer was last verified.
struct Coverage
{
    qint64 id = 0;
    qint64 patientId = 0;
    QString payer;
    QString memberId;
    QDate eligibilityVerifiedOn;
};

} // namespace chairside
