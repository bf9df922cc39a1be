#pragma once

#include "reportrecords.h"
#include "reporttable.h"

#include <QDate>
#include <QList>

namespace chairside {

/// How long patients waited from arriving at the desk (their arrival, or their check-in when they were
/// admitted at once) to the start of their infusion in the chair: the infusions started in the days.
struct WaitReport
{
    struct Stats
    {
        int count = 0;
        double meanMinutes = 0;
        double medianMinutes = 0; ///< the middle value; the mean of the two middle ones for an even count
        double p90Minutes = 0; ///< the nearest rank: the smallest wait at least 90% of the waits are within
        double longestMinutes = 0;

        /// The statistics of waits in minutes, in any order.
        static Stats of(QList<double> minutes);
    };
    struct Day
    {
        QDate date;
        Stats stats;
    };

    Stats overall;
    QList<Day> days; ///< the local days with at least one infusion started, in order

    /// The wait of one appointment in minutes; negative when it has none (never started, no arrival).
    static double waitMinutes(const Appointment &appointment);
    static WaitReport of(const ReportRecords &records);
    ReportTable table() const;
};

} // namespace chairside
