// The check-in desk driven from the keyboard, as the receptionist works it: the stories of the domain
// primer at the counter.

// Failed checks print the text.
#include "booking/slotdialog.h"
#include "catchqstring.h"
#include "checkin/reasoncode.h"
#include "desk/decisionpanel.h"
#include "desk/patientcard.h"
#include "deskharness.h"
#include "model/checkinrecord.h"
#include "scheduling/appointmentcode.h"
#include "store/database.h"
#include "store/store.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace chairside;
using chairside::test::DeskHarness;

namespace {

const QDate kToday(2026, 12, 1);

template<typename T>
T *waitForChild(QWidget &parent, const char *objectName)
{
    T *found = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            found = parent.findChild<T *>(QString::fromLatin1(objectName));
            return found != nullptr && found->isVisible();
        },
        3000);
    return shown ? found : nullptr;
}

} // namespace

TEST_CASE("The search field has the focus at start and finds as the receptionist types")
{
    DeskHarness desk;
    REQUIRE(desk.searchField()->hasFocus());
    REQUIRE(desk.searchField()->placeholderText()
        == QStringLiteral("Name, MRN, date of birth, phone — or scan the slip"));

    desk.search(QStringLiteral("alvar"));
    REQUIRE(desk.view.resultsModel()->count() == 1);
    REQUIRE(desk.view.resultsModel()->row(0).patient.mrn == QStringLiteral("M0001"));

    // Down goes into the list, Escape comes back, and Escape again clears the search.
    desk.press(Qt::Key_Down);
    auto *results = desk.view.findChild<QAbstractItemView *>(QStringLiteral("resultsView"));
    REQUIRE(results->hasFocus());
    REQUIRE(results->currentIndex().row() == 0);
    desk.press(Qt::Key_Escape);
    REQUIRE(desk.searchField()->hasFocus());
    desk.press(Qt::Key_Escape);
    REQUIRE(desk.searchField()->text().isEmpty());
    REQUIRE(desk.view.resultsModel()->count() == 0);
}

TEST_CASE("A walk-in booked for later is pointed at that booking and offered to move it earlier")
{
    DeskHarness desk;
    const qint64 next = desk.f.book(desk.f.maria, desk.f.infliximab, QDate(2026, 12, 10), 10);

    desk.search(QStringLiteral("maria alvarez"));
    desk.press(Qt::Key_Down);
    desk.press(Qt::Key_Return);
    REQUIRE(desk.view.findChild<PatientCard *>()->patient().id == desk.f.maria.id);
    desk.giveDateOfBirth(QStringLiteral("3/4/1961"));

    REQUIRE(desk.banner() == QStringLiteral("RESCHEDULE"));
    REQUIRE(desk.view.decision()->has(ReasonCode::NoAppointmentToday));
    REQUIRE(desk.reasonsText().contains(QStringLiteral("no appointment with us today")));
    REQUIRE(desk.reasonsText().contains(QStringLiteral("You are booked for Thursday 10 December at 10:00")));
    REQUIRE(desk.identityText().startsWith(QStringLiteral("Name + date of birth ✓")));
    REQUIRE(desk.labelText("nextBookedText").contains(QStringLiteral("Thursday 10 December at 10:00")));
    REQUIRE(desk.labelText("nextBookedText").contains(AppointmentCode::format(next)));
    REQUIRE(desk.button("admitButton")->isHidden());

    // The booking she has is the answer: moving it earlier is the default, booking another stays at hand.
    QPushButton *move = desk.button("rescheduleButton");
    QPushButton *book = desk.button("bookButton");
    REQUIRE_FALSE(move->isHidden());
    REQUIRE(move->text() == QStringLiteral("Move it ear&lier…"));
    REQUIRE(move->isDefault());
    REQUIRE(move->hasFocus());
    REQUIRE(desk.view.decisionPanel()->primaryAction() == move);
    REQUIRE_FALSE(book->isHidden());
    REQUIRE_FALSE(book->isDefault());

    // Enter opens the slots for that appointment, from tomorrow; Enter again moves it there.
    desk.press(Qt::Key_Return);
    auto *dialog = waitForChild<SlotDialog>(desk.view, "rescheduleDialog");
    REQUIRE(dialog != nullptr);
    auto *slotView = dialog->findChild<QAbstractItemView *>(QStringLiteral("slotView"));
    REQUIRE(QTest::qWaitFor([&] { return slotView->hasFocus(); }, 3000));
    REQUIRE(slotView->model()
                ->index(0, 0)
                .data(Qt::AccessibleTextRole)
                .toString()
                .startsWith(QStringLiteral("tomorrow at 08:00")));
    QSignalSpy booked(dialog, &SlotDialog::appointmentBooked);
    QTest::keyClick(slotView, Qt::Key_Return);
    REQUIRE(booked.count() == 1);
    REQUIRE(booked.first().at(1).toLongLong() == next);
    REQUIRE(desk.statusOf(next) == AppointmentStatus::Cancelled);
    const auto moved = desk.f.store.replacementOf(next);
    REQUIRE(moved.has_value());
    REQUIRE(moved->startUtc == desk.f.local(QDate(2026, 12, 2), 8, 0));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // Done
    REQUIRE(QTest::qWaitFor([&] { return desk.view.findChild<SlotDialog *>() == nullptr; }, 3000));
}

