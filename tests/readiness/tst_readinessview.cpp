// The readiness page: what is wrong in words with the phone to call, the count on the tab, each row
// opening the patient page where the problem is put right, and a problem put right in another copy of
// the program leaving the list by itself.

#include "checkinhelpers.h"
#include "model/coverage.h"
#include "model/prescriberorder.h"
#include "model/priorauthorization.h"
#include "pharmacy/doseservice.h"
#include "readiness/readinessmodel.h"
#include "readiness/readinessview.h"
#include "store/store.h"
#include "window/mainwindow.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace chairside;
using test::Fixture;

namespace {

const QDate kTuesday(2026, 12, 1);

/// A week with four problems at the fixture's center, the clock at Tuesday 08:00:
/// - Maria Alvarez, today 14:00: her dose is not prepared, inside the pharmacy's 24 hours;
/// - Olu Pending, Thursday 10:00: the authorization is still pending with the payer;
/// - Sam Lapsed, Thursday 13:00: the order ended on Wednesday;
/// - Kai Stale, Monday 10:00: eligibility checked 27 days ago, 33 by Monday;
/// and Liam Ready, Friday 10:00, in order.
struct ReadinessWeek
{
    ReadinessWeek()
        : workspace(f.store, f.clock)
    {
        workspace.setUser(test::userNamed(f, "desk"));
        workspace.setCenter(f.center);
        mariaToday = f.book(f.maria, f.infliximab, kTuesday, 14, 0);

        test::Paperwork pending;
        pending.authStatus = QStringLiteral("pending");
        olu = test::addPatient(f, QStringLiteral("R0100"), QStringLiteral("Olu"), QStringLiteral("Pending"),
            QDate(1980, 5, 5), f.vedolizumab, pending);
        oluThursday = f.book(olu, f.vedolizumab, QDate(2026, 12, 3), 10, 0);

        test::Paperwork lapsed;
        lapsed.orderTo = QDate(2026, 12, 2);
        sam = test::addPatient(f, QStringLiteral("R0101"), QStringLiteral("Sam"), QStringLiteral("Lapsed"),
            QDate(1975, 7, 7), f.infliximab, lapsed);
        samThursday = f.book(sam, f.infliximab, QDate(2026, 12, 3), 13, 0);

        test::Paperwork stale;
        stale.eligibilityAgeDays = 27;
        kai = test::addPatient(f, QStringLiteral("R0102"), QStringLiteral("Kai"), QStringLiteral("Stale"),
            QDate(1990, 9, 9), f.ocrelizumab, stale);
        kaiMonday = f.book(kai, f.ocrelizumab, QDate(2026, 12, 7), 10, 0);

        const Patient liam = test::addPatient(f, QStringLiteral("R0103"), QStringLiteral("Liam"),
            QStringLiteral("Ready"), QDate(1970, 1, 1), f.infliximab);
        f.book(liam, f.infliximab, QDate(2026, 12, 4), 10, 0);
    }

    Fixture f;
    Workspace workspace;
    Patient olu;
    Patient sam;
    Patient kai;
    qint64 mariaToday = 0;
    qint64 oluThursday = 0;
    qint64 samThursday = 0;
    qint64 kaiMonday = 0;
};

QString cell(const ReadinessView &view, qint64 appointmentId, int column)
{
    const int row = view.model()->rowOf(appointmentId);
    return row < 0 ? QString() : view.model()->index(row, column).data().toString();
}

} // namespace

