// Log-in and lock-out: the words a refusal uses, the count of failures, the lock and its expiry on the
// clock, a disabled account, and the session's lock and unlock.

#include "auth/accountservice.h"
#include "authhelpers.h"
#include "fixture.h"

#include <catch2/catch.hpp>

using namespace chairside;
using test::Fixture;

namespace {

const QString kRight = QString::fromLatin1(test::kPassword);

} // namespace

TEST_CASE("The right password logs in and is recorded")
{
    Fixture f;
    AccountService accounts(f.store, f.clock);
    const User desk = accounts.logIn(QStringLiteral("desk"), kRight);
    REQUIRE(desk.name == QLatin1String("desk"));
    REQUIRE(desk.role == Role::Receptionist);
    REQUIRE(desk.hasPassword);
    const auto entries = test::auditOf(f.store, AuditAction::LogIn);
    REQUIRE(entries.size() == 1);
    REQUIRE(entries.first().event.userName == QLatin1String("desk"));
    REQUIRE(entries.first().event.recordKind == QLatin1String("user"));
    REQUIRE(entries.first().event.recordId == desk.id);
    REQUIRE(entries.first().event.result == AuditResult::Done);
}

TEST_CASE("A wrong password and an unknown name are refused in the same words, and both are recorded")
{
    Fixture f;
    AccountService accounts(f.store, f.clock);
    const Error wrong
        = test::thrown([&] { accounts.logIn(QStringLiteral("desk"), QStringLiteral("not the password")); });
    const Error unknown = test::thrown([&] { accounts.logIn(QStringLiteral("nobody"), kRight); });
    REQUIRE(wrong.kind() == Error::Kind::Refused);
    REQUIRE(unknown.kind() == Error::Kind::Refused);
    REQUIRE(wrong.message() == unknown.message());
    REQUIRE(wrong.field() == unknown.field());
    REQUIRE_FALSE(wrong.message().contains(QLatin1String("desk")));

    const auto failures = test::auditOf(f.store, AuditAction::LogInFailed);
    REQUIRE(failures.size() == 2);
    REQUIRE(failures[0].event.userName == QLatin1String("desk"));
    REQUIRE(failures[1].event.userName == QLatin1String("nobody"));
    for (const AuditEntry &entry : failures) {
        REQUIRE(entry.event.result == AuditResult::Refused);
        REQUIRE_FALSE(entry.event.reason.contains(QLatin1String("not the password")));
    }
    REQUIRE(test::account(f.store, "desk").failedAttempts == 1);
}

TEST_CASE("Five failures in a row lock the account for the policy's minutes, then it may log in again")
{
    Fixture f;
    AccountService accounts(f.store, f.clock);
    const SecurityPolicy policy = accounts.policy();
    REQUIRE(policy.lockoutAttempts == 5);
    REQUIRE(policy.lockoutMinutes == 15);

    for (int attempt = 1; attempt < policy.lockoutAttempts; ++attempt) {
        const Error e = test::thrown(
            [&] { accounts.logIn(QStringLiteral("nurse"), QStringLiteral("guess-%1").arg(attempt)); });
        REQUIRE_FALSE(e.message().contains(QLatin1String("locked")));
    }
    REQUIRE(test::auditOf(f.store, AuditAction::AccountLocked).isEmpty());
    const Error fifth
        = test::thrown([&] { accounts.logIn(QStringLiteral("nurse"), QStringLiteral("guess-5")); });
    REQUIRE(fifth.kind() == Error::Kind::Refused);
    REQUIRE(fifth.message().contains(QLatin1String("locked")));
    REQUIRE(fifth.message().contains(QLatin1String("15 minutes")));

    const User locked = test::account(f.store, "nurse");
    REQUIRE(locked.lockedUntilUtc == f.clock.nowUtc().addSecs(15 * 60));
    REQUIRE(test::auditOf(f.store, AuditAction::LogInFailed).size() == 5);
    const auto lock = test::auditOf(f.store, AuditAction::AccountLocked);
    REQUIRE(lock.size() == 1);
    REQUIRE(lock.first().event.recordId == locked.id);

    // While locked even the right password is refused, and is not checked.
    f.clock.advanceSeconds(14 * 60);
    const Error during = test::thrown([&] { accounts.logIn(QStringLiteral("nurse"), kRight); });
    REQUIRE(during.message().contains(QLatin1String("1 minute")));
    REQUIRE(test::account(f.store, "nurse").failedAttempts == 5);

    // Once the lock-out has passed, the count starts afresh: one more mistake does not lock again.
    f.clock.advanceSeconds(60);
    test::thrown([&] { accounts.logIn(QStringLiteral("nurse"), QStringLiteral("one more slip")); });
    REQUIRE(test::account(f.store, "nurse").failedAttempts == 1);
    REQUIRE_FALSE(test::account(f.store, "nurse").isLockedAt(f.clock.nowUtc()));
    const User back = accounts.logIn(QStringLiteral("nurse"), kRight);
    REQUIRE(back.failedAttempts == 0);
    REQUIRE(test::account(f.store, "nurse").failedAttempts == 0);
    REQUIRE_FALSE(test::account(f.store, "nurse").lockedUntilUtc.isValid());
    REQUIRE(test::auditOf(f.store, AuditAction::AccountLocked).size() == 1);
}

