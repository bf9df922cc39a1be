// The admin's settings: the center, its chairs and therapies and the users, changed through the real
// widgets; a bad field is marked, said, and nothing is written.

#include "audit/auditevent.h"
#include "auth/accountservice.h"
#include "authhelpers.h"
#include "catchqstring.h"
#include "checkinhelpers.h"
#include "fixture.h"
#include "setup/nursestab.h"
#include "setup/settingsdialog.h"
#include "store/store.h"
#include "widgetlookup.h"
#include "window/mainwindow.h"
#include "workspace/workspace.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace chairside;

using chairside::test::child;
using chairside::test::retype;

namespace {

void retype(QSpinBox *box, int value)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, QString::number(value));
    QTest::keyClick(box, Qt::Key_Tab);
}

void click(QWidget *parent, const char *button)
{
    QTest::mouseClick(child<QPushButton>(parent, button), Qt::LeftButton);
}

void selectRow(QTableWidget *table, const QString &first)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == first) {
            table->setFocus();
            table->setCurrentCell(row, 0);
            table->selectRow(row);
            return;
        }
    }
    FAIL("no row " << first.toStdString());
}

/// Clicks `button` on `dialog`, whose answer is asked in a message box of its own (exec()); from inside
/// that box's loop, keeps its text in `said` and presses the button named `answer`.
void clickAndAnswer(QWidget *dialog, const char *button, const char *answer, QString &said)
{
    said.clear();
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        poll.stop();
        said = box->text();
        auto *chosen = box->findChild<QAbstractButton *>(QString::fromLatin1(answer));
        if (chosen)
            chosen->click();
        else
            box->reject();
    });
    poll.start();
    click(dialog, button);
}

/// The fixture's center with its admin at the keyboard and the settings open.
struct Settings
{
    Settings()
        : workspace(f.store, f.clock)
    {
        workspace.setWatchInterval(0);
        workspace.setCenter(f.center);
        workspace.setUser(test::userNamed(f, "admin"));
        dialog = std::make_unique<SettingsDialog>(workspace);
        dialog->show();
        QApplication::setActiveWindow(dialog.get());
    }

    qsizetype setupEntries() { return test::auditOf(f.store, AuditAction::SetupChanged).size(); }

    test::Fixture f;
    Workspace workspace;
    std::unique_ptr<SettingsDialog> dialog;
};

} // namespace

TEST_CASE(
    "Settings: the center's phone, hours and policy are saved, a bad field is marked and nothing written")
{
    Settings s;
    SettingsDialog &d = *s.dialog;
    d.tabs()->setCurrentIndex(SettingsDialog::CenterTab);
    retype(child<QLineEdit>(&d, "phoneField"), QStringLiteral("ring us"));
    retype(child<QSpinBox>(&d, "graceMinutes"), 25);
    click(&d, "saveCenterButton");
    REQUIRE(d.markedField(SettingsDialog::CenterTab) == QStringLiteral("phone"));
    REQUIRE(d.problem(SettingsDialog::CenterTab).contains(QStringLiteral("phone number")));
    REQUIRE(*s.f.store.center(s.f.center.id) == s.f.center);

    retype(child<QLineEdit>(&d, "phoneField"), QStringLiteral("(212) 555-0142"));
    retype(child<QLineEdit>(&d, "hours_tue"), QStringLiteral("19:00-07:00"));
    click(&d, "saveCenterButton");
    REQUIRE(d.markedField(SettingsDialog::CenterTab) == QStringLiteral("hours_tue"));
    REQUIRE(*s.f.store.center(s.f.center.id) == s.f.center);
    REQUIRE(s.setupEntries() == 0);

    retype(child<QLineEdit>(&d, "hours_tue"), QStringLiteral("07:00-21:00"));
    click(&d, "saveCenterButton");
    INFO(d.problem(SettingsDialog::CenterTab).toStdString());
    REQUIRE(d.problem(SettingsDialog::CenterTab).isEmpty());
    REQUIRE(d.markedField(SettingsDialog::CenterTab).isEmpty());
    const Center saved = *s.f.store.center(s.f.center.id);
    REQUIRE(saved.phone == QStringLiteral("(212) 555-0142"));
    REQUIRE(saved.policy.graceMinutes == 25);
    REQUIRE(saved.hours.spans(Qt::Tuesday) == QList<OpenSpan> {{7 * 60, 21 * 60}});
    REQUIRE(s.workspace.center().phone == saved.phone);
    REQUIRE(s.setupEntries() == 1);
    REQUIRE_FALSE(d.notice().isEmpty());
}

