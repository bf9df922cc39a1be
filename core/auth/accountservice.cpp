#include "accountservice.h"

#include "access/permission.h"
#include "audit/auditevent.h"
#include "common/clock.h"
#include "common/error.h"
#include "passwordhasher.h"
#include "store/scopedtransaction.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace chairside {

namespace {

// The keys of the setting table. Stored in files, so they never change once released.
const QLatin1String kIdleLockMinutes("security.idle_lock_minutes");
const QLatin1String kLockoutAttempts("security.lockout_attempts");
const QLatin1String kLockoutMinutes("security.lockout_minutes");
const QLatin1String kPasswordOpsLimit("security.password_opslimit");
const QLatin1String kPasswordMemLimit("security.password_memlimit");
const QLatin1String kDemo("demo");
const QLatin1String kDemoUsers("demo.users");

// What a policy may say. The idle lock is never off (HIPAA's automatic log-off), and a lock-out that
// allows more than a score of guesses protects nothing.
constexpr int kIdleLockMax = 240;
constexpr int kLockoutAttemptsMin = 3;
constexpr int kLockoutAttemptsMax = 20;
constexpr int kLockoutMinutesMax = 24 * 60;

/// The same words for an unknown name and a wrong password, so the screen does not tell which names exist.
QString wrongNameOrPassword()
{
    return QCoreApplication::translate(
        "AccountService", "The user name or the password is not right; check both and try again.");
}

QString minutesText(qint64 minutes)
{
    return minutes == 1 ? QStringLiteral("1 minute") : QStringLiteral("%1 minutes").arg(minutes);
}

QString lockedWords(const User &account, const QDateTime &nowUtc)
{
    const qint64 minutes = std::max<qint64>(1, (nowUtc.secsTo(account.lockedUntilUtc) + 59) / 60);
    return QCoreApplication::translate("AccountService",
        "Too many failed log-ins: the account \"%1\" is locked. Try again in %2, or ask an "
        "admin to unlock it.")
        .arg(account.name, minutesText(minutes));
}

QString isoUtc(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODate);
}

AuditEvent accountEvent(AuditAction action, const QString &userName, qint64 userId,
    const QString &reason = {}, AuditResult result = AuditResult::Done)
{
    AuditEvent event;
    event.action = action;
    event.userName = userName;
    if (userId != 0) {
        event.recordKind = QStringLiteral("user");
        event.recordId = userId;
    }
    event.result = result;
    event.reason = reason;
    return event;
}

/// A hash that an unknown name's password is checked against, so that it takes as long to be refused as
/// a wrong password: the time does not tell which names exist either. Made once per process.
const QString &decoyHash()
{
    static const QString hash = PasswordHasher(SecurityPolicy {}).hash(QStringLiteral("no such account"));
    return hash;
}

void requireNewPassword(const QString &password)
{
    if (password.size() < AccountService::kMinimumPasswordLength) {
        throw Error::badData(QStringLiteral("password"),
            QCoreApplication::translate("AccountService",
                "A password needs at least %1 characters; a short phrase is easier to remember.")
                .arg(AccountService::kMinimumPasswordLength));
    }
}

QString requireUserName(const QString &name)
{
    QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        throw Error::badData(QStringLiteral("name"),
            QCoreApplication::translate("AccountService", "A user needs a name to log in with."));
    return trimmed;
}

SecurityPolicy readPolicy(Store &store)
{
    SecurityPolicy policy;
    const auto readInt = [&](QLatin1String key, int fallback, int minimum, int maximum) {
        bool ok = false;
        const int value = store.setting(key).value_or(QString()).toInt(&ok);
        return ok ? std::clamp(value, minimum, maximum) : fallback;
    };
    const auto readLimit = [&](QLatin1String key, quint64 fallback, quint64 minimum, quint64 maximum) {
        bool ok = false;
        const quint64 value = store.setting(key).value_or(QString()).toULongLong(&ok);
        return std::clamp(ok ? value : fallback, minimum, maximum);
    };
    policy.idleLockMinutes = readInt(kIdleLockMinutes, policy.idleLockMinutes, 1, kIdleLockMax);
    policy.lockoutAttempts
        = readInt(kLockoutAttempts, policy.lockoutAttempts, kLockoutAttemptsMin, kLockoutAttemptsMax);
    policy.lockoutMinutes = readInt(kLockoutMinutes, policy.lockoutMinutes, 1, kLockoutMinutesMax);
    policy.passwordOpsLimit = readLimit(kPasswordOpsLimit, policy.passwordOpsLimit,
        PasswordHasher::minimumOpsLimit(), PasswordHasher::maximumOpsLimit());
    policy.passwordMemLimit = readLimit(kPasswordMemLimit, policy.passwordMemLimit,
        PasswordHasher::minimumMemLimit(), PasswordHasher::maximumMemLimit());
    return policy;
}

