// Two copies of the program on one database file — the desk and the nurse station — see each other's
// changes without anyone pressing a key, and no writer has to announce what it wrote.

#include "day/appointmentdetailsdialog.h"
#include "day/arrivalsmodel.h"
#include "day/arrivalsview.h"
#include "day/dayschedule.h"
#include "day/rosterview.h"
#include "day/rosterwidget.h"
#include "rosterday.h"
#include "store/store.h"
#include "widgets/statuscountsbar.h"
#include "window/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QSortFilterProxyModel>
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

TEST_CASE("A writer that announces nothing still updates the arrivals and the roster, row by row")
{
    RosterDay day;
    day.workspace.setUser(day.user("desk"));
    DaySchedule today(day.workspace);
    ArrivalsView arrivals(day.workspace, today);
    RosterView roster(day.workspace, today);
    QAbstractItemModelTester modelTester(
        arrivals.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(
        arrivals.proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(today.dayReads() == 1);
    REQUIRE(arrivals.model()->rowCount() == 4);

    // The store's own calls, as any service makes them: nobody tells the workspace anything.
    day.f.store.changeStatus(
        day.anaAt1000, AppointmentStatus::Arrived, QStringLiteral("desk"), day.f.clock.nowUtc());
    CHECK(statusOn(roster, day.anaAt1000) == AppointmentStatus::Arrived);
    CHECK(arrivals.model()
              ->index(arrivals.model()->rowOf(day.anaAt1000), ArrivalsModel::StatusColumn)
              .data()
              .toString()
        == QLatin1String("Arrived"));
    CHECK(arrivals.countsBar()->counts().arrived == 2);
    CHECK(roster.countsBar()->counts().arrived == 2);

    // A booking joins the day and an appointment entered in error leaves it: rows added and removed.
    const qint64 added = day.f.book(day.f.maria, day.f.vedolizumab, RosterDay::kTuesday, 15, 0);
    day.f.store.changeStatus(
        day.zoeAt1100, AppointmentStatus::EnteredInError, QStringLiteral("admin"), day.f.clock.nowUtc());
    CHECK(arrivals.model()->rowOf(added) >= 0);
    CHECK(arrivals.model()->rowOf(day.zoeAt1100) == -1);
    CHECK_FALSE(roster.rosterWidget()->blockRect(added).isEmpty());
    CHECK(arrivals.model()->rowCount() == 4);

    // A change on another day is read alone and leaves this one be.
    day.f.book(day.f.maria, day.f.vedolizumab, RosterDay::kTuesday.addDays(1), 15, 0);
    CHECK(arrivals.model()->rowCount() == 4);

    // Each change read its appointment again; the day itself was read once.
    CHECK(today.dayReads() == 1);
}

TEST_CASE("The arrivals page and the chair roster show one day read once")
{
    RosterDay day;
    day.workspace.setUser(day.user("nurse"));
    MainWindow window(day.workspace);
    window.addStandardPages();
    DaySchedule *today = window.today();
    REQUIRE(today);
    CHECK(&window.arrivals()->day() == today);
    CHECK(&window.roster()->day() == today);
    CHECK(today->dayReads() == 1);
    CHECK(window.arrivals()->model()->rowCount() == 4);
    CHECK(window.roster()->countsBar()->counts() == window.arrivals()->countsBar()->counts());

    // F5 reads it once for both.
    Q_EMIT window.refreshRequested();
    CHECK(today->dayReads() == 2);

    // Another day on the roster is its own; today's stays as it was for the arrivals.
    window.roster()->showNextDay();
    CHECK(&window.roster()->day() != today);
    CHECK(today->dayReads() == 2);
    window.roster()->showToday();
    CHECK(&window.roster()->day() == today);
    CHECK(today->dayReads() == 2);
}