TEST_CASE("Settings: chairs are relabelled, added as suites and taken out of use")
{
    Settings s;
    SettingsDialog &d = *s.dialog;
    d.tabs()->setCurrentIndex(SettingsDialog::ChairsTab);
    auto *list = child<QTableWidget>(&d, "chairList");
    REQUIRE(list->rowCount() == 5);
    selectRow(list, QStringLiteral("2"));
    REQUIRE(child<QLineEdit>(&d, "chairLabelField")->text() == QStringLiteral("2"));
    retype(child<QLineEdit>(&d, "chairLabelField"), QStringLiteral("1"));
    click(&d, "saveChairButton");
    REQUIRE(d.markedField(SettingsDialog::ChairsTab) == QStringLiteral("label"));
    REQUIRE(s.f.store.chair(s.f.chairs.at(1).id)->label == QStringLiteral("2"));

    retype(child<QLineEdit>(&d, "chairLabelField"), QStringLiteral("2B"));
    QTest::mouseClick(child<QCheckBox>(&d, "chairActiveField"), Qt::LeftButton, {}, QPoint(4, 4));
    click(&d, "saveChairButton");
    INFO(d.problem(SettingsDialog::ChairsTab).toStdString());
    const Chair changed = *s.f.store.chair(s.f.chairs.at(1).id);
    REQUIRE(changed.label == QStringLiteral("2B"));
    REQUIRE_FALSE(changed.active);
    REQUIRE(s.f.store.chairs(s.f.center.id).size() == 4);

    retype(child<QLineEdit>(&d, "chairLabelField"), QStringLiteral("Suite C"));
    child<QComboBox>(&d, "chairKindField")->setCurrentIndex(1);
    QTest::mouseClick(child<QCheckBox>(&d, "chairActiveField"), Qt::LeftButton, {}, QPoint(4, 4));
    click(&d, "addChairButton");
    REQUIRE(s.f.store.chairByLabel(s.f.center.id, QStringLiteral("Suite C"))->kind == Chair::Kind::Suite);
    REQUIRE(list->rowCount() == 6);
    REQUIRE(s.setupEntries() == 2);
}

TEST_CASE("Settings: therapies are edited and added, a length out of range marked and not written")
{
    Settings s;
    SettingsDialog &d = *s.dialog;
    d.tabs()->setCurrentIndex(SettingsDialog::TherapiesTab);
    selectRow(child<QTableWidget>(&d, "therapyList"), QStringLiteral("vedolizumab"));
    REQUIRE(child<QSpinBox>(&d, "therapyMinutesField")->value() == 30);
    retype(child<QSpinBox>(&d, "therapyMinutesField"), 0);
    click(&d, "saveTherapyButton");
    REQUIRE(d.markedField(SettingsDialog::TherapiesTab) == QStringLiteral("minutes"));
    REQUIRE(s.f.store.therapy(s.f.vedolizumab.id)->defaultMinutes == 30);
    retype(child<QSpinBox>(&d, "therapyMinutesField"), 45);
    click(&d, "saveTherapyButton");
    REQUIRE(s.f.store.therapy(s.f.vedolizumab.id)->defaultMinutes == 45);

    retype(child<QLineEdit>(&d, "therapyNameField"), QStringLiteral("natalizumab"));
    retype(child<QLineEdit>(&d, "therapyBrandField"), QStringLiteral("Tysabri"));
    retype(child<QSpinBox>(&d, "therapyMinutesField"), 60);
    retype(child<QSpinBox>(&d, "therapyIntervalField"), 4);
    retype(child<QSpinBox>(&d, "therapyBeyondUseField"), 8);
    click(&d, "addTherapyButton");
    INFO(d.problem(SettingsDialog::TherapiesTab).toStdString());
    const auto added = s.f.store.therapyByName(QStringLiteral("Tysabri"));
    REQUIRE(added.has_value());
    REQUIRE(added->beyondUseHours == 8);
    REQUIRE(added->intervalWeeks == 4);
    REQUIRE(s.setupEntries() == 2);
}

