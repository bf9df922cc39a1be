#include "scheduling/centertime.h"
#include "scheduling/lanelayout.h"
#include "scheduling/roster.h"

#include <catch2/catch.hpp>
#include <tuple>

using namespace chairside;

namespace {

Center newYork()
{
    Center center;
    center.name = QStringLiteral("Harbor Infusion");
    center.timeZoneId = "America/New_York";
    return center;
}

const QDate kWednesday(2026, 12, 2);

QDateTime wall(int hour, int minute = 0)
{
    return CenterTime::utcAt(newYork(), kWednesday, hour * 60 + minute);
}

/// 07:00 to 19:00 on 1200 pixels: 100 pixels an hour.
TimeScale dayScale()
{
    return TimeScale {wall(7), wall(19), 1200};
}

LaneInterval interval(qint64 id, int fromHour, int fromMinute, int toHour, int toMinute)
{
    return LaneInterval {id, wall(fromHour, fromMinute), wall(toHour, toMinute)};
}

} // namespace

TEST_CASE("Time maps to x linearly across the scale, and back")
{
    const TimeScale scale = dayScale();
    REQUIRE(xForTime(scale, wall(7)) == Approx(0));
    REQUIRE(xForTime(scale, wall(13)) == Approx(600));
    REQUIRE(xForTime(scale, wall(19)) == Approx(1200));
    REQUIRE(xForTime(scale, wall(9, 30)) == Approx(250));
    REQUIRE(xForTime(scale, wall(6)) == Approx(-100)); // outside maps beyond the edge
    REQUIRE(timeForX(scale, 600) == wall(13));
    REQUIRE(timeForX(scale, 250) == wall(9, 30));
    REQUIRE(timeForX(scale, 0) == wall(7));
    for (double x : {0.0, 1.0, 333.3, 777.7, 1199.0}) {
        // One pixel is 36 seconds here; the round trip is exact to the second.
        REQUIRE(std::abs(xForTime(scale, timeForX(scale, x)) - x) <= 1200.0 / (12 * 3600));
    }
}

TEST_CASE("An empty or inverted scale maps everything to zero")
{
    TimeScale empty {wall(10), wall(10), 800};
    REQUIRE_FALSE(empty.isValid());
    REQUIRE(xForTime(empty, wall(12)) == 0);
    REQUIRE_FALSE(timeForX(empty, 100).isValid());
    REQUIRE(xForTime(TimeScale {wall(10), wall(12), 0}, wall(11)) == 0);
}

TEST_CASE("A 25-hour day draws 25 hours: the scale runs with real time")
{
    const Center center = newYork();
    const QDate fallBack(2026, 11, 1);
    const TimeScale scale {
        CenterTime::dayStartUtc(center, fallBack), CenterTime::dayEndUtc(center, fallBack), 2500};
    // Noon on the wall is 13 real hours after midnight that day.
    REQUIRE(xForTime(scale, CenterTime::utcAt(center, fallBack, 12 * 60)) == Approx(1300));
    REQUIRE(CenterTime::localMinute(center, timeForX(scale, 1300)) == 12 * 60);
}

TEST_CASE("Overlapping appointments stack in sub-lanes, back-to-back ones do not")
{
    const QList<LaneInterval> intervals = {
        interval(3, 12, 0, 14, 0), // given out of order
        interval(1, 10, 0, 12, 0),
        interval(2, 11, 0, 13, 0),
        interval(4, 15, 0, 16, 0),
        interval(5, 15, 0, 16, 0),
        interval(6, 16, 0, 17, 0),
    };
    const auto blocks = layoutLanes(dayScale(), intervals);
    REQUIRE(blocks.size() == 6);
    // 10-12 and 12-14 share a lane; 11-13 overlaps both, so the group has two lanes.
    REQUIRE(blocks[0] == LaneBlock {1, 300, 200, 0, 2, false, false});
    REQUIRE(blocks[1] == LaneBlock {2, 400, 200, 1, 2, false, false});
    REQUIRE(blocks[2] == LaneBlock {3, 500, 200, 0, 2, false, false});
    // Two at the same time take two lanes; the one after them has the row to itself.
    REQUIRE(blocks[3] == LaneBlock {4, 800, 100, 0, 2, false, false});
    REQUIRE(blocks[4] == LaneBlock {5, 800, 100, 1, 2, false, false});
    REQUIRE(blocks[5] == LaneBlock {6, 900, 100, 0, 1, false, false});
}

TEST_CASE("Three at once take three lanes, and a long one keeps its group open")
{
    const auto blocks = layoutLanes(dayScale(),
        {interval(1, 8, 0, 18, 0), interval(2, 9, 0, 10, 0), interval(3, 9, 30, 11, 0),
            interval(4, 10, 0, 12, 0), interval(5, 17, 0, 18, 30)});
    REQUIRE(blocks.size() == 5);
    QList<int> lanes;
    for (const LaneBlock &b : blocks) {
        lanes << b.lane;
        REQUIRE(b.laneCount == 3);
    }
    REQUIRE(lanes == QList<int> {0, 1, 2, 1, 1});
}

TEST_CASE("Blocks past the edges are clipped and marked")
{
    const auto blocks = layoutLanes(
        dayScale(), {interval(1, 6, 0, 8, 0), interval(2, 18, 0, 20, 0), interval(3, 5, 0, 6, 0)});
    REQUIRE(blocks[0] == LaneBlock {3, 0, 0, 0, 1, true, false});
    REQUIRE(blocks[1] == LaneBlock {1, 0, 100, 0, 1, true, false});
    REQUIRE(blocks[2] == LaneBlock {2, 1100, 100, 0, 1, false, true});
}

TEST_CASE("A roster chair lays out its entries")
{
    RosterChair row;
    for (const auto &[id, from, to] : {std::tuple {1, 9, 11}, std::tuple {2, 10, 12}}) {
        RosterEntry entry;
        entry.appointmentId = id;
        entry.startUtc = wall(from);
        entry.endUtc = wall(to);
        row.entries << entry;
    }
    const auto blocks = layoutLanes(dayScale(), row);
    REQUIRE(blocks.size() == 2);
    REQUIRE(blocks[1] == LaneBlock {2, 300, 200, 1, 2, false, false});
}
