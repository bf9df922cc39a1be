// The Pharmacy page in the window: shown to nurses and admins only, tomorrow's doses by default, a dose
// marked prepared or wasted through it (and in the audit trail), live to changes, printed to a PDF.

#include "authhelpers.h"
#include "catchqstring.h"
#include "checkinhelpers.h"
#include "pharmacy/dosemodel.h"
#include "pharmacy/pharmacyview.h"
#include "pharmacy/wasteddosedialog.h"
#include "scheduling/bookingservice.h"
#include "sessionharness.h"
#include "store/store.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <catch2/catch.hpp>
#include <cctype>

using namespace chairside;

namespace {

const QDate kTuesday(2026, 12, 1);
const QDate kWednesday(2026, 12, 2);

QStringList tabTitles(const MainWindow &window)
{
    QStringList titles;
    for (int i = 0; i < window.pages()->count(); ++i)
        titles << window.pages()->tabText(i);
    return titles;
}

QPushButton *button(PharmacyView *page, const char *name)
{
    auto *found = page->findChild<QPushButton *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

} // namespace

TEST_CASE("Pharmacy page: a nurse marks tomorrow's dose prepared, the row and the audit trail show it")
{
    test::SessionHarness h;
    const qint64 id = h.f.book(h.f.maria, h.f.infliximab, kWednesday, 10);
    h.logIn(QStringLiteral("nurse"));
    PharmacyView *page = h.window->pharmacy();
    REQUIRE(page);
    REQUIRE(tabTitles(*h.window).contains(QStringLiteral("Pharmacy")));
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    h.window->findChild<QAction *>(QStringLiteral("pharmacyAction"))->trigger();
    REQUIRE(h.window->pages()->currentWidget() == page);
    REQUIRE(page->date() == kWednesday);
    REQUIRE(page->model()->rowCount() == 1);
    REQUIRE(page->model()->index(0, DoseModel::MrnColumn).data().toString() == QStringLiteral("M0001"));
    REQUIRE(page->model()->index(0, DoseModel::DoseColumn).data().toString() == QStringLiteral("Not ready"));
    REQUIRE(page->selectedAppointment() == id);

    h.f.clock.set(h.f.local(kTuesday, 16, 5));
    page->table()->setFocus();
    QTest::keyClick(page->table(), Qt::Key_Return, Qt::ControlModifier);

    REQUIRE(h.f.store.appointment(id)->prep == PrepState::Ready);
    REQUIRE(page->model()->line(0).appointment.prep == PrepState::Ready);
    REQUIRE(page->model()->index(0, DoseModel::DoseColumn).data().toString()
        == QStringLiteral("Ready Tue 16:05 · usable until Wed 16:05"));
    REQUIRE(page->feedback().contains(QStringLiteral("usable until Wed 2 Dec 16:05")));
    REQUIRE_FALSE(button(page, "markPreparedButton")->isEnabled());
    REQUIRE(button(page, "markNotReadyButton")->isEnabled());
    const auto entries = test::auditOf(h.f.store, AuditAction::DosePrepared);
    REQUIRE(entries.size() == 1);
    REQUIRE(entries.first().event.userName == QStringLiteral("nurse"));
    REQUIRE(entries.first().event.recordId == id);
    REQUIRE(entries.first().event.reason == QStringLiteral("prep not-ready to ready"));

    button(page, "markNotReadyButton")->click();
    REQUIRE(h.f.store.appointment(id)->prep == PrepState::NotReady);
    REQUIRE(page->model()->index(0, DoseModel::DoseColumn).data().toString() == QStringLiteral("Not ready"));
}

TEST_CASE("Pharmacy page: marking a dose wasted asks why, and nothing is recorded without a reason")
{
    test::SessionHarness h;
    const qint64 id = h.f.book(h.f.maria, h.f.infliximab, kWednesday, 10);
    h.logIn(QStringLiteral("admin"));
    PharmacyView *page = h.window->pharmacy();
    REQUIRE(page);
    h.window->showPage(h.window->pages()->indexOf(page));
    REQUIRE(page->selectAppointment(id));

    button(page, "markWastedButton")->click();
    auto *dialog = page->findChild<WastedDoseDialog *>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    QPushButton *ok = nullptr;
    const QList<QPushButton *> buttons = dialog->findChildren<QPushButton *>();
    for (QPushButton *candidate : buttons) {
        if (candidate->text().contains(QStringLiteral("wasted")))
            ok = candidate;
    }
    REQUIRE(ok);
    REQUIRE_FALSE(ok->isEnabled());
    QTest::keyClicks(dialog->reasonField(), QStringLiteral("   "));
    REQUIRE_FALSE(ok->isEnabled());
    dialog->reasonField()->clear();
    QTest::keyClicks(dialog->reasonField(), QStringLiteral("vial cracked"));
    REQUIRE(ok->isEnabled());
    QTest::keyClick(dialog->reasonField(), Qt::Key_Return);

    REQUIRE(QTest::qWaitFor([&] { return h.f.store.appointment(id)->prep == PrepState::Wasted; }));
    REQUIRE(h.f.store.appointment(id)->wastedReason == QStringLiteral("vial cracked"));
    REQUIRE(page->model()->index(0, DoseModel::DoseColumn).data().toString()
        == QStringLiteral("Wasted Tue 08:00: vial cracked"));
    REQUIRE(test::auditOf(h.f.store, AuditAction::DosePrepared).last().event.reason
        == QStringLiteral("prep not-ready to wasted: vial cracked"));
}

TEST_CASE("Pharmacy page: a receptionist does not see it, a nurse and an admin do")
{
    test::SessionHarness h;
    h.logIn(QStringLiteral("desk"));
    REQUIRE(h.window->pharmacy() == nullptr);
    REQUIRE_FALSE(tabTitles(*h.window).contains(QStringLiteral("Pharmacy")));
    REQUIRE_FALSE(h.window->findChild<QAction *>(QStringLiteral("pharmacyAction"))->isVisible());
    REQUIRE(h.window->findChild<PharmacyView *>() == nullptr);

    h.window->switchUser();
    h.logIn(QStringLiteral("nurse"));
    REQUIRE(h.window->pharmacy());
    REQUIRE(h.window->findChild<QAction *>(QStringLiteral("pharmacyAction"))->isVisible());
    h.window->switchUser();
    REQUIRE(h.window->pharmacy() == nullptr);
    h.logIn(QStringLiteral("admin"));
    REQUIRE(h.window->pharmacy());
    REQUIRE(tabTitles(*h.window).contains(QStringLiteral("Pharmacy")));
}

TEST_CASE("Pharmacy page: a booking for the day shown appears by itself, a late one flagged")
{
    test::SessionHarness h;
    h.f.book(h.f.maria, h.f.infliximab, kWednesday, 10);
    h.logIn(QStringLiteral("nurse"));
    PharmacyView *page = h.window->pharmacy();
    REQUIRE(page->model()->rowCount() == 1);

    h.f.clock.set(h.f.local(kTuesday, 12));
    const Patient ana = h.f.addReadyPatient(QStringLiteral("M0002"), QStringLiteral("Ana"),
        QStringLiteral("Souza"), QDate(1980, 5, 6), h.f.vedolizumab);
    const qint64 late = h.f.book(ana, h.f.vedolizumab, kWednesday, 9);
    REQUIRE(QTest::qWaitFor([&] { return page->model()->rowCount() == 2; }));
    const int row = page->model()->rowOf(late);
    REQUIRE(row == 0);
    REQUIRE(page->model()->line(row).lateChange == LateChange::BookedLate);
    REQUIRE(page->model()->index(row, DoseModel::ChangeColumn).data().toString()
        == QStringLiteral("Booked Tue 12:00, after the cut-off at Tue 09:00"));
    REQUIRE(page->findChild<QLabel *>(QStringLiteral("pharmacySummary"))
                ->text()
                .contains(QStringLiteral("1 late change")));

    // Today, and back: the date picker goes anywhere.
    page->setDate(kTuesday);
    REQUIRE(page->model()->rowCount() == 0);
    page->setDate(kWednesday);
    REQUIRE(page->model()->rowCount() == 2);
}

TEST_CASE("Pharmacy page: the worklist prints to a PDF with every dose, over pages when long")
{
    test::SessionHarness h;
    QList<Appointment> many;
    for (int i = 0; i < 70; ++i) {
        Appointment a;
        a.patientId = h.f.maria.id;
        a.centerId = h.f.center.id;
        a.chairId = h.f.chairs[i % h.f.chairs.size()].id;
        a.therapyId = h.f.infliximab.id;
        a.startUtc = h.f.local(kWednesday, 7).addSecs(qint64(i) * 600);
        a.minutes = 50; // back to back on each of the five chairs
        a.createdBy = QStringLiteral("import");
        a.createdAtUtc = h.f.local(kTuesday, 7);
        many << a;
    }
    h.f.store.addAppointments(many);
    h.logIn(QStringLiteral("nurse"));
    PharmacyView *page = h.window->pharmacy();
    REQUIRE(page->model()->rowCount() == 70);

    const auto document = page->worklistDocument();
    const QString text = document->toPlainText();
    REQUIRE(text.contains(QStringLiteral("Riverside Infusion Center — pharmacy worklist")));
    REQUIRE(text.contains(QStringLiteral("Initials")));
    REQUIRE(text.count(QStringLiteral("M0001")) == 70);
    REQUIRE(text.contains(QStringLiteral("Printed 1 Dec 2026 08:00 by nurse")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("worklist.pdf"));
    REQUIRE(page->savePdf(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    REQUIRE(pdf.startsWith("%PDF"));
    // The page tree counts every page: seventy rows do not fit on one.
    const qsizetype count = pdf.indexOf("/Count ");
    REQUIRE(count > 0);
    qsizetype digits = count + 7;
    while (digits < pdf.size() && std::isdigit(static_cast<unsigned char>(pdf.at(digits))))
        ++digits;
    REQUIRE(pdf.mid(count + 7, digits - count - 7).toInt() >= 2);

    REQUIRE_FALSE(page->savePdf(dir.filePath(QStringLiteral("no/such/folder/worklist.pdf"))));
}

TEST_CASE("Pharmacy page: a store that cannot be read is said on the page, and the list stays")
{
    test::SessionHarness h;
    h.f.book(h.f.maria, h.f.infliximab, kWednesday, 10);
    h.logIn(QStringLiteral("nurse"));
    PharmacyView *page = h.window->pharmacy();
    REQUIRE(page->model()->rowCount() == 1);
    REQUIRE(page->problem().isEmpty());

    h.f.store.database().execute(
        QStringLiteral("ALTER TABLE therapy RENAME COLUMN compounded TO made"), "break");
    page->reload();
    REQUIRE(page->problem().contains(QStringLiteral("The doses could not be read")));
    REQUIRE(page->model()->rowCount() == 1);
}