TEST_CASE("A walk-in booked for later can still book another appointment")
{
    DeskHarness desk;
    const qint64 next = desk.f.book(desk.f.maria, desk.f.infliximab, QDate(2026, 12, 10), 10);
    desk.search(QStringLiteral("maria alvarez"));
    desk.press(Qt::Key_Down);
    desk.press(Qt::Key_Return);
    desk.giveDateOfBirth(QStringLiteral("3/4/1961"));

    QTest::mouseClick(desk.button("bookButton"), Qt::LeftButton);
    auto *dialog = waitForChild<SlotDialog>(desk.view, "bookDialog");
    REQUIRE(dialog != nullptr);
    auto *slotView = dialog->findChild<QAbstractItemView *>(QStringLiteral("slotView"));
    REQUIRE(slotView->model()->rowCount() == SlotDialog::kSlotsShown);
    REQUIRE(dialog->findChild<QWidget *>(QStringLiteral("reasonNote"))
                ->accessibleDescription()
                .contains(QStringLiteral("no appointment with us today")));
    dialog->reject();
    // Nothing was written by looking.
    REQUIRE(desk.f.store.checkInDecisions(next).isEmpty());
    REQUIRE(desk.statusOf(next) == AppointmentStatus::Booked);
}

TEST_CASE("A walk-in without a prescriber's order hears the same next step at the desk and in the booking")
{
    DeskHarness desk;
    Patient noOrder;
    noOrder.mrn = QStringLiteral("M0300");
    noOrder.firstName = QStringLiteral("Ruth");
    noOrder.lastName = QStringLiteral("Ndiaye");
    noOrder.dateOfBirth = QDate(1958, 7, 14);
    noOrder.id = desk.f.store.addPatient(noOrder);

    desk.search(QStringLiteral("ruth ndiaye"));
    desk.press(Qt::Key_Down);
    desk.press(Qt::Key_Return);
    desk.giveDateOfBirth(QStringLiteral("7/14/1958"));

    REQUIRE(desk.banner() == QStringLiteral("RESCHEDULE"));
    const QString said = desk.reasonsText();
    REQUIRE_FALSE(said.contains(QStringLiteral("will book")));
    REQUIRE(said.contains(QStringLiteral("the desk cannot book without one")));
    REQUIRE(said.contains(QStringLiteral("your prescriber must send us an order")));

    QTest::mouseClick(desk.button("bookButton"), Qt::LeftButton);
    auto *dialog = waitForChild<SlotDialog>(desk.view, "bookDialog");
    REQUIRE(dialog != nullptr);
    auto *empty = dialog->findChild<QLabel *>(QStringLiteral("noSlotsText"));
    REQUIRE(empty != nullptr);
    REQUIRE(empty->isVisible());
    REQUIRE(empty->text().contains(QStringLiteral("the desk cannot book without one")));
    REQUIRE(empty->text().contains(QStringLiteral("the prescriber must send an order")));
    REQUIRE(dialog->findChild<QWidget *>(QStringLiteral("reasonNote"))
                ->accessibleDescription()
                .contains(QStringLiteral("the desk cannot book without one")));
    dialog->reject();
}

