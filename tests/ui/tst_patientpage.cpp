// The patient's record in the desktop: registering with a likely duplicate on file, the patient page with
// its paperwork and "Eligibility verified now", an edit refused on its field, and the desk's stale
// eligibility cleared by "Verified now".

#include "authhelpers.h"
#include "booking/slotdialog.h"
#include "catchqstring.h"
#include "desk/decisionpanel.h"
#include "deskharness.h"
#include "patients/coveragedialog.h"
#include "patients/demographicsdialog.h"
#include "patients/orderdialog.h"
#include "patients/patientform.h"
#include "patients/patientpage.h"
#include "patients/patientwindow.h"
#include "patients/registrationdialog.h"
#include "sessionharness.h"
#include "store/store.h"
#include "widgetlookup.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace chairside;
using test::DeskHarness;
using test::SessionHarness;

using chairside::test::child;

namespace {

const QDate kToday(2026, 12, 1);

PatientWindow *patientWindow(MainWindow &window, qint64 patientId)
{
    PatientWindow *found = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            const QList<PatientWindow *> windows = window.findChildren<PatientWindow *>();
            for (PatientWindow *w : windows) {
                if (w->isVisible() && w->page()->patientId() == patientId)
                    found = w;
            }
            return found != nullptr;
        },
        3000);
    return shown ? found : nullptr;
}

QString column(QTreeWidget *list, int row, int column)
{
    return list->topLevelItem(row)->text(column);
}

} // namespace

TEST_CASE("Registering a patient lists the likely duplicate, and a second record takes a deliberate tick")
{
    SessionHarness session;
    session.logIn(QStringLiteral("desk"));
    REQUIRE(session.window->session() == MainWindow::Session::SignedIn);
    const qint64 before = session.f.store.patientCount();
    RegistrationDialog *dialog = session.window->registerPatient();
    REQUIRE(dialog != nullptr);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));

    PatientForm *form = dialog->form();
    QTest::keyClicks(form->field(QStringLiteral("first")), QStringLiteral("Maria"));
    QTest::keyClicks(form->field(QStringLiteral("last")), QStringLiteral("Alvares"));
    QTest::keyClicks(form->field(QStringLiteral("dob")), QStringLiteral("3/4/61"));

    auto *list = child<QTreeWidget>(dialog, "duplicatesList");
    REQUIRE(list->isVisible());
    REQUIRE(list->topLevelItemCount() == 1);
    REQUIRE(column(list, 0, 0) == QStringLiteral("Alvarez, Maria"));
    REQUIRE(column(list, 0, 1) == QStringLiteral("1961-03-04"));
    REQUIRE(column(list, 0, 2) == QStringLiteral("M0001"));
    REQUIRE(column(list, 0, 3) == QStringLiteral("(617) 555-0100"));
    auto *registerButton = child<QPushButton>(dialog, "registerButton");
    auto *different = child<QCheckBox>(dialog, "differentPersonBox");
    REQUIRE_FALSE(registerButton->isEnabled());

    SECTION("opening the patient on file registers no one")
    {
        QTest::mouseClick(child<QPushButton>(dialog, "openDuplicateButton"), Qt::LeftButton);
        REQUIRE(patientWindow(*session.window, session.f.maria.id) != nullptr);
        REQUIRE(session.f.store.patientCount() == before);
    }
    SECTION("a different person, ticked, is a second record with the duplicate named in the trail")
    {
        QTest::keyClicks(form->field(QStringLiteral("mrn")), QStringLiteral("M0002"));
        different->setFocus();
        QTest::keyClick(different, Qt::Key_Space);
        REQUIRE(different->isChecked());
        REQUIRE(registerButton->isEnabled());
        QTest::mouseClick(registerButton, Qt::LeftButton);

        const auto added = session.f.store.patientByMrn(QStringLiteral("M0002"));
        REQUIRE(added.has_value());
        REQUIRE(added->lastName == QStringLiteral("Alvares"));
        REQUIRE(added->dateOfBirth == QDate(1961, 3, 4));
        const auto entries = test::auditOf(session.f.store, AuditAction::PatientAdded);
        REQUIRE(entries.last().event.reason.endsWith(
            QStringLiteral("likely duplicate patient %1").arg(session.f.maria.id)));
        REQUIRE(patientWindow(*session.window, added->id) != nullptr);
    }
    SECTION("a bad phone marks the phone field and registers no one")
    {
        QTest::keyClicks(form->field(QStringLiteral("mrn")), QStringLiteral("M0002"));
        different->setChecked(true);
        QTest::keyClicks(form->field(QStringLiteral("phone")), QStringLiteral("555"));
        QTest::mouseClick(registerButton, Qt::LeftButton);
        REQUIRE(dialog->isVisible());
        REQUIRE(form->problems().markedField() == QStringLiteral("phone"));
        REQUIRE(form->field(QStringLiteral("phone"))->property("problem").toBool());
        REQUIRE(child<QLabel>(form, "problemText")->text().contains(QStringLiteral("digits")));
        REQUIRE(session.f.store.patientCount() == before);
    }
}

