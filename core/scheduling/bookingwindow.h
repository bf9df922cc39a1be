#pragma once

#include "model/center.h"
#include "model/prescriberorder.h"
#include "model/priorauthorization.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace chairside {

/// When a patient's next dose of a therapy may be booked: from the earliest instant the rules allow
/// (the pharmacy's lead time, the dosing interval) until the end of the last day both the prescriber's
/// order and the prior authorization cover. Closed when either is missing, lapsed or used up.
struct BookingWindow
{
    QDateTime earliestUtc;
    QDateTime latestEndUtc; ///< invalid when the window is closed
    QDate orderValidTo;
    QDate authorizationValidTo;
    QString closedReason; ///< a sentence for the desk; empty when the window is open
    QString closedField; ///< "order" or "authorization"

    bool isOpen() const { return closedReason.isEmpty(); }

    /// Picks the order and the approved authorization valid on the local date of `earliestUtc` with doses
    /// and visits left (the one lasting longest when several are), and ends the window with the earlier
    /// of their last days. Pure.
    static BookingWindow compute(const Center &center, const QDateTime &earliestUtc,
        const QList<PrescriberOrder> &orders, const QList<PriorAuthorization> &authorizations);
};

} // namespace chairside
