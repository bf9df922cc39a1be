#include "common/clock.h"
#include "store/store.h"
#include "tempstore.h"
#include "workspace/workspace.h"

#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace chairside;

TEST_CASE("A workspace notices what another connection on the same file commits")
{
    test::TempStore temp;
    Store other(temp.path()); // the nurse station, on the same file
    FixedClock clock(test::utc("2026-12-01T13:00:00Z"));
    Workspace workspace(temp.store(), clock);
    workspace.setWatchInterval(0);
    QSignalSpy spy(&workspace, &Workspace::externalChange);

    workspace.checkForExternalChanges(); // the baseline
    workspace.checkForExternalChanges();
    REQUIRE(spy.count() == 0);

    User nurse;
    nurse.name = QStringLiteral("nurse.kim");
    nurse.role = Role::Nurse;
    other.addUser(nurse, clock.nowUtc());
    workspace.checkForExternalChanges();
    REQUIRE(spy.count() == 1);

    // Its own writes are announced by the program itself, not mistaken for another's.
    User desk;
    desk.name = QStringLiteral("desk");
    temp->addUser(desk, clock.nowUtc());
    workspace.checkForExternalChanges();
    REQUIRE(spy.count() == 1);
}

TEST_CASE("A workspace's timer delivers another program's change without being asked")
{
    test::TempStore temp;
    Store other(temp.path());
    FixedClock clock(test::utc("2026-12-01T13:00:00Z"));
    Workspace workspace(temp.store(), clock);
    workspace.setWatchInterval(50);
    QSignalSpy spy(&workspace, &Workspace::externalChange);
    QTest::qWait(120);
    User nurse;
    nurse.name = QStringLiteral("nurse.kim");
    other.addUser(nurse, clock.nowUtc());
    REQUIRE(spy.wait(1000));
}
