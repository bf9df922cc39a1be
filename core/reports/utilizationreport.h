#pragma once

#include "reportrecords.h"
#include "reporttable.h"

#include <array>

namespace chairside {

/// How much of the chairs' open time was used, by weekday and hour: the share of chair-minutes inside
/// opening hours that an infusion held. An infusion that was started counts from its start to its end (or
/// its booked length when it has not ended); one that was not counts its booked time while it still holds
/// its chair; no-shows, cancellations and errors count nothing. Minutes outside opening hours are left out
/// of both sides.
struct UtilizationReport
{
    struct Cell
    {
        qint64 openChairMinutes = 0;
        qint64 usedChairMinutes = 0;

        bool isOpen() const { return openChairMinutes > 0; }
        double share() const { return isOpen() ? double(usedChairMinutes) / double(openChairMinutes) : 0.0; }
    };

    /// cells[weekday - 1][hour], weekday 1 Monday .. 7 Sunday, the center's local hours.
    std::array<std::array<Cell, 24>, 7> cells {};
    Cell total;
    int firstHour = 0; ///< the first and last local hour open on any day of the range (0 and -1: none)
    int lastHour = -1;

    const Cell &cell(int weekday, int hour) const
    {
        return cells[std::size_t(weekday - 1)][std::size_t(hour)];
    }

    static UtilizationReport of(const ReportRecords &records);
    ReportTable table() const;
};

} // namespace chairside
