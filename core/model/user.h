#pragma once

#include <QString>

#include <optional>

namespace chairside {

enum class Role { Receptionist, Nurse, Admin };

QString roleName(Role role);
std::optional<Role> roleFromName(const QString &name);

struct User
{
    qint64 id = 0;
    QString name;
    Role role = Role::Receptionist;
    bool active = true;
};

} // namespace chairside