TEST_CASE("Settings: users are added, given a role, disabled and enabled, their password reset and unlocked")
{
    Settings s;
    SettingsDialog &d = *s.dialog;
    AccountService accounts(s.f.store, s.f.clock);
    d.tabs()->setCurrentIndex(SettingsDialog::UsersTab);
    retype(child<QLineEdit>(&d, "userNameField"), QStringLiteral("sam"));
    child<QComboBox>(&d, "userRoleField")->setCurrentIndex(1);
    retype(child<QLineEdit>(&d, "userPasswordField"), QStringLiteral("short"));
    retype(child<QLineEdit>(&d, "userRepeatField"), QStringLiteral("shirt"));
    click(&d, "addUserButton");
    REQUIRE(d.markedField(SettingsDialog::UsersTab) == QStringLiteral("repeat"));
    retype(child<QLineEdit>(&d, "userRepeatField"), QStringLiteral("short"));
    click(&d, "addUserButton");
    REQUIRE(d.markedField(SettingsDialog::UsersTab) == QStringLiteral("password"));
    REQUIRE_FALSE(s.f.store.accountByName(QStringLiteral("sam")).has_value());
    retype(child<QLineEdit>(&d, "userPasswordField"), QStringLiteral("infusion-day"));
    retype(child<QLineEdit>(&d, "userRepeatField"), QStringLiteral("infusion-day"));
    click(&d, "addUserButton");
    INFO(d.problem(SettingsDialog::UsersTab).toStdString());
    REQUIRE(s.f.store.accountByName(QStringLiteral("sam"))->role == Role::Nurse);
    REQUIRE(
        accounts.logIn(QStringLiteral("sam"), QStringLiteral("infusion-day")).name == QStringLiteral("sam"));

    auto *list = child<QTableWidget>(&d, "userList");
    // The last active admin cannot be disabled: the service's refusal is shown.
    selectRow(list, QStringLiteral("admin"));
    click(&d, "userActiveButton");
    REQUIRE_FALSE(d.problem(SettingsDialog::UsersTab).isEmpty());
    REQUIRE(s.f.store.accountByName(QStringLiteral("admin"))->active);

    selectRow(list, QStringLiteral("sam"));
    child<QComboBox>(&d, "userRoleField")->setCurrentIndex(2);
    click(&d, "changeRoleButton");
    REQUIRE(s.f.store.accountByName(QStringLiteral("sam"))->role == Role::Admin);

    selectRow(list, QStringLiteral("sam"));
    click(&d, "userActiveButton");
    REQUIRE_FALSE(s.f.store.accountByName(QStringLiteral("sam"))->active);
    selectRow(list, QStringLiteral("sam"));
    click(&d, "userActiveButton");
    REQUIRE(s.f.store.accountByName(QStringLiteral("sam"))->active);

    selectRow(list, QStringLiteral("sam"));
    retype(child<QLineEdit>(&d, "userPasswordField"), QStringLiteral("chair-side-2"));
    retype(child<QLineEdit>(&d, "userRepeatField"), QStringLiteral("chair-side-2"));
    click(&d, "resetPasswordButton");
    REQUIRE(
        accounts.logIn(QStringLiteral("sam"), QStringLiteral("chair-side-2")).name == QStringLiteral("sam"));

    // Locked out by wrong passwords, then unlocked by the admin.
    for (int attempt = 0; attempt < accounts.policy().lockoutAttempts; ++attempt)
        REQUIRE_THROWS(accounts.logIn(QStringLiteral("sam"), QStringLiteral("wrong-guess")));
    REQUIRE(s.f.store.accountByName(QStringLiteral("sam"))->isLockedAt(s.f.clock.nowUtc()));
    d.reload();
    selectRow(list, QStringLiteral("sam"));
    click(&d, "unlockUserButton");
    REQUIRE_FALSE(s.f.store.accountByName(QStringLiteral("sam"))->isLockedAt(s.f.clock.nowUtc()));
}

