#include "common/error.h"
#include "fixture.h"
#include "scheduling/appointmentcode.h"
#include "scheduling/bookingservice.h"
#include "scheduling/centertime.h"

#include <catch2/catch.hpp>
#include <functional>

using namespace chairside;

namespace {

Error::Kind refusalKind(const std::function<void()> &action)
{
    try {
        action();
    } catch (const Error &error) {
        return error.kind();
    }
    FAIL("the booking was not refused");
    return Error::Kind::Store;
}

} // namespace

TEST_CASE("A booking is refused for a chair taken for any minute of the infusion")
{
    test::Fixture f;
    const QDate wednesday(2026, 12, 2);
    const Chair &chair1 = f.chairs[0];
    const qint64 first = f.book(f.maria, f.infliximab, wednesday, 10, 0, &chair1); // 10:00-12:00
    REQUIRE(first > 0);

    const auto other = f.addReadyPatient(QStringLiteral("M0002"), QStringLiteral("Liam"),
        QStringLiteral("O'Brien"), QDate(1975, 6, 30), f.vedolizumab);
    REQUIRE(refusalKind([&] { f.book(other, f.vedolizumab, wednesday, 11, 45, &chair1); })
        == Error::Kind::Conflict);
    REQUIRE(refusalKind([&] { f.book(other, f.infliximab, wednesday, 8, 15, &chair1); })
        == Error::Kind::Conflict);
    // Back to back is fine: the chair frees at 12:00.
    REQUIRE(f.book(other, f.vedolizumab, wednesday, 12, 0, &chair1) > 0);
    // Without a chair named, the first free one is taken.
    const auto third = f.addReadyPatient(QStringLiteral("M0003"), QStringLiteral("Ana"),
        QStringLiteral("Nguyen-Tran"), QDate(1988, 1, 2), f.vedolizumab);
    const qint64 id = f.book(third, f.vedolizumab, wednesday, 11, 0);
    REQUIRE(f.store.appointment(id)->chairId == f.chairs[1].id);
}

TEST_CASE("A booking is refused when the center is closed for any part of the infusion")
{
    test::Fixture f;
    const QDate wednesday(2026, 12, 2);
    REQUIRE(refusalKind([&] { f.book(f.maria, f.infliximab, wednesday, 17, 30); })
        == Error::Kind::Refused); // ends 19:30
    REQUIRE(refusalKind([&] { f.book(f.maria, f.infliximab, wednesday, 6, 0); }) == Error::Kind::Refused);
    REQUIRE(refusalKind([&] { f.book(f.maria, f.infliximab, QDate(2026, 12, 6), 10, 0); })
        == Error::Kind::Refused); // Sunday
    // Thursday evening and Saturday morning are open.
    REQUIRE(f.book(f.maria, f.infliximab, QDate(2026, 12, 3), 18, 30) > 0);
    REQUIRE(f.book(f.maria, f.infliximab, QDate(2026, 12, 5), 12, 0) > 0);
    REQUIRE(refusalKind([&] { f.book(f.maria, f.infliximab, QDate(2026, 12, 12), 12, 15); })
        == Error::Kind::Refused);
}

TEST_CASE("A patient cannot be booked twice at once, nor in the past")
{
    test::Fixture f;
    const QDate wednesday(2026, 12, 2);
    f.book(f.maria, f.infliximab, wednesday, 10, 0);
    REQUIRE(refusalKind([&] { f.book(f.maria, f.infliximab, wednesday, 11, 0); }) == Error::Kind::Conflict);
    REQUIRE(refusalKind([&] { f.book(f.maria, f.infliximab, QDate(2026, 11, 30), 10, 0); })
        == Error::Kind::Refused);
}

TEST_CASE("Times are kept in UTC and shown on the center's clock across a daylight-saving change")
{
    test::Fixture f;
    f.clock.set(QDateTime(QDate(2026, 3, 1), QTime(9, 0), QTimeZone("America/New_York")));
    // Sunday 8 March 2026 is the spring-forward day in New York; open Saturdays and Mondays only here.
    const QDate saturday(2026, 3, 7);
    const QDate monday(2026, 3, 9);
    const qint64 before = f.book(f.maria, f.infliximab, saturday, 9, 0);
    const qint64 after = f.book(f.maria, f.infliximab, monday, 9, 0);
    const auto a = f.store.appointment(before);
    const auto b = f.store.appointment(after);
    REQUIRE(a->startUtc == QDateTime(saturday, QTime(14, 0), QTimeZone::utc())); // EST, UTC-5
    REQUIRE(b->startUtc == QDateTime(monday, QTime(13, 0), QTimeZone::utc())); // EDT, UTC-4
    REQUIRE(CenterTime::localMinute(f.center, b->startUtc) == 9 * 60);
    // The local day of the change is 23 hours long.
    const QDate sunday(2026, 3, 8);
    REQUIRE(CenterTime::dayStartUtc(f.center, sunday).secsTo(CenterTime::dayEndUtc(f.center, sunday))
        == 23 * 3600);
    // A wall time that does not exist that night moves forward.
    REQUIRE(
        CenterTime::localMinute(f.center, CenterTime::utcAt(f.center, sunday, 2 * 60 + 30)) == 3 * 60 + 30);
}

TEST_CASE("An appointment code reads back as the appointment it was printed for")
{
    REQUIRE(AppointmentCode::format(123) == QLatin1String("CS0000123"));
    REQUIRE(AppointmentCode::parse(QStringLiteral("CS0000123")) == 123);
    REQUIRE(AppointmentCode::parse(QStringLiteral(" cs-123 ")) == 123);
    REQUIRE_FALSE(AppointmentCode::parse(QStringLiteral("CS")).has_value());
    REQUIRE_FALSE(AppointmentCode::parse(QStringLiteral("M0000123")).has_value());
    REQUIRE_FALSE(AppointmentCode::parse(QStringLiteral("CS0000000")).has_value());
}
