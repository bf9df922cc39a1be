// chairside-cli proves who acts: the password from CHAIRSIDE_PASSWORD (or the terminal), refused with exit
// 4 when wrong, missing or locked out, and counted like the desktop's. The roles refuse the same things as
// in core. init makes the first admin; user and security manage accounts and the policy.

#include "authhelpers.h"
#include "checkinhelpers.h"
#include "cli/commandline.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace chairside;
using test::Fixture;

namespace {

const QDate kTuesday(2026, 12, 1);

cli::Result run(const QString &db, const QStringList &arguments)
{
    QStringList argv {QStringLiteral("chairside-cli"), QStringLiteral("--db"), db, QStringLiteral("--at"),
        QStringLiteral("2026-12-01T08:00")};
    return cli::execute(argv + arguments);
}

QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '));
}

QJsonObject json(const cli::Result &result)
{
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == cli::ExitOk);
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

} // namespace

TEST_CASE(
    "chairside-cli: a receptionist cannot override or add a chair (exit 4), and the refusal is recorded")
{
    Fixture f;
    const qint64 id = test::bookReady(f, f.maria, f.infliximab, kTuesday, 8, 30);
    const cli::Result over = run(f.temp.path(),
        QStringList {QStringLiteral("--user"), QStringLiteral("desk"), QStringLiteral("override"),
            QStringLiteral("--appointment"), QString::number(id), QStringLiteral("--code"),
            QStringLiteral("LATE_BEYOND_GRACE"), QStringLiteral("--reason"), QStringLiteral("chair 3 free")});
    REQUIRE(over.exitCode == cli::ExitForbidden);
    REQUIRE(over.err.contains(QLatin1String("receptionist")));
    const cli::Result chair = run(f.temp.path(), words("--user desk chair add --label 9"));
    REQUIRE(chair.exitCode == cli::ExitForbidden);
    REQUIRE_FALSE(f.store.chairByLabel(f.center.id, QStringLiteral("9")).has_value());
    const cli::Result glass = run(f.temp.path(),
        QStringList {QStringLiteral("--user"), QStringLiteral("nurse"), QStringLiteral("override"),
            QStringLiteral("--break-glass"), QStringLiteral("--appointment"), QString::number(id),
            QStringLiteral("--code"), QStringLiteral("AUTH_PENDING"), QStringLiteral("--reason"),
            QStringLiteral("emergency")});
    REQUIRE(glass.exitCode == cli::ExitForbidden);

    REQUIRE(test::auditOf(f.store, AuditAction::Overridden).first().event.result == AuditResult::Refused);
    const auto setup = test::auditOf(f.store, AuditAction::SetupChanged);
    REQUIRE(setup.size() == 1);
    REQUIRE(setup.first().event.userName == QLatin1String("desk"));
    REQUIRE(setup.first().event.result == AuditResult::Refused);
    REQUIRE(test::auditOf(f.store, AuditAction::BreakGlass).first().event.breakGlass);

    // The admin may, and the change is recorded.
    REQUIRE(run(f.temp.path(), words("chair add --label 9")).exitCode == cli::ExitOk);
    REQUIRE(test::auditOf(f.store, AuditAction::SetupChanged).last().event.result == AuditResult::Done);
}

TEST_CASE("chairside-cli: a wrong password is refused with exit 4 and counts toward the lock-out")
{
    Fixture f;
    {
        test::ScopedEnv wrong("CHAIRSIDE_PASSWORD", "not-the-password");
        for (int attempt = 1; attempt <= 5; ++attempt) {
            const cli::Result r = run(f.temp.path(), words("--user nurse roster"));
            REQUIRE(r.exitCode == cli::ExitForbidden);
            REQUIRE(f.store.accountByName(QStringLiteral("nurse"))->failedAttempts == attempt);
        }
    }
    REQUIRE(test::auditOf(f.store, AuditAction::LogInFailed).size() == 5);
    REQUIRE(test::auditOf(f.store, AuditAction::AccountLocked).size() == 1);
    // Locked: the right password is refused too, saying why.
    const cli::Result locked = run(f.temp.path(), words("--user nurse roster"));
    REQUIRE(locked.exitCode == cli::ExitForbidden);
    REQUIRE(locked.err.contains(QLatin1String("locked")));
    // Another user is not affected, and an unknown one is refused like a wrong password.
    REQUIRE(run(f.temp.path(), words("--user desk roster")).exitCode == cli::ExitOk);
    REQUIRE(run(f.temp.path(), words("--user ghost roster")).exitCode == cli::ExitForbidden);
    REQUIRE(test::auditOf(f.store, AuditAction::LogIn).size() == 1);
}

