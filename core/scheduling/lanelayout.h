#pragma once

#include <QDateTime>
#include <QList>

namespace chairside {

struct RosterChair;

/// A stretch of time drawn across a number of pixels: the day's hours on the roster's width.
/// Time runs evenly with real (UTC) seconds, so a daylight-saving day draws its 23 or 25 hours.
struct TimeScale
{
    QDateTime startUtc;
    QDateTime endUtc;
    double width = 0;

    bool isValid() const { return startUtc.isValid() && endUtc > startUtc && width > 0; }
};

/// The x of an instant: 0 at the start, `width` at the end; instants outside map beyond the edges.
double xForTime(const TimeScale &scale, const QDateTime &utc);
/// The instant at an x, to the second: the inverse of xForTime().
QDateTime timeForX(const TimeScale &scale, double x);

/// One appointment to place on a chair's row.
struct LaneInterval
{
    qint64 id = 0;
    QDateTime startUtc;
    QDateTime endUtc;
};

/// Where to paint an appointment: its x and width, clipped to the scale, and the sub-lane it takes when
/// it overlaps others (lane 0 of laneCount at the top).
struct LaneBlock
{
    qint64 id = 0;
    double x = 0;
    double width = 0;
    int lane = 0;
    int laneCount = 1;
    bool clippedStart = false; ///< starts before the scale
    bool clippedEnd = false; ///< ends after the scale

    bool operator==(const LaneBlock &) const = default;
};

/// Places a chair's appointments: each takes the lowest sub-lane free at its start, and every block of a
/// group that overlaps (directly or through others) shares the group's lane count, so the group divides
/// the row's height evenly. Back-to-back appointments do not overlap. Returned in start order. Pure.
QList<LaneBlock> layoutLanes(const TimeScale &scale, const QList<LaneInterval> &intervals);
/// The same for a roster chair's entries.
QList<LaneBlock> layoutLanes(const TimeScale &scale, const RosterChair &chair);

} // namespace chairside
