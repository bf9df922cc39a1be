// The audit trail at the desk and for the admin: opening a patient's record is recorded once per
// opening; the admin's audit page narrows the trail by patient, user, day, action and emergency,
// exports it as CSV and verifies the chain.

// Failed checks print the text.
#include "audit/auditentrymodel.h"
#include "audit/auditview.h"
#include "catchqstring.h"
#include "deskharness.h"
#include "sessionharness.h"
#include "store/store.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <catch2/catch.hpp>

using namespace chairside;

namespace {

const QDate kToday(2026, 12, 1);

QList<AuditEntry> opened(Store &store)
{
    AuditFilter filter;
    filter.action = AuditAction::PatientOpened;
    return store.auditEntries(filter);
}

void record(Store &store, const QDateTime &atUtc, AuditAction action, const QString &user, qint64 patientId,
    bool breakGlass = false)
{
    AuditEvent event;
    event.action = action;
    event.userName = user;
    event.recordKind = patientId ? QStringLiteral("patient") : QString();
    event.recordId = patientId;
    event.patientId = patientId;
    event.breakGlass = breakGlass;
    event.reason = breakGlass ? QStringLiteral("prescriber confirmed by phone") : QString();
    store.audit(event, atUtc);
}

QSet<QString> column(const AuditEntryModel *model, int column)
{
    QSet<QString> values;
    for (int row = 0; row < model->rowCount(); ++row)
        values.insert(model->index(row, column).data().toString());
    return values;
}

} // namespace

TEST_CASE("Opening a patient's record at the desk is recorded once per opening, not per keystroke")
{
    chairside::test::DeskHarness desk;
    const Patient other = desk.f.addReadyPatient(QStringLiteral("M0002"), QStringLiteral("Alvaro"),
        QStringLiteral("Benitez"), QDate(1970, 5, 6), desk.f.infliximab);

    desk.search(QStringLiteral("alvarez"));
    REQUIRE(opened(desk.f.store).isEmpty()); // typing is not reading a record

    desk.press(Qt::Key_Return);
    auto entries = opened(desk.f.store);
    REQUIRE(entries.size() == 1);
    REQUIRE(entries.first().event.userName == QStringLiteral("desk"));
    REQUIRE(entries.first().event.recordKind == QStringLiteral("patient"));
    REQUIRE(entries.first().event.recordId == desk.f.maria.id);
    REQUIRE(entries.first().event.patientId == desk.f.maria.id);
    REQUIRE(entries.first().event.result == AuditResult::Done);
    REQUIRE(entries.first().atUtc == desk.f.clock.nowUtc());

    // Confirming the date of birth and the decision that follows read the same opening.
    desk.giveDateOfBirth(QStringLiteral("03/04/1961"));
    REQUIRE(opened(desk.f.store).size() == 1);

    // Back to the results and the same patient again: not twice in a row.
    desk.search(QStringLiteral("alvarez"));
    desk.press(Qt::Key_Return);
    REQUIRE(opened(desk.f.store).size() == 1);

    desk.search(QStringLiteral("benitez"));
    desk.press(Qt::Key_Return);
    entries = opened(desk.f.store);
    REQUIRE(entries.size() == 2);
    REQUIRE(entries.first().event.patientId == other.id); // newest first

    desk.search(QStringLiteral("alvarez"));
    desk.press(Qt::Key_Return);
    REQUIRE(opened(desk.f.store).size() == 3);
}

