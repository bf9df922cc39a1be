// The desktop when the disk fails under it: a full disk, a file system that stops taking writes, a
// database file it may only read. The real main window, signed in and driven from the keyboard; every
// failure ends in a message in the window, which stays up, and nothing is shown as done.

#include "catchqstring.h"
#include "desk/deskview.h"
#include "faultvfs.h"
#include "session/loginscreen.h"
#include "sessionharness.h"
#include "store/store.h"
#include "widgetlookup.h"
#include "window/mainwindow.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>

#include <catch2/catch.hpp>

using namespace chairside;
using test::FaultVfs;
using test::SessionHarness;

namespace {

const QDate kToday(2026, 12, 1);

/// Maria's 10:00 infusion with its dose ready; the clock at 09:50.
qint64 bookMaria(SessionHarness &s)
{
    const qint64 id = s.f.book(s.f.maria, s.f.infliximab, kToday, 10, 0, &s.f.chairs[0]);
    s.f.store.setPrep(id, PrepState::Ready, s.f.local(kToday, 7, 0));
    s.f.clock.set(s.f.local(kToday, 9, 50));
    return id;
}

/// Signed in at the desk with Maria identified: the admit button has the focus.
QPushButton *readyToAdmit(SessionHarness &s)
{
    s.logIn(QStringLiteral("desk"));
    REQUIRE(s.window->session() == MainWindow::Session::SignedIn);
    s.openMaria();
    auto *dob = s.field("dobField");
    REQUIRE(QTest::qWaitFor([&] { return dob->hasFocus(); }, 2000));
    QTest::keyClicks(dob, QStringLiteral("03/04/1961"));
    QTest::keyClick(dob, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return s.window->desk()->decision().has_value(); }, 2000));
    REQUIRE(s.window->desk()->decision()->outcome == Outcome::Admit);
    auto *admit = test::child<QPushButton>(s.window->desk(), "admitButton");
    REQUIRE(QTest::qWaitFor([&] { return admit->hasFocus(); }, 2000));
    return admit;
}

/// The error box the window shows now, if any.
QMessageBox *errorNotice(QWidget *window)
{
    auto *box = window->findChild<QMessageBox *>(QStringLiteral("errorNotice"));
    return box && box->isVisible() ? box : nullptr;
}

/// The window shows the failure, stays up, and admitted nobody; once the disk works again, the same
/// keys admit the patient. Returns the words the window said.
QString failedAdmission(SessionHarness &s, qint64 id, QPushButton *admit)
{
    QTest::keyClick(admit, Qt::Key_Return);
    FaultVfs::disarm();
    REQUIRE(FaultVfs::injected() >= 1);

    REQUIRE(QTest::qWaitFor([&] { return errorNotice(s.window.get()) != nullptr; }, 3000));
    QMessageBox *box = errorNotice(s.window.get());
    CHECK(box->text() == QStringLiteral("The patient was not admitted"));
    QString said = box->informativeText();
    CHECK_FALSE(said.contains(QLatin1String("failed:")));
    REQUIRE(s.window->isVisible());
    REQUIRE(s.window->session() == MainWindow::Session::SignedIn);
    REQUIRE(s.f.store.appointment(id)->status == AppointmentStatus::Booked);
    REQUIRE(s.f.store.checkInDecisions(id).isEmpty());

    // Dismissed with Enter, the desk carries on: the same keys admit once the disk works again.
    QTest::keyClick(box, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return errorNotice(s.window.get()) == nullptr; }, 2000));
    REQUIRE(s.window->desk()->decision().has_value());
    REQUIRE(QTest::qWaitFor([&] { return admit->isVisible() && admit->isEnabled(); }, 2000));
    QTest::keyClick(admit, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor(
        [&] { return s.f.store.appointment(id)->status == AppointmentStatus::CheckedIn; }, 2000));
    return said;
}

} // namespace

TEST_CASE(
    "A full disk at the desk: the admission fails with a message in the window, which stays up", "[sqlite]")
{
    FaultVfs::install();
    SessionHarness s;
    const qint64 id = bookMaria(s);
    QPushButton *admit = readyToAdmit(s);

    FaultVfs::reset();
    FaultVfs::arm(FaultVfs::Fault::DiskFull, 1, true);
    const QString said = failedAdmission(s, id, admit);
    INFO("the message: " << said.toStdString());
    CHECK(said.contains(QStringLiteral("disk that holds the database is full")));
    CHECK(s.f.store.appointment(id)->status == AppointmentStatus::CheckedIn);
}

TEST_CASE(
    "The file system stops taking writes under the desk: a message, and the window stays up", "[sqlite]")
{
    FaultVfs::install();
    SessionHarness s;
    const qint64 id = bookMaria(s);
    QPushButton *admit = readyToAdmit(s);

    // A disk remounted read-only or failing: every write from now on returns an error.
    FaultVfs::reset();
    FaultVfs::arm(FaultVfs::Fault::WriteError, 1, true);
    const QString said = failedAdmission(s, id, admit);
    INFO("the message: " << said.toStdString());
    CHECK(said.contains(QStringLiteral("disk that holds the database reported an error")));
    CHECK(s.f.store.appointment(id)->status == AppointmentStatus::CheckedIn);
}

TEST_CASE("Logging out on a full disk signs the user out and says the log-out was not recorded", "[sqlite]")
{
    FaultVfs::install();
    SessionHarness s;
    s.logIn(QStringLiteral("desk"));
    REQUIRE(s.window->session() == MainWindow::Session::SignedIn);

    FaultVfs::reset();
    FaultVfs::arm(FaultVfs::Fault::DiskFull, 1, true);
    s.window->logOut();
    FaultVfs::disarm();
    REQUIRE(FaultVfs::injected() >= 1);
    REQUIRE(s.window->isVisible());
    // Security comes first: signed out all the same, and told why the trail lacks the log-out.
    REQUIRE(s.window->session() == MainWindow::Session::SignedOut);
    REQUIRE(s.window->statusBar()->currentMessage().contains(
        QLatin1String("disk that holds the database is full")));
}

TEST_CASE("The desktop on a database file it may only read: signing in says so in the window", "[sqlite]")
{
    FaultVfs::install();
    test::Fixture f;
    f.clock.set(f.local(kToday, 9, 50));

    // Another desk has the file open for writing; this one may only read it.
    FaultVfs::setReadOnly(true);
    std::unique_ptr<Store> readOnly;
    try {
        readOnly = std::make_unique<Store>(f.temp.path());
    } catch (...) {
        FaultVfs::setReadOnly(false);
        throw;
    }
    FaultVfs::setReadOnly(false);

    Workspace workspace(*readOnly, f.clock);
    workspace.setWatchInterval(0);
    workspace.setCenter(f.center);
    MainWindow window(workspace);
    window.addStandardPages();
    window.resize(1360, 860);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));

    REQUIRE(window.session() == MainWindow::Session::SignedOut);
    QLineEdit *name = test::child<QLineEdit>(&window, "userNameField");
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("desk"));
    QTest::keyClick(name, Qt::Key_Return);
    QLineEdit *password = test::child<QLineEdit>(&window, "passwordField");
    REQUIRE(password->hasFocus());
    QTest::keyClicks(password, QString::fromLatin1(test::kPassword));
    QTest::keyClick(password, Qt::Key_Return);

    const QString shown = window.loginScreen()->errorText();
    INFO("the log-in screen says: " << shown.toStdString());
    REQUIRE(shown.contains(QLatin1String("read-only")));
    REQUIRE(window.isVisible());
    REQUIRE(window.session() == MainWindow::Session::SignedOut);
    window.close();
}
