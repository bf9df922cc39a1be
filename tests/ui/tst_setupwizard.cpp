// The first run: the wizard walked through its real widgets on an empty file, and the demo in a file of
// its own that says DEMO, never mixed into a real database.

#include "auth/accountservice.h"
#include "catchqstring.h"
#include "common/error.h"
#include "fixture.h"
#include "session/loginscreen.h"
#include "setup/setupwizard.h"
#include "setup/startup.h"
#include "store/databaselocation.h"
#include "store/store.h"
#include "tempstore.h"
#include "widgetlookup.h"
#include "window/mainwindow.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace chairside;

using chairside::test::child;
using chairside::test::retype;

namespace {

const QDateTime kNow(QDate(2026, 12, 1), QTime(14, 0), Qt::UTC);

/// Types a time zone as a person does; the completer's list, which would take the next click, is put away.
void typeZone(QComboBox *zone, const QString &text)
{
    retype(zone->lineEdit(), text);
    if (zone->completer() && zone->completer()->popup())
        zone->completer()->popup()->hide();
    REQUIRE(zone->currentText() == text);
}

void retype(QSpinBox *box, int value)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, QString::number(value));
    QTest::keyClick(box, Qt::Key_Tab);
}

/// Types over a table cell through its editor, as a person does with F2.
void editCell(QTableWidget *table, int row, int column, const QString &text)
{
    table->setFocus();
    table->setCurrentCell(row, column);
    QTest::keyClick(table, Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    REQUIRE(editor != table);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->selectAll();
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        spin->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
}

/// Ticks or unticks a checkable cell with the space bar.
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

void next(QWizard &wizard)
{
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
}

bool labelSays(QWidget *root, const QString &text)
{
    const auto labels = root->findChildren<QLabel *>();
    return std::any_of(labels.cbegin(), labels.cend(),
        [&](const QLabel *label) { return label->isVisible() && label->text().contains(text); });
}

} // namespace

