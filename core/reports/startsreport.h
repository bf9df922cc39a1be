#pragma once

#include "reportrecords.h"
#include "reporttable.h"

#include <QDate>
#include <QList>

namespace chairside {

/// Infusion starts per 15-minute step against what the nurses on shift can start (NurseLoad, the center's
/// nurse policy): over the days, step by step of the day, and day by day. An infusion that was started
/// counts at its real start; one not started yet (still booked, arrived or checked in) at its booked start;
/// no-shows, cancellations and errors not at all. The steps listed are those inside opening hours on some
/// day of the range, and any other step in which an infusion started.
struct StartsReport
{
    struct Step
    {
        int minute = 0; ///< the step's first minute after local midnight
        int days = 0; ///< the days of the range counted for this step (open, or with a start in it)
        int starts = 0; ///< over those days
        int mostStarts = 0; ///< in one day
        int leastCapacity = 0; ///< the fewest starts the nurses could make in it on one of those days
        int daysOver = 0; ///< days with more starts than the nurses could make

        double meanStarts() const { return days > 0 ? double(starts) / days : 0.0; }
    };
    struct Day
    {
        QDate date;
        int starts = 0;
        int peakStarts = 0; ///< the most starts in one step
        int peakMinute = 0; ///< the first step with that many
        int stepsOver = 0; ///< steps with more starts than the nurses could make
    };

    QList<Step> steps; ///< in time order
    QList<Day> days; ///< the open days and the days with starts, in order
    int peakStarts = 0;
    int stepsOver = 0;

    static StartsReport of(const ReportRecords &records);
    ReportTable table() const;
};

} // namespace chairside
