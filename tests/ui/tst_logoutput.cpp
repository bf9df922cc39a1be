// The program's own log output names no patient: a whole desk session (log-in, search, a record
// opened, a refusal, a check-in, the arrivals and the roster, the lock) runs with every message
// captured, and none holds a fixture patient's name or date of birth in any common format.

// Failed checks print the text.
#include "catchqstring.h"
#include "day/appointmentdetailsdialog.h"
#include "day/rosterview.h"
#include "desk/deskview.h"
#include "desk/patientresultsmodel.h"
#include "session/loginscreen.h"
#include "sessionharness.h"

#include <QApplication>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QMutex>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace chairside;

namespace {

QMutex g_mutex;
QStringList g_messages;
QtMessageHandler g_previous = nullptr;
bool g_forward = true; ///< off for the self-check, whose planted names need not reach the test log

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker lock(&g_mutex);
        g_messages << QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ')
                + message;
    }
    if (g_previous && g_forward)
        g_previous(type, context, message);
}

/// Captures every message while it lives.
struct Capture
{
    Capture()
    {
        const QMutexLocker lock(&g_mutex);
        g_messages.clear();
        g_previous = qInstallMessageHandler(capture);
    }
    ~Capture() { qInstallMessageHandler(g_previous); }
    QStringList messages() const
    {
        const QMutexLocker lock(&g_mutex);
        return g_messages;
    }
};

/// How a name or a date of birth may be written: the words, and the date in the forms people and
/// programs print it.
QStringList tellTales(const Patient &patient)
{
    QStringList forms = {patient.firstName, patient.lastName};
    const QDate d = patient.dateOfBirth;
    for (const char *format : {"yyyy-MM-dd", "MM/dd/yyyy", "M/d/yyyy", "dd/MM/yyyy", "d/M/yyyy", "dd.MM.yyyy",
             "d.M.yyyy", "yyyyMMdd", "d MMMM yyyy", "MMMM d, yyyy", "MMM d yyyy", "d MMM yyyy", "MM/dd/yy"})
        forms << QLocale::c().toString(d, QString::fromLatin1(format));
    forms << d.toString(Qt::ISODate) << d.toString(Qt::TextDate)
          << QLocale().toString(d, QLocale::ShortFormat) << QLocale().toString(d, QLocale::LongFormat);
    forms.removeDuplicates();
    return forms;
}

/// The messages that give away a patient, with what gave them away.
QStringList leaks(const QStringList &messages, const QList<Patient> &patients)
{
    QStringList found;
    for (const Patient &patient : patients) {
        const QStringList forms = tellTales(patient);
        for (const QString &message : messages) {
            for (const QString &form : forms) {
                if (message.contains(form, Qt::CaseInsensitive))
                    found << QStringLiteral("%1 (holds \"%2\")").arg(message, form);
            }
        }
    }
    return found;
}

} // namespace

TEST_CASE("The log names no patient and gives no date of birth through a whole desk session")
{
    chairside::test::SessionHarness s;
    chairside::test::Fixture &f = s.f;
    const QDate today(2026, 12, 1);
    const Patient walkIn = f.addReadyPatient(QStringLiteral("M0002"), QStringLiteral("Theodora"),
        QStringLiteral("Quill"), QDate(1975, 11, 23), f.ivig);
    const qint64 booked = f.book(f.maria, f.infliximab, today, 8, 10);
    f.store.setPrep(booked, PrepState::Ready, f.local(today, 6));

    Capture capture;
    // Everything Chairside itself may say, debug included.
    QLoggingCategory::setFilterRules(QStringLiteral("chairside.*=true"));

    s.logIn(QStringLiteral("desk"), QStringLiteral("a wrong password"));
    s.logIn(QStringLiteral("desk"));
    REQUIRE(s.window->session() == MainWindow::Session::SignedIn);
    DeskView *desk = s.window->desk();
    auto *search = desk->findChild<QLineEdit *>(QStringLiteral("searchField"));
    auto *dob = desk->findChild<QLineEdit *>(QStringLiteral("dobField"));

    // A walk-in, refused: no appointment today.
    desk->focusSearch();
    QTest::keyClicks(search, QStringLiteral("quill"));
    REQUIRE(QTest::qWaitFor([&] { return desk->resultsModel()->count() > 0; }, 2000));
    QTest::keyClick(search, Qt::Key_Return);
    QTest::keyClicks(dob, QStringLiteral("11/23/1975"));
    QTest::keyClick(dob, Qt::Key_Return);
    REQUIRE(desk->decision().has_value());
    REQUIRE(desk->decision()->has(ReasonCode::NoAppointmentToday));

    // Maria: a wrong date of birth first, then the right one and the admission.
    desk->focusSearch();
    QTest::keyClicks(search, QStringLiteral("alvarez maria"));
    REQUIRE(QTest::qWaitFor([&] { return desk->resultsModel()->count() > 0; }, 2000));
    QTest::keyClick(search, Qt::Key_Return);
    QTest::keyClicks(dob, QStringLiteral("03/05/1961"));
    QTest::keyClick(dob, Qt::Key_Return);
    dob->selectAll();
    QTest::keyClicks(dob, QStringLiteral("1961-03-04"));
    QTest::keyClick(dob, Qt::Key_Return);
    REQUIRE(desk->decision()->outcome == Outcome::Admit);
    desk->findChild<QPushButton *>(QStringLiteral("admitButton"))->click();
    REQUIRE(f.store.appointment(booked)->status == AppointmentStatus::CheckedIn);

    // The arrivals and the roster, reloaded; the lock and back.
    s.press(QKeySequence(Qt::CTRL | Qt::Key_2));
    s.press(QKeySequence::Refresh);
    s.press(QKeySequence(Qt::CTRL | Qt::Key_3));
    s.press(QKeySequence::Refresh);
    REQUIRE(s.window->pages()->currentWidget() == qobject_cast<QWidget *>(s.window->roster()));
    s.window->lockNow();
    QTest::keyClicks(s.field("unlockPasswordField"), QString::fromLatin1(chairside::test::kPassword));
    QTest::keyClick(s.field("unlockPasswordField"), Qt::Key_Return);
    REQUIRE(s.window->session() == MainWindow::Session::SignedIn);
    s.window->logOut();
    REQUIRE(QTest::qWaitFor([&] {
        return s.window->session() == MainWindow::Session::SignedOut
            && s.window->loginScreen()->isVisibleTo(s.window.get());
    }));
    // What the session's end left to run later (closed pages, dialogs) runs now, inside the capture.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();

    QLoggingCategory::setFilterRules(QString());
    const QList<Patient> patients = {f.maria, walkIn};
    const QStringList messages = capture.messages();
    INFO(messages.join(QLatin1Char('\n')).toStdString());
    REQUIRE(leaks(messages, patients).isEmpty());

    // The scan finds what it looks for: a planted message in each form is caught.
    g_forward = false;
    for (const QString &form : tellTales(f.maria)) {
        qWarning("checking in %s", qUtf8Printable(form));
        REQUIRE_FALSE(leaks(capture.messages(), patients).isEmpty());
        const QMutexLocker lock(&g_mutex);
        g_messages.clear();
    }
    g_forward = true;
}
