// Today's arrivals: the model and its proxy, sorting, the filter box, selecting the patient just checked
// in, and reloading without losing the nurse's place.

#include "day/appointmentdetailsdialog.h"
#include "day/arrivalsmodel.h"
#include "day/arrivalsview.h"
#include "day/rosterview.h"
#include "day/rosterwidget.h"
#include "reminders/reminderservice.h"
#include "rosterday.h"
#include "store/store.h"
#include "widgets/statuscountsbar.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QToolTip>

#include <catch2/catch.hpp>

using namespace chairside;
using test::RosterDay;

namespace {

constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

/// The patients' names from top to bottom as the table shows them.
QStringList patientsShown(const ArrivalsView &view)
{
    QStringList names;
    const QSortFilterProxyModel *proxy = view.proxy();
    for (int row = 0; row < proxy->rowCount(); ++row)
        names << proxy->index(row, ArrivalsModel::PatientColumn).data().toString();
    return names;
}

QString cell(const ArrivalsView &view, qint64 appointmentId, int column, int role = Qt::DisplayRole)
{
    const int row = view.model()->rowOf(appointmentId);
    REQUIRE(row >= 0);
    return view.model()->index(row, column).data(role).toString();
}

} // namespace

TEST_CASE("The arrivals model and its proxy pass the item model checks through reloads")
{
    RosterDay day;
    ArrivalsView view(day.workspace);
    QAbstractItemModelTester modelTester(view.model(), kFatal);
    QAbstractItemModelTester proxyTester(view.proxy(), kFatal);
    REQUIRE(view.model()->rowCount() == 4);
    REQUIRE(view.model()->columnCount() == ArrivalsModel::ColumnCount);

    // A booking, a change and an appointment entered in error: rows appended, changed and removed.
    const qint64 added = day.f.book(day.f.maria, day.f.vedolizumab, RosterDay::kTuesday, 15, 0);
    day.f.store.changeStatus(day.anaAt1000, AppointmentStatus::Arrived, QStringLiteral("desk"),
        day.f.local(RosterDay::kTuesday, 9, 0));
    day.f.store.changeStatus(
        day.zoeAt1100, AppointmentStatus::EnteredInError, QStringLiteral("admin"), day.f.clock.nowUtc());

    REQUIRE(view.model()->rowCount() == 4);
    CHECK(view.model()->rowOf(day.zoeAt1100) == -1);
    CHECK(view.model()->rowOf(added) >= 0);
    CHECK(cell(view, day.anaAt1000, ArrivalsModel::StatusColumn) == QLatin1String("Arrived"));
    CHECK(view.countsBar()->counts().arrived == 2);

    // Another day: the whole list is replaced.
    day.f.clock.set(day.f.local(RosterDay::kTuesday.addDays(1), 9, 0));
    view.reload();
    CHECK(view.model()->rowCount() == 0);
}

