// user add|list|disable|enable|role|password|unlock and security show|set: the accounts and the security
// policy. Admins only, except a user changing their own password. A password is never an argument: it
// comes from the environment or the terminal.

#include "access/permission.h"
#include "auth/accountservice.h"
#include "command.h"
#include "common/error.h"
#include "context.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonObject>

#include <limits>

namespace chairside::cli {

namespace {

AuditEvent userRefusal(AuditAction action)
{
    AuditEvent event;
    event.action = action;
    event.recordKind = QStringLiteral("user");
    return event;
}

Role roleValue(Context &ctx)
{
    const QString text = ctx.value(QStringLiteral("role")).trimmed().toLower();
    const auto role = roleFromName(text);
    if (!role) {
        throw Error::badData(QStringLiteral("role"),
            QStringLiteral("--role is receptionist, nurse or admin, not \"%1\".").arg(text));
    }
    return *role;
}

User namedAccount(Context &ctx)
{
    const QString name = ctx.value(QStringLiteral("name")).trimmed();
    const auto account = ctx.store().accountByName(name);
    if (!account)
        throw Error(Error::Kind::NotFound, QStringLiteral("There is no user named \"%1\".").arg(name),
            QStringLiteral("name"));
    return *account;
}

QString newPassword(Context &ctx, const QString &forWhom)
{
    return ctx.secret("CHAIRSIDE_NEW_PASSWORD",
        QStringLiteral("New password for %1 (at least %2 characters): ")
            .arg(forWhom)
            .arg(AccountService::kMinimumPasswordLength),
        true);
}

/// The centers --center names (each by name or number, repeatable), in the order given, without repeats.
QList<qint64> centerValues(Context &ctx)
{
    QList<qint64> ids;
    for (const QString &given : ctx.values.value(QStringLiteral("center"))) {
        const QString name = given.trimmed();
        std::optional<Center> center = ctx.store().centerByName(name);
        bool isNumber = false;
        const qint64 id = name.toLongLong(&isNumber);
        if (!center && isNumber)
            center = ctx.store().center(id);
        if (!center) {
            throw Error(Error::Kind::NotFound, QStringLiteral("There is no center named \"%1\".").arg(name),
                QStringLiteral("center"));
        }
        if (!ids.contains(center->id))
            ids << center->id;
    }
    return ids;
}

/// The names of the centers the user works at, by name; every center's for one not limited (and admins).
QStringList centerNames(const User &u, const QList<Center> &centers)
{
    QStringList names;
    for (const Center &center : centersOf(u, centers))
        names << center.name;
    names.sort(Qt::CaseInsensitive);
    return names;
}

QJsonObject userJson(const User &u, const QDateTime &nowUtc, const QList<Center> &centers)
{
    return QJsonObject {{QStringLiteral("id"), u.id}, {QStringLiteral("name"), u.name},
        {QStringLiteral("role"), roleName(u.role)}, {QStringLiteral("active"), u.active},
        {QStringLiteral("has_password"), u.hasPassword},
        {QStringLiteral("failed_attempts"), u.failedAttempts},
        {QStringLiteral("locked_until"),
            u.isLockedAt(nowUtc) ? QJsonValue(u.lockedUntilUtc.toString(Qt::ISODate))
                                 : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("all_centers"), u.role == Role::Admin || u.allCenters},
        {QStringLiteral("centers"), QJsonArray::fromStringList(centerNames(u, centers))}};
}

/// What the account now says, as every command below prints it.
QJsonObject accountJson(Context &ctx, qint64 userId)
{
    return userJson(*ctx.store().account(userId), ctx.nowUtc(), ctx.store().centers());
}

/// "every center" or "Main Street, Riverside".
QString worksAtText(const User &u, const QList<Center> &centers)
{
    if (u.role == Role::Admin || u.allCenters)
        return QStringLiteral("every center");
    const QStringList names = centerNames(u, centers);
    return names.isEmpty() ? QStringLiteral("no center") : names.join(QStringLiteral(", "));
}

int userAdd(Context &ctx)
{
    // Refused before a new password is asked for.
    const User admin = ctx.requireUser(Permission::Administer, userRefusal(AuditAction::UserAdded));
    const QString name = ctx.value(QStringLiteral("name")).trimmed();
    const Role role = roleValue(ctx);
    // The centers are checked before the password is asked for.
    const QList<qint64> centers = centerValues(ctx);
    AccountService accounts(ctx.store(), ctx.clock());
    const User user = accounts.addUser(admin, name, role, newPassword(ctx, name));
    if (!centers.isEmpty())
        accounts.setCenters(admin, user.id, false, centers);
    const User added = *ctx.store().account(user.id);
    const QList<Center> all = ctx.store().centers();
    ctx.print(QJsonObject {{QStringLiteral("user"),
                  QJsonObject {{QStringLiteral("id"), added.id}, {QStringLiteral("name"), added.name},
                      {QStringLiteral("role"), roleName(added.role)},
                      {QStringLiteral("all_centers"), added.role == Role::Admin || added.allCenters},
                      {QStringLiteral("centers"), QJsonArray::fromStringList(centerNames(added, all))}}}},
        QStringLiteral("Added %1 as %2, working at %3.")
            .arg(added.name, roleName(added.role), worksAtText(added, all)));
    return 0;
}

int userList(Context &ctx)
{
    const User admin = ctx.actingUser();
    const QList<User> users = AccountService(ctx.store(), ctx.clock()).users(admin);
    const QDateTime now = ctx.nowUtc();
    const QList<Center> centers = ctx.store().centers();
    QJsonArray list;
    QString text;
    for (const User &u : users) {
        list << userJson(u, now, centers);
        QStringList notes;
        if (!u.active)
            notes << QStringLiteral("disabled");
        if (!u.hasPassword)
            notes << QStringLiteral("no password");
        if (u.isLockedAt(now))
            notes << QStringLiteral("locked until %1").arg(u.lockedUntilUtc.toString(Qt::ISODate));
        else if (u.failedAttempts > 0)
            notes << QStringLiteral("%1 failed log-ins").arg(u.failedAttempts);
        if (u.role != Role::Admin && !u.allCenters)
            notes << QStringLiteral("works at %1").arg(worksAtText(u, centers));
        text += QStringLiteral("%1 %2 %3\n")
                    .arg(u.name.leftJustified(20), roleName(u.role).leftJustified(13),
                        notes.join(QStringLiteral(", ")));
    }
    ctx.print(QJsonObject {{QStringLiteral("users"), list}}, text);
    return 0;
}

int userActive(Context &ctx, bool active)
{
    const User admin = ctx.actingUser();
    const User target = namedAccount(ctx);
    AccountService(ctx.store(), ctx.clock()).setActive(admin, target.id, active);
    const User now = *ctx.store().account(target.id);
    ctx.print(QJsonObject {{QStringLiteral("user"), accountJson(ctx, target.id)}},
        QStringLiteral("%1 is %2.")
            .arg(now.name, active ? QStringLiteral("enabled") : QStringLiteral("disabled")));
    return 0;
}

int userDisable(Context &ctx)
{
    return userActive(ctx, false);
}

int userEnable(Context &ctx)
{
    return userActive(ctx, true);
}

int userRole(Context &ctx)
{
    const User admin = ctx.actingUser();
    const User target = namedAccount(ctx);
    AccountService(ctx.store(), ctx.clock()).setRole(admin, target.id, roleValue(ctx));
    const User now = *ctx.store().account(target.id);
    ctx.print(QJsonObject {{QStringLiteral("user"), accountJson(ctx, target.id)}},
        QStringLiteral("%1 is now %2.").arg(now.name, roleName(now.role)));
    return 0;
}

int userPassword(Context &ctx)
{
    const User actor = ctx.actingUser();
    const User target = ctx.has(QStringLiteral("name")) ? namedAccount(ctx) : actor;
    const bool asAdmin = roleMay(actor.role, Permission::Administer);
    if (!asAdmin && target.id != actor.id) {
        // Refused (and recorded) before a new password is asked for.
        requirePermission(ctx.store(), ctx.nowUtc(), actor, Permission::Administer,
            userRefusal(AuditAction::PasswordChanged));
    }
    // The acting user's own password, already given to log in, is the old one they confirm.
    const QString old
        = asAdmin ? QString() : ctx.secret("CHAIRSIDE_PASSWORD", QStringLiteral("Current password: "));
    AccountService(ctx.store(), ctx.clock())
        .setPassword(actor, target.id, newPassword(ctx, target.name), old);
    ctx.print(QJsonObject {{QStringLiteral("user"), accountJson(ctx, target.id)}},
        QStringLiteral("The password of %1 is changed.").arg(target.name));
    return 0;
}

int userUnlock(Context &ctx)
{
    const User admin = ctx.actingUser();
    const User target = namedAccount(ctx);
    AccountService(ctx.store(), ctx.clock()).unlockAccount(admin, target.id);
    ctx.print(QJsonObject {{QStringLiteral("user"), accountJson(ctx, target.id)}},
        QStringLiteral("%1 may log in again.").arg(target.name));
    return 0;
}

int userCenters(Context &ctx)
{
    const User admin = ctx.actingUser();
    const User target = namedAccount(ctx);
    const bool all = ctx.has(QStringLiteral("all"));
    if (all == ctx.has(QStringLiteral("center")))
        throw UsageError(QStringLiteral("user centers needs --center (once for each center) or --all."));
    AccountService(ctx.store(), ctx.clock())
        .setCenters(admin, target.id, all, all ? QList<qint64>() : centerValues(ctx));
    const User now = *ctx.store().account(target.id);
    QString text = QStringLiteral("%1 works at %2.").arg(now.name, worksAtText(now, ctx.store().centers()));
    if (now.role == Role::Admin && !now.allCenters)
        text += QStringLiteral(" (An admin works at every center whatever the list says.)");
    ctx.print(QJsonObject {{QStringLiteral("user"), accountJson(ctx, target.id)}}, text);
    return 0;
}

QJsonObject policyJson(const SecurityPolicy &p)
{
    return QJsonObject {{QStringLiteral("idle_lock_minutes"), p.idleLockMinutes},
        {QStringLiteral("lockout_attempts"), p.lockoutAttempts},
        {QStringLiteral("lockout_minutes"), p.lockoutMinutes},
        {QStringLiteral("password_opslimit"), qint64(p.passwordOpsLimit)},
        {QStringLiteral("password_memlimit"), qint64(p.passwordMemLimit)}};
}

QString policyText(const SecurityPolicy &p)
{
    return QStringLiteral("Idle lock after %1 minutes without input.\n"
                          "%2 failed log-ins in a row lock an account for %3 minutes.\n"
                          "Passwords are hashed with Argon2id, %4 passes over %5 MiB.\n")
        .arg(p.idleLockMinutes)
        .arg(p.lockoutAttempts)
        .arg(p.lockoutMinutes)
        .arg(p.passwordOpsLimit)
        .arg(p.passwordMemLimit / (1024 * 1024));
}

AuditEvent policyRefusal()
{
    AuditEvent event;
    event.action = AuditAction::PolicyChanged;
    event.recordKind = QStringLiteral("setting");
    return event;
}

int securityShow(Context &ctx)
{
    ctx.requireUser(Permission::Administer);
    const SecurityPolicy policy = AccountService(ctx.store(), ctx.clock()).policy();
    ctx.print(QJsonObject {{QStringLiteral("security"), policyJson(policy)}}, policyText(policy));
    return 0;
}

int securitySet(Context &ctx)
{
    const User admin = ctx.requireUser(Permission::Administer, policyRefusal());
    AccountService accounts(ctx.store(), ctx.clock());
    SecurityPolicy policy = accounts.policy();
    // The ranges are the service's to enforce, in its words; here only whole numbers are read.
    constexpr int any = std::numeric_limits<int>::max();
    policy.idleLockMinutes
        = ctx.intValue(QStringLiteral("idle-lock-minutes"), policy.idleLockMinutes, 0, any);
    policy.lockoutAttempts = ctx.intValue(QStringLiteral("lockout-attempts"), policy.lockoutAttempts, 0, any);
    policy.lockoutMinutes = ctx.intValue(QStringLiteral("lockout-minutes"), policy.lockoutMinutes, 0, any);
    policy.passwordOpsLimit
        = quint64(ctx.intValue(QStringLiteral("password-opslimit"), int(policy.passwordOpsLimit), 0, any));
    policy.passwordMemLimit
        = quint64(ctx.intValue(QStringLiteral("password-memlimit"), int(policy.passwordMemLimit), 0, any));
    accounts.setPolicy(admin, policy);
    const SecurityPolicy saved = accounts.policy();
    ctx.print(QJsonObject {{QStringLiteral("security"), policyJson(saved)}}, policyText(saved));
    return 0;
}

} // namespace

void addUserCommands(QList<Command> &commands)
{
    const OptionSpec name {
        QStringLiteral("name"), QStringLiteral("N"), QStringLiteral("the user name"), true};
    const QString passwordNote = QStringLiteral("The new password comes from CHAIRSIDE_NEW_PASSWORD or, at a "
                                                "terminal, is asked for twice without echo; "
                                                "never from an argument. At least 8 characters.");

    const OptionSpec center {QStringLiteral("center"), QStringLiteral("C"),
        QStringLiteral("a center the user works at, by name or number (repeat for each)"), false, true};
    commands << Command {{QStringLiteral("user"), QStringLiteral("add")},
        QStringLiteral("Add a member of staff."),
        {name,
            {QStringLiteral("role"), QStringLiteral("ROLE"), QStringLiteral("receptionist, nurse or admin"),
                true},
            center},
        {},
        QStringLiteral("Admins only. Without --center the user works at every center, today's and any added "
                       "later. ")
            + passwordNote
            + QStringLiteral(
                "\n--json: {\"user\": {\"id\", \"name\", \"role\", \"all_centers\", \"centers\"}}"),
        userAdd};
    commands << Command {{QStringLiteral("user"), QStringLiteral("list")},
        QStringLiteral("List the accounts, with who is disabled or locked out."), {}, {},
        QStringLiteral(
            "Admins only.\n--json: {\"users\": [{\"id\", \"name\", \"role\", \"active\", \"has_password\", "
            "\"failed_attempts\", \"locked_until\", \"all_centers\", \"centers\"}]}; \"centers\" names the "
            "centers the user works at (every one for an admin or when \"all_centers\")."),
        userList};
    commands << Command {{QStringLiteral("user"), QStringLiteral("disable")},
        QStringLiteral("Disable an account; it stays in the records, never deleted."), {name}, {},
        QStringLiteral("Admins only. The last active admin cannot be disabled."), userDisable};
    commands << Command {{QStringLiteral("user"), QStringLiteral("enable")},
        QStringLiteral("Enable a disabled account."), {name}, {}, QStringLiteral("Admins only."), userEnable};
    commands << Command {{QStringLiteral("user"), QStringLiteral("role")},
        QStringLiteral("Change a user's role."),
        {name,
            {QStringLiteral("role"), QStringLiteral("ROLE"), QStringLiteral("receptionist, nurse or admin"),
                true}},
        {}, QStringLiteral("Admins only. The last active admin keeps the admin role."), userRole};
    commands << Command {{QStringLiteral("user"), QStringLiteral("password")},
        QStringLiteral("Set a user's password, or change your own."),
        {{QStringLiteral("name"), QStringLiteral("N"), QStringLiteral("whose (default: the acting user)")}},
        {},
        QStringLiteral(
            "An admin sets anyone's. Anyone else changes only their own, confirming the current password "
            "(CHAIRSIDE_PASSWORD, the one they log in with). ")
            + passwordNote,
        userPassword};
    commands << Command {{QStringLiteral("user"), QStringLiteral("centers")},
        QStringLiteral("Set the centers a user works at."),
        {name, center,
            {QStringLiteral("all"), {}, QStringLiteral("every center, today's and any added later")}},
        {},
        QStringLiteral(
            "Admins only. Give --center once for each center, or --all. A user works only at their "
            "centers: the desk's check-ins, the roster, the pharmacy's day, reports and exports of "
            "any other are refused. Admins work at every center.\n--json: {\"user\": {... as user "
            "list}}"),
        userCenters};
    commands << Command {{QStringLiteral("user"), QStringLiteral("unlock")},
        QStringLiteral("Lift a lock-out after too many failed log-ins."), {name}, {},
        QStringLiteral("Admins only."), userUnlock};

    commands << Command {{QStringLiteral("security"), QStringLiteral("show")},
        QStringLiteral("Show the security policy: idle lock, lock-out, password hashing."), {}, {},
        QStringLiteral("Admins only.\n--json: {\"security\": {\"idle_lock_minutes\", \"lockout_attempts\", "
                       "\"lockout_minutes\", \"password_opslimit\", \"password_memlimit\"}}"),
        securityShow};
    commands << Command {{QStringLiteral("security"), QStringLiteral("set")},
        QStringLiteral("Change the security policy."),
        {{QStringLiteral("idle-lock-minutes"), QStringLiteral("M"),
             QStringLiteral("lock the desktop after M idle minutes (1-240)")},
            {QStringLiteral("lockout-attempts"), QStringLiteral("N"),
                QStringLiteral("failed log-ins in a row that lock an account (3-20)")},
            {QStringLiteral("lockout-minutes"), QStringLiteral("M"),
                QStringLiteral("how long a lock-out lasts (1-1440)")},
            {QStringLiteral("password-opslimit"), QStringLiteral("N"),
                QStringLiteral("Argon2id passes for new hashes (at least 2)")},
            {QStringLiteral("password-memlimit"), QStringLiteral("BYTES"),
                QStringLiteral("Argon2id memory for new hashes (at least 67108864)")}},
        {},
        QStringLiteral(
            "Admins only. Options not given keep their value. Raised hashing limits apply to new passwords "
            "at once and to each existing one at its next log-in."),
        securitySet};
}

} // namespace chairside::cli