TEST_CASE("The patient page shows the paperwork, and Eligibility verified now records who and when")
{
    SessionHarness session;
    session.logIn(QStringLiteral("desk"));
    session.window->openPatient(session.f.maria.id, QStringLiteral("coverage"));
    PatientWindow *window = patientWindow(*session.window, session.f.maria.id);
    REQUIRE(window != nullptr);
    PatientPage *page = window->page();

    auto *orders = child<QTreeWidget>(page, "ordersList");
    REQUIRE(orders->topLevelItemCount() == 1);
    REQUIRE(column(orders, 0, 1) == QStringLiteral("Dr. Okafor"));
    REQUIRE(column(orders, 0, 4) == QStringLiteral("2 of 8"));
    auto *authorizations = child<QTreeWidget>(page, "authorizationsList");
    REQUIRE(authorizations->topLevelItemCount() == 1);
    REQUIRE(column(authorizations, 0, 2) == QStringLiteral("approved"));
    REQUIRE(column(authorizations, 0, 5) == QStringLiteral("3 of 4"));
    auto *coverage = child<QTreeWidget>(page, "coverageList");
    REQUIRE(coverage->topLevelItemCount() == 1);
    REQUIRE(window->focusWidget() == coverage);

    // Her eligibility was last checked long ago; the desk calls the payer and records it.
    const qint64 coverageId = session.f.store.coverages(session.f.maria.id).first().id;
    session.f.store.setEligibilityVerified(coverageId, kToday.addDays(-200), QString(), {});
    session.workspace.checkForExternalChanges();
    REQUIRE(QTest::qWaitFor([&] { return column(coverage, 0, 2) == QStringLiteral("2026-05-15"); }, 3000));
    QTest::mouseClick(child<QPushButton>(page, "verifiedNowButton"), Qt::LeftButton);

    const Coverage stored = *session.f.store.coverage(coverageId);
    REQUIRE(stored.eligibilityVerifiedOn == kToday);
    REQUIRE(stored.eligibilityVerifiedBy == QStringLiteral("desk"));
    REQUIRE(stored.eligibilityVerifiedAtUtc == session.f.clock.nowUtc());
    REQUIRE(QTest::qWaitFor([&] { return column(coverage, 0, 3) == QStringLiteral("desk"); }, 3000));
    REQUIRE(column(coverage, 0, 2) == QStringLiteral("2026-12-01"));
    REQUIRE(column(coverage, 0, 4) == QStringLiteral("2026-12-01 08:00"));
    REQUIRE(child<QLabel>(page, "verifiedStatus")
                ->text()
                .contains(QStringLiteral("by desk at 2026-12-01 08:00")));
    REQUIRE(test::auditOf(session.f.store, AuditAction::EligibilityVerified).size() == 1);

    SECTION("an order changed elsewhere shows at once")
    {
        PrescriberOrder order = session.f.store.ordersOfPatient(session.f.maria.id).first();
        order.dosesAuthorized = 12;
        session.f.store.updateOrder(order);
        REQUIRE(QTest::qWaitFor([&] { return column(orders, 0, 4) == QStringLiteral("2 of 12"); }, 3000));
    }
}