TEST_CASE("The admin's audit page narrows the trail, exports CSV and verifies the chain")
{
    chairside::test::SessionHarness s;
    chairside::test::Fixture &f = s.f;
    const Patient bob = f.addReadyPatient(QStringLiteral("M0002"), QStringLiteral("Robert"),
        QStringLiteral("Okafor"), QDate(1980, 1, 2), f.ivig);
    record(f.store, f.local(kToday, 8), AuditAction::PatientOpened, QStringLiteral("desk"), f.maria.id);
    record(f.store, f.local(kToday, 9), AuditAction::PatientOpened, QStringLiteral("nurse"), bob.id);
    record(f.store, f.local(kToday.addDays(1), 8), AuditAction::LogIn, QStringLiteral("desk"), 0);
    record(f.store, f.local(kToday.addDays(1), 9), AuditAction::BreakGlass, QStringLiteral("admin"),
        f.maria.id, true);
    f.clock.set(f.local(kToday.addDays(1), 10));

    s.logIn(QStringLiteral("admin"));
    s.press(QKeySequence(Qt::CTRL | Qt::Key_7));
    AuditView *view = s.window->audit();
    REQUIRE(view != nullptr);
    REQUIRE(s.window->pages()->currentWidget() == view);
    AuditEntryModel *model = view->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    const qint64 total = f.store.auditEntryCount();
    REQUIRE(total >= 5); // the four above and the admin's log-in
    REQUIRE(model->rowCount() == total);
    // Newest first, on the center's clock.
    REQUIRE(model->entries().first().event.action == AuditAction::LogIn);
    const int breakGlassRow = 1;
    REQUIRE(model->index(breakGlassRow, AuditEntryModel::TimeColumn).data().toString()
        == QStringLiteral("2026-12-02 09:00:00"));
    REQUIRE(model->index(breakGlassRow, AuditEntryModel::BreakGlassColumn).data().toString()
        == QStringLiteral("BREAK GLASS"));
    REQUIRE(model->index(breakGlassRow, AuditEntryModel::RecordColumn).data().toString()
        == QStringLiteral("patient M0001"));
    REQUIRE(model->index(breakGlassRow, AuditEntryModel::ActionColumn).data().toString()
        == auditActionLabel(AuditAction::BreakGlass));

    SECTION("by user")
    {
        auto *user = view->findChild<QComboBox *>(QStringLiteral("auditUserBox"));
        user->setCurrentText(QStringLiteral("nurse"));
        REQUIRE(model->rowCount() == 1);
        REQUIRE(column(model, AuditEntryModel::UserColumn) == QSet<QString> {QStringLiteral("nurse")});
    }
    SECTION("by patient, MRN or name")
    {
        auto *patient = view->findChild<QLineEdit *>(QStringLiteral("auditPatientField"));
        QTest::keyClicks(patient, QStringLiteral("M0001"));
        QTest::keyClick(patient, Qt::Key_Return);
        REQUIRE(model->rowCount() == 2);
        for (const AuditEntry &entry : model->entries())
            REQUIRE(entry.event.patientId == f.maria.id);
        patient->clear();
        REQUIRE(model->rowCount() == total);
        QTest::keyClicks(patient, QStringLiteral("okafor"));
        QTest::keyClick(patient, Qt::Key_Return);
        REQUIRE(model->rowCount() == 1);
        REQUIRE(model->entries().first().event.patientId == bob.id);
        // A name that fits nobody lists nothing rather than everything.
        patient->clear();
        QTest::keyClicks(patient, QStringLiteral("zzyzx"));
        QTest::keyClick(patient, Qt::Key_Return);
        REQUIRE(model->rowCount() == 0);
        REQUIRE(view->findChild<QLabel *>(QStringLiteral("auditPatientFound"))
                    ->text()
                    .contains(QStringLiteral("No patient")));
    }
    SECTION("by day, on the center's calendar")
    {
        view->findChild<QDateEdit *>(QStringLiteral("auditFromDate"))->setDate(kToday);
        view->findChild<QDateEdit *>(QStringLiteral("auditToDate"))->setDate(kToday);
        REQUIRE(model->rowCount() == 2);
        REQUIRE(column(model, AuditEntryModel::ActionColumn)
            == QSet<QString> {auditActionLabel(AuditAction::PatientOpened)});
    }
    SECTION("by action, and emergencies only")
    {
        auto *action = view->findChild<QComboBox *>(QStringLiteral("auditActionBox"));
        action->setCurrentIndex(action->findData(int(AuditAction::PatientOpened)));
        REQUIRE(model->rowCount() == 2);
        action->setCurrentIndex(0);
        REQUIRE(model->rowCount() == total);
        view->findChild<QCheckBox *>(QStringLiteral("auditBreakGlassOnly"))->setChecked(true);
        REQUIRE(model->rowCount() == 1);
        REQUIRE(model->entries().first().event.breakGlass);
        view->findChild<QPushButton *>(QStringLiteral("auditClearFilters"))->click();
        REQUIRE(model->rowCount() == total);
    }
    SECTION("export as CSV through the file dialog, itself recorded")
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("trail.csv"));
        bool answered = false;
        QTimer answer;
        answer.setInterval(20);
        QObject::connect(&answer, &QTimer::timeout, &answer, [&] {
            if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
                answered = true;
                answer.stop();
                // The whole path in the name field, as a user may type it: selectFile() changes folder
                // asynchronously, and an accept() that comes first saves into the old folder.
                auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
                if (name)
                    name->setText(path);
                else
                    dialog->selectFile(path);
                static_cast<QDialog *>(dialog)->accept();
            }
        });
        answer.start();
        view->findChild<QPushButton *>(QStringLiteral("exportCsvButton"))->click();
        REQUIRE(answered);
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        REQUIRE(lines.first().startsWith("sequence,at_utc,user,"));
        REQUIRE(lines.size() == total + 2); // header, the entries, and the empty piece after the last CRLF
        REQUIRE(file.permissions().testFlag(QFileDevice::ReadOwner));
        REQUIRE_FALSE(file.permissions().testFlag(QFileDevice::ReadOther));

        AuditFilter exported;
        exported.action = AuditAction::AuditExported;
        const auto entries = f.store.auditEntries(exported);
        REQUIRE(entries.size() == 1);
        REQUIRE(entries.first().event.userName == QStringLiteral("admin"));
        REQUIRE(model->rowCount() == total + 1); // the export is listed at once
    }
    SECTION("verify the chain")
    {
        REQUIRE(view->verdictText().isEmpty());
        view->findChild<QPushButton *>(QStringLiteral("verifyTrailButton"))->click();
        REQUIRE(view->verdictText().startsWith(QStringLiteral("Intact: %1 entries").arg(total)));
    }
}

