// The whole front office in the desktop, walked through its real widgets on a new, empty file: the
// admin sets the center up and adds the staff; the receptionist registers a patient with an order,
// coverage, verified eligibility and an authorization, and books; the readiness queue shows the
// appointment while its dose is not prepared; the nurse prepares it on the pharmacy's page; on the day
// the receptionist checks the patient in at the desk, and the roster shows them in their chair. Each
// step is done by the role that does it, signed in on the real log-in screen.

#include "audit/auditevent.h"
#include "auth/accountservice.h"
#include "authhelpers.h"
#include "booking/slotdialog.h"
#include "catchqstring.h"
#include "day/appointmentdetailsdialog.h"
#include "day/rosterview.h"
#include "day/rosterwidget.h"
#include "desk/decisionbanner.h"
#include "desk/decisionpanel.h"
#include "desk/deskview.h"
#include "desk/patientresultsmodel.h"
#include "patients/patientform.h"
#include "patients/patientpage.h"
#include "patients/patientwindow.h"
#include "patients/registrationdialog.h"
#include "pharmacy/dosemodel.h"
#include "pharmacy/pharmacyview.h"
#include "readiness/readinessmodel.h"
#include "readiness/readinessview.h"
#include "setup/settingsdialog.h"
#include "setup/setupwizard.h"
#include "setup/startup.h"
#include "store/store.h"
#include "tempstore.h"
#include "widgetlookup.h"
#include "window/mainwindow.h"
#include "workspace/workspace.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

#include <catch2/catch.hpp>
#include <functional>

using namespace chairside;

using chairside::test::child;
using chairside::test::retype;

namespace {

// Tuesday 1 December 2026, 09:00 in Chicago: the day the center is set up.
const QDate kSetUpDay(2026, 12, 1);
const QByteArray kZone("America/Chicago");

QDateTime local(QDate date, int hour, int minute = 0)
{
    return QDateTime(date, QTime(hour, minute), QTimeZone(kZone)).toUTC();
}

void retype(QSpinBox *box, int value)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, QString::number(value));
    QTest::keyClick(box, Qt::Key_Tab);
}

/// Picks a combo box's item with the arrow keys, from the top of the list down to the one whose text
/// starts with `text`.
void choose(QComboBox *box, const QString &text)
{
    REQUIRE(box != nullptr);
    const int index = box->findText(text, Qt::MatchStartsWith);
    REQUIRE(index >= 0);
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Home);
    for (int step = 0; step < index; ++step)
        QTest::keyClick(box, Qt::Key_Down);
    REQUIRE(box->currentIndex() == index);
}

void toggleCell(QTableWidget *table, int row, int column)
{
    table->setFocus();
    table->setCurrentCell(row, column);
    QTest::keyClick(table, Qt::Key_Space);
}

int rowNamed(QTableWidget *table, const QString &name)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == name)
            return row;
    }
    FAIL("no row " << name.toStdString());
    return -1;
}

void click(QAbstractButton *button)
{
    REQUIRE(button->isVisible());
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

/// Clicks `opener`, whose dialog runs in its own event loop (exec()), and fills that dialog from inside
/// its loop with `fill`, which ends by saving. A dialog still open after `fill` (its input refused) is
/// put away so the walk cannot hang; what it said is returned, empty when it closed as saved.
QString throughDialog(
    QAbstractButton *opener, const char *dialogName, const std::function<void(QDialog *)> &fill)
{
    QString outcome = QStringLiteral("the dialog %1 never showed").arg(QString::fromLatin1(dialogName));
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible() || dialog->objectName() != QString::fromLatin1(dialogName))
            return;
        poll.stop();
        fill(dialog);
        if (dialog->isVisible()) {
            const auto *problem = dialog->findChild<QLabel *>(QStringLiteral("problemText"));
            outcome = QStringLiteral("refused: %1").arg(problem ? problem->text() : QString());
            dialog->reject();
        } else {
            outcome.clear();
        }
    });
    poll.start();
    QTest::mouseClick(opener, Qt::LeftButton);
    return outcome;
}

