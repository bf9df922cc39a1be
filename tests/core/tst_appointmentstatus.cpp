#include "model/appointmentstatus.h"

#include <QList>

#include <algorithm>
#include <catch2/catch.hpp>

using namespace chairside;
using S = AppointmentStatus;

TEST_CASE("Statuses carry their FHIR codes both ways")
{
    for (S s : {S::Booked, S::Arrived, S::CheckedIn, S::InProgress, S::Fulfilled, S::Cancelled, S::NoShow,
             S::EnteredInError}) {
        const QString code = statusCode(s);
        REQUIRE_FALSE(code.isEmpty());
        REQUIRE(statusFromCode(code) == s);
    }
    REQUIRE(statusCode(S::CheckedIn) == QLatin1String("checked-in"));
    REQUIRE(statusCode(S::NoShow) == QLatin1String("noshow"));
    REQUIRE_FALSE(statusFromCode(QStringLiteral("Booked")).has_value());
}

TEST_CASE("Statuses only go forward")
{
    REQUIRE(canTransition(S::Booked, S::Arrived));
    REQUIRE(canTransition(S::Booked, S::CheckedIn));
    REQUIRE(canTransition(S::Arrived, S::CheckedIn));
    REQUIRE(canTransition(S::CheckedIn, S::InProgress));
    REQUIRE(canTransition(S::InProgress, S::Fulfilled));
    REQUIRE(canTransition(S::Booked, S::NoShow));
    REQUIRE(canTransition(S::Booked, S::Cancelled));
    REQUIRE(canTransition(S::Fulfilled, S::EnteredInError));

    REQUIRE_FALSE(canTransition(S::CheckedIn, S::Booked));
    REQUIRE_FALSE(canTransition(S::CheckedIn, S::NoShow));
    REQUIRE_FALSE(canTransition(S::Booked, S::Fulfilled));
    REQUIRE_FALSE(canTransition(S::Cancelled, S::Booked));
    REQUIRE_FALSE(canTransition(S::NoShow, S::CheckedIn));
    REQUIRE_FALSE(canTransition(S::Fulfilled, S::InProgress));
    REQUIRE_FALSE(canTransition(S::Booked, S::Booked));
}

TEST_CASE("Each status is active, admitted or void in one place")
{
    const QList<S> all {S::Booked, S::Arrived, S::CheckedIn, S::InProgress, S::Fulfilled, S::Cancelled,
        S::NoShow, S::EnteredInError};
    for (S s : all) {
        INFO(statusCode(s).toStdString());
        // Exactly one of the three, except done, which is none of them.
        const int kinds = int(isActive(s)) + int(isAdmitted(s)) + int(isVoid(s));
        REQUIRE(kinds == (s == S::Fulfilled ? 0 : 1));
        // Only what is ahead or admitted holds a chair.
        REQUIRE(holdsChair(s) == (isActive(s) || isAdmitted(s)));
    }
    REQUIRE(isActive(S::Arrived));
    REQUIRE(isAdmitted(S::CheckedIn));
    REQUIRE(isVoid(S::NoShow));
}

TEST_CASE("A day's statuses are listed along its path, then the ways off it")
{
    QList<int> order;
    for (S s : {S::Booked, S::Arrived, S::CheckedIn, S::InProgress, S::Fulfilled, S::NoShow})
        order << statusOrder(s);
    order << statusOrder(S::Cancelled, true) << statusOrder(S::Cancelled, false)
          << statusOrder(S::EnteredInError);
    REQUIRE(std::is_sorted(order.begin(), order.end()));
    REQUIRE(std::adjacent_find(order.begin(), order.end()) == order.end());
}
