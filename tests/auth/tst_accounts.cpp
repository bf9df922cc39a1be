// The accounts themselves: the first admin, password hashes and their upgrade, passwords changed, the
// last admin kept, the security policy and the demo's credentials.

#include "auth/accountservice.h"
#include "auth/passwordhasher.h"
#include "authhelpers.h"
#include "demo/demogenerator.h"
#include "fixture.h"
#include "tempstore.h"

#include <catch2/catch.hpp>

using namespace chairside;
using test::Fixture;

namespace {

const QString kRight = QString::fromLatin1(test::kPassword);

User account(Store &store, const char *name)
{
    const auto found = store.accountByName(QString::fromLatin1(name));
    REQUIRE(found.has_value());
    return *found;
}

} // namespace

TEST_CASE("A new database asks for its first admin, once")
{
    test::TempStore temp;
    FixedClock clock(test::utc("2026-12-01T13:00:00Z"));
    AccountService accounts(temp.store(), clock);
    REQUIRE(accounts.needsFirstAdmin());

    REQUIRE(test::thrown([&] {
        accounts.createFirstAdmin(QStringLiteral("boss"), QStringLiteral("short"));
    }).field()
        == QLatin1String("password"));
    REQUIRE(test::thrown([&] {
        accounts.createFirstAdmin(QStringLiteral("  "), QStringLiteral("long enough"));
    }).field()
        == QLatin1String("name"));
    REQUIRE(accounts.needsFirstAdmin());

    const User boss = accounts.createFirstAdmin(QStringLiteral(" boss "), QStringLiteral("long enough"));
    REQUIRE(boss.name == QLatin1String("boss"));
    REQUIRE(boss.role == Role::Admin);
    REQUIRE(boss.hasPassword);
    REQUIRE_FALSE(accounts.needsFirstAdmin());
    REQUIRE(test::thrown([&] {
        accounts.createFirstAdmin(QStringLiteral("other"), QStringLiteral("long enough"));
    }).kind()
        == Error::Kind::Conflict);
    REQUIRE(temp->accounts().size() == 1);
    REQUIRE(accounts.logIn(QStringLiteral("boss"), QStringLiteral("long enough")).id == boss.id);
    REQUIRE(test::auditOf(temp.store(), AuditAction::UserAdded).first().event.reason
        == QLatin1String("first admin"));
}

TEST_CASE("A database from before passwords: its admin gets the first password")
{
    test::TempStore temp;
    FixedClock clock(test::utc("2026-12-01T13:00:00Z"));
    User old;
    old.name = QStringLiteral("admin");
    old.role = Role::Admin;
    const qint64 id = temp->addUser(old, clock.nowUtc());
    AccountService accounts(temp.store(), clock);
    REQUIRE(accounts.needsFirstAdmin());
    REQUIRE(test::thrown([&] { accounts.logIn(QStringLiteral("admin"), QString()); }).kind()
        == Error::Kind::Refused);
    REQUIRE(accounts.createFirstAdmin(QStringLiteral("admin"), QStringLiteral("long enough")).id == id);
    REQUIRE(temp->accounts().size() == 1);
}

TEST_CASE("Password hashes are Argon2id, each with its own salt, and never hold the password")
{
    const PasswordHasher hasher {SecurityPolicy {}};
    const QString password = QStringLiteral("correct horse");
    const QString first = hasher.hash(password);
    const QString second = hasher.hash(password);
    REQUIRE(first.startsWith(QLatin1String("$argon2id$")));
    REQUIRE(second.startsWith(QLatin1String("$argon2id$")));
    REQUIRE(first != second);
    REQUIRE(PasswordHasher::verify(first, password));
    REQUIRE(PasswordHasher::verify(second, password));
    REQUIRE_FALSE(PasswordHasher::verify(first, QStringLiteral("correct horsE")));
    REQUIRE_FALSE(PasswordHasher::verify(QString(), password));
    REQUIRE_FALSE(first.contains(password));
    REQUIRE_FALSE(hasher.needsRehash(first));

    // The same through the accounts: two users, one password, two hashes.
    Fixture f;
    AccountService accounts(f.store, f.clock);
    const User admin = accounts.logIn(QStringLiteral("admin"), kRight);
    const User kim = accounts.addUser(admin, QStringLiteral("kim"), Role::Nurse, password);
    const User lee = accounts.addUser(admin, QStringLiteral("lee"), Role::Nurse, password);
    const QString kimHash = f.store.passwordHash(kim.id);
    REQUIRE(kimHash.startsWith(QLatin1String("$argon2id$")));
    REQUIRE(kimHash != f.store.passwordHash(lee.id));
    REQUIRE(kim.passwordChangedAtUtc == f.clock.nowUtc());
    for (const AuditEntry &entry : test::auditOf(f.store, AuditAction::UserAdded))
        REQUIRE_FALSE(entry.event.reason.contains(password));
}

