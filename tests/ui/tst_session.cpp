// Who is at the keyboard: the window opens on the log-in screen, a first run asks for the admin, the
// demo's passwords show only on a demo database, an idle desk locks itself (on an injected clock), and
// switching user leaves nothing of the last one's patients behind.

// Failed checks print the text.
#include "audit/auditevent.h"
#include "audit/auditview.h"
#include "auth/accountservice.h"
#include "catchqstring.h"
#include "common/error.h"
#include "day/appointmentdetailsdialog.h"
#include "day/rosterview.h"
#include "demo/demogenerator.h"
#include "desk/deskview.h"
#include "desk/patientcard.h"
#include "interfaces/interfacesview.h"
#include "pharmacy/pharmacyview.h"
#include "reports/reportsview.h"
#include "session/firstadminform.h"
#include "session/idlewatcher.h"
#include "session/lockscreen.h"
#include "session/loginscreen.h"
#include "sessionharness.h"
#include "store/store.h"
#include "tempstore.h"
#include "widgets/errornotice.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace chairside;
using chairside::test::SessionHarness;

namespace {

const QString kPassword = QString::fromLatin1(chairside::test::kPassword);

qint64 countOf(Store &store, AuditAction action)
{
    AuditFilter filter;
    filter.action = action;
    return store.auditEntries(filter).size();
}

} // namespace

TEST_CASE("The program opens on the log-in screen and a wrong password shows why and stays there")
{
    SessionHarness s;
    REQUIRE(s.window->session() == MainWindow::Session::SignedOut);
    REQUIRE(s.window->loginScreen()->isVisible());
    REQUIRE_FALSE(s.window->pages()->isVisible());
    REQUIRE(s.field("userNameField")->hasFocus());
    REQUIRE_FALSE(s.window->loginScreen()->isDemoPanelShown()); // not a demo database

    // The words are the service's own: the same for an unknown name and a wrong password.
    QString refusal;
    try {
        AccountService(s.f.store, s.f.clock).logIn(QStringLiteral("desk"), QStringLiteral("not-it"));
    } catch (const Error &error) {
        refusal = error.message();
    }
    REQUIRE_FALSE(refusal.isEmpty());

    s.logIn(QStringLiteral("desk"), QStringLiteral("also-not-it"));
    REQUIRE(s.window->session() == MainWindow::Session::SignedOut);
    REQUIRE(s.window->loginScreen()->errorText() == refusal);
    REQUIRE(s.field("passwordField")->text().isEmpty());
    REQUIRE(s.field("passwordField")->hasFocus());
    REQUIRE(s.workspace.user().name.isEmpty());
    REQUIRE(countOf(s.f.store, AuditAction::LogInFailed) == 2);
}

TEST_CASE("The right password opens the desk for a receptionist: no Override, no audit page")
{
    SessionHarness s;
    const QDate today(2026, 12, 1);
    s.f.book(s.f.maria, s.f.infliximab, today, 8);
    s.f.clock.set(s.f.local(today, 8, 40)); // 40 minutes late: past the grace period
    s.logIn(QStringLiteral("desk"));
    REQUIRE(s.window->session() == MainWindow::Session::SignedIn);
    REQUIRE(s.workspace.user().name == QStringLiteral("desk"));
    REQUIRE(s.window->pages()->isVisible());
    REQUIRE(s.window->pages()->currentWidget() == s.window->desk());
    REQUIRE(s.window->pages()->count() == 5); // desk, arrivals, roster, readiness, calls
    REQUIRE(s.window->audit() == nullptr);
    REQUIRE(countOf(s.f.store, AuditAction::LogIn) == 1);

    s.openMaria();
    auto *dob = s.field("dobField");
    QTest::keyClicks(dob, QStringLiteral("03/04/1961"));
    QTest::keyClick(dob, Qt::Key_Return);
    REQUIRE(s.window->desk()->decision().has_value());
    REQUIRE(s.window->desk()->decision()->has(ReasonCode::LateBeyondGrace));
    REQUIRE(s.window->findChild<QPushButton *>(QStringLiteral("overrideButton"))->isHidden());

    // Ctrl+6 and Ctrl+7 (the pharmacy's day and the audit page) go nowhere for a receptionist.
    s.press(QKeySequence(Qt::CTRL | Qt::Key_6));
    REQUIRE(s.window->pages()->currentWidget() == s.window->desk());
    s.press(QKeySequence(Qt::CTRL | Qt::Key_7));
    REQUIRE(s.window->pages()->currentWidget() == s.window->desk());
}

