// The Reports page in the window: for nurses and admins, one report at a time on a small day, its chart,
// table and summary, printed to a PDF and exported as CSV.

#include "audit/auditevent.h"
#include "checkin/checkinservice.h"
#include "checkinhelpers.h"
#include "reports/reportchart.h"
#include "reports/reportsview.h"
#include "sessionharness.h"
#include "store/store.h"

#include <QAction>
#include <QFile>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace chairside;

namespace {

const QDate kTuesday(2026, 12, 1); // the fixture's today

QStringList tabTitles(const MainWindow &window)
{
    QStringList titles;
    for (int i = 0; i < window.pages()->count(); ++i)
        titles << window.pages()->tabText(i);
    return titles;
}

QString cell(const ReportsView *page, int row, int column)
{
    const QTableWidgetItem *item = page->table()->item(row, column);
    return item ? item->text() : QString();
}

/// Maria's infusion at 09:00 (arrived 08:40, in the chair 09:05 to 10:05), another patient's no-show at
/// 11:00 with its dose wasted, and Maria back at 10:00 without an appointment, turned away.
void smallDay(test::Fixture &f)
{
    Appointment a;
    a.patientId = f.maria.id;
    a.centerId = f.center.id;
    a.chairId = f.chairs.first().id;
    a.therapyId = f.infliximab.id;
    a.startUtc = f.local(kTuesday, 9);
    a.minutes = 60;
    a.prep = PrepState::Ready;
    a.createdBy = QStringLiteral("desk");
    a.createdAtUtc = f.local(kTuesday.addDays(-7), 9);
    const qint64 done = f.store.addAppointment(a);
    f.store.changeStatus(done, AppointmentStatus::Arrived, QStringLiteral("desk"), f.local(kTuesday, 8, 40));
    f.store.changeStatus(
        done, AppointmentStatus::CheckedIn, QStringLiteral("desk"), f.local(kTuesday, 8, 45));
    f.store.changeStatus(
        done, AppointmentStatus::InProgress, QStringLiteral("nurse"), f.local(kTuesday, 9, 5));
    f.store.changeStatus(
        done, AppointmentStatus::Fulfilled, QStringLiteral("nurse"), f.local(kTuesday, 10, 5));

    const Patient other = f.addReadyPatient(QStringLiteral("M0002"), QStringLiteral("Ben"),
        QStringLiteral("Okafor"), QDate(1970, 5, 6), f.infliximab);
    a.patientId = other.id;
    a.startUtc = f.local(kTuesday, 11);
    const qint64 noShow = f.store.addAppointment(a);
    f.store.changeStatus(
        noShow, AppointmentStatus::NoShow, QStringLiteral("nurse"), f.local(kTuesday, 11, 30));
    f.store.setNoShowFee(noShow, 5000);
    f.store.setPrep(noShow, PrepState::Wasted, f.local(kTuesday, 11, 31), QStringLiteral("no-show"));

    f.clock.set(f.local(kTuesday, 10));
    CheckInRequest request;
    request.mrn = f.maria.mrn;
    request.dateOfBirth = f.maria.dateOfBirth;
    request.centerId = f.center.id;
    CheckInService(f.store, f.clock).checkIn(request, test::userNamed(f, "desk"));
    f.clock.set(f.local(kTuesday, 17));
}

} // namespace

TEST_CASE("Reports page: nurses and admins have it (Ctrl+9 for an admin), the desk does not")
{
    {
        test::SessionHarness h;
        h.logIn(QStringLiteral("desk"));
        CHECK_FALSE(tabTitles(*h.window).contains(QStringLiteral("Reports")));
        CHECK(h.window->reports() == nullptr);
    }
    {
        test::SessionHarness h;
        h.logIn(QStringLiteral("nurse"));
        REQUIRE(h.window->reports());
        CHECK(tabTitles(*h.window).last() == QStringLiteral("Reports"));
    }
    test::SessionHarness h;
    h.logIn(QStringLiteral("admin"));
    REQUIRE(h.window->reports());
    auto *action = h.window->findChild<QAction *>(QStringLiteral("reportsAction"));
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_9));
    // Every report read is audited: signing in or refreshing elsewhere reads none.
    AuditFilter viewed;
    viewed.action = AuditAction::ReportViewed;
    Store &store = h.f.store;
    h.press(QKeySequence(Qt::Key_F5));
    CHECK(store.auditEntries(viewed).isEmpty());
    action->trigger();
    CHECK(h.window->pages()->currentWidget() == h.window->reports());
    CHECK(store.auditEntries(viewed).size() == 1);
}