TEST_CASE("Raising the policy's limits remakes a hash at its next log-in")
{
    Fixture f;
    AccountService accounts(f.store, f.clock);
    const User admin = accounts.logIn(QStringLiteral("admin"), kRight);
    const User kim
        = accounts.addUser(admin, QStringLiteral("kim"), Role::Nurse, QStringLiteral("kim's password"));
    const QString before = f.store.passwordHash(kim.id);
    REQUIRE(before.contains(QLatin1String("t=2")));

    SecurityPolicy stronger = accounts.policy();
    stronger.passwordOpsLimit = 3;
    accounts.setPolicy(admin, stronger);
    REQUIRE(accounts.policy().passwordOpsLimit == 3);
    REQUIRE(f.store.passwordHash(kim.id) == before);

    f.clock.advanceSeconds(3600);
    accounts.logIn(QStringLiteral("kim"), QStringLiteral("kim's password"));
    const QString after = f.store.passwordHash(kim.id);
    REQUIRE(after != before);
    REQUIRE(after.startsWith(QLatin1String("$argon2id$")));
    REQUIRE(after.contains(QLatin1String("t=3")));
    REQUIRE(PasswordHasher::verify(after, QStringLiteral("kim's password")));
    REQUIRE_FALSE(PasswordHasher(accounts.policy()).needsRehash(after));
    // The same password, hashed anew: it was not changed.
    REQUIRE(account(f.store, "kim").passwordChangedAtUtc == kim.passwordChangedAtUtc);
    // And the next log-in leaves it alone.
    accounts.logIn(QStringLiteral("kim"), QStringLiteral("kim's password"));
    REQUIRE(f.store.passwordHash(kim.id) == after);
}

TEST_CASE("The security policy: defaults, an admin's changes, and limits it refuses")
{
    Fixture f;
    AccountService accounts(f.store, f.clock);
    REQUIRE(accounts.policy() == SecurityPolicy {});
    const User admin = accounts.logIn(QStringLiteral("admin"), kRight);

    SecurityPolicy next = accounts.policy();
    next.idleLockMinutes = 10;
    next.lockoutAttempts = 3;
    accounts.setPolicy(admin, next);
    REQUIRE(accounts.policy() == next);
    const auto changes = test::auditOf(f.store, AuditAction::PolicyChanged);
    REQUIRE(changes.size() == 1);
    REQUIRE(changes.first().event.recordKind == QLatin1String("setting"));
    REQUIRE(changes.first().event.reason.contains(QLatin1String("security.lockout_attempts 5 to 3")));
    REQUIRE(changes.first().event.reason.contains(QLatin1String("security.idle_lock_minutes 5 to 10")));

    SecurityPolicy weak = next;
    weak.passwordOpsLimit = 1;
    REQUIRE(
        test::thrown([&] { accounts.setPolicy(admin, weak); }).field() == QLatin1String("password_opslimit"));
    weak = next;
    weak.passwordMemLimit = 1024 * 1024;
    REQUIRE(
        test::thrown([&] { accounts.setPolicy(admin, weak); }).field() == QLatin1String("password_memlimit"));
    weak = next;
    weak.idleLockMinutes = 0;
    REQUIRE(
        test::thrown([&] { accounts.setPolicy(admin, weak); }).field() == QLatin1String("idle_lock_minutes"));
    REQUIRE(accounts.policy() == next);

    // The new count applies at once: three failures lock.
    for (int attempt = 0; attempt < 3; ++attempt)
        test::thrown([&] { accounts.logIn(QStringLiteral("desk"), QStringLiteral("wrong")); });
    REQUIRE(account(f.store, "desk").isLockedAt(f.clock.nowUtc()));
}