TEST_CASE("A nurse lands on the roster and an admin gets the audit page on Ctrl+7")
{
    SECTION("nurse")
    {
        SessionHarness s;
        s.logIn(QStringLiteral("nurse"));
        REQUIRE(s.window->pages()->currentWidget() == s.window->roster());
        REQUIRE(s.window->audit() == nullptr);
        REQUIRE(s.window->interfaces() == nullptr);
    }
    SECTION("admin")
    {
        SessionHarness s;
        s.logIn(QStringLiteral("admin"));
        REQUIRE(s.window->pages()->currentWidget() == s.window->desk());
        REQUIRE(s.window->audit() != nullptr);
        // the readiness queue, the calls, the pharmacy's day, the audit, the interfaces, the reports
        REQUIRE(s.window->pages()->count() == 9);
        s.press(QKeySequence(Qt::CTRL | Qt::Key_7));
        REQUIRE(s.window->pages()->currentWidget() == s.window->audit());
        s.press(QKeySequence(Qt::CTRL | Qt::Key_8));
        REQUIRE(s.window->pages()->currentWidget() == s.window->interfaces());
        s.press(QKeySequence(Qt::CTRL | Qt::Key_9));
        REQUIRE(s.window->pages()->currentWidget() == s.window->reports());
        s.press(QKeySequence(Qt::CTRL | Qt::Key_6));
        REQUIRE(s.window->pages()->currentWidget() == s.window->pharmacy());
    }
}

TEST_CASE("Caps Lock is hinted when a letter's case disagrees with Shift")
{
    SessionHarness s;
    auto *hint = s.window->findChild<QLabel *>(QStringLiteral("capsLockHint"));
    QLineEdit *password = s.field("passwordField");
    password->setFocus();
    QTest::keyClick(password, Qt::Key_A, Qt::NoModifier);
    // What Caps Lock sends: "a" as a capital without Shift.
    QKeyEvent capital(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("A"));
    QApplication::sendEvent(password, &capital);
    REQUIRE(hint->isVisible());
    QKeyEvent small(QEvent::KeyPress, Qt::Key_B, Qt::NoModifier, QStringLiteral("b"));
    QApplication::sendEvent(password, &small);
    REQUIRE_FALSE(hint->isVisible());
}

TEST_CASE("The demo's users and passwords show on a demo database, and sign in")
{
    chairside::test::TempStore temp;
    FixedClock clock(QDateTime(QDate(2026, 12, 1), QTime(17, 0), QTimeZone("America/New_York")));
    DemoGenerator::Options options;
    options.date = QDate(2026, 12, 2);
    DemoGenerator(temp.store(), clock).generate(options);
    AccountService accounts(temp.store(), clock);
    REQUIRE(accounts.isDemo());
    const auto credentials = accounts.demoCredentials();
    REQUIRE_FALSE(credentials.isEmpty());

    Workspace workspace(temp.store(), clock);
    workspace.setWatchInterval(0);
    workspace.setCenter(temp->centers().first());
    MainWindow window(workspace);
    window.addStandardPages();
    window.resize(1360, 860);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.session() == MainWindow::Session::SignedOut);
    LoginScreen *login = window.loginScreen();
    REQUIRE(login->isDemoPanelShown());
    auto *panel = login->findChild<QWidget *>(QStringLiteral("demoPanel"));
    QStringList shown;
    for (const QLabel *label : panel->findChildren<QLabel *>())
        shown << label->text();
    for (const auto &credential : credentials) {
        REQUIRE(shown.contains(credential.userName));
        REQUIRE(shown.contains(credential.password));
    }

    // "Use" fills the form in; Enter signs in.
    const auto &first = credentials.first();
    auto *use = panel->findChild<QPushButton *>(QStringLiteral("useDemo_%1").arg(first.userName));
    REQUIRE(use != nullptr);
    use->click();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    REQUIRE(window.session() == MainWindow::Session::SignedIn);
    REQUIRE(workspace.user().name == first.userName);
    window.close();
}

