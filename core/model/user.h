#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace chairside {

enum class Role
{
    Receptionist,
    Nurse,
    Admin
};

QString roleName(Role role);
/// The role as the desktop shows it, in its language: "receptionist", "nurse", "admin" in English.
QString roleLabel(Role role);
std::optional<Role> roleFromName(const QString &name);

struct User
{
    qint64 id = 0;
    QString name;
    Role role = Role::Receptionist;
    bool active = true;

    // The state of the credentials, filled by Store's account reads (account(), accountByName(),
    // accounts()) and by AccountService; Store::userByName() and users() leave them at these defaults.
    bool hasPassword = false;
    int failedAttempts = 0; ///< failed log-ins in a row since the last success
    QDateTime lockedUntilUtc; ///< invalid when not locked out; the lock-out is over once this has passed
    QDateTime passwordChangedAtUtc;

    // The centers the user works at, filled by every read of one account (account(), accountByName(),
    // userByName()) and by accounts(); Store::users() fills allCenters only. Every center (today's and any
    // added later) when allCenters, else those of centerIds. Admins work at every center whatever these say
    // (worksAt() in access/permission.h).
    bool allCenters = true;
    QList<qint64> centerIds;

    /// True while a lock-out holds at `nowUtc`.
    bool isLockedAt(const QDateTime &nowUtc) const
    {
        return lockedUntilUtc.isValid() && lockedUntilUtc > nowUtc;
    }
};

} // namespace chairside
