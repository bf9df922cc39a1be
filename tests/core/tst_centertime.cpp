// A wall time typed on a center's clock: one instant, none when the clocks spring forward past it, two
// when they fall back over it; one reading for the CLI and the desk's dialogs.
#include "catchqstring.h"
#include "common/error.h"
#include "scheduling/centertime.h"

#include <catch2/catch.hpp>

using namespace chairside;
using CenterTime::WallTime;

namespace {

WallTime read(const char *zone, QDate date, QTime time)
{
    const QTimeZone tz(zone);
    REQUIRE(tz.isValid());
    return CenterTime::readWallTime(tz, date, time);
}

QDateTime utc(const char *iso)
{
    QDateTime at = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    REQUIRE(at.isValid());
    return at.toUTC();
}

} // namespace

TEST_CASE("02:30 on the night Chicago springs forward does not exist, and the refusal names 01:59 and 03:00")
{
    const WallTime gap = read("America/Chicago", QDate(2027, 3, 14), QTime(2, 30));
    REQUIRE(gap.kind == WallTime::Kind::Skipped);
    REQUIRE_FALSE(gap.utc.isValid());
    REQUIRE(gap.note
        == QStringLiteral("02:30 on 14 March 2027 does not exist in America/Chicago (clocks go from 02:00 to "
                          "03:00); use 01:59 or 03:00."));
    // Either side of the gap is an ordinary time.
    REQUIRE(read("America/Chicago", QDate(2027, 3, 14), QTime(1, 59)).utc == utc("2027-03-14T07:59:00Z"));
    REQUIRE(read("America/Chicago", QDate(2027, 3, 14), QTime(3, 0)).utc == utc("2027-03-14T08:00:00Z"));
    REQUIRE(read("America/Chicago", QDate(2027, 3, 14), QTime(3, 0)).kind == WallTime::Kind::Exact);

    Center center;
    center.timeZoneId = "America/Chicago";
    try {
        CenterTime::wallTimeToUtc(center, QDate(2027, 3, 14), QTime(2, 0), QStringLiteral("start"));
        FAIL("02:00 was read");
    } catch (const Error &error) {
        REQUIRE(error.kind() == Error::Kind::BadData);
        REQUIRE(error.field() == QStringLiteral("start"));
        REQUIRE(error.message().startsWith(QStringLiteral("02:00 on 14 March 2027 does not exist")));
    }
}

TEST_CASE("01:30 on the night Chicago falls back happens twice and is read as the first, said so")
{
    const WallTime twice = read("America/Chicago", QDate(2027, 11, 7), QTime(1, 30));
    REQUIRE(twice.kind == WallTime::Kind::Repeated);
    REQUIRE(twice.utc == utc("2027-11-07T06:30:00Z")); // 01:30 CDT, not 01:30 CST an hour later
    REQUIRE(twice.note.contains(QStringLiteral("01:30 on 7 November 2027 happens twice in America/Chicago")));
    REQUIRE(twice.note.contains(QStringLiteral("clocks go back from 02:00 to 01:00")));
    REQUIRE(twice.note.contains(QStringLiteral("UTC-05:00")));

    Center center;
    center.timeZoneId = "America/Chicago";
    QString note;
    REQUIRE(
        CenterTime::wallTimeToUtc(center, QDate(2027, 11, 7), QTime(1, 30), QStringLiteral("start"), &note)
        == utc("2027-11-07T06:30:00Z"));
    REQUIRE(note == twice.note);
    REQUIRE(read("America/Chicago", QDate(2027, 11, 7), QTime(2, 0)).kind == WallTime::Kind::Exact);
}

TEST_CASE("A zone without daylight saving has every wall time once")
{
    for (const QDate date : {QDate(2027, 3, 14), QDate(2027, 11, 7)}) {
        for (const QTime time : {QTime(1, 30), QTime(2, 30)}) {
            const WallTime wall = read("America/Phoenix", date, time);
            REQUIRE(wall.kind == WallTime::Kind::Exact);
            REQUIRE(wall.note.isEmpty());
            REQUIRE(wall.utc == QDateTime(date, time, QTimeZone::utc()).addSecs(7 * 3600));
        }
    }
    REQUIRE(read("UTC", QDate(2027, 3, 28), QTime(1, 30)).kind == WallTime::Kind::Exact);
}

TEST_CASE("London skips 01:00 to 02:00 in March and repeats it in October")
{
    const WallTime gap = read("Europe/London", QDate(2027, 3, 28), QTime(1, 15));
    REQUIRE(gap.kind == WallTime::Kind::Skipped);
    REQUIRE(gap.note.contains(QStringLiteral("(clocks go from 01:00 to 02:00); use 00:59 or 02:00.")));
    const WallTime twice = read("Europe/London", QDate(2027, 10, 31), QTime(1, 15));
    REQUIRE(twice.kind == WallTime::Kind::Repeated);
    REQUIRE(twice.utc == utc("2027-10-31T00:15:00Z"));
    REQUIRE(read("Europe/London", QDate(2027, 10, 31), QTime(0, 59)).kind == WallTime::Kind::Exact);
}

TEST_CASE("Lord Howe's half-hour change skips and repeats half an hour")
{
    // First Sunday of October 2027: 02:00 becomes 02:30 (UTC+10:30 to +11:00).
    const WallTime gap = read("Australia/Lord_Howe", QDate(2027, 10, 3), QTime(2, 10));
    REQUIRE(gap.kind == WallTime::Kind::Skipped);
    REQUIRE(gap.note.contains(QStringLiteral("(clocks go from 02:00 to 02:30); use 01:59 or 02:30.")));
    REQUIRE(read("Australia/Lord_Howe", QDate(2027, 10, 3), QTime(2, 30)).kind == WallTime::Kind::Exact);
    // First Sunday of April 2027: 02:00 becomes 01:30.
    const WallTime twice = read("Australia/Lord_Howe", QDate(2027, 4, 4), QTime(1, 45));
    REQUIRE(twice.kind == WallTime::Kind::Repeated);
    REQUIRE(twice.utc == utc("2027-04-03T14:45:00Z"));
}
