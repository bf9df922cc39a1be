// The roster's time axis: the hours of the day on the time area, whole hours at both ends; where an
// instant is painted and what the center's clock says at it, daylight-saving days included.

#include "day/rostertimeaxis.h"
#include "scheduling/centertime.h"

#include <catch2/catch.hpp>

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

QDateTime wall(QDate date, int hour, int minute = 0)
{
    return CenterTime::utcAt(newYork(), date, hour * 60 + minute);
}

} // namespace

TEST_CASE("The roster's hours run from the whole hour before the view to the whole hour after it")
{
    // 07:10 to 18:20 shows 07:00 to 19:00: twelve hours on 1200 pixels, after 150 pixels of labels.
    const RosterTimeAxis axis(newYork(), wall(kWednesday, 7, 10), wall(kWednesday, 18, 20), 150, 1200);
    REQUIRE(axis.isValid());
    CHECK(axis.scale().startUtc == wall(kWednesday, 7));
    CHECK(axis.scale().endUtc == wall(kWednesday, 19));
    CHECK(axis.xAt(wall(kWednesday, 7)) == Approx(150));
    CHECK(axis.xAt(wall(kWednesday, 13)) == Approx(750));
    CHECK(axis.xAt(wall(kWednesday, 9, 30)) == Approx(400));
    CHECK(axis.xAt(wall(kWednesday, 19)) == Approx(axis.right()));
    CHECK(axis.right() == Approx(1350));
    CHECK(axis.timeAt(400) == wall(kWednesday, 9, 30));
    CHECK(axis.timeAt(axis.xAt(wall(kWednesday, 16, 45))) == wall(kWednesday, 16, 45));

    // A view that ends on the hour ends there.
    const RosterTimeAxis onTheHour(newYork(), wall(kWednesday, 8), wall(kWednesday, 18), 0, 1000);
    CHECK(onTheHour.scale().startUtc == wall(kWednesday, 8));
    CHECK(onTheHour.scale().endUtc == wall(kWednesday, 18));

    // A closed day has no hours: nothing has a place on it.
    CHECK_FALSE(RosterTimeAxis(newYork(), QDateTime(), QDateTime(), 150, 1200).isValid());
    CHECK_FALSE(RosterTimeAxis().isValid());
}

TEST_CASE("The roster's clock reads the center's wall time, on a daylight-saving day too")
{
    const Center center = newYork();
    SECTION("an ordinary day")
    {
        const RosterTimeAxis axis(center, wall(kWednesday, 7), wall(kWednesday, 19), 0, 1200);
        CHECK(axis.clock(wall(kWednesday, 7)) == QStringLiteral("07:00"));
        CHECK(axis.clock(wall(kWednesday, 13, 45)) == QStringLiteral("13:45"));
        CHECK(axis.minuteOfDay(wall(kWednesday, 18, 5)) == 18 * 60 + 5);
        // Outside the hours, the clock still reads right.
        CHECK(axis.clock(wall(kWednesday, 22, 30)) == QStringLiteral("22:30"));
        CHECK(axis.clock(QDateTime()).isEmpty());
    }
    SECTION("the night the clocks go back, an hour repeated inside the hours")
    {
        const QDate fallBack(2026, 11, 1);
        const QDateTime start = CenterTime::dayStartUtc(center, fallBack);
        const RosterTimeAxis axis(center, start, start.addSecs(6 * 3600), 0, 600);
        // Six real hours from midnight reach only 05:00 on the wall.
        CHECK(axis.clock(axis.scale().endUtc) == QStringLiteral("05:00"));
        for (QDateTime t = start; t <= axis.scale().endUtc; t = t.addSecs(1800)) {
            INFO(t.toString(Qt::ISODate).toStdString());
            CHECK(axis.minuteOfDay(t) == CenterTime::localMinute(center, t));
        }
        CHECK(axis.clock(start.addSecs(3 * 3600)) == QStringLiteral("02:00"));
    }
}
