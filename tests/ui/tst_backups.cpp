// Backups at the desktop: Settings' Backups tab (the last backup and its warning, the daily backup's
// settings, a copy made now), the daily backup at a signed-in desk, and the start on a damaged database
// that offers the newest good backup to an admin of it.

#include "audit/auditevent.h"
#include "auth/accountservice.h"
#include "authhelpers.h"
#include "backup/backupschedule.h"
#include "backup/backupservice.h"
#include "backup/restoreservice.h"
#include "checkinhelpers.h"
#include "fixture.h"
#include "setup/backuptab.h"
#include "setup/dailybackuptimer.h"
#include "setup/recoverdialog.h"
#include "setup/settingsdialog.h"
#include "store/store.h"
#include "widgetlookup.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace chairside;
using chairside::test::child;
using chairside::test::retype;

namespace {

/// Writes `bytes` of 0x5a over the file from `offset`: a damaged page.
void damage(const QString &path, qint64 offset, qint64 bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.size() > offset + bytes);
    file.seek(offset);
    file.write(QByteArray(bytes, '\x5a'));
}

} // namespace

TEST_CASE(
    "Settings, Backups: warns while no backup is a day old, saves the daily backup's settings and backs "
    "up now",
    "[sqlite]")
{
    test::Fixture f;
    Workspace workspace(f.store, f.clock);
    workspace.setWatchInterval(0);
    workspace.setCenter(f.center);
    workspace.setUser(test::userNamed(f, "admin"));
    SettingsDialog dialog(workspace);
    dialog.show();
    BackupTab *tab = dialog.backupTab();
    REQUIRE(tab != nullptr);
    dialog.tabs()->setCurrentWidget(tab);
    CHECK(tab->lastBackupText().contains(QStringLiteral("No backup")));
    CHECK_FALSE(tab->warning().isEmpty());
    CHECK(child<QCheckBox>(tab, "dailyBackupBox")->isChecked());
    CHECK(QDir::fromNativeSeparators(child<QLineEdit>(tab, "backupFolderField")->text())
        == QDir(f.temp.dir()).filePath(QStringLiteral("backups")));

    // A folder named by half a path is marked and said; nothing is written.
    auto *folder = child<QLineEdit>(tab, "backupFolderField");
    retype(folder, QStringLiteral("backups/elsewhere"));
    QTest::mouseClick(child<QPushButton>(tab, "saveBackupButton"), Qt::LeftButton);
    CHECK(tab->problem().contains(QStringLiteral("full path")));
    CHECK(folder->property("problem").toBool());
    CHECK(test::auditOf(f.store, AuditAction::SetupChanged).isEmpty());

    const QString chosen = QDir(f.temp.dir()).filePath(QStringLiteral("offsite"));
    retype(folder, QDir::toNativeSeparators(chosen));
    auto *days = child<QSpinBox>(tab, "keepDaysBox");
    days->setValue(30);
    QTest::mouseClick(child<QPushButton>(tab, "saveBackupButton"), Qt::LeftButton);
    CHECK(tab->problem().isEmpty());
    CHECK(child<QLabel>(&dialog, "settingsNotice")->text() == QStringLiteral("Backup settings saved."));
    const BackupSettings saved = BackupSchedule(f.store, f.clock).settings();
    CHECK(saved.folder == chosen);
    CHECK(saved.keepDays == 30);
    CHECK(saved.automatic);
    CHECK(QSettings().value(QLatin1String(BackupTab::kRememberedFolderKey)).toString() == chosen);

    QTest::mouseClick(child<QPushButton>(tab, "backUpNowButton"), Qt::LeftButton);
    CHECK(tab->problem().isEmpty());
    const auto last = BackupSchedule(f.store, f.clock).last();
    REQUIRE(last.has_value());
    CHECK(QFileInfo(last->file).absolutePath() == chosen);
    CHECK(QFileInfo::exists(last->file));
    CHECK(tab->lastBackupText().contains(QDir::toNativeSeparators(last->file)));
    CHECK(tab->warning().isEmpty());
    CHECK(child<QLabel>(&dialog, "settingsNotice")->text().startsWith(QStringLiteral("Backed up to")));
    CHECK(test::auditOf(f.store, AuditAction::BackupMade).size() == 1);

    // A day and more later the warning is back.
    f.clock.advanceSeconds(25 * 60 * 60);
    tab->reload();
    CHECK_FALSE(tab->warning().isEmpty());
}

