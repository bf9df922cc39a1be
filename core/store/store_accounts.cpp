// Store: credentials, lock-out and the setting table. Accounts are disabled, never deleted: the schema's
// trigger refuses a DELETE on app_user.

#include "common/error.h"
#include "scopedtransaction.h"
#include "sqlquery.h"
#include "statementcache.h"
#include "store.h"
#include "storevalues.h"

namespace chairside {

namespace {

const char *const kAccountColumns
    = "id, name, role, active, password_hash <> '', failed_attempts, locked_until, password_changed_at, "
      "all_centers";

User accountFrom(const SqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.name = q.value(1).toString();
    u.role = roleFromName(q.value(2).toString()).value_or(Role::Receptionist);
    u.active = q.value(3).toBool();
    u.hasPassword = q.value(4).toBool();
    u.failedAttempts = q.value(5).toInt();
    u.lockedUntilUtc = StoreValues::instantFrom(q.value(6));
    u.passwordChangedAtUtc = StoreValues::instantFrom(q.value(7));
    u.allCenters = q.value(8).toBool();
    return u;
}

QString accountSelect(const char *rest)
{
    return QStringLiteral("SELECT %1 FROM app_user %2")
        .arg(QLatin1String(kAccountColumns), QLatin1String(rest));
}

/// Every write below names one account; a missing one is the caller's mistake, said in words.
void requireOneRow(const SqlQuery &q, qint64 userId)
{
    if (q.numRowsAffected() != 1) {
        throw Error(Error::Kind::NotFound, QStringLiteral("There is no user number %1.").arg(userId),
            QStringLiteral("user"));
    }
}

/// The centers of a user limited to some (in id order); nothing for one who works at every center.
void readCenters(Database &db, User &u)
{
    if (u.allCenters)
        return;
    SqlQuery q(db, QStringLiteral("SELECT center_id FROM user_center WHERE user_id = ? ORDER BY center_id"),
        "read the user's centers");
    q.exec({u.id});
    while (q.next())
        u.centerIds << q.value(0).toLongLong();
}

} // namespace

std::optional<User> Store::account(qint64 userId)
{
    SqlQuery q(*m_db, accountSelect("WHERE id = ?"), "read the account");
    q.exec({userId});
    if (!q.next())
        return std::nullopt;
    User u = accountFrom(q);
    readCenters(*m_db, u);
    return u;
}

std::optional<User> Store::accountByName(const QString &name)
{
    SqlQuery q(*m_db, accountSelect("WHERE name = ?"), "find the account");
    q.exec({name.trimmed()});
    if (!q.next())
        return std::nullopt;
    User u = accountFrom(q);
    readCenters(*m_db, u);
    return u;
}

QList<User> Store::accounts()
{
    SqlQuery q(*m_db, accountSelect("ORDER BY name"), "list the accounts");
    q.exec();
    QList<User> result;
    QHash<qint64, qsizetype> byId;
    while (q.next()) {
        result << accountFrom(q);
        byId.insert(result.last().id, result.size() - 1);
    }
    SqlQuery centers(*m_db,
        QStringLiteral("SELECT user_id, center_id FROM user_center ORDER BY user_id, center_id"),
        "read the users' centers");
    centers.exec();
    while (centers.next()) {
        const auto at = byId.constFind(centers.value(0).toLongLong());
        if (at != byId.constEnd() && !result[*at].allCenters)
            result[*at].centerIds << centers.value(1).toLongLong();
    }
    return result;
}

QString Store::passwordHash(qint64 userId)
{
    SqlQuery q(
        *m_db, QStringLiteral("SELECT password_hash FROM app_user WHERE id = ?"), "read the password hash");
    q.exec({userId});
    if (!q.next()) {
        throw Error(Error::Kind::NotFound, QStringLiteral("There is no user number %1.").arg(userId),
            QStringLiteral("user"));
    }
    return q.value(0).toString();
}

void Store::setPasswordHash(qint64 userId, const QString &hash, const QDateTime &changedAtUtc)
{
    SqlQuery q(*m_db,
        QStringLiteral("UPDATE app_user SET password_hash = ?, password_changed_at = ?, failed_attempts = 0, "
                       "locked_until = NULL WHERE id = ?"),
        "store the new password hash");
    q.exec({hash, StoreValues::instantValue(changedAtUtc), userId});
    requireOneRow(q, userId);
}

void Store::upgradePasswordHash(qint64 userId, const QString &hash)
{
    SqlQuery q(*m_db, QStringLiteral("UPDATE app_user SET password_hash = ? WHERE id = ?"),
        "store the password hash made with the new limits");
    q.exec({hash, userId});
    requireOneRow(q, userId);
}

int Store::addFailedLogIn(qint64 userId)
{
    ScopedTransaction transaction(*m_db);
    SqlQuery q(*m_db,
        QStringLiteral("UPDATE app_user SET failed_attempts = failed_attempts + 1 WHERE id = ?"),
        "count the failed log-in");
    q.exec({userId});
    requireOneRow(q, userId);
    SqlQuery read(*m_db, QStringLiteral("SELECT failed_attempts FROM app_user WHERE id = ?"),
        "read the failed log-ins");
    read.exec({userId});
    const int count = read.next() ? read.value(0).toInt() : 0;
    transaction.commit();
    return count;
}

void Store::lockAccount(qint64 userId, const QDateTime &untilUtc)
{
    SqlQuery q(
        *m_db, QStringLiteral("UPDATE app_user SET locked_until = ? WHERE id = ?"), "lock the account");
    q.exec({untilUtc.toSecsSinceEpoch(), userId});
    requireOneRow(q, userId);
}

void Store::clearLogInFailures(qint64 userId)
{
    SqlQuery q(*m_db,
        QStringLiteral("UPDATE app_user SET failed_attempts = 0, locked_until = NULL WHERE id = ?"),
        "clear the failed log-ins");
    q.exec({userId});
    requireOneRow(q, userId);
}

void Store::setUserActive(qint64 userId, bool active)
{
    SqlQuery q(*m_db, QStringLiteral("UPDATE app_user SET active = ? WHERE id = ?"),
        active ? "enable the account" : "disable the account");
    q.exec({active ? 1 : 0, userId});
    requireOneRow(q, userId);
}

void Store::setUserRole(qint64 userId, Role role)
{
    SqlQuery q(*m_db, QStringLiteral("UPDATE app_user SET role = ? WHERE id = ?"), "change the user's role");
    q.exec({roleName(role), userId});
    requireOneRow(q, userId);
}

void Store::setUserCenters(qint64 userId, bool allCenters, const QList<qint64> &centerIds)
{
    ScopedTransaction transaction(*m_db);
    SqlQuery flag(*m_db, QStringLiteral("UPDATE app_user SET all_centers = ? WHERE id = ?"),
        "change where the user works");
    flag.exec({allCenters ? 1 : 0, userId});
    requireOneRow(flag, userId);
    SqlQuery clear(
        *m_db, QStringLiteral("DELETE FROM user_center WHERE user_id = ?"), "change where the user works");
    clear.exec({userId});
    if (!allCenters) {
        SqlQuery add(*m_db, QStringLiteral("INSERT INTO user_center (user_id, center_id) VALUES (?, ?)"),
            "change where the user works");
        for (const qint64 centerId : centerIds)
            add.exec({userId, centerId});
    }
    transaction.commit();
}

std::optional<QString> Store::setting(const QString &key)
{
    SqlQuery q(*m_db, QStringLiteral("SELECT value FROM setting WHERE key = ?"), "read the setting");
    q.exec({key});
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

void Store::setSetting(const QString &key, const QString &value)
{
    if (key.trimmed().isEmpty())
        throw Error::badData(QStringLiteral("key"), QStringLiteral("A setting needs a name."));
    SqlQuery q(*m_db,
        QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
        "save the setting");
    q.exec({key, value});
}

// ---- Users --------------------------------------------------------------------------------------

qint64 Store::addUser(const User &user, const QDateTime &nowUtc)
{
    StoreValues::requireText(user.name, "name", QStringLiteral("The user's name"));
    ScopedTransaction transaction(*m_db);
    if (userByName(user.name)) {
        throw Error(Error::Kind::Conflict,
            QStringLiteral("A user named \"%1\" already exists.").arg(user.name), QStringLiteral("name"));
    }
    const auto qLease = m_statements->take(
        QStringLiteral("INSERT INTO app_user (name, role, active, created_at) VALUES (?, ?, ?, ?)"),
        "add the user");
    SqlQuery &q = *qLease;
    q.exec(
        {user.name.trimmed(), roleName(user.role), user.active ? 1 : 0, StoreValues::instantValue(nowUtc)});
    const qint64 id = q.lastInsertId();
    transaction.commit();
    return id;
}

std::optional<User> Store::userByName(const QString &name)
{
    static const QString sql = accountSelect("WHERE name = ?");
    const auto qLease = m_statements->take(sql, "find the user");
    SqlQuery &q = *qLease;
    q.exec({name.trimmed()});
    if (!q.next())
        return std::nullopt;
    User u = accountFrom(q);
    readCenters(*m_db, u);
    return u;
}

QList<User> Store::users()
{
    static const QString sql = accountSelect("ORDER BY name");
    const auto qLease = m_statements->take(sql, "list the users");
    SqlQuery &q = *qLease;
    q.exec();
    QList<User> result;
    while (q.next())
        result << accountFrom(q);
    return result;
}

} // namespace chairside
