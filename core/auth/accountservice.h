#pragma once

#include "model/securitypolicy.h"
#include "model/user.h"

#include <QList>
#include <QString>

namespace chairside {

class Clock;
class Store;

/// Log-in, lock-out and the accounts themselves. Every log-in, failure, lock-out and change to an account
/// or to the security policy is written to the audit trail. Passwords are hashed with Argon2id
/// (libsodium's crypto_pwhash_str) and never kept or logged in clear.
class AccountService final
{
public:
    AccountService(Store &store, const Clock &clock);

    /// A name and password the demo database's log-in screen may show.
    struct DemoCredential
    {
        QString userName;
        Role role = Role::Receptionist;
        QString password;
    };

    /// True while no active admin has a password: the first run on a new database must create one.
    bool needsFirstAdmin();
    /// Creates the first admin. Error::Conflict once an admin exists; Error::BadData for an empty name
    /// or a password that is too short (fewer than 8 characters).
    User createFirstAdmin(const QString &name, const QString &password);

    /// The user, when the password is right. Throws Error::Refused in words a receptionist can act on:
    /// unknown name or wrong password (the same words for both), a disabled account, or an account locked
    /// out after too many failures (saying until when). Each failure counts; the Nth in a row
    /// (SecurityPolicy::lockoutAttempts) locks the account for lockoutMinutes. A success resets the count
    /// and remakes the hash when the policy's limits have been raised.
    User logIn(const QString &name, const QString &password);

    /// The same user typing their password to unlock the idle lock: counts failures like logIn.
    User unlock(const User &user, const QString &password);
    /// Records that the session was locked (idle or by hand), and logged out.
    void recordLocked(const User &user, const QString &why);
    void recordLoggedOut(const User &user);

    // Accounts (Permission::Administer, except a user changing their own password)
    User addUser(const User &admin, const QString &name, Role role, const QString &password);
    void setRole(const User &admin, qint64 userId, Role role);
    /// Disables or enables; an admin cannot disable the last active admin.
    void setActive(const User &admin, qint64 userId, bool active);
    /// Where the user works: every center (today's and any added later), or only `centerIds` (at least one,
    /// each an existing center). Admins work at every center whatever this says.
    void setCenters(const User &admin, qint64 userId, bool allCenters, const QList<qint64> &centerIds);
    /// An admin sets anyone's; a user may change their own, giving the old password.
    void setPassword(
        const User &actor, qint64 userId, const QString &newPassword, const QString &oldPassword = {});
    /// Clears a lock-out before its time (Permission::Administer).
    void unlockAccount(const User &admin, qint64 userId);

    SecurityPolicy policy();
    void setPolicy(const User &admin, const SecurityPolicy &policy);

    /// True on a database made by the demo generator.
    bool isDemo();
    /// The demo users and their passwords; empty unless isDemo().
    QList<DemoCredential> demoCredentials();

    static constexpr int kMinimumPasswordLength = 8;

    /// Every account with the state of its credentials, by name (Permission::Administer).
    QList<User> users(const User &admin);

    /// The password a demo account of this role is given ("desk-demo", ...).
    static QString demoPassword(Role role);
    /// For the demo generator: gives these new accounts their role's demo password and marks the file as a
    /// demo, so that the log-in screen may show them.
    void setUpDemoAccounts(const QList<User> &users);

private:
    Store &m_store;
    const Clock &m_clock;
};

} // namespace chairside