TEST_CASE("An on-time patient is admitted to the booked chair with Enter on Admit")
{
    DeskHarness desk;
    const qint64 id = desk.bookReady(kToday, 8, 0, &desk.f.chairs[2]);
    QSignalSpy checkedIn(&desk.view, &DeskView::patientCheckedIn);

    // An MRN and Enter: one patient, picked at once; the MRN is the first identifier.
    QTest::keyClicks(desk.searchField(), QStringLiteral("M0001"));
    desk.press(Qt::Key_Return);
    desk.giveDateOfBirth(QStringLiteral("1961-03-04"));

    REQUIRE(desk.banner() == QStringLiteral("ADMIT — chair 3"));
    REQUIRE(desk.identityText().startsWith(QStringLiteral("MRN + date of birth ✓")));
    REQUIRE(desk.view.findChildren<QWidget *>(QStringLiteral("readinessOk")).size() == 4);
    REQUIRE(desk.labelText("bookedText").contains(QStringLiteral("today at 08:00, chair 3")));
    QPushButton *admit = desk.button("admitButton");
    REQUIRE(admit->isDefault());
    REQUIRE(admit->hasFocus());
    REQUIRE(admit->text().contains(QStringLiteral("chair 3")));

    desk.press(Qt::Key_Return);
    REQUIRE(desk.statusOf(id) == AppointmentStatus::CheckedIn);
    REQUIRE(checkedIn.count() == 1);
    REQUIRE(checkedIn.first().first().toLongLong() == id);
    REQUIRE(desk.statusText().startsWith(QStringLiteral("Checked in at 08:00")));
    REQUIRE(admit->isHidden());
    // Ready for the next patient.
    REQUIRE(desk.searchField()->hasFocus());
}

TEST_CASE("A patient too early is marked arrived and waits")
{
    DeskHarness desk;
    const qint64 id = desk.bookReady(kToday, 10);
    desk.search(QStringLiteral("alvarez"));
    desk.press(Qt::Key_Return); // one match: picked
    desk.giveDateOfBirth(QStringLiteral("March 4, 1961"));

    REQUIRE(desk.banner() == QStringLiteral("WAIT"));
    REQUIRE(desk.reasonsText().contains(QStringLiteral("check-in opens at 09:00")));
    QPushButton *arrived = desk.button("arrivedButton");
    REQUIRE(arrived->hasFocus());
    desk.press(Qt::Key_Return);
    REQUIRE(desk.statusOf(id) == AppointmentStatus::Arrived);
    REQUIRE(desk.statusText().startsWith(QStringLiteral("Marked arrived at 08:00")));
    REQUIRE_FALSE(arrived->isEnabled());
}

