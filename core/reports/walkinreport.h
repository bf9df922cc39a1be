#pragma once

#include "reportrecords.h"
#include "reporttable.h"

#include <QList>

namespace chairside {

/// The patients who came to the desk without an appointment that day and were turned away: who, when,
/// their next booking then, what the desk offered, and the booking they left with, if any.
struct WalkInReport
{
    QList<WalkInRow> rows; ///< oldest first
    int booked = 0; ///< walk-ins booked at the desk after being turned away
    int withNextBooking = 0; ///< walk-ins who already had a booking ahead

    static WalkInReport of(const ReportRecords &records);
    ReportTable table(const Center &center) const;
};

} // namespace chairside