/// The user as stored now: a role or an enabled flag changed since the caller logged in counts.
User current(Store &store, const User &user)
{
    if (user.id != 0) {
        if (const auto stored = store.account(user.id))
            return *stored;
    }
    return user;
}

User existingAccount(Store &store, qint64 userId)
{
    const auto account = store.account(userId);
    if (!account) {
        throw Error(Error::Kind::NotFound,
            QCoreApplication::translate("AccountService", "There is no user number %1.").arg(userId),
            QStringLiteral("user"));
    }
    return *account;
}

/// Admins who can act: enabled and with a password to log in with.
bool isWorkingAdmin(const User &user)
{
    return user.role == Role::Admin && user.active && user.hasPassword;
}

void refuseLosingLastAdmin(Store &store, const User &target, const QString &what)
{
    if (!isWorkingAdmin(target))
        return;
    const QList<User> all = store.accounts();
    const auto admins = std::count_if(all.begin(), all.end(), isWorkingAdmin);
    if (admins <= 1) {
        throw Error(Error::Kind::Refused,
            QCoreApplication::translate("AccountService",
                "%1 is the only active admin and cannot be %2; make another user an admin first.")
                .arg(target.name, what),
            QStringLiteral("user"));
    }
}

/// Checks a password for a log-in or an unlock: counts failures, locks after the policy's number in a
/// row, remakes a hash whose limits are below the policy's, and writes every step to the audit trail.
User authenticate(Store &store, const Clock &clock, std::optional<User> account, const QString &typedName,
    const QString &password, AuditAction success)
{
    const QDateTime now = clock.nowUtc();
    const SecurityPolicy policy = readPolicy(store);

    if (!account || !account->hasPassword) {
        PasswordHasher::verify(decoyHash(), password);
        store.audit(accountEvent(AuditAction::LogInFailed, typedName, account ? account->id : 0,
                        account ? QStringLiteral("no password set") : QStringLiteral("unknown user name"),
                        AuditResult::Refused),
            now);
        throw Error(Error::Kind::Refused, wrongNameOrPassword(), QStringLiteral("password"));
    }
    if (account->isLockedAt(now)) {
        // No password is checked while locked: guessing must wait out the lock.
        store.audit(
            accountEvent(AuditAction::LogInFailed, account->name, account->id,
                QStringLiteral("locked until %1").arg(isoUtc(account->lockedUntilUtc)), AuditResult::Refused),
            now);
        throw Error(Error::Kind::Refused, lockedWords(*account, now), QStringLiteral("user"));
    }

    const QString hash = store.passwordHash(account->id);
    if (!PasswordHasher::verify(hash, password)) {
        bool lockedNow = false;
        {
            ScopedTransaction transaction(store.database());
            // A lock-out that has run out starts the count afresh.
            if (account->lockedUntilUtc.isValid())
                store.clearLogInFailures(account->id);
            const int failures = store.addFailedLogIn(account->id);
            store.audit(accountEvent(AuditAction::LogInFailed, account->name, account->id,
                            QStringLiteral("wrong password, %1 of %2 in a row")
                                .arg(failures)
                                .arg(policy.lockoutAttempts),
                            AuditResult::Refused),
                now);
            if (failures >= policy.lockoutAttempts) {
                account->lockedUntilUtc = now.addSecs(qint64(policy.lockoutMinutes) * 60);
                store.lockAccount(account->id, account->lockedUntilUtc);
                store.audit(
                    accountEvent(AuditAction::AccountLocked, account->name, account->id,
                        QStringLiteral("%1 failed log-ins in a row; locked for %2 until %3")
                            .arg(failures)
                            .arg(minutesText(policy.lockoutMinutes), isoUtc(account->lockedUntilUtc))),
                    now);
                lockedNow = true;
            }
            transaction.commit();
        }
        if (lockedNow)
            throw Error(Error::Kind::Refused, lockedWords(*account, now), QStringLiteral("user"));
        throw Error(Error::Kind::Refused, wrongNameOrPassword(), QStringLiteral("password"));
    }

    if (!account->active) {
        store.audit(accountEvent(AuditAction::LogInFailed, account->name, account->id,
                        QStringLiteral("account disabled"), AuditResult::Refused),
            now);
        throw Error(Error::Kind::Refused,
            QCoreApplication::translate(
                "AccountService", "The account \"%1\" is disabled; an admin can enable it again.")
                .arg(account->name),
            QStringLiteral("user"));
    }

    const PasswordHasher hasher(policy);
    const bool rehash = hasher.needsRehash(hash);
    // Hashed before the transaction: a tenth of a second is too long to hold the write lock.
    const QString newHash = rehash ? hasher.hash(password) : QString();
    ScopedTransaction transaction(store.database());
    if (account->failedAttempts > 0 || account->lockedUntilUtc.isValid())
        store.clearLogInFailures(account->id);
    if (rehash)
        store.upgradePasswordHash(account->id, newHash);
    store.audit(accountEvent(success, account->name, account->id,
                    rehash ? QStringLiteral("password hash remade with the policy's limits") : QString()),
        now);
    transaction.commit();
    account->failedAttempts = 0;
    account->lockedUntilUtc = {};
    return *account;
}

} // namespace