TEST_CASE("A first run on a new database asks for the first admin and signs them in")
{
    chairside::test::TempStore temp;
    FixedClock clock(QDateTime(QDate(2026, 12, 1), QTime(8, 0), QTimeZone("America/New_York")));
    Workspace workspace(temp.store(), clock);
    workspace.setWatchInterval(0);
    MainWindow window(workspace);
    window.addStandardPages();
    window.resize(1360, 860);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.session() == MainWindow::Session::FirstAdmin);
    FirstAdminForm *form = window.firstAdminForm();
    REQUIRE(form->isVisible());
    REQUIRE_FALSE(window.loginScreen()->isVisible());
    auto *hint = form->findChild<QLabel *>(QStringLiteral("lengthHint"));
    REQUIRE(hint->text().contains(QString::number(AccountService::kMinimumPasswordLength)));

    auto *name = form->findChild<QLineEdit *>(QStringLiteral("adminNameField"));
    auto *password = form->findChild<QLineEdit *>(QStringLiteral("adminPasswordField"));
    auto *repeat = form->findChild<QLineEdit *>(QStringLiteral("adminRepeatField"));
    REQUIRE(name->text() == QStringLiteral("admin"));

    // Two passwords that differ: said, and nothing created.
    QTest::keyClicks(password, QStringLiteral("correct horse"));
    QTest::keyClicks(repeat, QStringLiteral("correct hose"));
    QTest::keyClick(repeat, Qt::Key_Return);
    REQUIRE(form->errorText().contains(QStringLiteral("differ")));
    REQUIRE(window.session() == MainWindow::Session::FirstAdmin);

    // Too short: the service's words.
    password->clear();
    QTest::keyClicks(password, QStringLiteral("short"));
    REQUIRE(hint->text().contains(QStringLiteral("3 more")));
    QTest::keyClicks(repeat, QStringLiteral("short"));
    QTest::keyClick(repeat, Qt::Key_Return);
    REQUIRE_FALSE(form->errorText().isEmpty());
    REQUIRE(window.session() == MainWindow::Session::FirstAdmin);
    REQUIRE(AccountService(temp.store(), clock).needsFirstAdmin());

    password->clear();
    repeat->clear();
    QTest::keyClicks(password, QStringLiteral("correct horse"));
    QTest::keyClicks(repeat, QStringLiteral("correct horse"));
    QTest::keyClick(repeat, Qt::Key_Return);
    INFO(form->errorText().toStdString());
    REQUIRE(form->errorText().isEmpty());
    REQUIRE_FALSE(AccountService(temp.store(), clock).needsFirstAdmin());
    // The password was just typed twice: the new admin is signed in, not asked for it a third time.
    REQUIRE(window.session() == MainWindow::Session::SignedIn);
    REQUIRE(workspace.user().name == QStringLiteral("admin"));
    REQUIRE(workspace.user().role == Role::Admin);
    REQUIRE_FALSE(window.loginScreen()->isVisible());
    REQUIRE(password->text().isEmpty());
    REQUIRE(repeat->text().isEmpty());
    // The session starts in the audit trail as any other does.
    AuditFilter logIns;
    logIns.action = AuditAction::LogIn;
    const QList<AuditEntry> entries = temp.store().auditEntries(logIns);
    REQUIRE(entries.size() == 1);
    REQUIRE(entries.first().event.userName == QStringLiteral("admin"));
    window.close();
}

TEST_CASE("Left idle for the policy's minutes, the window locks and hides every patient detail")
{
    SessionHarness s;
    s.logIn(QStringLiteral("desk"));
    s.openMaria();
    REQUIRE(s.showsMaria()); // the check below can fail

    SECTION("five minutes by default, on the injected clock, and not a second before")
    {
        IdleWatcher *idle = s.window->idleWatcher();
        REQUIRE(idle->idleMinutes() == 5);
        s.f.clock.advanceSeconds(5 * 60 - 1);
        idle->check();
        REQUIRE(s.window->session() == MainWindow::Session::SignedIn);

        // Input starts the count again.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Shift);
        s.f.clock.advanceSeconds(2 * 60);
        idle->check();
        REQUIRE(s.window->session() == MainWindow::Session::SignedIn);

        s.f.clock.advanceSeconds(3 * 60);
        // The watcher's own timer notices; no test calls needed.
        idle->setCheckInterval(10);
        REQUIRE(QTest::qWaitFor([&] { return s.window->session() == MainWindow::Session::Locked; }, 3000));
    }
    SECTION("the organization's policy sets the time")
    {
        SecurityPolicy policy = AccountService(s.f.store, s.f.clock).policy();
        policy.idleLockMinutes = 2;
        AccountService(s.f.store, s.f.clock)
            .setPolicy(*s.f.store.userByName(QStringLiteral("admin")), policy);
        s.window->lockNow();
        REQUIRE(s.window->session() == MainWindow::Session::Locked);
        QTest::keyClicks(s.field("unlockPasswordField"), kPassword);
        QTest::keyClick(s.field("unlockPasswordField"), Qt::Key_Return);
        REQUIRE(s.window->session() == MainWindow::Session::SignedIn);
        REQUIRE(s.window->idleWatcher()->idleMinutes() == 2);
        s.f.clock.advanceSeconds(119);
        s.window->idleWatcher()->check();
        REQUIRE(s.window->session() == MainWindow::Session::SignedIn);
        s.f.clock.advanceSeconds(1);
        s.window->idleWatcher()->check();
    }

    REQUIRE(s.window->session() == MainWindow::Session::Locked);
    REQUIRE(s.window->lockScreen()->isVisible());
    REQUIRE_FALSE(s.window->pages()->isVisible());
    REQUIRE_FALSE(s.showsMaria());
    const QString said = s.visibleTexts().join(QLatin1Char('\n'));
    REQUIRE(said.contains(QStringLiteral("desk (Receptionist) is signed in")));
    REQUIRE(said.contains(QStringLiteral("Locked at")));
    REQUIRE(countOf(s.f.store, AuditAction::SessionLocked) >= 1);
    // Nothing reaches the pages while locked: Ctrl+F finds no search field.
    s.press(QKeySequence::Find);
    REQUIRE_FALSE(s.window->pages()->isVisible());
}