/// The window with the workspace, as main() builds it after the wizard.
struct Desktop
{
    Desktop(Workspace &workspace, const User &admin)
        : window(workspace)
    {
        window.addStandardPages();
        window.resize(1360, 860);
        window.startSignedIn(admin);
        window.show();
        QApplication::setActiveWindow(&window);
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }

    /// Session ▸ Switch User (Ctrl+Shift+L), then the next user on the log-in screen.
    void switchTo(const QString &name, const QString &password)
    {
        QApplication::setActiveWindow(&window);
        QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
        QTest::keySequence(focus, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
        REQUIRE(window.session() == MainWindow::Session::SignedOut);
        auto *nameField = child<QLineEdit>(&window, "userNameField");
        nameField->setFocus();
        nameField->selectAll();
        QTest::keyClicks(nameField, name);
        QTest::keyClick(nameField, Qt::Key_Return);
        auto *passwordField = child<QLineEdit>(&window, "passwordField");
        REQUIRE(passwordField->hasFocus());
        QTest::keyClicks(passwordField, password);
        QTest::keyClick(passwordField, Qt::Key_Return);
        REQUIRE(window.session() == MainWindow::Session::SignedIn);
    }

    /// Session ▸ Log Out, for the night: no one is signed in while the clock moves on.
    void logOut()
    {
        window.logOut();
        REQUIRE(window.session() == MainWindow::Session::SignedOut);
    }

    void showPage(QWidget *page)
    {
        window.showPage(window.pages()->indexOf(page));
        REQUIRE(window.pages()->currentWidget() == page);
    }

    QString tabText(QWidget *page) const { return window.pages()->tabText(window.pages()->indexOf(page)); }

    /// At the desk: the patient found by name, chosen with Enter, and their date of birth confirmed.
    void identifyAtDesk(const QString &name, const QString &dateOfBirth)
    {
        showPage(window.desk());
        QApplication::setActiveWindow(&window);
        QTest::keySequence(&window, QKeySequence::Find);
        auto *search = child<QLineEdit>(window.desk(), "searchField");
        REQUIRE(search->hasFocus());
        search->selectAll();
        QTest::keyClicks(search, name);
        REQUIRE(QTest::qWaitFor([&] { return window.desk()->resultsModel()->count() == 1; }, 3000));
        QTest::keyClick(search, Qt::Key_Return);
        auto *dob = child<QLineEdit>(window.desk(), "dobField");
        REQUIRE(QTest::qWaitFor([&] { return dob->hasFocus(); }, 2000));
        QTest::keyClicks(dob, dateOfBirth);
        QTest::keyClick(dob, Qt::Key_Return);
        REQUIRE(QTest::qWaitFor([&] { return window.desk()->decision().has_value(); }, 2000));
    }

    QString banner() const { return window.desk()->decisionPanel()->banner()->text(); }

    MainWindow window;
};

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

QStringList usersOf(Store &store, AuditAction action)
{
    QStringList users;
    const QList<AuditEntry> entries = test::auditOf(store, action);
    for (const AuditEntry &entry : entries)
        users << entry.event.userName;
    return users;
}

} // namespace