TEST_CASE("Settings: where a user works is ticked on the Users tab; a new user may be limited from the start")
{
    Settings s;
    Center harbor = s.f.center;
    harbor.name = QStringLiteral("Harbor Infusion");
    harbor.id = s.f.store.addCenter(harbor);
    SettingsDialog &d = *s.dialog;
    d.reload();
    d.tabs()->setCurrentIndex(SettingsDialog::UsersTab);
    auto *list = child<QTableWidget>(&d, "userList");
    auto *centers = child<QListWidget>(&d, "userCentersField");
    const auto tick = [&](const QString &text, bool on) {
        const QList<QListWidgetItem *> found = centers->findItems(text, Qt::MatchExactly);
        REQUIRE(found.size() == 1);
        found.first()->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    };
    const auto worksAtCell = [&](const QString &name) {
        for (int row = 0; row < list->rowCount(); ++row) {
            if (list->item(row, 0)->text() == name)
                return list->item(row, 3)->text();
        }
        return QString();
    };
    CHECK(worksAtCell(QStringLiteral("desk")) == QStringLiteral("every center"));

    // The desk, limited to Harbor: "every center" unticked, Harbor ticked.
    selectRow(list, QStringLiteral("desk"));
    REQUIRE(centers->count() == 3);
    CHECK(centers->item(0)->checkState() == Qt::Checked);
    CHECK_FALSE(centers->item(1)->flags().testFlag(Qt::ItemIsEnabled)); // greyed while every center is
    tick(centers->item(0)->text(), false);
    CHECK(centers->item(1)->flags().testFlag(Qt::ItemIsEnabled));
    click(&d, "saveUserCentersButton");
    CHECK(d.markedField(SettingsDialog::UsersTab) == QStringLiteral("center")); // none ticked
    CHECK(s.f.store.accountByName(QStringLiteral("desk"))->allCenters);
    tick(harbor.name, true);
    click(&d, "saveUserCentersButton");
    INFO(d.problem(SettingsDialog::UsersTab).toStdString());
    const User desk = *s.f.store.accountByName(QStringLiteral("desk"));
    CHECK_FALSE(desk.allCenters);
    CHECK(desk.centerIds == QList<qint64> {harbor.id});
    CHECK(worksAtCell(QStringLiteral("desk")) == harbor.name);
    CHECK(test::auditOf(s.f.store, AuditAction::UserChanged).last().event.reason
        == QStringLiteral("works at Harbor Infusion"));

    // An admin's list is every center, greyed: admins work everywhere.
    selectRow(list, QStringLiteral("admin"));
    CHECK(centers->item(0)->checkState() == Qt::Checked);
    CHECK_FALSE(centers->item(0)->flags().testFlag(Qt::ItemIsEnabled));

    // A new nurse who works at the fixture's center only.
    list->clearSelection();
    list->setCurrentCell(-1, -1);
    d.reload();
    retype(child<QLineEdit>(&d, "userNameField"), QStringLiteral("lee"));
    child<QComboBox>(&d, "userRoleField")->setCurrentIndex(1);
    retype(child<QLineEdit>(&d, "userPasswordField"), QStringLiteral("infusion-day"));
    retype(child<QLineEdit>(&d, "userRepeatField"), QStringLiteral("infusion-day"));
    tick(centers->item(0)->text(), false);
    tick(s.f.center.name, true);
    click(&d, "addUserButton");
    INFO(d.problem(SettingsDialog::UsersTab).toStdString());
    const auto lee = s.f.store.accountByName(QStringLiteral("lee"));
    REQUIRE(lee.has_value());
    CHECK_FALSE(lee->allCenters);
    CHECK(lee->centerIds == QList<qint64> {s.f.center.id});
}

