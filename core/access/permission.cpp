#include "permission.h"

#include "common/error.h"
#include "store/store.h"

#include <QCoreApplication>

#include <utility>

namespace chairside {

bool roleMay(Role role, Permission permission)
{
    switch (permission) {
    case Permission::ViewSchedule:
    case Permission::RegisterPatient:
    case Permission::Book:
        return true;
    case Permission::PrepareDose:
    case Permission::NurseCare:
    case Permission::OverrideLate:
    case Permission::ViewReports:
        return role == Role::Nurse || role == Role::Admin;
    case Permission::OverrideEligibility:
    case Permission::Administer:
        return role == Role::Admin;
    }
    return false;
}

QString permissionDescription(Permission permission)
{
    switch (permission) {
    case Permission::ViewSchedule:
        return QCoreApplication::translate("Permission", "read the schedule");
    case Permission::RegisterPatient:
        return QCoreApplication::translate("Permission", "register patients");
    case Permission::Book:
        return QCoreApplication::translate("Permission", "book and check in");
    case Permission::PrepareDose:
        return QCoreApplication::translate("Permission", "record dose preparation");
    case Permission::NurseCare:
        return QCoreApplication::translate("Permission", "start, complete or mark infusions as no-show");
    case Permission::OverrideLate:
        return QCoreApplication::translate("Permission", "admit a late arrival past the grace period");
    case Permission::OverrideEligibility:
        return QCoreApplication::translate("Permission", "admit with out-of-date eligibility");
    case Permission::Administer:
        return QCoreApplication::translate(
            "Permission", "change centers, chairs, therapies, policy or users");
    case Permission::ViewReports:
        return QCoreApplication::translate("Permission", "see the center's reports");
    }
    return {};
}

void requirePermission(const User &user, Permission permission)
{
    if (!user.active) {
        throw Error(Error::Kind::Forbidden,
            QCoreApplication::translate("Permission", "The account \"%1\" is disabled and cannot act.")
                .arg(user.name),
            QStringLiteral("user"));
    }
    if (!roleMay(user.role, permission)) {
        throw Error(Error::Kind::Forbidden,
            QCoreApplication::translate("Permission", "%1 is a %2; only %3 may %4.")
                .arg(user.name, roleLabel(user.role),
                    roleMay(Role::Nurse, permission)
                        ? QCoreApplication::translate("Permission", "a nurse or an admin")
                        : QCoreApplication::translate("Permission", "an admin"),
                    permissionDescription(permission)),
            QStringLiteral("user"));
    }
}

namespace {

/// Runs `check`; a refusal it throws is first written to the audit trail as `event`, refused, with the
/// refusal's words as its reason.
template<typename Check>
void audited(Store &store, const QDateTime &nowUtc, const User &user, AuditEvent event, Check check)
{
    try {
        check();
    } catch (const Error &refusal) {
        if (event.userName.isEmpty())
            event.userName = user.name;
        event.result = AuditResult::Refused;
        event.reason = refusal.message();
        store.audit(event, nowUtc);
        throw;
    }
}

} // namespace

void requirePermission(
    Store &store, const QDateTime &nowUtc, const User &user, Permission permission, AuditEvent event)
{
    audited(store, nowUtc, user, std::move(event), [&] { requirePermission(user, permission); });
}

bool worksAt(const User &user, qint64 centerId)
{
    return user.role == Role::Admin || user.allCenters || user.centerIds.contains(centerId);
}

QList<Center> centersOf(const User &user, const QList<Center> &all)
{
    QList<Center> result;
    for (const Center &center : all) {
        if (worksAt(user, center.id))
            result << center;
    }
    return result;
}

void requirePermissionAt(Store &store, const User &user, Permission permission, qint64 centerId)
{
    requirePermission(user, permission);
    if (centerId == 0 || worksAt(user, centerId))
        return;
    const auto center = store.center(centerId);
    const QString name
        = center ? center->name : QCoreApplication::translate("Permission", "center number %1").arg(centerId);
    throw Error(Error::Kind::Forbidden,
        QCoreApplication::translate("Permission",
            "%1 does not work at %2; an admin can add that center to their account in Settings > Users.")
            .arg(user.name, name),
        QStringLiteral("center"));
}

void requirePermissionAt(Store &store, const QDateTime &nowUtc, const User &user, Permission permission,
    qint64 centerId, AuditEvent event)
{
    audited(store, nowUtc, user, std::move(event),
        [&] { requirePermissionAt(store, user, permission, centerId); });
}

} // namespace chairside
