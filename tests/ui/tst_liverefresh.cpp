// Two copies of the program on one database file — the desk and the nurse station — see each other's
// changes without anyone pressing a key.

#include "day/appointmentdetailsdialog.h"
#include "day/arrivalsmodel.h"
#include "day/arrivalsview.h"
#include "day/rosterview.h"
#include "day/rosterwidget.h"
#include "rosterday.h"
#include "store/store.h"
#include "widgets/statuscountsbar.h"

#include <QPushButton>
#include <QTest>

#include <catch2/catch.hpp>

using namespace chairside;
using test::RosterDay;

namespace {

AppointmentStatus statusOn(const RosterView &view, qint64 appointmentId)
{
    for (const RosterChair &chair : view.rosterWidget()->roster().chairs) {
        for (const RosterEntry &entry : chair.entries) {
            if (entry.appointmentId == appointmentId)
                return entry.status;
        }
    }
    FAIL("the appointment is not on the roster");
    return AppointmentStatus::EnteredInError;
}

} // namespace

TEST_CASE("A change at one station shows at the other within a second")
{
    RosterDay day; // the desk's program: its store, clock and workspace
    day.workspace.setUser(day.user("desk"));
    day.workspace.setWatchInterval(100);

    // The nurse station: another connection on the same file, its own workspace and pages.
    Store nurseStore(day.f.temp.path());
    Workspace nurse(nurseStore, day.f.clock);
    nurse.setUser(day.user("nurse"));
    nurse.setCenter(day.f.center);
    nurse.setWatchInterval(100);

    RosterView deskRoster(day.workspace);
    ArrivalsView deskArrivals(day.workspace);
    RosterView nurseRoster(nurse);
    nurseRoster.resize(1360, 860);
    nurseRoster.show();
    // Both watchers take their baseline before anything changes.
    day.workspace.checkForExternalChanges();
    nurse.checkForExternalChanges();

    SECTION("the nurse starts an infusion; the desk's roster and arrivals show it")
    {
        REQUIRE(statusOn(deskRoster, day.mariaAt0900) == AppointmentStatus::CheckedIn);
        const QRect block = nurseRoster.rosterWidget()->blockRect(day.mariaAt0900);
        REQUIRE_FALSE(block.isEmpty());
        QTest::mouseClick(nurseRoster.rosterWidget(), Qt::LeftButton, {}, block.center());
        AppointmentDetailsDialog *dialog = nurseRoster.detailsDialog();
        REQUIRE(dialog);
        QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
        REQUIRE(statusOn(nurseRoster, day.mariaAt0900) == AppointmentStatus::InProgress);

        REQUIRE(QTest::qWaitFor(
            [&] { return statusOn(deskRoster, day.mariaAt0900) == AppointmentStatus::InProgress; }, 1000));
        REQUIRE(QTest::qWaitFor(
            [&] {
                const int row = deskArrivals.model()->rowOf(day.mariaAt0900);
                return deskArrivals.model()->index(row, ArrivalsModel::StatusColumn).data().toString()
                    == QLatin1String("In chair");
            },
            1000));
        CHECK(deskRoster.countsBar()->counts().inChair == 1);
    }
    SECTION("the desk marks a patient arrived; the nurse's roster shows it")
    {
        day.f.store.changeStatus(
            day.anaAt1000, AppointmentStatus::Arrived, QStringLiteral("desk"), day.f.clock.nowUtc());
        REQUIRE(statusOn(deskRoster, day.anaAt1000) == AppointmentStatus::Arrived);
        REQUIRE(QTest::qWaitFor(
            [&] { return statusOn(nurseRoster, day.anaAt1000) == AppointmentStatus::Arrived; }, 1000));
        CHECK(nurseRoster.countsBar()->counts().arrived == 2);
    }
}
