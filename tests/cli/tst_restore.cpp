// chairside-cli restore, backup daily and backup settings: a backup put back only after its checks, by an
// admin of the backup, never over a database open elsewhere, the replaced one kept; the daily copy made
// once a day and its retention.

#include "authhelpers.h"
#include "backup/backupschedule.h"
#include "backup/restoreservice.h"
#include "cli/commandline.h"
#include "fixture.h"
#include "store/sqlquery.h"
#include "store/store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace chairside;
using chairside::test::Fixture;

namespace {

cli::Result runAt(
    Fixture &f, const char *at, const QStringList &arguments, const QString &user = QStringLiteral("admin"))
{
    const QStringList full {QStringLiteral("chairside-cli"), QStringLiteral("--db"), f.temp.path(),
        QStringLiteral("--at"), QString::fromLatin1(at), QStringLiteral("--user"), user};
    return cli::execute(full + arguments);
}

cli::Result run(Fixture &f, const QStringList &arguments, const QString &user = QStringLiteral("admin"))
{
    return runAt(f, "2026-12-02T14:00:00Z", arguments, user);
}

QJsonObject jsonOf(const cli::Result &result)
{
    INFO(result.err.toStdString());
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8());
    REQUIRE(document.isObject());
    return document.object();
}

QByteArray digestOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

/// Writes `bytes` of 0x5a over the file from `offset`: a damaged page.
void damage(const QString &path, qint64 offset, qint64 bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.size() > offset + bytes);
    file.seek(offset);
    file.write(QByteArray(bytes, '\x5a'));
}

QString backupOf(Fixture &f, const QString &name)
{
    QString target = QDir(f.temp.dir()).filePath(name);
    const cli::Result made = run(f, {QStringLiteral("backup"), QStringLiteral("--to"), target});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    return target;
}

QStringList leftovers(const Fixture &f)
{
    return QDir(f.temp.dir()).entryList({QStringLiteral("*.restoring*"), QStringLiteral("*.replaced-*")});
}

} // namespace

TEST_CASE(
    "restore puts a checked backup in place, keeps the database it replaced and records itself", "[sqlite]")
{
    Fixture f;
    const QString backup = backupOf(f, QStringLiteral("copy.sqlite"));
    const QByteArray backupDigest = digestOf(backup);
    // Written after the backup: gone from the restored database, kept in the one set aside.
    f.addReadyPatient(QStringLiteral("M0002"), QStringLiteral("Ann"), QStringLiteral("Lee"),
        QDate(1970, 5, 6), f.infliximab);
    f.temp.close();

    const cli::Result result
        = run(f, {QStringLiteral("--json"), QStringLiteral("restore"), QStringLiteral("--from"), backup});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonObject json = jsonOf(result);
    CHECK(json.value(QStringLiteral("database")).toString() == f.temp.path());
    CHECK(json.value(QStringLiteral("from")).toString() == backup);
    const QString aside = json.value(QStringLiteral("setAside")).toString();
    CHECK(aside.startsWith(f.temp.path() + QStringLiteral(".replaced-20261202-")));
    CHECK(digestOf(backup) == backupDigest);
    CHECK(QDir(f.temp.dir()).entryList({QStringLiteral("*.restoring*")}).isEmpty());

    {
        Store restored(f.temp.path());
        CHECK(restored.patientByMrn(QStringLiteral("M0001")).has_value());
        CHECK_FALSE(restored.patientByMrn(QStringLiteral("M0002")).has_value());
        const AuditVerdict verdict = restored.verifyAudit();
        CHECK(verdict.intact);
        CHECK(verdict.entries == qint64(json.value(QStringLiteral("auditEntries")).toDouble()));
        const QList<AuditEntry> restores = test::auditOf(restored, AuditAction::DatabaseRestored);
        REQUIRE(restores.size() == 1);
        CHECK(restores.first().event.userName == QStringLiteral("admin"));
        CHECK(restores.first().event.reason.contains(QDir::toNativeSeparators(aside)));
    }
    {
        // The replaced database, with its own key and head beside it, still verifies and holds what
        // was written after the backup.
        REQUIRE(QFileInfo::exists(aside + QStringLiteral(".audit-key")));
        Store replaced(aside);
        CHECK(replaced.patientByMrn(QStringLiteral("M0002")).has_value());
        CHECK(replaced.verifyAudit().intact);
        CHECK(test::auditOf(replaced, AuditAction::DatabaseRestored).isEmpty());
    }
    Store copy(backup);
    CHECK(test::auditOf(copy, AuditAction::DatabaseRestored).isEmpty());
}