TEST_CASE("Book appointment on the patient page books the next infusion, which shows in its list at once")
{
    SessionHarness session;
    session.logIn(QStringLiteral("desk"));
    session.window->openPatient(session.f.maria.id, QStringLiteral("appointments"));
    PatientWindow *window = patientWindow(*session.window, session.f.maria.id);
    REQUIRE(window != nullptr);
    PatientPage *page = window->page();
    auto *appointments = child<QTreeWidget>(page, "appointmentsList");
    const int before = appointments->topLevelItemCount();
    const qint64 bookedBefore
        = qint64(session.f.store
                     .appointmentsOfPatient(session.f.maria.id, session.f.clock.nowUtc().addYears(-1),
                         session.f.clock.nowUtc().addYears(1))
                     .size());

    auto *book = child<QPushButton>(page, "bookAppointmentButton");
    REQUIRE(book->isEnabled());
    QTest::mouseClick(book, Qt::LeftButton);
    SlotDialog *dialog = nullptr;
    REQUIRE(QTest::qWaitFor(
        [&] { return (dialog = page->findChild<SlotDialog *>(QStringLiteral("bookDialog"))); }, 3000));
    auto *slotView = child<QTreeView>(dialog, "slotView");
    REQUIRE(QTest::qWaitFor([&] { return slotView->model()->rowCount() > 0; }, 3000));
    slotView->setCurrentIndex(slotView->model()->index(0, 0));
    QTest::mouseClick(child<QPushButton>(dialog, "confirmSlotButton"), Qt::LeftButton);
    REQUIRE(dialog->booked().has_value());
    const Appointment booked = *dialog->booked();
    REQUIRE(booked.patientId == session.f.maria.id);
    REQUIRE(booked.status == AppointmentStatus::Booked);
    REQUIRE(qint64(session.f.store
                       .appointmentsOfPatient(session.f.maria.id, session.f.clock.nowUtc().addYears(-1),
                           session.f.clock.nowUtc().addYears(1))
                       .size())
        == bookedBefore + 1);
    QTest::mouseClick(child<QPushButton>(dialog, "doneButton"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return appointments->topLevelItemCount() == before + 1; }, 3000));
}

TEST_CASE("A closed patient window forgets its patient and shows the next one opened, at its top")
{
    SessionHarness session;
    session.logIn(QStringLiteral("desk"));
    const Patient tomas = session.f.addReadyPatient(QStringLiteral("M0002"), QStringLiteral("Tomas"),
        QStringLiteral("Berg"), QDate(1970, 5, 6), session.f.vedolizumab);
    session.window->openPatient(session.f.maria.id, QStringLiteral("appointments"));
    PatientWindow *first = patientWindow(*session.window, session.f.maria.id);
    REQUIRE(first != nullptr);
    PatientPage *page = first->page();
    auto *orders = child<QTreeWidget>(page, "ordersList");
    REQUIRE(column(orders, 0, 1) == QStringLiteral("Dr. Okafor"));

    first->close();
    REQUIRE_FALSE(first->isVisible());
    // Closed, it shows nobody and reads nothing: a change to her no longer reaches it.
    REQUIRE(page->patientId() == 0);
    REQUIRE_FALSE(page->patient().has_value());
    REQUIRE(orders->topLevelItemCount() == 0);
    REQUIRE(child<QTreeWidget>(page, "coverageList")->topLevelItemCount() == 0);
    REQUIRE(first->windowTitle() == QStringLiteral("Patient"));

    session.window->openPatient(tomas.id, {});
    PatientWindow *second = patientWindow(*session.window, tomas.id);
    REQUIRE(second == first);
    REQUIRE(page->patient()->mrn == QStringLiteral("M0002"));
    REQUIRE(orders->topLevelItemCount() == 1);
    REQUIRE(column(orders, 0, 0).contains(QStringLiteral("vedolizumab")));
    REQUIRE(second->windowTitle().contains(QStringLiteral("M0002")));
    REQUIRE(page->findChild<QScrollArea *>()->verticalScrollBar()->value() == 0);

    // With his window open, her page is a window of its own again; one spare at most is kept.
    session.window->openPatient(session.f.maria.id, {});
    PatientWindow *third = patientWindow(*session.window, session.f.maria.id);
    REQUIRE(third != nullptr);
    REQUIRE(third != second);
    second->close();
    // Hidden first (as the lock hides it), then closed (as logging out does): forgotten all the same.
    third->hide();
    third->close();
    REQUIRE(third->page()->patientId() == 0);
    REQUIRE(QTest::qWaitFor(
        [&] { return session.window->findChildren<PatientWindow *>(Qt::FindDirectChildrenOnly).size() == 1; },
        3000));
}