TEST_CASE("A success clears the failures, so only failures in a row lock")
{
    Fixture f;
    AccountService accounts(f.store, f.clock);
    for (int round = 0; round < 2; ++round) {
        for (int attempt = 0; attempt < 4; ++attempt)
            test::thrown([&] { accounts.logIn(QStringLiteral("desk"), QStringLiteral("wrong")); });
        REQUIRE(test::account(f.store, "desk").failedAttempts == 4);
        accounts.logIn(QStringLiteral("desk"), kRight);
        REQUIRE(test::account(f.store, "desk").failedAttempts == 0);
    }
    REQUIRE(test::auditOf(f.store, AuditAction::AccountLocked).isEmpty());
}

TEST_CASE("An admin lifts a lock-out before its time")
{
    Fixture f;
    AccountService accounts(f.store, f.clock);
    for (int attempt = 0; attempt < 5; ++attempt)
        test::thrown([&] { accounts.logIn(QStringLiteral("desk"), QStringLiteral("wrong")); });
    REQUIRE(test::account(f.store, "desk").isLockedAt(f.clock.nowUtc()));
    const User admin = accounts.logIn(QStringLiteral("admin"), kRight);
    REQUIRE(test::thrown([&] {
        accounts.unlockAccount(test::account(f.store, "nurse"), test::account(f.store, "desk").id);
    }).kind()
        == Error::Kind::Forbidden);
    accounts.unlockAccount(admin, test::account(f.store, "desk").id);
    REQUIRE(accounts.logIn(QStringLiteral("desk"), kRight).name == QLatin1String("desk"));
    const auto changes = test::auditOf(f.store, AuditAction::UserChanged);
    REQUIRE(changes.size() == 2);
    REQUIRE(changes[0].event.result == AuditResult::Refused);
    REQUIRE(changes[1].event.reason == QLatin1String("lock-out cleared"));
}

TEST_CASE("A disabled account is refused, and says so only to who knows its password")
{
    Fixture f;
    AccountService accounts(f.store, f.clock);
    const User admin = accounts.logIn(QStringLiteral("admin"), kRight);
    accounts.setActive(admin, test::account(f.store, "nurse").id, false);
    REQUIRE_FALSE(test::account(f.store, "nurse").active);

    const Error right = test::thrown([&] { accounts.logIn(QStringLiteral("nurse"), kRight); });
    REQUIRE(right.kind() == Error::Kind::Refused);
    REQUIRE(right.message().contains(QLatin1String("disabled")));
    const Error wrong
        = test::thrown([&] { accounts.logIn(QStringLiteral("nurse"), QStringLiteral("wrong")); });
    REQUIRE_FALSE(wrong.message().contains(QLatin1String("disabled")));
    REQUIRE(test::auditOf(f.store, AuditAction::LogInFailed).first().event.reason
        == QLatin1String("account disabled"));

    accounts.setActive(admin, test::account(f.store, "nurse").id, true);
    REQUIRE(accounts.logIn(QStringLiteral("nurse"), kRight).active);
}

TEST_CASE("The idle lock and its unlock, and the log-out, are recorded, a wrong unlock counts")
{
    Fixture f;
    AccountService accounts(f.store, f.clock);
    const User desk = accounts.logIn(QStringLiteral("desk"), kRight);
    accounts.recordLocked(desk, QStringLiteral("idle 5 minutes"));
    REQUIRE(
        test::thrown([&] { accounts.unlock(desk, QStringLiteral("wrong")); }).kind() == Error::Kind::Refused);
    REQUIRE(test::account(f.store, "desk").failedAttempts == 1);
    REQUIRE(accounts.unlock(desk, kRight).id == desk.id);
    REQUIRE(test::account(f.store, "desk").failedAttempts == 0);
    accounts.recordLoggedOut(desk);

    REQUIRE(test::auditOf(f.store, AuditAction::SessionLocked).first().event.reason
        == QLatin1String("idle 5 minutes"));
    REQUIRE(test::auditOf(f.store, AuditAction::SessionUnlocked).size() == 1);
    REQUIRE(test::auditOf(f.store, AuditAction::LogOut).first().event.userName == QLatin1String("desk"));
}
