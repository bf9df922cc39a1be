// A desk's write waits its turn behind another desk's, for up to Database::kBusyTimeoutMs, instead of
// failing: the connection's own busy handler (Database::waitForLock).

#include "common/error.h"
#include "store/database.h"
#include "store/scopedtransaction.h"
#include "store/sqlquery.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

using namespace chairside;

namespace {

void addCenter(Database &db, const char *name)
{
    SqlQuery(db,
        QStringLiteral("INSERT INTO center (name, time_zone, early_arrival_minutes, grace_minutes, "
                       "eligibility_fresh_days, pharmacy_lead_hours, slot_grid_minutes, no_show_fee_cents) "
                       "VALUES (?, 'America/New_York', 45, 20, 30, 24, 15, 0)"),
        "add a center")
        .exec({QString::fromLatin1(name)});
}

} // namespace

TEST_CASE("A write waits its turn behind another desk's write instead of failing", "[busy]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("waiting.sqlite"));
    Database desk(path);

    // Another desk, in its own thread and connection, holds the write lock for 300 ms.
    std::atomic<bool> holding {false};
    std::thread other([&] {
        Database station(path);
        ScopedTransaction transaction(station);
        addCenter(station, "Station");
        holding = true;
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        transaction.commit();
    });
    while (!holding)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));

    QElapsedTimer waited;
    waited.start();
    {
        ScopedTransaction transaction(desk);
        addCenter(desk, "Desk");
        transaction.commit();
    }
    other.join();
    CHECK(waited.elapsed() >= 200);
    CHECK(waited.elapsed() < Database::kBusyTimeoutMs);
    SqlQuery count(desk, QStringLiteral("SELECT count(*) FROM center"), "count the centers");
    count.exec();
    REQUIRE(count.next());
    REQUIRE(count.value(0).toInt() == 2);
}

TEST_CASE("A write held off longer than the busy timeout is refused in plain words", "[busy]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("held.sqlite"));
    Database desk(path);
    Database station(path);
    ScopedTransaction holding(station);
    addCenter(station, "Station");

    QElapsedTimer waited;
    waited.start();
    try {
        ScopedTransaction transaction(desk);
        FAIL("a second write began while the first held the lock");
    } catch (const Error &error) {
        REQUIRE(error.kind() == Error::Kind::Store);
        REQUIRE(error.message().contains(QLatin1String("busy with another workstation's change")));
    }
    // The whole timeout, measured by the clock, not a count of tries.
    CHECK(waited.elapsed() >= Database::kBusyTimeoutMs - 100);
    CHECK(waited.elapsed() < Database::kBusyTimeoutMs + 2000);
}