TEST_CASE("An edit with bad input marks the field, says what is wrong and writes nothing")
{
    SessionHarness session;
    session.logIn(QStringLiteral("nurse"));
    const PrescriberOrder order = session.f.store.ordersOfPatient(session.f.maria.id).first();

    SECTION("an order with more doses used than authorized")
    {
        OrderDialog dialog(session.workspace, session.f.maria.id, order, session.window.get());
        dialog.show();
        auto *used = child<QSpinBox>(&dialog, "usedField");
        used->setValue(order.dosesAuthorized + 1);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        REQUIRE(dialog.isVisible());
        REQUIRE(dialog.problems().markedField() == QStringLiteral("used"));
        REQUIRE(used->property("problem").toBool());
        REQUIRE(child<QLabel>(&dialog, "problemText")
                    ->text()
                    .contains(QStringLiteral("9 doses used is not possible")));
        REQUIRE(session.f.store.order(order.id)->dosesUsed == order.dosesUsed);
        REQUIRE(test::auditOf(session.f.store, AuditAction::OrderChanged).isEmpty());

        // Corrected, it saves.
        used->setValue(3);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        REQUIRE_FALSE(dialog.isVisible());
        REQUIRE(session.f.store.order(order.id)->dosesUsed == 3);
    }
    SECTION("an order's end that is not a date")
    {
        OrderDialog dialog(session.workspace, session.f.maria.id, order, session.window.get());
        dialog.show();
        auto *to = child<QLineEdit>(&dialog, "toField");
        to->setText(QStringLiteral("31/31/2027"));
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        REQUIRE(dialog.problems().markedField() == QStringLiteral("to"));
        REQUIRE(to->property("problem").toBool());
        REQUIRE(session.f.store.order(order.id)->validTo == order.validTo);
    }
    SECTION("demographics with a date of birth in the future")
    {
        DemographicsDialog dialog(session.workspace, session.f.maria, session.window.get());
        dialog.show();
        QLineEdit *dob = dialog.patientForm()->field(QStringLiteral("dob"));
        dob->setText(QStringLiteral("2030-01-01"));
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        REQUIRE(dialog.patientForm()->problems().markedField() == QStringLiteral("dob"));
        REQUIRE(dob->property("problem").toBool());
        REQUIRE(session.f.store.patient(session.f.maria.id)->dateOfBirth == QDate(1961, 3, 4));
        REQUIRE(test::auditOf(session.f.store, AuditAction::PatientChanged).isEmpty());
    }
    SECTION("coverage without a member id")
    {
        const Coverage coverage = session.f.store.coverages(session.f.maria.id).first();
        CoverageDialog dialog(session.workspace, session.f.maria.id, coverage, session.window.get());
        dialog.show();
        child<QLineEdit>(&dialog, "memberField")->clear();
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        REQUIRE(dialog.problems().markedField() == QStringLiteral("member"));
        REQUIRE(session.f.store.coverage(coverage.id)->memberId == coverage.memberId);
    }
}

TEST_CASE("At the desk a stale eligibility offers Verified now, which records it and admits")
{
    DeskHarness desk;
    desk.bookReady(kToday, 8, 0, &desk.f.chairs[2]);
    const qint64 coverageId = desk.f.store.coverages(desk.f.maria.id).first().id;
    desk.f.store.setEligibilityVerified(coverageId, kToday.addDays(-400), QString(), {});

    QTest::keyClicks(desk.searchField(), QStringLiteral("M0001"));
    desk.press(Qt::Key_Return);
    desk.giveDateOfBirth(QStringLiteral("1961-03-04"));
    REQUIRE(desk.banner() != QStringLiteral("ADMIT — chair 3"));
    REQUIRE(desk.view.decision()->has(ReasonCode::EligibilityStale));
    QPushButton *verified = desk.button("verifiedNowButton");
    REQUIRE(verified->isVisible());
    REQUIRE(desk.view.decisionPanel()->primaryAction() == verified);
    REQUIRE(verified->hasFocus());

    desk.press(Qt::Key_Return);
    REQUIRE(desk.f.store.coverage(coverageId)->eligibilityVerifiedOn == kToday);
    REQUIRE(desk.f.store.coverage(coverageId)->eligibilityVerifiedBy == QStringLiteral("desk"));
    REQUIRE(desk.banner() == QStringLiteral("ADMIT — chair 3"));
    REQUIRE(verified->isHidden());
    REQUIRE(desk.statusText().startsWith(QStringLiteral("Eligibility with")));
    REQUIRE(desk.button("admitButton")->hasFocus());
}