TEST_CASE("Each arrival shows its time, patient, therapy, chair, status, readiness and waiting in words")
{
    RosterDay day;
    ArrivalsView view(day.workspace);

    CHECK(cell(view, day.liamAt0830, ArrivalsModel::TimeColumn) == QStringLiteral("08:30–09:00"));
    CHECK(cell(view, day.liamAt0830, ArrivalsModel::PatientColumn) == QLatin1String("O'Brien, Liam"));
    CHECK(cell(view, day.liamAt0830, ArrivalsModel::TherapyColumn) == QLatin1String("vedolizumab"));
    CHECK(cell(view, day.liamAt0830, ArrivalsModel::ChairColumn) == QLatin1String("Chair 2"));
    CHECK(cell(view, day.liamAt0830, ArrivalsModel::StatusColumn) == QLatin1String("Arrived"));
    CHECK(cell(view, day.liamAt0830, ArrivalsModel::ReadinessColumn) == QLatin1String("Dose not ready"));
    CHECK(cell(view, day.liamAt0830, ArrivalsModel::ArrivedColumn) == QLatin1String("08:10"));
    CHECK(cell(view, day.liamAt0830, ArrivalsModel::WaitingColumn) == QLatin1String("50 min"));

    // Maria was checked in at 08:55 and is not in the chair yet: she waits too.
    CHECK(cell(view, day.mariaAt0900, ArrivalsModel::StatusColumn) == QLatin1String("Checked in"));
    CHECK(cell(view, day.mariaAt0900, ArrivalsModel::ReadinessColumn) == QLatin1String("Dose ready"));
    CHECK(cell(view, day.mariaAt0900, ArrivalsModel::WaitingColumn) == QLatin1String("5 min"));
    CHECK(cell(view, day.anaAt1000, ArrivalsModel::ChairColumn) == QLatin1String("Suite A"));
    CHECK(cell(view, day.anaAt1000, ArrivalsModel::ArrivedColumn).isEmpty());
    CHECK(cell(view, day.anaAt1000, ArrivalsModel::WaitingColumn).isEmpty());
    CHECK(cell(view, day.zoeAt1100, ArrivalsModel::ReadinessColumn) == QLatin1String("No dose to prepare"));

    // Words and an icon, never colour alone.
    const int liam = view.model()->rowOf(day.liamAt0830);
    CHECK_FALSE(view.model()
                    ->index(liam, ArrivalsModel::StatusColumn)
                    .data(Qt::DecorationRole)
                    .value<QIcon>()
                    .isNull());
    CHECK_FALSE(view.model()
                    ->index(liam, ArrivalsModel::ReadinessColumn)
                    .data(Qt::DecorationRole)
                    .value<QIcon>()
                    .isNull());

    // The clock moves on: the minutes waiting follow; once in the chair, nobody waits.
    day.f.clock.advanceSeconds(75 * 60);
    view.model()->setNow(day.f.clock.nowUtc());
    CHECK(cell(view, day.liamAt0830, ArrivalsModel::WaitingColumn) == QStringLiteral("2 h 05 min"));
    day.f.store.changeStatus(
        day.mariaAt0900, AppointmentStatus::InProgress, QStringLiteral("nurse"), day.f.clock.nowUtc());
    view.reload();
    CHECK(cell(view, day.mariaAt0900, ArrivalsModel::WaitingColumn).isEmpty());
    CHECK(cell(view, day.mariaAt0900, ArrivalsModel::StatusColumn) == QLatin1String("In chair"));

    const RosterCounts counts = view.countsBar()->counts();
    CHECK(counts.booked == 2);
    CHECK(counts.arrived == 1);
    CHECK(counts.inChair == 1);
}

TEST_CASE(
    "A patient who confirmed shows a mark after the status, in words for a screen reader and the roster")
{
    RosterDay day;
    ArrivalsView view(day.workspace);
    RosterView roster(day.workspace);
    CHECK(cell(view, day.anaAt1000, ArrivalsModel::StatusColumn) == QStringLiteral("Booked"));

    // The desk's call is news of the appointment: both pages follow without a reload.
    ReminderService(day.f.store, day.f.clock)
        .recordCall(day.anaAt1000, CallOutcome::Confirmed, day.user("desk"));
    CHECK(cell(view, day.anaAt1000, ArrivalsModel::StatusColumn) == QStringLiteral("Booked ✓"));
    CHECK(cell(view, day.anaAt1000, ArrivalsModel::StatusColumn, Qt::AccessibleTextRole)
        == QStringLiteral("Booked, confirmed by the patient"));
    CHECK(cell(view, day.anaAt1000, ArrivalsModel::StatusColumn, Qt::ToolTipRole)
        == QStringLiteral("Booked, confirmed by the patient"));
    // Zoe was not called: no mark; a call that found nobody is no confirmation.
    ReminderService(day.f.store, day.f.clock)
        .recordCall(day.zoeAt1100, CallOutcome::NoAnswer, day.user("desk"));
    CHECK(cell(view, day.zoeAt1100, ArrivalsModel::StatusColumn) == QStringLiteral("Booked"));

    // The roster's block says it in its tooltip.
    const auto entryOf = [&roster](qint64 id) {
        for (const RosterChair &chair : roster.rosterWidget()->roster().chairs) {
            for (const RosterEntry &entry : chair.entries) {
                if (entry.appointmentId == id)
                    return entry;
            }
        }
        return RosterEntry {};
    };
    CHECK(entryOf(day.anaAt1000).confirmed);
    CHECK_FALSE(entryOf(day.zoeAt1100).confirmed);
    roster.resize(1200, 700);
    roster.show();
    RosterWidget *widget = roster.rosterWidget();
    const QRect block = widget->blockRect(day.anaAt1000);
    REQUIRE_FALSE(block.isEmpty());
    QHelpEvent help(QEvent::ToolTip, block.center(), widget->mapToGlobal(block.center()));
    QApplication::sendEvent(widget, &help);
    CHECK(QToolTip::text().contains(QStringLiteral("Suite A · Booked, confirmed by the patient")));
    QToolTip::hideText();

    // Once she arrives, the status says so; the confirmation has done its work.
    day.f.store.changeStatus(
        day.anaAt1000, AppointmentStatus::Arrived, QStringLiteral("desk"), day.f.clock.nowUtc());
    CHECK(cell(view, day.anaAt1000, ArrivalsModel::StatusColumn) == QStringLiteral("Arrived"));
}

