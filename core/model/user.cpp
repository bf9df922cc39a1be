#include "user.h"

#include <QCoreApplication>

namespace chairside {

QString roleName(Role role)
{
    switch (role) {
    case Role::Receptionist:
        return QStringLiteral("receptionist");
    case Role::Nurse:
        return QStringLiteral("nurse");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Receptionist:
        return QCoreApplication::translate("Role", "receptionist");
    case Role::Nurse:
        //: The role of the nursing staff.
        return QCoreApplication::translate("Role", "nurse");
    case Role::Admin:
        //: The role of the center's administrator.
        return QCoreApplication::translate("Role", "admin");
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    for (Role role : {Role::Receptionist, Role::Nurse, Role::Admin}) {
        if (roleName(role) == name)
            return role;
    }
    return std::nullopt;
}

} // namespace chairside
