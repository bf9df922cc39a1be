#include "user.h"

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

std::optional<Role> roleFromName(const QString &name)
{
    for (Role role : {Role::Receptionist, Role::Nurse, Role::Admin}) {
        if (roleName(role) == name)
            return role;
    }
    return std::nullopt;
}

} // namespace chairside