TEST_CASE("The counts say who is checked in and waiting, who is in the chair and who is done")
{
    RosterDay day; // Maria checked in at 08:55 and not yet started; Liam arrived; Ana and Zoe booked
    ArrivalsView arrivals(day.workspace);
    RosterView roster(day.workspace);
    const auto says = [&](const QString &words) {
        return arrivals.countsBar()->toolTip().contains(words)
            && roster.countsBar()->toolTip().contains(words);
    };
    REQUIRE(says(QStringLiteral("2 booked, 1 arrived, 1 checked in and waiting, 0 in chair, 0 done")));
    REQUIRE(arrivals.countsBar()->counts().inChair == 0);
    REQUIRE(roster.countsBar()->counts().inChair == 0);

    // The nurse starts her infusion: now she is in the chair, and nobody checked in waits.
    day.f.store.changeStatus(
        day.mariaAt0900, AppointmentStatus::InProgress, QStringLiteral("nurse"), day.f.clock.nowUtc());
    arrivals.reload();
    roster.reload();
    REQUIRE(says(QStringLiteral("2 booked, 1 arrived, 0 checked in and waiting, 1 in chair, 0 done")));

    // And once it is over she is done, no longer in the chair.
    day.f.clock.advanceSeconds(qint64(120) * 60);
    day.f.store.changeStatus(
        day.mariaAt0900, AppointmentStatus::Fulfilled, QStringLiteral("nurse"), day.f.clock.nowUtc());
    arrivals.reload();
    roster.reload();
    REQUIRE(says(QStringLiteral("2 booked, 1 arrived, 0 checked in and waiting, 0 in chair, 1 done")));
    REQUIRE(arrivals.countsBar()->counts().done == 1);
}

TEST_CASE("The arrivals sort by each column's meaning, not its text")
{
    RosterDay day;
    // Chair 10 sorts after chair 3 on the roster's order, not between 1 and 2 as text would.
    Chair ten;
    ten.centerId = day.f.center.id;
    ten.label = QStringLiteral("10");
    ten.id = day.f.store.addChair(ten);
    day.f.book(day.f.maria, day.f.vedolizumab, RosterDay::kTuesday, 16, 0, &ten);
    ArrivalsView view(day.workspace);
    QTableView *table = view.table();

    // By time at start.
    CHECK(patientsShown(view)
        == QStringList {QStringLiteral("O'Brien, Liam"), QStringLiteral("Alvarez, Maria"),
            QStringLiteral("Lee, Ana"), QStringLiteral("Park, Zoe"), QStringLiteral("Alvarez, Maria")});

    table->sortByColumn(ArrivalsModel::PatientColumn, Qt::DescendingOrder);
    CHECK(patientsShown(view).first() == QLatin1String("Park, Zoe"));
    CHECK(patientsShown(view).last() == QLatin1String("Alvarez, Maria"));

    table->sortByColumn(ArrivalsModel::ChairColumn, Qt::AscendingOrder);
    QStringList chairs;
    for (int row = 0; row < view.proxy()->rowCount(); ++row)
        chairs << view.proxy()->index(row, ArrivalsModel::ChairColumn).data().toString();
    CHECK(chairs
        == QStringList {QStringLiteral("Chair 1"), QStringLiteral("Chair 2"), QStringLiteral("Chair 3"),
            QStringLiteral("Chair 10"), QStringLiteral("Suite A")});

    // The longest wait first.
    table->sortByColumn(ArrivalsModel::WaitingColumn, Qt::DescendingOrder);
    CHECK(patientsShown(view).mid(0, 2)
        == QStringList {QStringLiteral("O'Brien, Liam"), QStringLiteral("Alvarez, Maria")});

    // Along the day's path: booked before arrived before checked in.
    table->sortByColumn(ArrivalsModel::StatusColumn, Qt::AscendingOrder);
    QStringList statuses;
    for (int row = 0; row < view.proxy()->rowCount(); ++row)
        statuses << view.proxy()->index(row, ArrivalsModel::StatusColumn).data().toString();
    CHECK(statuses
        == QStringList {QStringLiteral("Booked"), QStringLiteral("Booked"), QStringLiteral("Booked"),
            QStringLiteral("Arrived"), QStringLiteral("Checked in")});

    // The order holds while the data changes underneath.
    day.f.store.changeStatus(
        day.anaAt1000, AppointmentStatus::Arrived, QStringLiteral("desk"), day.f.clock.nowUtc());
    statuses.clear();
    for (int row = 0; row < view.proxy()->rowCount(); ++row)
        statuses << view.proxy()->index(row, ArrivalsModel::StatusColumn).data().toString();
    CHECK(statuses
        == QStringList {QStringLiteral("Booked"), QStringLiteral("Booked"), QStringLiteral("Arrived"),
            QStringLiteral("Arrived"), QStringLiteral("Checked in")});
}

