// Failed checks print the text.
#include "catchqstring.h"
#include "desk/dateofbirth.h"

#include <catch2/catch.hpp>

using namespace chairside;

namespace {

const QDate kToday(2026, 12, 1);

QDate read(const char *text)
{
    return DateOfBirth::parse(QString::fromUtf8(text), kToday).value_or(QDate());
}

} // namespace

TEST_CASE("A date of birth is read in the forms the desk types")
{
    const QDate maria(1961, 3, 4);
    CHECK(read("1961-03-04") == maria);
    CHECK(read("1961/3/4") == maria);
    CHECK(read("03/04/1961") == maria);
    CHECK(read("3/4/1961") == maria);
    CHECK(read("3-4-1961") == maria);
    CHECK(read("3.4.1961") == maria);
    CHECK(read(" 03041961 ") == maria);
    CHECK(read("19610304") == maria);
    CHECK(read("4 March 1961") == maria);
    CHECK(read("4 Mar 1961") == maria);
    CHECK(read("March 4, 1961") == maria);
    CHECK(read("Mar 4 1961") == maria);
}

TEST_CASE("A two-digit year is the latest such year that is not in the future")
{
    CHECK(read("3/4/61") == QDate(1961, 3, 4));
    CHECK(read("3/4/19") == QDate(2019, 3, 4));
    CHECK(read("11/30/26") == QDate(2026, 11, 30));
    CHECK(read("12/2/26") == QDate(1926, 12, 2));
}

TEST_CASE("What is not a whole past date is not a date of birth")
{
    CHECK_FALSE(DateOfBirth::parse(QStringLiteral("march"), kToday));
    CHECK_FALSE(DateOfBirth::parse(QStringLiteral("13/01/1961"), kToday)); // month first: no 13th month
    CHECK_FALSE(DateOfBirth::parse(QStringLiteral("2/30/1961"), kToday));
    CHECK_FALSE(DateOfBirth::parse(QStringLiteral("3/4"), kToday));
    CHECK_FALSE(DateOfBirth::parse(QStringLiteral("2027-01-01"), kToday));
    CHECK_FALSE(DateOfBirth::parse(QString(), kToday));
}

TEST_CASE("A date of birth is found among the words of a search, and a phone is not one")
{
    CHECK(DateOfBirth::findIn(QStringLiteral("alvarez 3/4/1961"), kToday) == QDate(1961, 3, 4));
    CHECK(DateOfBirth::findIn(QStringLiteral("Alvarez, Maria 1961-03-04"), kToday) == QDate(1961, 3, 4));
    CHECK_FALSE(DateOfBirth::findIn(QStringLiteral("(617) 555-0100"), kToday));
    CHECK_FALSE(DateOfBirth::findIn(QStringLiteral("M0001"), kToday));
}