TEST_CASE("Settings are an admin's: the menu entry shows only to admins")
{
    test::Fixture f;
    Workspace workspace(f.store, f.clock);
    workspace.setWatchInterval(0);
    workspace.setCenter(f.center);
    MainWindow window(workspace);
    window.addStandardPages();
    window.show();
    auto *action = window.findChild<QAction *>(QStringLiteral("settingsAction"));
    REQUIRE(action != nullptr);
    window.startSignedIn(test::userNamed(f, "desk"));
    REQUIRE_FALSE(action->isVisible());
    window.openSettings();
    REQUIRE(window.findChild<SettingsDialog *>() == nullptr);
    window.logOut();
    window.startSignedIn(test::userNamed(f, "admin"));
    REQUIRE(action->isVisible());
    action->trigger();
    REQUIRE(window.findChild<SettingsDialog *>() != nullptr);
}

TEST_CASE("Settings: the MRN pattern is set on the Center tab, with the next MRN shown as it is typed")
{
    Settings s;
    SettingsDialog &d = *s.dialog;
    d.tabs()->setCurrentIndex(SettingsDialog::CenterTab);
    auto *pattern = child<QLineEdit>(&d, "mrnPatternField");
    REQUIRE(pattern->text().isEmpty());
    REQUIRE(d.mrnPreview().contains(QStringLiteral("No pattern")));

    // Not a pattern: said as it is typed, marked on saving, and nothing written, the center either.
    retype(pattern, QStringLiteral("M0000"));
    REQUIRE(d.mrnPreview().contains(QStringLiteral("zeros in braces")));
    retype(child<QLineEdit>(&d, "phoneField"), QStringLiteral("(212) 555-0142"));
    click(&d, "saveCenterButton");
    REQUIRE(d.markedField(SettingsDialog::CenterTab) == QStringLiteral("pattern"));
    REQUIRE_FALSE(s.f.store.setting(QStringLiteral("patients.mrn-pattern")).has_value());
    REQUIRE(*s.f.store.center(s.f.center.id) == s.f.center);
    REQUIRE(s.setupEntries() == 0);

    // The preview reads the file: Maria is M0001, so the next is M0002.
    retype(pattern, QStringLiteral("M{0000}"));
    REQUIRE(d.mrnPreview() == QStringLiteral("Once saved, the next patient registered gets M0002."));
    click(&d, "saveCenterButton");
    INFO(d.problem(SettingsDialog::CenterTab).toStdString());
    REQUIRE(d.problem(SettingsDialog::CenterTab).isEmpty());
    REQUIRE(s.f.store.setting(QStringLiteral("patients.mrn-pattern")) == QStringLiteral("M{0000}"));
    REQUIRE(s.f.store.center(s.f.center.id)->phone == QStringLiteral("(212) 555-0142"));
    REQUIRE(d.mrnPreview() == QStringLiteral("The next patient registered gets M0002."));
    const auto entries = test::auditOf(s.f.store, AuditAction::SetupChanged);
    REQUIRE(entries.size() == 2);
    REQUIRE(entries.last().event.userName == QStringLiteral("admin"));
    REQUIRE(entries.last().event.reason == QStringLiteral("patients.mrn-pattern none to M{0000}"));

    // Once set it is changed, not removed.
    pattern->clear();
    click(&d, "saveCenterButton");
    REQUIRE(d.markedField(SettingsDialog::CenterTab) == QStringLiteral("pattern"));
    REQUIRE(s.f.store.setting(QStringLiteral("patients.mrn-pattern")) == QStringLiteral("M{0000}"));
}