TEST_CASE(
    "A real empty file opens the wizard, and the wizard walked through ends with a usable center and admin")
{
    test::TempStore temp;
    FixedClock clock(kNow);
    REQUIRE(StartUp::prepare(temp.store(), clock, false) == StartUp::First::SetUp);
    // Nothing of the demo in a real file: no center, no account, no patient, no demo mark.
    REQUIRE(temp->centers().isEmpty());
    REQUIRE(temp->users().isEmpty());
    REQUIRE_FALSE(AccountService(temp.store(), clock).isDemo());

    Workspace workspace(temp.store(), clock);
    workspace.setWatchInterval(0);
    REQUIRE(SetupWizard::isNeeded(workspace));
    SetupWizard wizard(workspace);
    wizard.show();
    QApplication::setActiveWindow(&wizard);
    REQUIRE(QTest::qWaitForWindowActive(&wizard));
    REQUIRE(wizard.createsAdmin());

    // The center: a phone no one can dial is marked and keeps the page.
    REQUIRE(wizard.currentId() == SetupWizard::CenterPage);
    auto *zone = child<QComboBox>(&wizard, "timeZoneField");
    REQUIRE(zone->currentText() == QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    retype(child<QLineEdit>(&wizard, "centerNameField"), QStringLiteral("Lakeside Infusion"));
    typeZone(zone, QStringLiteral("America/Chicago"));
    retype(child<QLineEdit>(&wizard, "phoneField"), QStringLiteral("call the front desk"));
    next(wizard);
    REQUIRE(wizard.currentId() == SetupWizard::CenterPage);
    REQUIRE(wizard.markedField() == QStringLiteral("phone"));
    REQUIRE(wizard.problem().contains(QStringLiteral("phone number")));
    typeZone(zone, QStringLiteral("Mars/Base"));
    retype(child<QLineEdit>(&wizard, "phoneField"), QStringLiteral("(312) 555-0100"));
    next(wizard);
    REQUIRE(wizard.markedField() == QStringLiteral("tz"));
    typeZone(zone, QStringLiteral("America/Chicago"));
    next(wizard);
    REQUIRE(wizard.currentId() == SetupWizard::HoursPage);
    REQUIRE(wizard.problem().isEmpty());

    // Hours: a split Thursday into the evening and a Saturday morning; a time past midnight is refused.
    retype(child<QLineEdit>(&wizard, "hours_thu"), QStringLiteral("07:00-12:00, 13:00-21:00"));
    QTest::mouseClick(child<QCheckBox>(&wizard, "open_sat"), Qt::LeftButton, {}, QPoint(4, 4));
    REQUIRE(child<QCheckBox>(&wizard, "open_sat")->isChecked());
    retype(child<QLineEdit>(&wizard, "hours_sat"), QStringLiteral("08:00-14:00"));
    retype(child<QLineEdit>(&wizard, "hours_tue"), QStringLiteral("07:00-25:00"));
    next(wizard);
    REQUIRE(wizard.currentId() == SetupWizard::HoursPage);
    REQUIRE(wizard.markedField() == QStringLiteral("hours_tue"));
    retype(child<QLineEdit>(&wizard, "hours_tue"), QStringLiteral("08:00-17:00"));
    next(wizard);
    REQUIRE(wizard.currentId() == SetupWizard::ChairsPage);

    // Chairs: six chairs and two suites, one relabelled; two equal labels are refused.
    auto *table = child<QTableWidget>(&wizard, "chairTable");
    retype(child<QSpinBox>(&wizard, "chairCount"), 6);
    retype(child<QSpinBox>(&wizard, "suiteCount"), 2);
    REQUIRE(table->rowCount() == 8);
    REQUIRE(table->item(7, 0)->text() == QStringLiteral("Suite B"));
    editCell(table, 1, 0, QStringLiteral("1"));
    next(wizard);
    REQUIRE(wizard.currentId() == SetupWizard::ChairsPage);
    REQUIRE(wizard.markedField() == QStringLiteral("label"));
    editCell(table, 1, 0, QStringLiteral("Window 2"));
    next(wizard);
    REQUIRE(wizard.currentId() == SetupWizard::TherapiesPage);

    // Therapies: the primer's four come ticked; natalizumab is added, infliximab lengthened.
    auto *therapies = child<QTableWidget>(&wizard, "therapyTable");
    REQUIRE(therapies->rowCount() >= 10);
    toggleCell(therapies, rowNamed(therapies, QStringLiteral("natalizumab")), 0);
    const int infliximab = rowNamed(therapies, QStringLiteral("infliximab"));
    editCell(therapies, infliximab, 2, QStringLiteral("0"));
    next(wizard);
    REQUIRE(wizard.currentId() == SetupWizard::TherapiesPage);
    REQUIRE(wizard.markedField() == QStringLiteral("minutes"));
    REQUIRE(wizard.problem().startsWith(QStringLiteral("infliximab")));
    editCell(therapies, infliximab, 2, QStringLiteral("150"));
    next(wizard);
    REQUIRE(wizard.currentId() == SetupWizard::PolicyPage);

    // The policy: its defaults, one changed.
    retype(child<QSpinBox>(&wizard, "graceMinutes"), 20);
    next(wizard);
    REQUIRE(wizard.currentId() == SetupWizard::AdminPage);

    // The first admin: passwords that differ, then a good one; nothing was written before this.
    REQUIRE(temp->centers().isEmpty());
    retype(child<QLineEdit>(&wizard, "adminNameField"), QStringLiteral("lee"));
    QTest::keyClicks(child<QLineEdit>(&wizard, "adminPasswordField"), QStringLiteral("river-stone-7"));
    QTest::keyClicks(child<QLineEdit>(&wizard, "adminRepeatField"), QStringLiteral("river-stone-8"));
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    REQUIRE(wizard.isVisible());
    REQUIRE(wizard.markedField() == QStringLiteral("repeat"));
    REQUIRE(temp->users().isEmpty());
    QTest::keyClicks(child<QLineEdit>(&wizard, "adminRepeatField"), QStringLiteral("river-stone-7"));
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    INFO(wizard.problem().toStdString());
    REQUIRE(wizard.result() == QDialog::Accepted);

    const QList<Center> centers = temp->centers();
    REQUIRE(centers.size() == 1);
    const Center &center = centers.first();
    REQUIRE(center.name == QStringLiteral("Lakeside Infusion"));
    REQUIRE(center.timeZoneId == QByteArray("America/Chicago"));
    REQUIRE(center.phone == QStringLiteral("(312) 555-0100"));
    REQUIRE(center.hours
        == OpeningHours::parse(
            QStringLiteral("mon-fri 08:00-17:00; thu 07:00-12:00, 13:00-21:00; sat 08:00-14:00")));
    REQUIRE(center.policy.graceMinutes == 20);
    const QList<Chair> chairs = temp->chairs(center.id);
    REQUIRE(chairs.size() == 8);
    REQUIRE(temp->chairByLabel(center.id, QStringLiteral("Window 2")).has_value());
    REQUIRE(temp->chairByLabel(center.id, QStringLiteral("Suite A"))->kind == Chair::Kind::Suite);
    REQUIRE(temp->therapies().size() == 5);
    REQUIRE(temp->therapyByName(QStringLiteral("infliximab"))->defaultMinutes == 150);
    REQUIRE(temp->therapyByName(QStringLiteral("Tysabri")).has_value());
    REQUIRE(wizard.admin().name == QStringLiteral("lee"));
    REQUIRE(wizard.admin().role == Role::Admin);
    REQUIRE(workspace.center().id == center.id);
    REQUIRE_FALSE(AccountService(temp.store(), clock).isDemo());

    // Usable at once: the window opens signed in as the new admin on the new center.
    MainWindow window(workspace);
    window.addStandardPages();
    window.startSignedIn(wizard.admin());
    window.show();
    REQUIRE(window.session() == MainWindow::Session::SignedIn);
    REQUIRE(workspace.user().name == QStringLiteral("lee"));
    REQUIRE(window.windowTitle() == QStringLiteral("Lakeside Infusion — Chairside"));
    REQUIRE(window.findChild<QAction *>(QStringLiteral("settingsAction"))->isVisible());
    REQUIRE(StartUp::prepare(temp.store(), clock, false) == StartUp::First::Session);
}

TEST_CASE("On a file with an admin but no center, the wizard signs in as that admin instead")
{
    test::TempStore temp;
    FixedClock clock(kNow);
    AccountService(temp.store(), clock)
        .createFirstAdmin(QStringLiteral("root"), QStringLiteral("long-enough-1"));
    Workspace workspace(temp.store(), clock);
    workspace.setWatchInterval(0);
    SetupWizard wizard(workspace);
    wizard.show();
    REQUIRE_FALSE(wizard.createsAdmin());
    retype(child<QLineEdit>(&wizard, "centerNameField"), QStringLiteral("Hillside"));
    typeZone(child<QComboBox>(&wizard, "timeZoneField"), QStringLiteral("Europe/Berlin"));
    for (int page = SetupWizard::CenterPage; page < SetupWizard::AdminPage; ++page)
        next(wizard);
    REQUIRE(wizard.currentId() == SetupWizard::AdminPage);
    REQUIRE_FALSE(child<QLineEdit>(&wizard, "adminRepeatField")->isVisible());
    retype(child<QLineEdit>(&wizard, "adminNameField"), QStringLiteral("root"));
    QTest::keyClicks(child<QLineEdit>(&wizard, "adminPasswordField"), QStringLiteral("wrong-password"));
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    REQUIRE(wizard.isVisible());
    REQUIRE_FALSE(wizard.problem().isEmpty());
    REQUIRE(temp->centers().isEmpty());
    retype(child<QLineEdit>(&wizard, "adminPasswordField"), QStringLiteral("long-enough-1"));
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    INFO(wizard.problem().toStdString());
    REQUIRE(wizard.result() == QDialog::Accepted);
    REQUIRE(temp->centers().size() == 1);
    REQUIRE(temp->chairs(temp->centers().first().id).size() == 12);
    REQUIRE(temp->therapies().size() == 4);
    REQUIRE(wizard.admin().name == QStringLiteral("root"));
}

TEST_CASE("The demo opens in its own file and says DEMO in the title and on the log-in screen")
{
    REQUIRE(StartUp::databasePath({}, true) == DatabaseLocation::demoFile());
    REQUIRE(DatabaseLocation::demoFile().endsWith(QStringLiteral("/demo.sqlite")));
    REQUIRE(StartUp::databasePath({}, true) != DatabaseLocation::defaultFile());
    REQUIRE(StartUp::databasePath(QStringLiteral("/tmp/x.sqlite"), true) == QStringLiteral("/tmp/x.sqlite"));

    test::TempStore temp;
    FixedClock clock(kNow);
    REQUIRE(StartUp::prepare(temp.store(), clock, true) == StartUp::First::Session);
    REQUIRE(AccountService(temp.store(), clock).isDemo());
    REQUIRE(temp->centers().size() == 1);
    // Opening it again as the demo leaves it as it is.
    REQUIRE(StartUp::prepare(temp.store(), clock, true) == StartUp::First::Session);
    REQUIRE(temp->centers().size() == 1);

    Workspace workspace(temp.store(), clock);
    workspace.setWatchInterval(0);
    workspace.setCenter(temp->centers().first());
    MainWindow window(workspace);
    window.addStandardPages();
    window.show();
    REQUIRE(window.isDemo());
    REQUIRE(window.windowTitle().startsWith(QStringLiteral("DEMO — ")));
    REQUIRE(window.session() == MainWindow::Session::SignedOut);
    REQUIRE(labelSays(window.loginScreen(), QStringLiteral("DEMO")));
    REQUIRE(window.loginScreen()->isDemoPanelShown());
}

TEST_CASE("A real database is never filled with the demo, and never says DEMO")
{
    test::Fixture f;
    const int usersBefore = int(f.store.users().size());
    bool refused = false;
    try {
        StartUp::prepare(f.store, f.clock, true);
    } catch (const Error &error) {
        refused = true;
        REQUIRE(error.kind() == Error::Kind::Conflict);
        REQUIRE(error.message().contains(QStringLiteral("without --demo")));
    }
    REQUIRE(refused);
    REQUIRE(f.store.centers().size() == 1);
    REQUIRE(f.store.users().size() == usersBefore);
    REQUIRE_FALSE(AccountService(f.store, f.clock).isDemo());

    // A file with accounts but no center is not the demo's either.
    test::TempStore temp;
    AccountService(temp.store(), f.clock)
        .createFirstAdmin(QStringLiteral("root"), QStringLiteral("long-enough-1"));
    REQUIRE_THROWS_AS(StartUp::prepare(temp.store(), f.clock, true), Error);
    REQUIRE(temp->centers().isEmpty());

    Workspace workspace(f.store, f.clock);
    workspace.setWatchInterval(0);
    workspace.setCenter(f.center);
    MainWindow window(workspace);
    window.show();
    REQUIRE_FALSE(window.isDemo());
    REQUIRE_FALSE(window.windowTitle().contains(QStringLiteral("DEMO")));
    REQUIRE_FALSE(labelSays(window.loginScreen(), QStringLiteral("DEMO")));
}

TEST_CASE("The wizard's therapy table shows a dash where an interval or a usable time does not apply, and "
          "the dash stays editable")
{
    test::TempStore temp;
    FixedClock clock(kNow);
    Workspace workspace(temp.store(), clock);
    workspace.setWatchInterval(0);
    SetupWizard wizard(workspace);
    wizard.show();
    QApplication::setActiveWindow(&wizard);
    REQUIRE(QTest::qWaitForWindowActive(&wizard));
    retype(child<QLineEdit>(&wizard, "centerNameField"), QStringLiteral("Hillside"));
    typeZone(child<QComboBox>(&wizard, "timeZoneField"), QStringLiteral("Europe/Berlin"));
    for (int page = SetupWizard::CenterPage; page < SetupWizard::TherapiesPage; ++page)
        next(wizard);
    REQUIRE(wizard.currentId() == SetupWizard::TherapiesPage);

    auto *therapies = child<QTableWidget>(&wizard, "therapyTable");
    const QString dash = QStringLiteral("—");
    const int iron = rowNamed(therapies, QStringLiteral("iron sucrose"));
    const int infliximab = rowNamed(therapies, QStringLiteral("infliximab"));
    // Iron sucrose has no regular interval and is not compounded: no "every 0 weeks", no "0 hours".
    REQUIRE(therapies->item(iron, 3)->text() == dash);
    REQUIRE(therapies->item(iron, 5)->text() == dash);
    REQUIRE(therapies->item(infliximab, 3)->text() == QStringLiteral("8"));
    REQUIRE(therapies->item(infliximab, 5)->text() == QStringLiteral("24"));
    // Unticking "compounded" dashes the usable hours; ticking it again shows them.
    toggleCell(therapies, infliximab, 4);
    REQUIRE(therapies->item(infliximab, 4)->checkState() == Qt::Unchecked);
    REQUIRE(therapies->item(infliximab, 5)->text() == dash);
    toggleCell(therapies, infliximab, 4);
    REQUIRE(therapies->item(infliximab, 5)->text() == QStringLiteral("24"));

    // The dash is edited like any number: iron sucrose given, every 3 weeks.
    toggleCell(therapies, iron, 0);
    editCell(therapies, iron, 3, QStringLiteral("3"));
    // The view commits what was typed from its event loop, once the editor has had the key.
    REQUIRE(QTest::qWaitFor([&] { return therapies->item(iron, 3)->text() == QStringLiteral("3"); }, 2000));
    next(wizard);
    REQUIRE(wizard.currentId() == SetupWizard::PolicyPage);
    next(wizard);
    retype(child<QLineEdit>(&wizard, "adminNameField"), QStringLiteral("lee"));
    QTest::keyClicks(child<QLineEdit>(&wizard, "adminPasswordField"), QStringLiteral("river-stone-7"));
    QTest::keyClicks(child<QLineEdit>(&wizard, "adminRepeatField"), QStringLiteral("river-stone-7"));
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    INFO(wizard.problem().toStdString());
    REQUIRE(wizard.result() == QDialog::Accepted);
    const auto saved = temp->therapyByName(QStringLiteral("iron sucrose"));
    REQUIRE(saved.has_value());
    REQUIRE(saved->intervalWeeks == 3);
    REQUIRE_FALSE(saved->compounded);
    REQUIRE(saved->beyondUseHours == 0);
    REQUIRE(temp->therapyByName(QStringLiteral("infliximab"))->beyondUseHours == 24);
}
