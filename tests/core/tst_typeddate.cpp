// Failed checks print the text.
#include "catchqstring.h"
#include "text/typeddate.h"

#include <catch2/catch.hpp>

using namespace chairside;

namespace {

const QDate kToday(2026, 12, 1);

QDate read(const char *text)
{
    return TypedDate::birthDate(QString::fromUtf8(text), kToday).value_or(QDate());
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
    CHECK_FALSE(TypedDate::birthDate(QStringLiteral("march"), kToday));
    CHECK_FALSE(TypedDate::birthDate(QStringLiteral("13/01/1961"), kToday)); // month first: no 13th month
    CHECK_FALSE(TypedDate::birthDate(QStringLiteral("2/30/1961"), kToday));
    CHECK_FALSE(TypedDate::birthDate(QStringLiteral("3/4"), kToday));
    CHECK_FALSE(TypedDate::birthDate(QStringLiteral("2027-01-01"), kToday));
    CHECK_FALSE(TypedDate::birthDate(QString(), kToday));
}

TEST_CASE("A date of birth is found among the words of a search, and a phone is not one")
{
    CHECK(TypedDate::birthDateIn(QStringLiteral("alvarez 3/4/1961"), kToday) == QDate(1961, 3, 4));
    CHECK(TypedDate::birthDateIn(QStringLiteral("Alvarez, Maria 1961-03-04"), kToday) == QDate(1961, 3, 4));
    CHECK_FALSE(TypedDate::birthDateIn(QStringLiteral("(617) 555-0100"), kToday));
    CHECK_FALSE(TypedDate::birthDateIn(QStringLiteral("M0001"), kToday));
}

TEST_CASE("Dates that are not of birth read a two-digit year as the nearest such year")
{
    using TypedDate::Century;
    CHECK(TypedDate::parse(QStringLiteral("1/15/27"), kToday) == QDate(2027, 1, 15));
    CHECK(TypedDate::parse(QStringLiteral("12/2/98"), kToday) == QDate(1998, 12, 2));
    CHECK(TypedDate::parse(QStringLiteral("12/2/98"), kToday, Century::Past) == QDate(1998, 12, 2));
    CHECK(TypedDate::parse(QStringLiteral("1/15/27"), kToday, Century::Past) == QDate(1927, 1, 15));
    // A future date is a date; only a date of birth refuses one.
    CHECK(TypedDate::parse(QStringLiteral("2027-01-01"), kToday) == QDate(2027, 1, 1));
    CHECK(TypedDate::parse(QStringLiteral("Jan 15, 2027"), kToday) == QDate(2027, 1, 15));
}

TEST_CASE("Eight digits are read year first when they can be and month first otherwise")
{
    CHECK(TypedDate::parse(QStringLiteral("20270115"), kToday) == QDate(2027, 1, 15));
    CHECK(TypedDate::parse(QStringLiteral("01152027"), kToday) == QDate(2027, 1, 15));
    CHECK_FALSE(TypedDate::parse(QStringLiteral("12345678"), kToday));
    CHECK_FALSE(TypedDate::birthDateIn(QStringLiteral("6175550100"), kToday));
}

TEST_CASE("A word is a date being written when digits meet a separator")
{
    CHECK(TypedDate::looksLikeDate(QStringLiteral("3/4")));
    CHECK(TypedDate::looksLikeDate(QStringLiteral("1961-")));
    CHECK_FALSE(TypedDate::looksLikeDate(QStringLiteral("M0001")));
    CHECK_FALSE(TypedDate::looksLikeDate(QStringLiteral("o'brien")));
}