TEST_CASE("A user changes their own password with the old one, an admin sets anyone's")
{
    Fixture f;
    AccountService accounts(f.store, f.clock);
    const User desk = accounts.logIn(QStringLiteral("desk"), kRight);
    const User nurse = account(f.store, "nurse");

    REQUIRE(test::thrown([&] {
        accounts.setPassword(desk, desk.id, QStringLiteral("a new phrase"), QStringLiteral("wrong"));
    }).kind()
        == Error::Kind::Refused);
    REQUIRE(test::thrown([&] { accounts.setPassword(desk, desk.id, QStringLiteral("short"), kRight); }).kind()
        == Error::Kind::BadData);
    REQUIRE(test::thrown([&] {
        accounts.setPassword(desk, nurse.id, QStringLiteral("a new phrase"), kRight);
    }).kind()
        == Error::Kind::Forbidden);
    accounts.setPassword(desk, desk.id, QStringLiteral("a new phrase"), kRight);
    REQUIRE(accounts.logIn(QStringLiteral("desk"), QStringLiteral("a new phrase")).id == desk.id);
    REQUIRE(
        test::thrown([&] { accounts.logIn(QStringLiteral("desk"), kRight); }).kind() == Error::Kind::Refused);

    const User admin = accounts.logIn(QStringLiteral("admin"), kRight);
    accounts.setPassword(admin, nurse.id, QStringLiteral("set by the admin"));
    REQUIRE(accounts.logIn(QStringLiteral("nurse"), QStringLiteral("set by the admin")).id == nurse.id);

    const auto entries = test::auditOf(f.store, AuditAction::PasswordChanged);
    REQUIRE(entries.size() == 4);
    REQUIRE(entries[0].event.result == AuditResult::Refused);
    REQUIRE(entries[1].event.result == AuditResult::Refused);
    REQUIRE(entries[2].event.reason == QLatin1String("changed by the user"));
    REQUIRE(entries[3].event.reason == QLatin1String("set by an admin"));
    for (const AuditEntry &entry : entries) {
        REQUIRE_FALSE(entry.event.reason.contains(QLatin1String("phrase")));
        REQUIRE_FALSE(entry.event.reason.contains(QLatin1String("set by the admin")));
    }
}

TEST_CASE("The last active admin can be neither disabled nor demoted, accounts are never deleted")
{
    Fixture f;
    AccountService accounts(f.store, f.clock);
    const User admin = accounts.logIn(QStringLiteral("admin"), kRight);
    REQUIRE(test::thrown([&] { accounts.setActive(admin, admin.id, false); }).kind() == Error::Kind::Refused);
    REQUIRE(
        test::thrown([&] { accounts.setRole(admin, admin.id, Role::Nurse); }).kind() == Error::Kind::Refused);
    REQUIRE(account(f.store, "admin").active);

    const User second
        = accounts.addUser(admin, QStringLiteral("second"), Role::Admin, QStringLiteral("second admin"));
    accounts.setRole(admin, admin.id, Role::Nurse);
    REQUIRE(account(f.store, "admin").role == Role::Nurse);
    REQUIRE(
        test::thrown([&] { accounts.setActive(second, second.id, false); }).kind() == Error::Kind::Refused);
    const auto changes = test::auditOf(f.store, AuditAction::UserChanged);
    REQUIRE(changes.size() == 1);
    REQUIRE(changes.first().event.reason == QLatin1String("role admin to nurse"));

    REQUIRE_THROWS_AS(
        f.store.database().execute(QStringLiteral("DELETE FROM app_user WHERE name = 'desk'"), "delete"),
        Error);
    REQUIRE(f.store.accountByName(QStringLiteral("desk")).has_value());
}

TEST_CASE("Demo credentials are shown only on a demo database, and they log in")
{
    Fixture f;
    AccountService plain(f.store, f.clock);
    REQUIRE_FALSE(plain.isDemo());
    REQUIRE(plain.demoCredentials().isEmpty());

    test::TempStore temp;
    FixedClock clock(test::utc("2026-12-01T13:00:00Z"));
    DemoGenerator::Options options;
    options.date = QDate(2026, 12, 1);
    options.patients = 0;
    DemoGenerator(temp.store(), clock).generate(options);
    AccountService demo(temp.store(), clock);
    REQUIRE(demo.isDemo());
    REQUIRE_FALSE(demo.needsFirstAdmin());
    const QList<AccountService::DemoCredential> shown = demo.demoCredentials();
    REQUIRE(shown.size() == 3);
    QStringList names;
    for (const AccountService::DemoCredential &c : shown) {
        names << c.userName;
        REQUIRE(c.password == AccountService::demoPassword(c.role));
        REQUIRE(demo.logIn(c.userName, c.password).role == c.role);
    }
    names.sort();
    REQUIRE(names
        == QStringList {QStringLiteral("admin"), QStringLiteral("desk.rivera"), QStringLiteral("nurse.kim")});
    REQUIRE(AccountService::demoPassword(Role::Receptionist) == QLatin1String("desk-demo"));

    // A demo account an admin disables is no longer offered.
    const User admin = demo.logIn(QStringLiteral("admin"), AccountService::demoPassword(Role::Admin));
    demo.setActive(admin, account(temp.store(), "desk.rivera").id, false);
    REQUIRE(demo.demoCredentials().size() == 2);
}