TEST_CASE("The filter box matches patient, therapy, chair and status")
{
    RosterDay day;
    ArrivalsView view(day.workspace);
    QLineEdit *filter = view.filterField();

    QTest::keyClicks(filter, QStringLiteral("suite"));
    CHECK(patientsShown(view) == QStringList {QStringLiteral("Lee, Ana")});

    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("GLOBULIN"));
    CHECK(patientsShown(view) == QStringList {QStringLiteral("Park, Zoe")});

    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("checked in"));
    CHECK(patientsShown(view) == QStringList {QStringLiteral("Alvarez, Maria")});

    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("o'brien"));
    CHECK(patientsShown(view) == QStringList {QStringLiteral("O'Brien, Liam")});

    // The time column is not searched: a time is for sorting, a name for finding.
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("08:30"));
    CHECK(view.proxy()->rowCount() == 0);
    auto *stack = view.findChild<QStackedWidget *>();
    REQUIRE(stack);
    CHECK(stack->currentWidget() != view.table());

    filter->clear();
    CHECK(view.proxy()->rowCount() == 4);
    CHECK(stack->currentWidget() == view.table());
}

TEST_CASE("selectAppointment selects and shows the patient just checked in, even behind a filter")
{
    RosterDay day;
    ArrivalsView view(day.workspace);
    view.resize(1360, 700);
    view.show();

    REQUIRE(view.selectAppointment(day.zoeAt1100));
    CHECK(view.selectedAppointment() == day.zoeAt1100);
    CHECK(view.table()->currentIndex().data(ArrivalsModel::AppointmentIdRole).toLongLong() == day.zoeAt1100);

    QTest::keyClicks(view.filterField(), QStringLiteral("Alvarez"));
    REQUIRE(view.selectAppointment(day.liamAt0830));
    CHECK(view.filterField()->text().isEmpty());
    CHECK(view.selectedAppointment() == day.liamAt0830);

    // Booked a moment ago by another page that has not announced it yet: found all the same.
    const qint64 justBooked = day.f.book(day.zoe, day.f.ivig, RosterDay::kTuesday, 15, 0);
    REQUIRE(view.selectAppointment(justBooked));
    CHECK(view.selectedAppointment() == justBooked);

    CHECK_FALSE(view.selectAppointment(justBooked + 1000));
}

TEST_CASE("A reload keeps the selected row and the scroll position")
{
    RosterDay day;
    // A busy afternoon: enough rows to scroll.
    for (int slot = 0; slot < 9; ++slot) {
        const int hour = 12 + slot / 2;
        const int minute = (slot % 2) * 30;
        day.f.book(day.f.maria, day.f.vedolizumab, RosterDay::kTuesday, hour, minute, &day.f.chairs[3]);
        day.f.book(day.liam, day.f.vedolizumab, RosterDay::kTuesday, hour, minute, &day.f.chairs[1]);
    }
    ArrivalsView view(day.workspace);
    view.resize(1000, 420);
    view.show();
    QScrollBar *scroll = view.table()->verticalScrollBar();
    REQUIRE(QTest::qWaitFor([&] { return scroll->maximum() > 0; }));

    REQUIRE(view.selectAppointment(day.liamAt0830));
    scroll->setValue(scroll->maximum());
    const int scrolled = scroll->value();

    // Another desk's change comes in.
    Store otherDesk(day.f.temp.path());
    otherDesk.changeStatus(
        day.anaAt1000, AppointmentStatus::Arrived, QStringLiteral("desk"), day.f.clock.nowUtc());
    day.workspace.checkForExternalChanges();
    CHECK(cell(view, day.anaAt1000, ArrivalsModel::StatusColumn) == QLatin1String("Arrived"));
    CHECK(view.selectedAppointment() == day.liamAt0830);
    CHECK(scroll->value() == scrolled);

    // F5 as well.
    view.reload();
    CHECK(view.selectedAppointment() == day.liamAt0830);
    CHECK(scroll->value() == scrolled);
}