TEST_CASE("A late arrival is routed to reschedule and booked through the dialog")
{
    DeskHarness desk;
    const qint64 old = desk.bookReady(kToday, 8);
    desk.f.clock.set(desk.f.local(kToday, 8, 40));

    desk.search(QStringLiteral("alvarez, maria"));
    desk.press(Qt::Key_Return);
    desk.giveDateOfBirth(QStringLiteral("03041961"));

    REQUIRE(desk.banner() == QStringLiteral("RESCHEDULE"));
    REQUIRE(desk.view.decision()->has(ReasonCode::LateBeyondGrace));
    REQUIRE(desk.reasonsText().contains(QStringLiteral("40 minutes ago")));
    REQUIRE(desk.button("overrideButton")->isHidden()); // a receptionist does not override
    QPushButton *reschedule = desk.button("rescheduleButton");
    REQUIRE(reschedule->hasFocus());

    desk.press(Qt::Key_Return);
    auto *dialog = waitForChild<SlotDialog>(desk.view, "rescheduleDialog");
    REQUIRE(dialog != nullptr);
    REQUIRE(dialog->findChild<QWidget *>(QStringLiteral("reasonNote"))
                ->accessibleDescription()
                .contains(QStringLiteral("we need to book you a new time")));
    auto *slotView = dialog->findChild<QAbstractItemView *>(QStringLiteral("slotView"));
    REQUIRE(QTest::qWaitFor([&] { return slotView->hasFocus(); }, 3000));
    REQUIRE(slotView->currentIndex().row() == 0);
    // The second slot on offer; Enter books it.
    QTest::keyClick(slotView, Qt::Key_Down);
    QSignalSpy booked(dialog, &SlotDialog::appointmentBooked);
    QTest::keyClick(slotView, Qt::Key_Return);
    REQUIRE(booked.count() == 1);

    REQUIRE(desk.statusOf(old) == AppointmentStatus::Cancelled);
    const auto replacement = desk.f.store.replacementOf(old);
    REQUIRE(replacement.has_value());
    REQUIRE(replacement->replacesId == old);
    REQUIRE(replacement->status == AppointmentStatus::Booked);
    REQUIRE(dialog->booked()->id == replacement->id);
    REQUIRE(dialog->slip().code == AppointmentCode::format(replacement->id));
    REQUIRE(desk.statusText().contains(AppointmentCode::format(replacement->id)));

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // Done
    REQUIRE(QTest::qWaitFor([&] { return desk.view.findChild<SlotDialog *>() == nullptr; }, 3000));
}

TEST_CASE("A date of birth that does not match stops the check-in")
{
    DeskHarness desk;
    const qint64 id = desk.bookReady(kToday, 8);

    SECTION("found by name")
    {
        desk.search(QStringLiteral("maria alvarez"));
        desk.press(Qt::Key_Return);
        desk.giveDateOfBirth(QStringLiteral("05/05/1975"));
        REQUIRE(desk.view.decision()->has(ReasonCode::PatientNotFound));
    }
    SECTION("found by MRN")
    {
        QTest::keyClicks(desk.searchField(), QStringLiteral("M0001"));
        desk.press(Qt::Key_Return);
        desk.giveDateOfBirth(QStringLiteral("1961-04-03"));
        REQUIRE(desk.view.decision()->has(ReasonCode::IdentityMismatch));
        REQUIRE(desk.reasonsText().contains(QStringLiteral("does not match our record for MRN M0001")));
    }
    REQUIRE(desk.banner() == QStringLiteral("NOT IDENTIFIED"));
    REQUIRE(desk.identityText().contains(QStringLiteral("does not match")));
    for (const char *name :
        {"admitButton", "arrivedButton", "rescheduleButton", "bookButton", "overrideButton"})
        REQUIRE(desk.button(name)->isHidden());
    // The receptionist asks again: the date field has the focus back.
    REQUIRE(desk.dobField()->hasFocus());
    REQUIRE(desk.statusOf(id) == AppointmentStatus::Booked);
    REQUIRE(desk.f.store.checkInDecisions(id).isEmpty());
}

TEST_CASE("A date of birth that cannot be read is asked for again")
{
    DeskHarness desk;
    desk.search(QStringLiteral("alvarez"));
    desk.press(Qt::Key_Return);
    desk.giveDateOfBirth(QStringLiteral("march"));
    REQUIRE_FALSE(desk.view.decision().has_value());
    auto *problem = desk.view.findChild<QLabel *>(QStringLiteral("dobProblem"));
    REQUIRE(problem->isVisible());
    REQUIRE(problem->text().contains(QStringLiteral("is not a date of birth")));
    REQUIRE(desk.dobField()->hasFocus());
}

TEST_CASE("A scanned appointment code jumps to that appointment's patient")
{
    DeskHarness desk;
    desk.f.addReadyPatient(QStringLiteral("M0002"), QStringLiteral("Jon"), QStringLiteral("Smith"),
        QDate(1970, 5, 6), desk.f.vedolizumab);
    const qint64 id = desk.bookReady(kToday, 8);

    // The scanner types the code and Enter, faster than the search's pause.
    QTest::keyClicks(desk.searchField(), AppointmentCode::format(id));
    desk.press(Qt::Key_Return);

    const auto *card = desk.view.findChild<PatientCard *>();
    REQUIRE(card->isVisible());
    REQUIRE(card->patient().id == desk.f.maria.id);
    REQUIRE(desk.dobField()->hasFocus());
    desk.giveDateOfBirth(QStringLiteral("03/04/1961"));
    REQUIRE(desk.banner() == QStringLiteral("ADMIT — chair 1"));
    REQUIRE(desk.view.decision()->appointment->id == id);
}

