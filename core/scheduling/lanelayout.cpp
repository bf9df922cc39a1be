#include "lanelayout.h"

#include "roster.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace chairside {

double xForTime(const TimeScale &scale, const QDateTime &utc)
{
    if (!scale.isValid() || !utc.isValid())
        return 0;
    const double total = double(scale.startUtc.secsTo(scale.endUtc));
    return double(scale.startUtc.secsTo(utc)) / total * scale.width;
}

QDateTime timeForX(const TimeScale &scale, double x)
{
    if (!scale.isValid())
        return {};
    const double total = double(scale.startUtc.secsTo(scale.endUtc));
    return scale.startUtc.toUTC().addSecs(qint64(std::llround(x / scale.width * total)));
}

QList<LaneBlock> layoutLanes(const TimeScale &scale, const QList<LaneInterval> &intervals)
{
    QList<LaneInterval> sorted;
    sorted.reserve(intervals.size());
    for (const LaneInterval &interval : intervals) {
        if (interval.startUtc.isValid() && interval.endUtc.isValid())
            sorted << interval;
    }
    std::stable_sort(sorted.begin(), sorted.end(), [](const LaneInterval &a, const LaneInterval &b) {
        return a.startUtc != b.startUtc ? a.startUtc < b.startUtc : a.endUtc > b.endUtc;
    });

    QList<LaneBlock> blocks;
    blocks.reserve(sorted.size());
    std::vector<QDateTime> laneFreeAt; // when each sub-lane of the current group frees
    qsizetype groupBegin = 0;
    QDateTime groupEnd;
    int groupLanes = 0;
    const auto closeGroup = [&](qsizetype groupEndIndex) {
        for (qsizetype i = groupBegin; i < groupEndIndex; ++i)
            blocks[i].laneCount = std::max(groupLanes, 1);
    };

    for (const LaneInterval &interval : sorted) {
        if (groupEnd.isValid() && interval.startUtc >= groupEnd) {
            closeGroup(blocks.size());
            groupBegin = blocks.size();
            laneFreeAt.clear();
            groupLanes = 0;
            groupEnd = {};
        }
        std::size_t lane = 0;
        while (lane < laneFreeAt.size() && laneFreeAt[lane] > interval.startUtc)
            ++lane;
        if (lane == laneFreeAt.size())
            laneFreeAt.push_back(interval.endUtc);
        else
            laneFreeAt[lane] = interval.endUtc;
        groupLanes = std::max(groupLanes, int(laneFreeAt.size()));
        if (!groupEnd.isValid() || interval.endUtc > groupEnd)
            groupEnd = interval.endUtc;

        LaneBlock block;
        block.id = interval.id;
        block.lane = int(lane);
        const double left = xForTime(scale, interval.startUtc);
        const double right = xForTime(scale, interval.endUtc);
        block.clippedStart = left < 0;
        block.clippedEnd = right > scale.width;
        block.x = std::clamp(left, 0.0, std::max(scale.width, 0.0));
        block.width = std::max(0.0, std::clamp(right, 0.0, std::max(scale.width, 0.0)) - block.x);
        blocks << block;
    }
    closeGroup(blocks.size());
    return blocks;
}

QList<LaneBlock> layoutLanes(const TimeScale &scale, const RosterChair &chair)
{
    QList<LaneInterval> intervals;
    intervals.reserve(chair.entries.size());
    for (const RosterEntry &entry : chair.entries)
        intervals << LaneInterval {entry.appointmentId, entry.startUtc, entry.endUtc};
    return layoutLanes(scale, intervals);
}

} // namespace chairside