TEST_CASE("Unlocking takes the same user's password and comes back to the same page")
{
    SessionHarness s;
    s.logIn(QStringLiteral("desk"));
    s.openMaria();
    auto *shownDialog = new QMessageBox(QMessageBox::Information, QStringLiteral("Maria Alvarez"),
        QStringLiteral("About Maria Alvarez"), QMessageBox::Ok, s.window->desk());
    shownDialog->setAttribute(Qt::WA_DeleteOnClose);
    shownDialog->open();
    REQUIRE(QTest::qWaitForWindowExposed(shownDialog));

    s.press(QKeySequence(Qt::CTRL | Qt::Key_L));
    REQUIRE(s.window->session() == MainWindow::Session::Locked);
    REQUIRE_FALSE(shownDialog->isVisible()); // a dialog naming the patient goes too
    REQUIRE_FALSE(s.showsMaria());
    QLineEdit *password = s.field("unlockPasswordField");
    // The window takes the focus back from the hidden box as the platform activates it.
    REQUIRE(QTest::qWaitFor([&] { return password->hasFocus(); }, 2000));

    QTest::keyClicks(password, QStringLiteral("wrong one"));
    QTest::keyClick(password, Qt::Key_Return);
    REQUIRE(s.window->session() == MainWindow::Session::Locked);
    REQUIRE_FALSE(s.window->lockScreen()->errorText().isEmpty());
    REQUIRE_FALSE(s.showsMaria());

    QTest::keyClicks(password, kPassword);
    QTest::keyClick(password, Qt::Key_Return);
    REQUIRE(s.window->session() == MainWindow::Session::SignedIn);
    REQUIRE(s.workspace.user().name == QStringLiteral("desk"));
    REQUIRE(s.window->pages()->currentWidget() == s.window->desk());
    REQUIRE(s.window->desk()->findChild<PatientCard *>()->isVisible());
    REQUIRE(s.window->desk()->findChild<PatientCard *>()->patient().id == s.f.maria.id);
    REQUIRE(shownDialog->isVisible());
    shownDialog->close();
}

TEST_CASE("Switch user signs the user out and leaves nothing of their patient for the next")
{
    SessionHarness s;
    s.logIn(QStringLiteral("desk"));
    s.openMaria();

    SECTION("from the menu's shortcut")
    {
        s.press(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    }
    SECTION("from the lock screen")
    {
        s.window->lockNow();
        s.window->findChild<QPushButton *>(QStringLiteral("switchUserButton"))->click();
    }

    REQUIRE(s.window->session() == MainWindow::Session::SignedOut);
    REQUIRE(s.window->loginScreen()->isVisible());
    REQUIRE(s.workspace.user().name.isEmpty());
    REQUIRE_FALSE(s.showsMaria());
    REQUIRE(countOf(s.f.store, AuditAction::LogOut) == 1);

    s.logIn(QStringLiteral("admin"));
    REQUIRE(s.window->session() == MainWindow::Session::SignedIn);
    REQUIRE(s.workspace.user().name == QStringLiteral("admin"));
    REQUIRE(s.window->pages()->currentWidget() == s.window->desk());
    INFO(s.visibleTexts().join(QStringLiteral(" | ")).toStdString());
    REQUIRE_FALSE(s.showsMaria()); // the desk starts clean for the next user
}
