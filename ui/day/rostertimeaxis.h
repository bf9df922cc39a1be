#pragma once

#include "model/center.h"
#include "scheduling/lanelayout.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace chairside {

/// The roster's hours across its time area: where an instant is painted, and what the center's clock
/// says at it. The hours run from the whole hour at or before the view's start to the whole hour at or
/// after its end, so that the grid starts and ends on a labelled line; in between, time runs evenly with
/// real seconds (core's xForTime()), so a daylight-saving day draws its 23 or 25 hours.
class RosterTimeAxis final
{
public:
    RosterTimeAxis() = default;
    /// The axis of a day viewed from `viewStartUtc` to `viewEndUtc`, on `width` pixels from `left`.
    RosterTimeAxis(const Center &center, const QDateTime &viewStartUtc, const QDateTime &viewEndUtc,
        double left, double width);

    /// False for a closed day: nothing has a place on it.
    bool isValid() const { return m_scale.isValid(); }
    const TimeScale &scale() const { return m_scale; }
    double left() const { return m_left; }
    double right() const { return m_left + m_scale.width; }

    /// The x of an instant; instants outside the hours map beyond the edges.
    double xAt(const QDateTime &utc) const { return m_left + xForTime(m_scale, utc); }
    /// The instant at an x, to the second: the inverse of xAt().
    QDateTime timeAt(double x) const { return timeForX(m_scale, x - m_left); }

    /// Minutes after the center's local midnight. Converting to the center's zone is slow and a roster
    /// asks it of every block, so within the hours, when the clocks do not change there, it is
    /// reckoned from the one offset from UTC.
    int minuteOfDay(const QDateTime &utc) const;
    /// "HH:mm" on the center's clock; empty for an invalid instant.
    QString clock(const QDateTime &utc) const;

private:
    Center m_center;
    TimeScale m_scale;
    double m_left = 0;
    std::optional<int> m_offset; ///< seconds east of UTC all along the hours; none when it changes
};

} // namespace chairside