AccountService::AccountService(Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{ }

bool AccountService::needsFirstAdmin()
{
    const QList<User> all = m_store.accounts();
    return std::none_of(all.begin(), all.end(), isWorkingAdmin);
}

User AccountService::createFirstAdmin(const QString &name, const QString &password)
{
    const QString userName = requireUserName(name);
    requireNewPassword(password);
    if (!needsFirstAdmin()) {
        throw Error(Error::Kind::Conflict,
            QCoreApplication::translate(
                "AccountService", "This database already has an admin; an admin adds further users."),
            QStringLiteral("name"));
    }
    const QString hash = PasswordHasher(policy()).hash(password);
    const QDateTime now = m_clock.nowUtc();
    // The computer that sets a database up makes its audit key (a server's workstations copy it).
    m_store.makeAuditKeyIfNone();

    ScopedTransaction transaction(m_store.database());
    // Checked again under the write lock: two first runs at once make one admin, not two.
    if (!needsFirstAdmin()) {
        throw Error(Error::Kind::Conflict,
            QCoreApplication::translate(
                "AccountService", "This database already has an admin; an admin adds further users."),
            QStringLiteral("name"));
    }
    qint64 id = 0;
    // A database from before passwords has its admin already: it gets its first password.
    if (const auto existing = m_store.accountByName(userName)) {
        if (existing->role != Role::Admin) {
            throw Error(Error::Kind::Conflict,
                QCoreApplication::translate(
                    "AccountService", "\"%1\" is already a %2; choose another name for the first admin.")
                    .arg(existing->name, roleLabel(existing->role)),
                QStringLiteral("name"));
        }
        id = existing->id;
        if (!existing->active)
            m_store.setUserActive(id, true);
    } else {
        User admin;
        admin.name = userName;
        admin.role = Role::Admin;
        id = m_store.addUser(admin, now);
    }
    m_store.setPasswordHash(id, hash, now);
    m_store.audit(accountEvent(AuditAction::UserAdded, userName, id, QStringLiteral("first admin")), now);
    transaction.commit();
    return existingAccount(m_store, id);
}

User AccountService::logIn(const QString &name, const QString &password)
{
    const QString typed = name.trimmed();
    return authenticate(m_store, m_clock, typed.isEmpty() ? std::nullopt : m_store.accountByName(typed),
        typed, password, AuditAction::LogIn);
}

User AccountService::unlock(const User &user, const QString &password)
{
    return authenticate(
        m_store, m_clock, m_store.account(user.id), user.name, password, AuditAction::SessionUnlocked);
}

void AccountService::recordLocked(const User &user, const QString &why)
{
    m_store.audit(accountEvent(AuditAction::SessionLocked, user.name, user.id, why), m_clock.nowUtc());
}

void AccountService::recordLoggedOut(const User &user)
{
    m_store.audit(accountEvent(AuditAction::LogOut, user.name, user.id), m_clock.nowUtc());
}

User AccountService::addUser(const User &admin, const QString &name, Role role, const QString &password)
{
    const QDateTime now = m_clock.nowUtc();
    const User actor = current(m_store, admin);
    requirePermission(m_store, now, actor, Permission::Administer,
        accountEvent(AuditAction::UserAdded, actor.name, 0, {}, AuditResult::Refused));
    const QString userName = requireUserName(name);
    requireNewPassword(password);
    if (m_store.accountByName(userName)) {
        throw Error(Error::Kind::Conflict,
            QCoreApplication::translate("AccountService", "A user named \"%1\" already exists.")
                .arg(userName),
            QStringLiteral("name"));
    }
    const QString hash = PasswordHasher(policy()).hash(password);

    ScopedTransaction transaction(m_store.database());
    User user;
    user.name = userName;
    user.role = role;
    user.id = m_store.addUser(user, now);
    m_store.setPasswordHash(user.id, hash, now);
    m_store.audit(accountEvent(AuditAction::UserAdded, actor.name, user.id,
                      QStringLiteral("role %1").arg(roleName(role))),
        now);
    transaction.commit();
    return existingAccount(m_store, user.id);
}

void AccountService::setRole(const User &admin, qint64 userId, Role role)
{
    const QDateTime now = m_clock.nowUtc();
    const User actor = current(m_store, admin);
    requirePermission(m_store, now, actor, Permission::Administer,
        accountEvent(AuditAction::UserChanged, actor.name, userId, {}, AuditResult::Refused));
    ScopedTransaction transaction(m_store.database());
    const User target = existingAccount(m_store, userId);
    if (target.role == role)
        return;
    if (role != Role::Admin)
        refuseLosingLastAdmin(m_store, target,
            //: Completes "%1 is the only active admin and cannot be %2"; %1 is a role.
            QCoreApplication::translate("AccountService", "made a %1").arg(roleLabel(role)));
    m_store.setUserRole(userId, role);
    m_store.audit(accountEvent(AuditAction::UserChanged, actor.name, userId,
                      QStringLiteral("role %1 to %2").arg(roleName(target.role), roleName(role))),
        now);
    transaction.commit();
}

void AccountService::setCenters(
    const User &admin, qint64 userId, bool allCenters, const QList<qint64> &centerIds)
{
    const QDateTime now = m_clock.nowUtc();
    const User actor = current(m_store, admin);
    requirePermission(m_store, now, actor, Permission::Administer,
        accountEvent(AuditAction::UserChanged, actor.name, userId, {}, AuditResult::Refused));
    QList<qint64> ids;
    QStringList names;
    if (!allCenters) {
        for (const qint64 id : centerIds) {
            const auto center = m_store.center(id);
            if (!center) {
                throw Error(Error::Kind::NotFound,
                    QCoreApplication::translate("AccountService", "There is no center number %1.").arg(id),
                    QStringLiteral("center"));
            }
            if (!ids.contains(id)) {
                ids << id;
                names << center->name;
            }
        }
        if (ids.isEmpty()) {
            throw Error::badData(QStringLiteral("center"),
                QCoreApplication::translate(
                    "AccountService", "Choose at least one center the user works at, or every center."));
        }
    }
    std::sort(ids.begin(), ids.end());
    ScopedTransaction transaction(m_store.database());
    const User target = existingAccount(m_store, userId);
    if (target.allCenters == allCenters && (allCenters || target.centerIds == ids))
        return;
    m_store.setUserCenters(userId, allCenters, ids);
    names.sort(Qt::CaseInsensitive);
    m_store.audit(accountEvent(AuditAction::UserChanged, actor.name, userId,
                      allCenters ? QStringLiteral("works at every center")
                                 : QStringLiteral("works at %1").arg(names.join(QStringLiteral(", ")))),
        now);
    transaction.commit();
}

void AccountService::setActive(const User &admin, qint64 userId, bool active)
{
    const QDateTime now = m_clock.nowUtc();
    const User actor = current(m_store, admin);
    requirePermission(m_store, now, actor, Permission::Administer,
        accountEvent(AuditAction::UserChanged, actor.name, userId, {}, AuditResult::Refused));
    ScopedTransaction transaction(m_store.database());
    const User target = existingAccount(m_store, userId);
    if (target.active == active)
        return;
    if (!active)
        refuseLosingLastAdmin(m_store, target,
            //: Completes "%1 is the only active admin and cannot be %2".
            QCoreApplication::translate("AccountService", "disabled"));
    m_store.setUserActive(userId, active);
    m_store.audit(accountEvent(AuditAction::UserChanged, actor.name, userId,
                      active ? QStringLiteral("enabled") : QStringLiteral("disabled")),
        now);
    transaction.commit();
}

void AccountService::setPassword(
    const User &actor, qint64 userId, const QString &newPassword, const QString &oldPassword)
{
    const QDateTime now = m_clock.nowUtc();
    const User me = current(m_store, actor);
    const bool own = me.id != 0 && me.id == userId;
    const bool asAdmin = me.active && roleMay(me.role, Permission::Administer);
    if (!asAdmin) {
        // Anyone may change their own password; only an admin sets another's.
        requirePermission(m_store, now, me, own ? Permission::ViewSchedule : Permission::Administer,
            accountEvent(AuditAction::PasswordChanged, me.name, userId, {}, AuditResult::Refused));
    }
    const User target = existingAccount(m_store, userId);
    if (!asAdmin && !PasswordHasher::verify(m_store.passwordHash(userId), oldPassword)) {
        m_store.audit(accountEvent(AuditAction::PasswordChanged, me.name, userId,
                          QStringLiteral("the current password was not right"), AuditResult::Refused),
            now);
        throw Error(Error::Kind::Refused,
            QCoreApplication::translate(
                "AccountService", "The current password is not right; the password was not changed."),
            QStringLiteral("password"));
    }
    requireNewPassword(newPassword);
    const QString hash = PasswordHasher(policy()).hash(newPassword);

    ScopedTransaction transaction(m_store.database());
    m_store.setPasswordHash(target.id, hash, now);
    m_store.audit(accountEvent(AuditAction::PasswordChanged, me.name, userId,
                      own ? QStringLiteral("changed by the user") : QStringLiteral("set by an admin")),
        now);
    transaction.commit();
}

void AccountService::unlockAccount(const User &admin, qint64 userId)
{
    const QDateTime now = m_clock.nowUtc();
    const User actor = current(m_store, admin);
    requirePermission(m_store, now, actor, Permission::Administer,
        accountEvent(AuditAction::UserChanged, actor.name, userId, {}, AuditResult::Refused));
    ScopedTransaction transaction(m_store.database());
    const User target = existingAccount(m_store, userId);
    if (target.failedAttempts == 0 && !target.lockedUntilUtc.isValid())
        return;
    m_store.clearLogInFailures(userId);
    m_store.audit(
        accountEvent(AuditAction::UserChanged, actor.name, userId, QStringLiteral("lock-out cleared")), now);
    transaction.commit();
}

SecurityPolicy AccountService::policy()
{
    return readPolicy(m_store);
}

void AccountService::setPolicy(const User &admin, const SecurityPolicy &next)
{
    const QDateTime now = m_clock.nowUtc();
    const User actor = current(m_store, admin);
    AuditEvent refusal = accountEvent(AuditAction::PolicyChanged, actor.name, 0, {}, AuditResult::Refused);
    refusal.recordKind = QStringLiteral("setting");
    requirePermission(m_store, now, actor, Permission::Administer, refusal);

    const auto requireRange
        = [](const char *field, quint64 value, quint64 minimum, quint64 maximum, const QString &what) {
              if (value < minimum || value > maximum) {
                  throw Error::badData(QString::fromLatin1(field),
                      QCoreApplication::translate("AccountService", "%1 must be from %2 to %3, not %4.")
                          .arg(what)
                          .arg(minimum)
                          .arg(maximum)
                          .arg(value));
              }
          };
    requireRange("idle_lock_minutes", quint64(std::max(next.idleLockMinutes, 0)), 1, kIdleLockMax,
        QCoreApplication::translate("AccountService", "The idle lock, in minutes,"));
    requireRange("lockout_attempts", quint64(std::max(next.lockoutAttempts, 0)), kLockoutAttemptsMin,
        kLockoutAttemptsMax,
        QCoreApplication::translate("AccountService", "The failed log-ins that lock an account"));
    requireRange("lockout_minutes", quint64(std::max(next.lockoutMinutes, 0)), 1, kLockoutMinutesMax,
        QCoreApplication::translate("AccountService", "The lock-out, in minutes,"));
    requireRange("password_opslimit", next.passwordOpsLimit, PasswordHasher::minimumOpsLimit(),
        PasswordHasher::maximumOpsLimit(),
        QCoreApplication::translate("AccountService", "The password hashing passes (opslimit)"));
    requireRange("password_memlimit", next.passwordMemLimit, PasswordHasher::minimumMemLimit(),
        PasswordHasher::maximumMemLimit(),
        QCoreApplication::translate("AccountService", "The password hashing memory in bytes (memlimit)"));

    ScopedTransaction transaction(m_store.database());
    const SecurityPolicy before = readPolicy(m_store);
    QStringList changes;
    const auto save = [&](QLatin1String key, quint64 was, quint64 value) {
        if (was == value)
            return;
        m_store.setSetting(key, QString::number(value));
        changes << QStringLiteral("%1 %2 to %3").arg(key).arg(was).arg(value);
    };
    save(kIdleLockMinutes, quint64(before.idleLockMinutes), quint64(next.idleLockMinutes));
    save(kLockoutAttempts, quint64(before.lockoutAttempts), quint64(next.lockoutAttempts));
    save(kLockoutMinutes, quint64(before.lockoutMinutes), quint64(next.lockoutMinutes));
    save(kPasswordOpsLimit, before.passwordOpsLimit, next.passwordOpsLimit);
    save(kPasswordMemLimit, before.passwordMemLimit, next.passwordMemLimit);
    if (changes.isEmpty())
        return;
    AuditEvent event
        = accountEvent(AuditAction::PolicyChanged, actor.name, 0, changes.join(QStringLiteral("; ")));
    event.recordKind = QStringLiteral("setting");
    m_store.audit(event, now);
    transaction.commit();
}

bool AccountService::isDemo()
{
    return m_store.setting(kDemo).value_or(QString()) == QLatin1String("1");
}

QList<AccountService::DemoCredential> AccountService::demoCredentials()
{
    QList<DemoCredential> result;
    if (!isDemo())
        return result;
    const QStringList names
        = m_store.setting(kDemoUsers).value_or(QString()).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &name : names) {
        const auto account = m_store.accountByName(name);
        if (account && account->active && account->hasPassword)
            result << DemoCredential {account->name, account->role, demoPassword(account->role)};
    }
    return result;
}

