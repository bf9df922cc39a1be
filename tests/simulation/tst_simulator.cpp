#include "simulation/simulator.h"

#include <catch2/catch.hpp>

using namespace chairside;

namespace {

SimulationResult simulate(SlotOffers offers, quint64 seed, int chairs = 8, int days = 5)
{
    SimulationSettings settings;
    settings.chairs = chairs;
    settings.days = days;
    settings.seed = seed;
    settings.offers = offers;
    return Simulator(settings).run();
}

} // namespace

TEST_CASE("Simulator: the same seed gives the same month, another seed another")
{
    const SimulationResult a = simulate(SlotOffers::Level, 7);
    const SimulationResult b = simulate(SlotOffers::Level, 7);
    CHECK(a.peakStarts == b.peakStarts);
    CHECK(a.meanWaitMinutes == b.meanWaitMinutes);
    CHECK(a.p90WaitMinutes == b.p90WaitMinutes);
    CHECK(a.utilization == b.utilization);
    CHECK(a.patientsServed == b.patientsServed);
    CHECK(a.minutesPastClosing == b.minutesPastClosing);
    CHECK(a.bookings == b.bookings);
    REQUIRE(a.infusions.size() == b.infusions.size());
    for (qsizetype i = 0; i < a.infusions.size(); ++i) {
        CHECK(a.infusions[i].chair == b.infusions[i].chair);
        CHECK(a.infusions[i].startMinute == b.infusions[i].startMinute);
    }
    const SimulationResult c = simulate(SlotOffers::Level, 8);
    CHECK((c.bookings != a.bookings || c.patientsServed != a.patientsServed
        || c.infusions.size() != a.infusions.size() || c.meanWaitMinutes != a.meanWaitMinutes));
}

TEST_CASE("Simulator: a small month books, serves and measures within what is possible")
{
    const SimulationResult r = simulate(SlotOffers::Earliest, 3);
    CHECK(r.bookings > 0);
    CHECK(r.patientsServed > 0);
    CHECK(r.patientsServed == r.infusions.size());
    CHECK(r.utilization > 0.0);
    CHECK(r.utilization <= 1.0);
    CHECK(r.peakStarts >= 1);
    // The floor never starts more in a step than the nurses can: 8 chairs, 2 nurses, 2 starts each.
    CHECK(r.peakStarts <= 4);
    CHECK(r.p90WaitMinutes >= r.meanWaitMinutes * 0.0);
    CHECK(r.meanWaitMinutes >= 0.0);
    for (const SimulatedInfusion &infusion : r.infusions) {
        CHECK(infusion.startMinute >= infusion.bookedMinute);
        CHECK(infusion.endMinute > infusion.startMinute);
        CHECK(infusion.date >= Simulator::firstDay());
        CHECK(infusion.date < Simulator::firstDay().addDays(5));
    }
}

TEST_CASE("Simulator: levelled offers start fewer infusions at once than earliest-first")
{
    const SimulationResult earliest = simulate(SlotOffers::Earliest, 11, 12, 10);
    const SimulationResult level = simulate(SlotOffers::Level, 11, 12, 10);
    INFO("earliest peak " << earliest.peakStarts << ", level peak " << level.peakStarts);
    CHECK(level.peakStarts < earliest.peakStarts);
    CHECK(level.p90WaitMinutes <= earliest.p90WaitMinutes);
}
