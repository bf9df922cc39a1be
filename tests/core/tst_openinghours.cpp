#include "common/error.h"
#include "model/openinghours.h"

#include <catch2/catch.hpp>

using namespace chairside;

TEST_CASE("Opening hours read the admin's notation, evenings and weekends included")
{
    const auto hours
        = OpeningHours::parse(QStringLiteral("mon-fri 07:00-19:00; thu 07:00-21:00; sat 08:00-14:00"));
    REQUIRE(hours.spans(Qt::Monday) == QList<OpenSpan> {{7 * 60, 19 * 60}});
    REQUIRE(hours.spans(Qt::Thursday) == QList<OpenSpan> {{7 * 60, 21 * 60}});
    REQUIRE(hours.spans(Qt::Saturday) == QList<OpenSpan> {{8 * 60, 14 * 60}});
    REQUIRE_FALSE(hours.isOpenOn(Qt::Sunday));
    REQUIRE(hours.toString()
        == QLatin1String("mon-wed 07:00-19:00; thu 07:00-21:00; fri 07:00-19:00; sat 08:00-14:00"));
    REQUIRE(OpeningHours::parse(hours.toString()) == hours);
}

TEST_CASE("An infusion fits the hours only when it ends by closing")
{
    const auto hours = OpeningHours::parse(QStringLiteral("Mon-Fri 7:00-19:00, 19:30-21:00"));
    REQUIRE(hours.covers(Qt::Monday, 7 * 60, 9 * 60));
    REQUIRE(hours.covers(Qt::Monday, 17 * 60, 19 * 60));
    REQUIRE_FALSE(hours.covers(Qt::Monday, 18 * 60, 20 * 60)); // runs through the break
    REQUIRE(hours.covers(Qt::Friday, 19 * 60 + 30, 21 * 60));
    REQUIRE_FALSE(hours.covers(Qt::Saturday, 9 * 60, 10 * 60));
    REQUIRE_FALSE(hours.covers(Qt::Monday, 6 * 60 + 45, 8 * 60));
}

TEST_CASE("Unreadable opening hours are refused with the part that is wrong")
{
    const char *bad[] = {"", "mon-fri", "monday 7-19", "fri-mon 07:00-19:00", "mon 19:00-07:00",
        "mon 07:00-12:00,11:00-13:00", "xyz 07:00-08:00"};
    for (const char *text : bad) {
        DYNAMIC_SECTION("\"" << text << "\"")
        {
            try {
                OpeningHours::parse(QString::fromLatin1(text));
                FAIL("accepted");
            } catch (const Error &error) {
                REQUIRE(error.kind() == Error::Kind::BadData);
                REQUIRE(error.field() == QLatin1String("hours"));
                REQUIRE_FALSE(error.message().isEmpty());
            }
        }
    }
    REQUIRE(OpeningHours::parse(QStringLiteral("mon-sat 08:00-12:00; wed closed")).isOpenOn(Qt::Wednesday)
        == false);
}