QString AccountService::demoPassword(Role role)
{
    switch (role) {
    case Role::Receptionist:
        return QStringLiteral("desk-demo");
    case Role::Nurse:
        return QStringLiteral("nurse-demo");
    case Role::Admin:
        return QStringLiteral("admin-demo");
    }
    return {};
}

void AccountService::setUpDemoAccounts(const QList<User> &users)
{
    const QDateTime now = m_clock.nowUtc();
    ScopedTransaction transaction(m_store.database());
    QStringList names
        = m_store.setting(kDemoUsers).value_or(QString()).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const User &user : users) {
        // Each demo password gets its own salt; the interactive limits keep the demo quick to make.
        m_store.setPasswordHash(
            user.id, PasswordHasher(SecurityPolicy {}).hash(demoPassword(user.role)), now);
        m_store.audit(accountEvent(AuditAction::UserAdded, QStringLiteral("demo"), user.id,
                          QStringLiteral("demo account, role %1").arg(roleName(user.role))),
            now);
        if (!names.contains(user.name))
            names << user.name;
    }
    m_store.setSetting(kDemo, QStringLiteral("1"));
    m_store.setSetting(kDemoUsers, names.join(QLatin1Char(',')));
    transaction.commit();
}

QList<User> AccountService::users(const User &admin)
{
    const User actor = current(m_store, admin);
    requirePermission(actor, Permission::Administer);
    return m_store.accounts();
}

} // namespace chairside