TEST_CASE("The audit page is the admin's alone and goes with them")
{
    chairside::test::SessionHarness s;
    s.logIn(QStringLiteral("admin"));
    REQUIRE(s.window->audit() != nullptr);
    s.window->switchUser();
    REQUIRE(s.window->audit() == nullptr);
    s.logIn(QStringLiteral("nurse"));
    REQUIRE(s.window->audit() == nullptr);
    for (int i = 0; i < s.window->pages()->count(); ++i)
        REQUIRE(s.window->pages()->tabText(i) != QStringLiteral("Audit"));
}

TEST_CASE("The audit page leaves out the command line's log-ins until asked, and never a failed one")
{
    chairside::test::SessionHarness s;
    chairside::test::Fixture &f = s.f;
    // A script of three commands, each logging in, and a fourth with a wrong password.
    const auto fromCli = [&](AuditAction action, AuditResult result, int minute) {
        AuditEvent event;
        event.action = action;
        event.userName = QStringLiteral("admin");
        event.result = result;
        event.fromCli = true;
        f.store.audit(event, f.local(kToday, 7, minute));
    };
    for (int minute = 0; minute < 3; ++minute)
        fromCli(AuditAction::LogIn, AuditResult::Done, minute);
    fromCli(AuditAction::LogInFailed, AuditResult::Refused, 4);
    fromCli(AuditAction::SetupChanged, AuditResult::Done, 5);

    s.logIn(QStringLiteral("admin"));
    s.press(QKeySequence(Qt::CTRL | Qt::Key_7));
    AuditView *view = s.window->audit();
    REQUIRE(view != nullptr);
    AuditEntryModel *model = view->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto *hide = view->findChild<QCheckBox *>(QStringLiteral("auditHideCliLogIns"));
    REQUIRE(hide != nullptr);
    REQUIRE(hide->isVisible());
    REQUIRE(hide->isChecked());

    const auto shown = [&](AuditAction action, bool cli) {
        const QList<AuditEntry> entries = model->entries();
        return std::count_if(entries.begin(), entries.end(),
            [&](const AuditEntry &e) { return e.event.action == action && e.event.fromCli == cli; });
    };
    REQUIRE(shown(AuditAction::LogIn, true) == 0);
    REQUIRE(shown(AuditAction::LogIn, false) == 1); // the admin at the desk now
    REQUIRE(shown(AuditAction::LogInFailed, true) == 1);
    REQUIRE(shown(AuditAction::SetupChanged, true) == 1);

    QTest::mouseClick(hide, Qt::LeftButton, {}, QPoint(6, hide->height() / 2));
    REQUIRE_FALSE(hide->isChecked());
    REQUIRE(shown(AuditAction::LogIn, true) == 3);
    REQUIRE(model->rowCount() == f.store.auditEntryCount());

    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("auditClearFilters")), Qt::LeftButton);
    REQUIRE(hide->isChecked());
    REQUIRE(shown(AuditAction::LogIn, true) == 0);
}