TEST_CASE("restore replaces nothing for a database open elsewhere, a user who is not an admin of the backup, "
          "a damaged backup or a trail that does not verify",
    "[sqlite]")
{
    Fixture f;
    const QString backup = backupOf(f, QStringLiteral("copy.sqlite"));

    // The fixture's own connection is a desk with the database open.
    const cli::Result open = run(f, {QStringLiteral("restore"), QStringLiteral("--from"), backup});
    CHECK(open.exitCode == 3);
    CHECK(open.err.contains(QStringLiteral("open in Chairside elsewhere")));
    f.temp.close();
    const QByteArray before = digestOf(f.temp.path());

    CHECK(
        run(f, {QStringLiteral("restore"), QStringLiteral("--from"), backup}, QStringLiteral("desk")).exitCode
        == 4);
    {
        const test::ScopedEnv wrong("CHAIRSIDE_PASSWORD", "not-the-password");
        const cli::Result refused = run(f, {QStringLiteral("restore"), QStringLiteral("--from"), backup});
        CHECK(refused.exitCode == 4);
        CHECK(refused.err.contains(QStringLiteral("admin account of the backup")));
    }

    // Another key beside the copy: its trail cannot verify.
    const QString rekeyed = QDir(f.temp.dir()).filePath(QStringLiteral("rekeyed.sqlite"));
    REQUIRE(QFile::copy(backup, rekeyed));
    {
        QFile key(rekeyed + QStringLiteral(".audit-key"));
        REQUIRE(key.open(QIODevice::WriteOnly));
        key.write(QByteArray(64, 'a') + '\n');
    }
    const cli::Result unverified = run(f,
        {QStringLiteral("--json"), QStringLiteral("restore"), QStringLiteral("--from"), rekeyed,
            QStringLiteral("--check")});
    CHECK(unverified.exitCode == 3);
    CHECK_FALSE(jsonOf(unverified).value(QStringLiteral("good")).toBool());
    const cli::Result tampered = run(f, {QStringLiteral("restore"), QStringLiteral("--from"), rekeyed});
    CHECK(tampered.exitCode == 3);
    CHECK(tampered.err.contains(QStringLiteral("audit trail does not verify")));

    // A damaged page in the middle of the copy.
    const QString damaged = QDir(f.temp.dir()).filePath(QStringLiteral("damaged.sqlite"));
    REQUIRE(QFile::copy(backup, damaged));
    QFile::copy(backup + QStringLiteral(".audit-key"), damaged + QStringLiteral(".audit-key"));
    damage(damaged, 4096 * 4, 4096);
    const cli::Result check = run(f,
        {QStringLiteral("--json"), QStringLiteral("restore"), QStringLiteral("--from"), damaged,
            QStringLiteral("--check")});
    CHECK(check.exitCode == 3);
    const QJsonObject checked = jsonOf(check);
    CHECK_FALSE(checked.value(QStringLiteral("good")).toBool());
    CHECK_FALSE(checked.value(QStringLiteral("problem")).toString().isEmpty());
    CHECK(run(f, {QStringLiteral("restore"), QStringLiteral("--from"), damaged}).exitCode == 3);

    const QString nowhere = QDir(f.temp.dir()).filePath(QStringLiteral("no-such.sqlite"));
    CHECK(run(f, {QStringLiteral("restore"), QStringLiteral("--from"), nowhere}).exitCode == 3);
    CHECK(run(f, {QStringLiteral("restore")}).exitCode == 2);

    CHECK(digestOf(f.temp.path()) == before);
    CHECK(leftovers(f).isEmpty());
    // The good backup still restores once the fault is gone.
    const cli::Result good = run(f,
        {QStringLiteral("--json"), QStringLiteral("restore"), QStringLiteral("--check"),
            QStringLiteral("--from"), backup});
    CHECK(good.exitCode == 0);
    CHECK(jsonOf(good).value(QStringLiteral("good")).toBool());
}