TEST_CASE("Override is only for a nurse or an admin")
{
    SECTION("a receptionist never sees it")
    {
        DeskHarness desk(Role::Receptionist);
        desk.bookReady(kToday, 8);
        desk.f.clock.set(desk.f.local(kToday, 8, 40));
        desk.search(QStringLiteral("alvarez"));
        desk.press(Qt::Key_Return);
        desk.giveDateOfBirth(QStringLiteral("03/04/1961"));
        REQUIRE(desk.banner() == QStringLiteral("RESCHEDULE"));
        REQUIRE(desk.button("overrideButton")->isHidden());
    }
    SECTION("a nurse admits a late arrival with a reason")
    {
        DeskHarness desk(Role::Nurse);
        const qint64 id = desk.bookReady(kToday, 8);
        desk.f.clock.set(desk.f.local(kToday, 8, 40));
        QSignalSpy checkedIn(&desk.view, &DeskView::patientCheckedIn);
        desk.search(QStringLiteral("alvarez"));
        desk.press(Qt::Key_Return);
        desk.giveDateOfBirth(QStringLiteral("03/04/1961"));
        QPushButton *overrideButton = desk.button("overrideButton");
        REQUIRE_FALSE(overrideButton->isHidden());
        REQUIRE(overrideButton->isEnabled());

        overrideButton->click();
        auto *dialog = waitForChild<QDialog>(desk.view, "overrideDialog");
        REQUIRE(dialog != nullptr);
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        REQUIRE_FALSE(ok->isEnabled()); // no reason yet
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(), QStringLiteral("chair 1 free until close"));
        REQUIRE(ok->isEnabled());
        ok->click();

        REQUIRE(desk.statusOf(id) == AppointmentStatus::CheckedIn);
        REQUIRE(checkedIn.count() == 1);
        REQUIRE(desk.banner().startsWith(QStringLiteral("ADMIT")));
        const auto overrides = desk.f.store.checkInOverrides(id);
        REQUIRE(overrides.size() == 1);
        REQUIRE(overrides.first().code == QStringLiteral("LATE_BEYOND_GRACE"));
        REQUIRE(overrides.first().reason == QStringLiteral("chair 1 free until close"));
        REQUIRE(desk.statusText().contains(QStringLiteral("LATE_BEYOND_GRACE")));
    }
}

TEST_CASE("The slot dialog looks further ahead by date and page by page")
{
    DeskHarness desk;
    const qint64 id = desk.bookReady(kToday, 8);
    const auto appointment = desk.f.store.appointment(id);
    SlotDialog *dialog
        = SlotDialog::reschedule(desk.workspace, *appointment, QStringLiteral("The patient asks to move it."),
            QStringLiteral("moved at the patient's request"), &desk.view);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    auto *slotView = dialog->findChild<QAbstractItemView *>(QStringLiteral("slotView"));
    const auto firstStart
        = [&] { return slotView->model()->index(0, 0).data(Qt::AccessibleTextRole).toString(); };
    // The pharmacy's day of lead time: tomorrow first.
    REQUIRE(firstStart().startsWith(QStringLiteral("tomorrow at 08:00")));

    dialog->lookFrom(QDate(2026, 12, 10));
    REQUIRE(firstStart().startsWith(QStringLiteral("Thursday 10 December at 07:00")));

    // Later slots: the next page starts after the last one listed.
    const QString last = slotView->model()
                             ->index(slotView->model()->rowCount() - 1, 0)
                             .data(Qt::AccessibleTextRole)
                             .toString();
    REQUIRE(last.startsWith(QStringLiteral("Thursday 10 December at 09:45")));
    dialog->findChild<QPushButton *>(QStringLiteral("laterSlotsButton"))->click();
    REQUIRE(firstStart().startsWith(QStringLiteral("Thursday 10 December at 10:00")));
    dialog->reject();
    REQUIRE(desk.statusOf(id) == AppointmentStatus::Booked);
}

