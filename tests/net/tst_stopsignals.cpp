#include "cli/stopsignals.h"
#include "nethelpers.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>
#include <csignal>

using chairside::cli::StopSignals;

TEST_CASE("StopSignals turns SIGTERM and SIGINT into a Qt signal instead of ending the process")
{
    // Ignored before: so a signal that reached the old handler would be lost, not end the tests.
    struct sigaction ignore = {};
    ignore.sa_handler = SIG_IGN;
    struct sigaction before = {};
    REQUIRE(sigaction(SIGTERM, &ignore, &before) == 0);
    {
        StopSignals stop;
        QSignalSpy spy(&stop, &StopSignals::stopRequested);
        REQUIRE(::raise(SIGTERM) == 0);
        REQUIRE(spy.wait(3000));
        REQUIRE(spy.first().at(0).toInt() == SIGTERM);
        REQUIRE(::raise(SIGINT) == 0);
        REQUIRE(chairside::test::waitUntil([&] { return spy.size() == 2; }, 3000));
        REQUIRE(stop.lastSignal() == SIGINT);
    }
    // The previous handler is back.
    struct sigaction after = {};
    REQUIRE(sigaction(SIGTERM, &before, &after) == 0);
    REQUIRE(after.sa_handler == SIG_IGN);
    // One at a time, and another once the first is gone.
    StopSignals again;
    REQUIRE(again.lastSignal() == 0);
}