TEST_CASE("a damaged or missing database is found at start and brought back from its backup", "[sqlite]")
{
    Fixture f;
    const QString backup = backupOf(f, QStringLiteral("copy.sqlite"));
    f.temp.close();
    CHECK(RestoreService::quickCheck(f.temp.path()).isEmpty());
    CHECK(RestoreService::quickCheck(QDir(f.temp.dir()).filePath(QStringLiteral("new.sqlite"))).isEmpty());

    damage(f.temp.path(), 4096, 4096 * 3);
    const QString problem = RestoreService::quickCheck(f.temp.path());
    INFO(problem.toStdString());
    CHECK_FALSE(problem.isEmpty());
    const cli::Result restored = run(f, {QStringLiteral("restore"), QStringLiteral("--from"), backup});
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    CHECK(RestoreService::quickCheck(f.temp.path()).isEmpty());
    CHECK(RestoreService::backupsIn({f.temp.dir()}).contains(backup));

    // No database at all (a lost disk): nothing to set aside.
    for (const QString &file : QDir(f.temp.dir()).entryList({QStringLiteral("chairside.sqlite*")}))
        REQUIRE(QFile::remove(QDir(f.temp.dir()).filePath(file)));
    const cli::Result fresh
        = run(f, {QStringLiteral("--json"), QStringLiteral("restore"), QStringLiteral("--from"), backup});
    REQUIRE(fresh.exitCode == 0);
    CHECK(jsonOf(fresh).value(QStringLiteral("setAside")).isNull());
    Store back(f.temp.path());
    CHECK(back.patientByMrn(QStringLiteral("M0001")).has_value());
    CHECK(back.verifyAudit().intact);
}