TEST_CASE("A new center is set up, its patient registered, booked, prepared and checked in, all in the "
          "desktop, each step by its role")
{
    QElapsedTimer walk;
    walk.start();
    test::TempStore temp;
    FixedClock clock(local(kSetUpDay, 9, 0));
    Store &store = temp.store();

    // ---- The admin: the first run's wizard on the empty file ------------------------------------------
    REQUIRE(StartUp::prepare(store, clock, false) == StartUp::First::SetUp);
    Workspace workspace(store, clock);
    workspace.setWatchInterval(0);
    std::optional<User> admin;
    {
        SetupWizard wizard(workspace);
        wizard.show();
        QApplication::setActiveWindow(&wizard);
        REQUIRE(QTest::qWaitForWindowActive(&wizard));
        const auto next = [&](int expected) {
            QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
            INFO(wizard.problem().toStdString());
            REQUIRE(wizard.currentId() == expected);
        };

        REQUIRE(wizard.currentId() == SetupWizard::CenterPage);
        retype(child<QLineEdit>(&wizard, "centerNameField"), QStringLiteral("Lakeside Infusion"));
        auto *zone = child<QComboBox>(&wizard, "timeZoneField");
        retype(zone->lineEdit(), QString::fromLatin1(kZone));
        if (zone->completer() && zone->completer()->popup())
            zone->completer()->popup()->hide();
        retype(child<QLineEdit>(&wizard, "phoneField"), QStringLiteral("(312) 555-0100"));
        next(SetupWizard::HoursPage);

        retype(child<QLineEdit>(&wizard, "hours_wed"), QStringLiteral("07:00-19:00"));
        QTest::mouseClick(child<QCheckBox>(&wizard, "open_sat"), Qt::LeftButton, {}, QPoint(4, 4));
        retype(child<QLineEdit>(&wizard, "hours_sat"), QStringLiteral("08:00-13:00"));
        next(SetupWizard::ChairsPage);

        retype(child<QSpinBox>(&wizard, "chairCount"), 4);
        retype(child<QSpinBox>(&wizard, "suiteCount"), 1);
        REQUIRE(child<QTableWidget>(&wizard, "chairTable")->rowCount() == 5);
        next(SetupWizard::TherapiesPage);

        // The starter list's common four come ticked; natalizumab is added to them.
        auto *therapies = child<QTableWidget>(&wizard, "therapyTable");
        REQUIRE(therapies->item(rowNamed(therapies, QStringLiteral("infliximab")), 0)->checkState()
            == Qt::Checked);
        toggleCell(therapies, rowNamed(therapies, QStringLiteral("natalizumab")), 0);
        next(SetupWizard::PolicyPage);

        retype(child<QSpinBox>(&wizard, "graceMinutes"), 20);
        next(SetupWizard::AdminPage);

        retype(child<QLineEdit>(&wizard, "adminNameField"), QStringLiteral("lee"));
        QTest::keyClicks(child<QLineEdit>(&wizard, "adminPasswordField"), QStringLiteral("river-stone-7"));
        QTest::keyClicks(child<QLineEdit>(&wizard, "adminRepeatField"), QStringLiteral("river-stone-7"));
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        INFO(wizard.problem().toStdString());
        REQUIRE(wizard.result() == QDialog::Accepted);
        admin = wizard.admin();
    }
    REQUIRE(store.centers().size() == 1);
    const Center center = store.centers().first();
    REQUIRE(center.timeZoneId == kZone);
    REQUIRE(workspace.center().id == center.id);
    const auto infliximab = store.therapyByName(QStringLiteral("infliximab"));
    REQUIRE(infliximab.has_value());
    REQUIRE(store.therapies().size() == 5);

    Desktop desktop(workspace, *admin);
    MainWindow &window = desktop.window;
    REQUIRE(window.session() == MainWindow::Session::SignedIn);
    REQUIRE(workspace.user().name == QStringLiteral("lee"));

    // ---- The admin: Settings ▸ Center, the MRN pattern; Settings ▸ Users, a receptionist and a nurse -
    {
        auto *settingsAction = window.findChild<QAction *>(QStringLiteral("settingsAction"));
        REQUIRE(settingsAction->isVisible());
        settingsAction->trigger();
        auto *settings = window.findChild<SettingsDialog *>();
        REQUIRE(settings != nullptr);
        REQUIRE(QTest::qWaitForWindowExposed(settings));
        settings->tabs()->setCurrentIndex(SettingsDialog::CenterTab);
        retype(child<QLineEdit>(settings, "mrnPatternField"), QStringLiteral("LK-{0000}"));
        REQUIRE(settings->mrnPreview().endsWith(QStringLiteral("gets LK-0001.")));
        click(child<QPushButton>(settings, "saveCenterButton"));
        REQUIRE(settings->problem(SettingsDialog::CenterTab).isEmpty());
        settings->tabs()->setCurrentIndex(SettingsDialog::UsersTab);
        const auto addUser = [&](const QString &name, Role role, const QString &password) {
            retype(child<QLineEdit>(settings, "userNameField"), name);
            auto *roleBox = child<QComboBox>(settings, "userRoleField");
            choose(roleBox, roleName(role));
            REQUIRE(roleBox->currentData().toInt() == int(role));
            retype(child<QLineEdit>(settings, "userPasswordField"), password);
            retype(child<QLineEdit>(settings, "userRepeatField"), password);
            click(child<QPushButton>(settings, "addUserButton"));
            INFO(settings->problem(SettingsDialog::UsersTab).toStdString());
            REQUIRE(settings->problem(SettingsDialog::UsersTab).isEmpty());
        };
        addUser(QStringLiteral("rosa"), Role::Receptionist, QStringLiteral("front-desk-42"));
        addUser(QStringLiteral("nina"), Role::Nurse, QStringLiteral("compound-9-day"));
        REQUIRE(child<QTableWidget>(settings, "userList")->rowCount() == 3);
        settings->reject();
    }
    REQUIRE(store.accountByName(QStringLiteral("rosa"))->role == Role::Receptionist);
    REQUIRE(store.accountByName(QStringLiteral("nina"))->role == Role::Nurse);

    // ---- The receptionist: registration, order, coverage, eligibility, authorization -----------------
    desktop.switchTo(QStringLiteral("rosa"), QStringLiteral("front-desk-42"));
    REQUIRE(workspace.user().role == Role::Receptionist);
    REQUIRE(window.pharmacy() == nullptr); // the pharmacy's page is the nurses'
    {
        click(child<QPushButton>(window.desk(), "registerPatientButton"));
        auto *registration = window.findChild<RegistrationDialog *>();
        REQUIRE(registration != nullptr);
        REQUIRE(QTest::qWaitForWindowExposed(registration));
        PatientForm *form = registration->form();
        // The MRN is the center's next, by the pattern the admin set.
        click(child<QPushButton>(registration, "assignMrnButton"));
        REQUIRE(form->field(QStringLiteral("mrn"))->text() == QStringLiteral("LK-0001"));
        QTest::keyClicks(form->field(QStringLiteral("first")), QStringLiteral("Grace"));
        QTest::keyClicks(form->field(QStringLiteral("last")), QStringLiteral("Okonkwo"));
        QTest::keyClicks(form->field(QStringLiteral("dob")), QStringLiteral("7/22/1958"));
        QTest::keyClicks(form->field(QStringLiteral("phone")), QStringLiteral("312-555-0188"));
        QTest::keyClicks(form->field(QStringLiteral("email")), QStringLiteral("grace@example.org"));
        // Nobody like her is on file: no duplicate to weigh, registering is one click.
        REQUIRE(child<QTreeWidget>(registration, "duplicatesList")->isHidden());
        click(child<QPushButton>(registration, "registerButton"));
    }
    const auto patient = store.patientByMrn(QStringLiteral("LK-0001"));
    REQUIRE(patient.has_value());
    REQUIRE(patient->dateOfBirth == QDate(1958, 7, 22));

    // The registered patient's page opens at the orders.
    PatientWindow *record = patientWindow(window, patient->id);
    REQUIRE(record != nullptr);
    PatientPage *page = record->page();
    QString outcome
        = throughDialog(child<QPushButton>(page, "addOrderButton"), "orderDialog", [](QDialog *d) {
              choose(d->findChild<QComboBox *>(QStringLiteral("therapyField")), QStringLiteral("infliximab"));
              retype(
                  d->findChild<QLineEdit *>(QStringLiteral("prescriberField")), QStringLiteral("Dr. Mensah"));
              retype(d->findChild<QSpinBox *>(QStringLiteral("dosesField")), 8);
              QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
          });
    REQUIRE(outcome == QString());
    auto *orders = child<QTreeWidget>(page, "ordersList");
    REQUIRE(QTest::qWaitFor([&] { return orders->topLevelItemCount() == 1; }, 2000));
    REQUIRE(column(orders, 0, 0).startsWith(QStringLiteral("infliximab")));
    REQUIRE(column(orders, 0, 1) == QStringLiteral("Dr. Mensah"));

    outcome = throughDialog(child<QPushButton>(page, "addCoverageButton"), "coverageDialog", [](QDialog *d) {
        retype(d->findChild<QLineEdit *>(QStringLiteral("payerField")), QStringLiteral("Blue Lake Health"));
        retype(d->findChild<QLineEdit *>(QStringLiteral("memberField")), QStringLiteral("BLH-448812"));
        // Not checked with the payer yet: the desk calls, then records it below.
        retype(d->findChild<QLineEdit *>(QStringLiteral("verifiedField")), QStringLiteral("2026-06-01"));
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    });
    REQUIRE(outcome == QString());
    auto *coverage = child<QTreeWidget>(page, "coverageList");
    REQUIRE(QTest::qWaitFor([&] { return coverage->topLevelItemCount() == 1; }, 2000));
    REQUIRE(column(coverage, 0, 2) == QStringLiteral("2026-06-01"));
    click(child<QPushButton>(page, "verifiedNowButton"));
    REQUIRE(QTest::qWaitFor([&] { return column(coverage, 0, 3) == QStringLiteral("rosa"); }, 2000));
    REQUIRE(column(coverage, 0, 2) == QStringLiteral("2026-12-01"));

    // The authorization is asked for (pending), then the payer approves it with dates and visits.
    outcome = throughDialog(
        child<QPushButton>(page, "addAuthorizationButton"), "authorizationDialog", [](QDialog *d) {
            choose(d->findChild<QComboBox *>(QStringLiteral("therapyField")), QStringLiteral("infliximab"));
            choose(d->findChild<QComboBox *>(QStringLiteral("statusField")), QStringLiteral("pending"));
            retype(
                d->findChild<QLineEdit *>(QStringLiteral("payerField")), QStringLiteral("Blue Lake Health"));
            retype(d->findChild<QLineEdit *>(QStringLiteral("referenceField")), QStringLiteral("PA-77120"));
            QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        });
    REQUIRE(outcome == QString());
    auto *authorizations = child<QTreeWidget>(page, "authorizationsList");
    REQUIRE(QTest::qWaitFor([&] { return authorizations->topLevelItemCount() == 1; }, 2000));
    REQUIRE(column(authorizations, 0, 2) == QStringLiteral("pending"));
    authorizations->setFocus();
    authorizations->setCurrentItem(authorizations->topLevelItem(0));
    outcome = throughDialog(
        child<QPushButton>(page, "editAuthorizationButton"), "authorizationDialog", [](QDialog *d) {
            choose(d->findChild<QComboBox *>(QStringLiteral("statusField")), QStringLiteral("approved"));
            retype(d->findChild<QLineEdit *>(QStringLiteral("fromField")), QStringLiteral("2026-12-01"));
            retype(d->findChild<QLineEdit *>(QStringLiteral("toField")), QStringLiteral("2027-05-31"));
            retype(d->findChild<QSpinBox *>(QStringLiteral("visitsField")), 6);
            QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        });
    REQUIRE(outcome == QString());
    REQUIRE(
        QTest::qWaitFor([&] { return column(authorizations, 0, 2) == QStringLiteral("approved"); }, 2000));
    REQUIRE(column(authorizations, 0, 5) == QStringLiteral("6 of 6"));
    record->close();

    // ---- The receptionist books at the desk: the first slot tomorrow ---------------------------------
    desktop.identifyAtDesk(QStringLiteral("okonkwo"), QStringLiteral("7/22/1958"));
    REQUIRE(window.desk()->decision()->has(ReasonCode::NoAppointmentToday));
    QPushButton *book = child<QPushButton>(window.desk(), "bookButton");
    REQUIRE(window.desk()->decisionPanel()->primaryAction() == book);
    click(book);
    auto *booking = window.desk()->findChild<SlotDialog *>(QStringLiteral("bookDialog"));
    REQUIRE(booking != nullptr);
    REQUIRE(QTest::qWaitForWindowExposed(booking));
    REQUIRE(
        child<QComboBox>(booking, "therapyCombo")->currentText().startsWith(QStringLiteral("infliximab")));
    auto *from = child<QDateEdit>(booking, "lookFromDate");
    from->setFocus();
    from->setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClick(from, Qt::Key_Up); // tomorrow
    REQUIRE(from->date() == kSetUpDay.addDays(1));
    auto *slotView = child<QTreeView>(booking, "slotView");
    REQUIRE(QTest::qWaitFor([&] { return slotView->model()->rowCount() > 0; }, 3000));
    slotView->setFocus();
    slotView->setCurrentIndex(slotView->model()->index(0, 0));
    click(child<QPushButton>(booking, "confirmSlotButton"));
    REQUIRE(booking->booked().has_value());
    const Appointment booked = *booking->booked();
    click(child<QPushButton>(booking, "doneButton"));
    REQUIRE(QTest::qWaitFor([&] { return window.desk()->findChild<SlotDialog *>() == nullptr; }, 3000));
    // The earliest slot on Wednesday: 09:00, a full pharmacy's lead time after booking.
    INFO(booked.startUtc.toString(Qt::ISODate).toStdString());
    REQUIRE(booked.startUtc == local(kSetUpDay.addDays(1), 9, 0));
    REQUIRE(booked.therapyId == infliximab->id);
    REQUIRE(booked.status == AppointmentStatus::Booked);
    // Booked a pharmacy's lead time ahead, the dose is due now: the readiness queue lists the
    // appointment until it is prepared, and says so in words.
    ReadinessView *readiness = window.readiness();
    desktop.showPage(readiness);
    REQUIRE(QTest::qWaitFor([&] { return readiness->count() == 1; }, 3000));
    REQUIRE(desktop.tabText(readiness) == QStringLiteral("Readiness (1)"));
    {
        const int row = readiness->model()->rowOf(booked.id);
        REQUIRE(row == 0);
        QStringList rowText;
        for (int c = 0; c < readiness->model()->columnCount(); ++c)
            rowText << readiness->model()->index(row, c).data().toString();
        INFO(rowText.join(QStringLiteral(" | ")).toStdString());
        REQUIRE(rowText.contains(QStringLiteral("LK-0001")));
        REQUIRE(rowText.contains(QStringLiteral("Dose not prepared yet: waiting for the pharmacy")));
        REQUIRE(readiness->model()->index(row, 0).data(ReadinessModel::SectionRole).toString()
            == QStringLiteral("appointments"));
    }
    desktop.logOut();

    // ---- The afternoon before: the nurse prepares the dose on the pharmacy's page --------------------
    clock.set(local(kSetUpDay, 15, 0));
    desktop.switchTo(QStringLiteral("nina"), QStringLiteral("compound-9-day"));
    REQUIRE(workspace.user().role == Role::Nurse);
    REQUIRE(QTest::qWaitFor([&] { return readiness->count() == 1; }, 3000));
    PharmacyView *pharmacy = window.pharmacy();
    REQUIRE(pharmacy != nullptr);
    desktop.showPage(pharmacy);
    REQUIRE(pharmacy->date() == kSetUpDay.addDays(1)); // tomorrow, unless chosen
    REQUIRE(pharmacy->model()->rowCount() == 1);
    auto *doses = child<QTableView>(pharmacy, "doseTable");
    doses->setFocus();
    doses->selectRow(0);
    REQUIRE(pharmacy->selectedAppointment() == booked.id);
    click(child<QPushButton>(pharmacy, "markPreparedButton"));
    INFO(pharmacy->feedback().toStdString());
    REQUIRE(store.appointment(booked.id)->prep == PrepState::Ready);
    // Fixed: the row leaves the queue by itself, and the tab says so.
    REQUIRE(QTest::qWaitFor([&] { return readiness->count() == 0; }, 3000));
    REQUIRE(desktop.tabText(readiness) == QStringLiteral("Readiness"));
    desktop.logOut();

    // ---- On the day: the receptionist checks her in at the desk ------------------------------------
    clock.set(local(kSetUpDay.addDays(1), 8, 40));
    desktop.switchTo(QStringLiteral("rosa"), QStringLiteral("front-desk-42"));
    desktop.identifyAtDesk(QStringLiteral("grace okonkwo"), QStringLiteral("1958-07-22"));
    INFO(desktop.banner().toStdString());
    REQUIRE(desktop.banner().startsWith(QStringLiteral("ADMIT — ")));
    REQUIRE(child<QLabel>(window.desk(), "identityText")
                ->text()
                .startsWith(QStringLiteral("Name + date of birth ✓")));
    QPushButton *admit = child<QPushButton>(window.desk(), "admitButton");
    REQUIRE(admit->hasFocus());
    QTest::keyClick(admit, Qt::Key_Return);
    const auto checkedIn = store.appointment(booked.id);
    REQUIRE(checkedIn->status == AppointmentStatus::CheckedIn);
    REQUIRE(checkedIn->chairId == booked.chairId);

    // The roster shows her in her chair.
    RosterView *roster = window.roster();
    desktop.showPage(roster);
    REQUIRE(roster->date() == kSetUpDay.addDays(1));
    REQUIRE(QTest::qWaitFor([&] { return !roster->rosterWidget()->blockRect(booked.id).isEmpty(); }, 3000));

    // ---- The trail: each act by the one who did it ---------------------------------------------------
    const QString lee = QStringLiteral("lee");
    const QString rosa = QStringLiteral("rosa");
    const QString nina = QStringLiteral("nina");
    REQUIRE(usersOf(store, AuditAction::UserAdded) == QStringList {lee, lee, lee}); // lee, rosa, nina
    REQUIRE(usersOf(store, AuditAction::SetupChanged).contains(lee)); // the MRN pattern
    REQUIRE(usersOf(store, AuditAction::SetupChanged).count(lee)
        == usersOf(store, AuditAction::SetupChanged).size());
    REQUIRE(usersOf(store, AuditAction::PatientAdded) == QStringList {rosa});
    REQUIRE(usersOf(store, AuditAction::OrderAdded) == QStringList {rosa});
    REQUIRE(usersOf(store, AuditAction::CoverageAdded) == QStringList {rosa});
    REQUIRE(usersOf(store, AuditAction::EligibilityVerified) == QStringList {rosa});
    REQUIRE(usersOf(store, AuditAction::AuthorizationAdded) == QStringList {rosa});
    REQUIRE(usersOf(store, AuditAction::AuthorizationChanged) == QStringList {rosa});
    REQUIRE(usersOf(store, AuditAction::Booked) == QStringList {rosa});
    REQUIRE(usersOf(store, AuditAction::DosePrepared) == QStringList {nina});
    REQUIRE(usersOf(store, AuditAction::Admitted) == QStringList {rosa});
    const QList<StatusChange> history = store.history(booked.id);
    REQUIRE(history.last().user == rosa);
    WARN("walked the front office in " << walk.elapsed() << " ms");
}