TEST_CASE("The readiness page lists what is wrong in words, earliest first, with the phone to call")
{
    ReadinessWeek week;
    ReadinessView view(week.workspace);
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    REQUIRE(view.count() == 4);
    CHECK(view.title() == QLatin1String("Readiness (4)"));
    CHECK(view.days() == 7);
    const QList<ReadinessRow> &rows = view.model()->rows();
    CHECK(rows.at(0).appointment.id == week.mariaToday);
    CHECK(rows.at(1).appointment.id == week.oluThursday);
    CHECK(rows.at(2).appointment.id == week.samThursday);
    CHECK(rows.at(3).appointment.id == week.kaiMonday);

    CHECK(cell(view, week.mariaToday, ReadinessModel::WhenColumn) == QLatin1String("Tue 1 Dec, 14:00"));
    CHECK(cell(view, week.mariaToday, ReadinessModel::PatientColumn) == QLatin1String("Alvarez, Maria"));
    CHECK(cell(view, week.mariaToday, ReadinessModel::PhoneColumn) == QLatin1String("(617) 555-0100"));
    CHECK(cell(view, week.mariaToday, ReadinessModel::ProblemColumn)
        == QLatin1String("Dose not prepared yet: waiting for the pharmacy"));
    CHECK(cell(view, week.oluThursday, ReadinessModel::MrnColumn) == QLatin1String("R0100"));
    CHECK(cell(view, week.oluThursday, ReadinessModel::TherapyColumn) == QLatin1String("vedolizumab"));
    CHECK(cell(view, week.oluThursday, ReadinessModel::ProblemColumn)
        == QLatin1String("Authorization pending with Blue Harbor Health"));
    CHECK_FALSE(cell(view, week.oluThursday, ReadinessModel::ChairColumn).isEmpty());

    // The selected row says what to tell the patient, in the check-in's own sentence.
    view.table()->setCurrentIndex(view.model()->index(1, 0));
    CHECK(view.sayLabel()->text().contains(QLatin1String("has not yet approved vedolizumab")));
    CHECK(view.openButton()->isEnabled());

    SECTION("a shorter reach leaves Monday out")
    {
        view.setDays(3);
        REQUIRE(QTest::qWaitFor([&] { return view.count() == 3; }, 1000));
        CHECK(view.title() == QLatin1String("Readiness (3)"));
        CHECK(view.model()->rowOf(week.kaiMonday) == -1);
    }
}

TEST_CASE("Each row opens the patient page at the fix: orders, authorizations, coverage or appointments")
{
    ReadinessWeek week;
    ReadinessView view(week.workspace);
    QSignalSpy requested(&view, &ReadinessView::patientRequested);
    REQUIRE(view.count() == 4);

    const auto opened = [&](qint64 appointmentId) {
        const int before = int(requested.size());
        view.table()->setFocus();
        view.table()->setCurrentIndex(view.model()->index(view.model()->rowOf(appointmentId), 0));
        QTest::keyClick(view.table(), Qt::Key_Return);
        REQUIRE(requested.size() == before + 1);
        return requested.last();
    };
    QList<QVariant> args = opened(week.mariaToday);
    CHECK(args.at(0).toLongLong() == week.f.maria.id);
    CHECK(args.at(1).toString() == QLatin1String("appointments"));
    args = opened(week.oluThursday);
    CHECK(args.at(0).toLongLong() == week.olu.id);
    CHECK(args.at(1).toString() == QLatin1String("authorizations"));
    args = opened(week.samThursday);
    CHECK(args.at(0).toLongLong() == week.sam.id);
    CHECK(args.at(1).toString() == QLatin1String("orders"));
    args = opened(week.kaiMonday);
    CHECK(args.at(0).toLongLong() == week.kai.id);
    CHECK(args.at(1).toString() == QLatin1String("coverage"));

    // The button below the list does the same for the selected row.
    CHECK(view.openButton()->text() == QLatin1String("Open the patient's coverage"));
    QTest::mouseClick(view.openButton(), Qt::LeftButton);
    REQUIRE(requested.size() == 5);
    CHECK(requested.last().at(1).toString() == QLatin1String("coverage"));
}