TEST_CASE("chairside-cli without a password and without a terminal refuses, saying how to give it")
{
    const QByteArray cliPath = CHAIRSIDE_CLI_PATH;
    REQUIRE(QFileInfo(QString::fromLocal8Bit(cliPath)).isExecutable());
    Fixture f;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("CHAIRSIDE_PASSWORD"));
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QString::fromLocal8Bit(cliPath),
        {QStringLiteral("--db"), f.temp.path(), QStringLiteral("--user"), QStringLiteral("desk"),
            QStringLiteral("roster")});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == cli::ExitForbidden);
    REQUIRE(
        QString::fromLocal8Bit(process.readAllStandardError()).contains(QLatin1String("CHAIRSIDE_PASSWORD")));
    REQUIRE(f.store.accountByName(QStringLiteral("desk"))->failedAttempts == 0);
}

TEST_CASE("chairside-cli init, user and security: the first admin, the staff and the policy")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("new.sqlite"));
    {
        test::ScopedEnv shortOne("CHAIRSIDE_PASSWORD", "short");
        const cli::Result tooShort = run(db, words("init --name boss"));
        REQUIRE(tooShort.exitCode == cli::ExitBadData);
        REQUIRE(tooShort.err.contains(QLatin1String("8 characters")));
    }
    test::ScopedEnv bossPassword("CHAIRSIDE_PASSWORD", "boss's long password");
    const QJsonObject created = json(run(db, words("--json init --name boss")));
    REQUIRE(created.value(QStringLiteral("admin_created")).toBool());
    REQUIRE(created.value(QStringLiteral("admin")).toString() == QLatin1String("boss"));
    REQUIRE_FALSE(json(run(db, words("--json init"))).value(QStringLiteral("admin_created")).toBool());

    {
        test::ScopedEnv newPassword("CHAIRSIDE_NEW_PASSWORD", "kim's own password");
        json(run(db, words("--user boss user add --name kim --role nurse")));
    }
    const QJsonArray users
        = json(run(db, words("--json --user boss user list"))).value(QStringLiteral("users")).toArray();
    REQUIRE(users.size() == 2);
    REQUIRE(users[1].toObject().value(QStringLiteral("name")).toString() == QLatin1String("kim"));
    REQUIRE(users[1].toObject().value(QStringLiteral("has_password")).toBool());

    {
        test::ScopedEnv asKim("CHAIRSIDE_PASSWORD", "kim's own password");
        REQUIRE(run(db, words("--user kim roster --date 2026-12-01")).exitCode != cli::ExitForbidden);
        REQUIRE(run(db, words("--user kim user list")).exitCode == cli::ExitForbidden);
        REQUIRE(
            run(db, words("--user kim security set --lockout-attempts 3")).exitCode == cli::ExitForbidden);
        test::ScopedEnv newPassword("CHAIRSIDE_NEW_PASSWORD", "kim's newer password");
        REQUIRE(run(db, words("--user kim user password --name boss")).exitCode == cli::ExitForbidden);
        json(run(db, words("--user kim user password")));
    }
    {
        test::ScopedEnv asKim("CHAIRSIDE_PASSWORD", "kim's newer password");
        REQUIRE(run(db, words("--user kim security show")).exitCode == cli::ExitForbidden);
    }

    const QJsonObject policy
        = json(run(db, words("--json --user boss security set --lockout-attempts 3 --idle-lock-minutes 2")));
    REQUIRE(
        policy.value(QStringLiteral("security")).toObject().value(QStringLiteral("lockout_attempts")).toInt()
        == 3);
    REQUIRE(run(db, words("--user boss security set --password-opslimit 1")).exitCode == cli::ExitBadData);

    json(run(db, words("--user boss user disable --name kim")));
    {
        test::ScopedEnv asKim("CHAIRSIDE_PASSWORD", "kim's newer password");
        const cli::Result disabled = run(db, words("--user kim roster"));
        REQUIRE(disabled.exitCode == cli::ExitForbidden);
        REQUIRE(disabled.err.contains(QLatin1String("disabled")));
    }
    REQUIRE(run(db, words("--user boss user disable --name boss")).exitCode == cli::ExitBadData);
    json(run(db, words("--user boss user enable --name kim")));
    const QJsonObject promoted = json(run(db, words("--json --user boss user role --name kim --role admin")));
    REQUIRE(promoted.value(QStringLiteral("user")).toObject().value(QStringLiteral("role")).toString()
        == QLatin1String("admin"));
    json(run(db, words("--user boss user unlock --name kim")));

    // A password is never an argument.
    REQUIRE(run(db, words("--user boss user add --name lee --role nurse --password secret1234")).exitCode
        == cli::ExitUsage);
}