TEST_CASE("The decision is shown from what it carries: a store failing under it reads nothing")
{
    DeskHarness desk;
    desk.bookReady(kToday, 8, 0, &desk.f.chairs[2]);
    QTest::keyClicks(desk.searchField(), QStringLiteral("M0001"));
    desk.press(Qt::Key_Return);
    desk.giveDateOfBirth(QStringLiteral("1961-03-04"));
    REQUIRE(desk.view.decision().has_value());
    const Decision decision = *desk.view.decision();

    // The chairs and therapies gone from the file: any read of them throws. Before, the panel read both
    // again to write "chair 3, infliximab", and the throw reached the event loop after a committed admit.
    Database &db = desk.f.store.database();
    db.execute(QStringLiteral("ALTER TABLE chair RENAME TO chair_aside"), "hide the chairs");
    db.execute(QStringLiteral("ALTER TABLE therapy RENAME TO therapy_aside"), "hide the therapies");
    auto *panel = desk.view.findChild<DecisionPanel *>();
    REQUIRE(panel != nullptr);
    REQUIRE_NOTHROW(panel->setDecision(decision));
    REQUIRE(desk.labelText("bookedText").contains(QStringLiteral("today at 08:00, chair 3")));
    REQUIRE(desk.labelText("bookedText").contains(QStringLiteral("infliximab")));
    db.execute(QStringLiteral("ALTER TABLE chair_aside RENAME TO chair"), "put the chairs back");
    db.execute(QStringLiteral("ALTER TABLE therapy_aside RENAME TO therapy"), "put the therapies back");
}

TEST_CASE("Slot dialog: a time another desk has just filled beyond the nurses says why, and still books")
{
    DeskHarness desk;
    // One nurse, who starts one infusion in 15 minutes.
    NursePolicy policy;
    policy.startsPerNurseStep = 1;
    policy.applyShifts(QStringLiteral("mon-sun 00-24=1"), QStringLiteral("nurses"));
    desk.f.store.setNursePolicy(desk.f.center.id, policy);
    const qint64 id = desk.bookReady(kToday, 8);
    SlotDialog *dialog = SlotDialog::reschedule(desk.workspace, *desk.f.store.appointment(id),
        QStringLiteral("The patient asks to move it."), QStringLiteral("moved at the patient's request"),
        &desk.view);
    REQUIRE(dialog != nullptr);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    auto *slotView = dialog->findChild<QAbstractItemView *>(QStringLiteral("slotView"));
    auto *nurseNote = dialog->findChild<QLabel *>(QStringLiteral("nurseNote"));
    REQUIRE(nurseNote != nullptr);
    REQUIRE(slotView->currentIndex().row() == 0);
    REQUIRE(slotView->currentIndex()
                .data(Qt::AccessibleTextRole)
                .toString()
                .startsWith(QStringLiteral("tomorrow at 08:00")));
    // The slots on offer are within what the nurses can take.
    REQUIRE(nurseNote->isHidden());

    // Another desk books tomorrow at 08:00 meanwhile; the receptionist comes back to that slot.
    const Patient other = desk.f.addReadyPatient(QStringLiteral("MRN-NURSE"), QStringLiteral("Ana"),
        QStringLiteral("Ruiz"), QDate(1970, 5, 5), desk.f.vedolizumab);
    desk.f.book(other, desk.f.vedolizumab, kToday.addDays(1), 8, 0, &desk.f.chairs[1]);
    QTest::keyClick(slotView, Qt::Key_Down);
    QTest::keyClick(slotView, Qt::Key_Up);
    REQUIRE_FALSE(nurseNote->isHidden());
    REQUIRE(nurseNote->text().contains(
        QStringLiteral("2 infusions would start at 08:00, where the nurses on shift can start 1")));
    QSignalSpy booked(dialog, &SlotDialog::appointmentBooked);
    QTest::keyClick(slotView, Qt::Key_Return);
    REQUIRE(booked.count() == 1);
    dialog->accept();
}