TEST_CASE("Reports page: each report of a small day shows its numbers, chart and table; PDF and CSV")
{
    test::SessionHarness h;
    smallDay(h.f);
    h.logIn(QStringLiteral("nurse"));
    ReportsView *page = h.window->reports();
    REQUIRE(page);
    h.window->findChild<QAction *>(QStringLiteral("reportsAction"))->trigger();
    REQUIRE(page->isVisible());

    page->choose(ReportKind::Utilization, kTuesday, kTuesday);
    REQUIRE(page->problem().isEmpty());
    CHECK(page->summary().startsWith(QStringLiteral("5 chairs; 1.7% of the chair time")));
    CHECK_FALSE(page->chart()->isEmpty());
    // Tuesday 07:00-19:00: twelve hours, and the total.
    REQUIRE(page->table()->rowCount() == 13);
    CHECK(cell(page, 2, 1) == QStringLiteral("09:00"));
    CHECK(cell(page, 2, 3) == QStringLiteral("55"));
    CHECK(cell(page, 12, 2) == QStringLiteral("3600"));

    page->choose(ReportKind::NoShows, kTuesday, kTuesday);
    CHECK(page->summary().startsWith(
        QStringLiteral("1 no-shows and 0 late cancellations among 2 appointments")));
    REQUIRE(page->table()->rowCount() == 2);
    CHECK(cell(page, 1, 0) == QStringLiteral("All therapies"));
    CHECK(cell(page, 1, 2) == QStringLiteral("1"));
    CHECK(cell(page, 1, 7) == QStringLiteral("50.00"));

    page->choose(ReportKind::Waits, kTuesday, kTuesday);
    CHECK(page->summary().contains(QStringLiteral("25 minutes on average")));
    CHECK(cell(page, 0, 0) == QStringLiteral("2026-12-01"));

    page->choose(ReportKind::WalkIns, kTuesday, kTuesday);
    CHECK(page->chart()->isEmpty());
    REQUIRE(page->table()->rowCount() == 1);
    CHECK(cell(page, 0, 0) == QStringLiteral("2026-12-01 10:00"));
    CHECK(cell(page, 0, 1) == QStringLiteral("M0001"));
    CHECK_FALSE(cell(page, 0, 5).isEmpty());

    page->choose(ReportKind::Starts, kTuesday, kTuesday);
    CHECK(page->summary().startsWith(QStringLiteral("At most 1 infusions started")));
    CHECK(page->table()->rowCount() == 48);

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString pdf = dir.filePath(QStringLiteral("starts.pdf"));
    REQUIRE(page->savePdf(pdf));
    QFile pdfFile(pdf);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    CHECK(pdfFile.read(5) == QByteArray("%PDF-"));
    CHECK(pdfFile.size() > 10000); // the chart's picture is in it

    const QString csv = dir.filePath(QStringLiteral("starts.csv"));
    REQUIRE(page->saveCsv(csv));
    QFile csvFile(csv);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(csvFile.readAll());
    CHECK(written == page->reportTable().csv());
    CHECK(written.startsWith(
        QStringLiteral("Step,Days,Mean starts,Most starts,Nurses can start,Days over\r\n")));

    // A range that ends before it starts is refused in words, and nothing is shown.
    page->choose(ReportKind::Waits, kTuesday, kTuesday.addDays(-3));
    CHECK(page->problem().startsWith(QStringLiteral("The last day")));
    CHECK(page->table()->rowCount() == 0);
}