TEST_CASE("A problem put right in a second copy of the program leaves the list and the tab's count")
{
    ReadinessWeek week;
    week.workspace.setWatchInterval(100);
    MainWindow window(week.workspace);
    window.addStandardPages();
    ReadinessView *view = window.readiness();
    REQUIRE(view);
    QTabWidget *tabs = window.pages();
    const int tab = tabs->indexOf(view);
    REQUIRE(tab >= 0);
    CHECK(tabs->tabText(tab) == QLatin1String("Readiness (4)"));

    // The nurse station: its own connection on the same file and its own workspace.
    Store otherStore(week.f.temp.path());
    Workspace other(otherStore, week.f.clock);
    other.setUser(test::userNamed(week.f, "nurse"));
    other.setCenter(week.f.center);
    week.workspace.checkForExternalChanges();

    SECTION("eligibility verified by phone")
    {
        const Coverage coverage = otherStore.coverages(week.kai.id).first();
        otherStore.setEligibilityVerified(
            coverage.id, kTuesday, QStringLiteral("nurse"), week.f.clock.nowUtc());
        REQUIRE(QTest::qWaitFor([&] { return view->model()->rowOf(week.kaiMonday) == -1; }, 2000));
        CHECK(view->count() == 3);
        CHECK(tabs->tabText(tab) == QLatin1String("Readiness (3)"));
    }
    SECTION("the dose prepared by the pharmacy")
    {
        DoseService(otherStore, week.f.clock).markPrepared(test::userNamed(week.f, "nurse"), week.mariaToday);
        REQUIRE(QTest::qWaitFor([&] { return view->model()->rowOf(week.mariaToday) == -1; }, 2000));
        CHECK(tabs->tabText(tab) == QLatin1String("Readiness (3)"));
    }
    SECTION("the authorization approved, and the lapsed order renewed")
    {
        PriorAuthorization approved = otherStore.authorizations(week.olu.id, week.f.vedolizumab.id).first();
        approved.id = 0;
        approved.status = PriorAuthorization::Status::Approved;
        otherStore.addAuthorization(approved);
        PrescriberOrder renewed = otherStore.orders(week.sam.id, week.f.infliximab.id).first();
        renewed.id = 0;
        renewed.validFrom = kTuesday;
        renewed.validTo = kTuesday.addMonths(6);
        renewed.dosesUsed = 0;
        otherStore.addOrder(renewed);
        REQUIRE(QTest::qWaitFor([&] { return view->count() == 2; }, 2000));
        CHECK(view->model()->rowOf(week.oluThursday) == -1);
        CHECK(view->model()->rowOf(week.samThursday) == -1);
        CHECK(tabs->tabText(tab) == QLatin1String("Readiness (2)"));
    }
}

TEST_CASE("A burst of changes in this program is read once, and only the patients it concerns")
{
    ReadinessWeek week;
    ReadinessView view(week.workspace);
    const int reads = view.reads();
    const int updates = view.updates();
    // Three commits before the event loop runs again: three announcements, one read of two patients.
    DoseService doses(week.f.store, week.f.clock);
    doses.markPrepared(test::userNamed(week.f, "nurse"), week.mariaToday);
    const Coverage coverage = week.f.store.coverages(week.kai.id).first();
    week.f.store.setEligibilityVerified(coverage.id, kTuesday, QStringLiteral("desk"), week.f.clock.nowUtc());
    // Maria has no order or authorization for vedolizumab: the new booking joins the list.
    const qint64 booked = week.f.book(week.f.maria, week.f.vedolizumab, QDate(2026, 12, 4), 15, 0);
    CHECK(view.updates() == updates);
    REQUIRE(QTest::qWaitFor([&] { return view.updates() > updates; }, 1000));
    QTest::qWait(50);
    CHECK(view.updates() == updates + 1);
    CHECK(view.reads() == reads);
    CHECK(view.patientsRead() == 2);
    CHECK(view.count() == 3);
    CHECK(view.title() == QLatin1String("Readiness (3)"));
    CHECK(view.model()->rowOf(week.mariaToday) == -1);
    CHECK(view.model()->rowOf(week.kaiMonday) == -1);
    CHECK(view.model()->rowOf(booked) >= 0);
    // Earliest first still.
    CHECK(view.model()->rowOf(week.oluThursday) < view.model()->rowOf(week.samThursday));
    CHECK(view.model()->rowOf(week.samThursday) < view.model()->rowOf(booked));
}

TEST_CASE("A change to one patient reads that patient only and leaves the other rows as they were")
{
    ReadinessWeek week;
    ReadinessView view(week.workspace);
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(view.count() == 4);
    const int reads = view.reads();
    QSignalSpy resets(view.model(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(view.model(), &QAbstractItemModel::rowsRemoved);

    PrescriberOrder renewed = week.f.store.orders(week.sam.id, week.f.infliximab.id).first();
    renewed.id = 0;
    renewed.validFrom = kTuesday;
    renewed.validTo = kTuesday.addMonths(6);
    renewed.dosesUsed = 0;
    week.f.store.addOrder(renewed);
    REQUIRE(QTest::qWaitFor([&] { return view.count() == 3; }, 1000));
    CHECK(view.reads() == reads);
    CHECK(view.patientsRead() == 1);
    CHECK(resets.isEmpty());
    CHECK(removed.size() == 1);
    CHECK(view.model()->rowOf(week.samThursday) == -1);
    CHECK(view.model()->rowOf(week.oluThursday) >= 0);
    CHECK(view.title() == QLatin1String("Readiness (3)"));

    SECTION("and a change of everything reads the whole queue again")
    {
        Q_EMIT week.workspace.everythingChanged();
        REQUIRE(QTest::qWaitFor([&] { return view.reads() > reads; }, 4000));
        CHECK(view.count() == 3);
    }
}
