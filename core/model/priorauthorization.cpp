#include "priorauthorization.h"

namespace chairside {

QString PriorAuthorization::statusName(Status status)
{
    switch (status) {
    case Status::Approved:
        return QStringLiteral("approved");
    case Status::Pending:
        return QStringLiteral("pending");
    case Status::Denied:
        return QStringLiteral("denied");
    }
    return {};
}

std::optional<PriorAuthorization::Status> PriorAuthorization::statusFromName(const QString &name)
{
    for (Status status : {Status::Approved, Status::Pending, Status::Denied}) {
        if (statusName(status) == name)
            return status;
    }
    return std::nullopt;
}

} // namespace chairside