TEST_CASE("Settings: a new time zone while appointments lie ahead is asked about, with how many and how "
          "their times move")
{
    Settings s;
    SettingsDialog &d = *s.dialog;
    const qint64 tomorrow = s.f.book(s.f.maria, s.f.infliximab, QDate(2026, 12, 2), 9);
    s.f.book(s.f.maria, s.f.infliximab, QDate(2027, 2, 2), 10);
    d.tabs()->setCurrentIndex(SettingsDialog::CenterTab);
    auto *zone = child<QComboBox>(&d, "timeZoneField");
    retype(zone->lineEdit(), QStringLiteral("America/Chicago"));
    if (zone->completer() && zone->completer()->popup())
        zone->completer()->popup()->hide();

    QString said;
    clickAndAnswer(&d, "saveCenterButton", "cancel", said);
    REQUIRE(said.startsWith(QStringLiteral("2 appointments from now on keep their moment in time")));
    REQUIRE(
        said.contains(QStringLiteral("The first, Wed 2 Dec, 09:00 in America/New_York, will show as Wed 2 "
                                     "Dec, 08:00 in America/Chicago")));
    REQUIRE(s.f.store.center(s.f.center.id)->timeZoneId == QByteArray("America/New_York"));
    REQUIRE(s.setupEntries() == 0);
    REQUIRE(d.notice().contains(QStringLiteral("Nothing was saved")));

    clickAndAnswer(&d, "saveCenterButton", "changeTimeZoneButton", said);
    REQUIRE_FALSE(said.isEmpty());
    REQUIRE(s.f.store.center(s.f.center.id)->timeZoneId == QByteArray("America/Chicago"));
    REQUIRE(s.workspace.center().timeZoneId == QByteArray("America/Chicago"));
    REQUIRE(s.setupEntries() == 1);
    // The appointment kept its instant.
    REQUIRE(
        s.f.store.appointment(tomorrow)->startUtc == QDateTime(QDate(2026, 12, 2), QTime(14, 0), Qt::UTC));

    // With nothing ahead, the zone changes without a question.
    s.f.clock.set(QDateTime(QDate(2027, 3, 1), QTime(12, 0), Qt::UTC));
    retype(zone->lineEdit(), QStringLiteral("America/Denver"));
    if (zone->completer() && zone->completer()->popup())
        zone->completer()->popup()->hide();
    clickAndAnswer(&d, "saveCenterButton", "cancel", said);
    REQUIRE(said.isEmpty());
    REQUIRE(s.f.store.center(s.f.center.id)->timeZoneId == QByteArray("America/Denver"));
}

TEST_CASE("Settings: the nurses' numbers and the slot offers are changed on the Nurses tab, audited; a bad "
          "shift is marked and not written")
{
    Settings s;
    auto *tab = child<NursesTab>(s.dialog.get(), "nursesTab");
    auto *shifts = child<QLineEdit>(tab, "nurseShifts");
    auto *offers = child<QComboBox>(tab, "slotOffers");
    REQUIRE(shifts->text().isEmpty());
    REQUIRE(offers->currentData().toInt() == int(SlotOffers::Earliest));
    const qsizetype before = s.setupEntries();

    retype(child<QSpinBox>(tab, "startsPerNurse"), 3);
    retype(shifts, QStringLiteral("mon-fri 07-19=5"));
    offers->setCurrentIndex(offers->findData(int(SlotOffers::Level)));
    click(tab, "saveNurses");
    REQUIRE(tab->problem().isEmpty());
    REQUIRE(tab->notice() == QStringLiteral("Nurses saved."));
    const NursePolicy stored = s.f.store.nursePolicy(s.f.center.id);
    REQUIRE(stored.startsPerNurseStep == 3);
    REQUIRE(stored.offers == SlotOffers::Level);
    REQUIRE(stored.nursesAt(3, 9, 4) == 5);
    REQUIRE(stored.shiftsText() == QStringLiteral("mon-fri 07-19=5"));
    REQUIRE(s.setupEntries() > before);
    const QString audited = test::auditOf(s.f.store, AuditAction::SetupChanged).last().event.reason;
    INFO(audited.toStdString());
    REQUIRE(audited.contains(QStringLiteral("level")));

    // A shift that is not one: marked, said, and nothing written.
    const qsizetype after = s.setupEntries();
    retype(shifts, QStringLiteral("someday 07-19=5"));
    click(tab, "saveNurses");
    REQUIRE(tab->markedField() == QStringLiteral("nurses"));
    REQUIRE(tab->problem().contains(QStringLiteral("mon-fri 07-19=6")));
    REQUIRE(s.f.store.nursePolicy(s.f.center.id) == stored);
    REQUIRE(s.setupEntries() == after);
}
