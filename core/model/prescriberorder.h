#pragma once

#include <QDate>
#include <QString>

namespace chairside {

/// A prescriber's order (referral) for a therapy: valid between two dates, for a number of doses.
struct PrescriberOrder
{
    qint64 id = 0;
    qint64 patientId = 0;
    qint64 therapyId = 0;
    QString prescriber;
    QDate validFrom;
    QDate validTo;
    int dosesAuthorized = 0;
    int dosesUsed = 0;

    bool isValidOn(QDate date) const { return date >= validFrom && date <= validTo; }
    int dosesLeft() const { return dosesAuthorized - dosesUsed; }
};

} // namespace chairside