TEST_CASE("The daily backup runs at a signed-in desk once a day and says so", "[sqlite]")
{
    test::Fixture f;
    Workspace workspace(f.store, f.clock);
    workspace.setWatchInterval(0);
    workspace.setCenter(f.center);
    DailyBackupTimer timer(workspace);
    QSignalSpy made(&timer, &DailyBackupTimer::made);
    QSignalSpy failed(&timer, &DailyBackupTimer::failed);

    timer.runNow(); // nobody signed in: nothing
    CHECK(made.isEmpty());
    workspace.setUser(test::userNamed(f, "desk"));
    timer.setDelays(10, 60 * 60 * 1000);
    timer.start();
    CHECK_FALSE(made.wait(200)); // the tests' environment: CHAIRSIDE_DESK_BACKUP=off
    const test::ScopedEnv on("CHAIRSIDE_DESK_BACKUP", "on");
    timer.start();
    REQUIRE(made.wait(5000));
    CHECK(failed.isEmpty());
    const QString file = made.first().first().toString();
    CHECK(BackupSchedule::isDailyName(QFileInfo(file).fileName()));
    CHECK(QFileInfo::exists(file));
    timer.runNow(); // made today already
    CHECK(made.size() == 1);

    // A folder that cannot be written is said, not swallowed.
    const QString blocked = QDir(f.temp.dir()).filePath(QStringLiteral("blocked"));
    REQUIRE(QFile(blocked).open(QIODevice::WriteOnly)); // a file where the folder should be
    f.store.setSetting(QStringLiteral("backup.folder"), blocked + QStringLiteral("/inside"));
    f.clock.advanceSeconds(24 * 60 * 60);
    timer.runNow();
    CHECK(made.size() == 1);
    REQUIRE(failed.size() == 1);
    CHECK(failed.first().first().toString().contains(QStringLiteral("could not make its folder")));
}

TEST_CASE(
    "A damaged database at start: the newest good backup is offered, checked, and restored for an admin "
    "of it",
    "[sqlite]")
{
    test::Fixture f;
    const QString folder = BackupSchedule::defaultFolder(f.temp.path());
    REQUIRE(QDir().mkpath(folder));
    const QString good = QDir(folder).filePath(QStringLiteral("chairside-2026-11-30-0800.sqlite"));
    AccountService(f.store, f.clock).logIn(QStringLiteral("admin"), QString::fromLatin1(test::kPassword));
    BackupService(f.store, f.clock).backup(test::userNamed(f, "admin"), good);
    // A newer copy that was damaged afterwards: listed first, found bad, passed over.
    const QString bad = QDir(folder).filePath(QStringLiteral("chairside-2026-12-01-0800.sqlite"));
    REQUIRE(QFile::copy(good, bad));
    // The copy holds an entry or more, verified against its key.
    REQUIRE(QFile::copy(good + QStringLiteral(".audit-key"), bad + QStringLiteral(".audit-key")));
    damage(bad, 4096 * 3, 4096 * 2);
    QFile touched(bad);
    REQUIRE(touched.open(QIODevice::ReadWrite));
    touched.setFileTime(QFileInfo(good).lastModified().addSecs(3600), QFileDevice::FileModificationTime);
    touched.close();

    f.temp.close();
    damage(f.temp.path(), 4096, 4096 * 3);
    const QString problem = RestoreService::quickCheck(f.temp.path());
    REQUIRE_FALSE(problem.isEmpty());

    RecoverDialog dialog(f.temp.path(), problem, f.clock);
    dialog.show();
    CHECK(child<QLabel>(&dialog, "damageText")->text().contains(QDir::toNativeSeparators(f.temp.path())));
    CHECK(child<QLabel>(&dialog, "damageDetails")->text().contains(problem.split(QLatin1Char('\n')).first()));
    REQUIRE(dialog.backups() == QStringList {bad, good});
    auto *list = child<QListWidget>(&dialog, "backupList");
    CHECK(list->currentRow() == 1);
    CHECK(dialog.verdict().startsWith(QStringLiteral("Good")));
    auto *restore = child<QPushButton>(&dialog, "restoreButton");
    CHECK_FALSE(restore->isEnabled()); // no password yet
    list->setCurrentRow(0);
    CHECK(dialog.verdict().contains(QStringLiteral("cannot be restored")));
    list->setCurrentRow(1);

    retype(child<QLineEdit>(&dialog, "restorePasswordField"), QStringLiteral("wrong"));
    REQUIRE(restore->isEnabled());
    QTest::mouseClick(restore, Qt::LeftButton);
    CHECK_FALSE(dialog.problem().isEmpty());
    CHECK(dialog.result().setAside.isEmpty());
    CHECK_FALSE(RestoreService::quickCheck(f.temp.path()).isEmpty());

    retype(child<QLineEdit>(&dialog, "restorePasswordField"), QString::fromLatin1(test::kPassword));
    QTest::mouseClick(restore, Qt::LeftButton);
    INFO(dialog.problem().toStdString());
    CHECK(dialog.result().auditEntries > 0);
    CHECK(dialog.problem().isEmpty());
    CHECK(dialog.result().setAside.startsWith(f.temp.path() + QStringLiteral(".replaced-")));
    CHECK(RestoreService::quickCheck(f.temp.path()).isEmpty());
    Store restored(f.temp.path());
    CHECK(restored.patientByMrn(QStringLiteral("M0001")).has_value());
    CHECK(test::auditOf(restored, AuditAction::DatabaseRestored).size() == 1);
}