TEST_CASE("a large database is checked at start by its schema and set-up tables, and their damage is found",
    "[sqlite]")
{
    Fixture f;
    const auto read = [&](const QString &sql) {
        SqlQuery query(f.store.database(), sql, "read the file's layout");
        query.exec();
        REQUIRE(query.next());
        return query.value(0).toLongLong();
    };
    const qint64 pageSize = read(QStringLiteral("PRAGMA page_size"));
    const qint64 centerRoot
        = read(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'center'"));
    f.temp.close();
    // Any file is "large" past a threshold of 0 bytes.
    CHECK(RestoreService::quickCheck(f.temp.path(), 0).isEmpty());
    damage(f.temp.path(), (centerRoot - 1) * pageSize, pageSize);
    const QString problem = RestoreService::quickCheck(f.temp.path(), 0);
    INFO(problem.toStdString());
    CHECK_FALSE(problem.isEmpty());
}

TEST_CASE("the daily backup is made once a day by any user, kept for the days the admin sets, and never "
          "removes a copy made by hand",
    "[sqlite]")
{
    Fixture f;
    const QString folder = QDir(f.temp.dir()).filePath(QStringLiteral("backups"));
    const QJsonObject initial
        = jsonOf(run(f, {QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("settings")}));
    CHECK(initial.value(QStringLiteral("automatic")).toBool());
    CHECK(initial.value(QStringLiteral("folder")).toString() == folder);
    CHECK(initial.value(QStringLiteral("keepDays")).toInt() == 14);
    CHECK(initial.value(QStringLiteral("lastBackupAt")).isNull());
    CHECK(initial.value(QStringLiteral("stale")).toBool());

    // Another desk set out to make it ten minutes ago: left to that one for half an hour.
    f.store.setSetting(QStringLiteral("backup.dailyClaim"), QStringLiteral("2026-12-02T13:50:00Z"));
    const cli::Result claimed
        = run(f, {QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("daily")});
    REQUIRE(claimed.exitCode == 0);
    CHECK_FALSE(jsonOf(claimed).value(QStringLiteral("made")).toBool());
    const cli::Result first = runAt(f, "2026-12-02T14:21:00Z",
        {QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("daily")},
        QStringLiteral("desk"));
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    const QJsonObject made = jsonOf(first);
    CHECK(made.value(QStringLiteral("made")).toBool());
    const QString file = made.value(QStringLiteral("file")).toString();
    CHECK(QFileInfo(file).absolutePath() == folder);
    CHECK(BackupSchedule::isDailyName(QFileInfo(file).fileName()));
    CHECK(QFileInfo::exists(file + QStringLiteral(".audit-key")));
    const QList<AuditEntry> entries = test::auditOf(f.store, AuditAction::BackupMade);
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().event.userName == QStringLiteral("desk"));
    CHECK(entries.first().event.reason.startsWith(QStringLiteral("daily")));

    const QJsonObject again
        = jsonOf(run(f, {QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("daily")}));
    CHECK_FALSE(again.value(QStringLiteral("made")).toBool());
    CHECK(again.value(QStringLiteral("file")).isNull());
    const QJsonObject after
        = jsonOf(run(f, {QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("settings")}));
    CHECK(after.value(QStringLiteral("lastBackupFile")).toString() == file);
    CHECK_FALSE(after.value(QStringLiteral("stale")).toBool());
    CHECK(jsonOf(runAt(f, "2026-12-03T15:00:00Z",
                     {QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("settings")}))
              .value(QStringLiteral("stale"))
              .toBool());

    // Only an admin sets it, in range; refusals are on the record.
    const cli::Result desk = run(f,
        {QStringLiteral("backup"), QStringLiteral("settings"), QStringLiteral("--keep-days"),
            QStringLiteral("3")},
        QStringLiteral("desk"));
    CHECK(desk.exitCode == 4);
    const QList<AuditEntry> refusals = test::auditOf(f.store, AuditAction::SetupChanged);
    REQUIRE_FALSE(refusals.isEmpty());
    CHECK(refusals.last().event.result == AuditResult::Refused);
    const cli::Result zero = run(f,
        {QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("settings"),
            QStringLiteral("--keep-days"), QStringLiteral("0")});
    CHECK(zero.exitCode == 3);
    CHECK(zero.out.contains(QStringLiteral("keep_days")));
    CHECK(run(f,
              {QStringLiteral("backup"), QStringLiteral("settings"), QStringLiteral("--automatic"),
                  QStringLiteral("maybe")})
              .exitCode
        == 2);
    REQUIRE(run(f,
                {QStringLiteral("backup"), QStringLiteral("settings"), QStringLiteral("--keep-days"),
                    QStringLiteral("3")})
                .exitCode
        == 0);

    // A copy made by hand in the same folder is never the retention's.
    const QString mine = QDir(folder).filePath(QStringLiteral("before-upgrade.sqlite"));
    REQUIRE(run(f, {QStringLiteral("backup"), QStringLiteral("--to"), mine}).exitCode == 0);
    QStringList removed;
    for (int day = 3; day <= 20; ++day) {
        const QByteArray at
            = QStringLiteral("2026-12-%1T14:00:00Z").arg(day, 2, 10, QLatin1Char('0')).toLatin1();
        const cli::Result daily = runAt(
            f, at.constData(), {QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("daily")});
        REQUIRE(daily.exitCode == 0);
        REQUIRE(jsonOf(daily).value(QStringLiteral("made")).toBool());
        for (const QJsonValue gone : jsonOf(daily).value(QStringLiteral("removed")).toArray())
            removed << gone.toString();
    }
    QStringList kept;
    for (const QString &name :
        QDir(folder).entryList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name)) {
        if (BackupSchedule::isDailyName(name))
            kept << name;
    }
    // The 17th to the 20th: no older than three days.
    REQUIRE(kept.size() == 4);
    CHECK(kept.first().startsWith(QStringLiteral("chairside-2026-12-17")));
    CHECK(removed.size() == 15);
    CHECK(QFileInfo::exists(mine));
    for (const QString &gone : std::as_const(removed)) {
        CHECK_FALSE(QFileInfo::exists(gone));
        CHECK_FALSE(QFileInfo::exists(gone + QStringLiteral(".audit-key")));
    }

    REQUIRE(run(f,
                {QStringLiteral("backup"), QStringLiteral("settings"), QStringLiteral("--automatic"),
                    QStringLiteral("off")})
                .exitCode
        == 0);
    CHECK_FALSE(jsonOf(runAt(f, "2026-12-21T14:00:00Z",
                           {QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("daily")}))
                    .value(QStringLiteral("made"))
                    .toBool());
}
