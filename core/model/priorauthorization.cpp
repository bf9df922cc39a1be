#include "priorauthorization.h"

#include <QCoreApplication>

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

QString PriorAuthorization::statusLabel(Status status)
{
    switch (status) {
    case Status::Approved:
        //: A prior authorization's status.
        return QCoreApplication::translate("PriorAuthorization", "approved");
    case Status::Pending:
        //: A prior authorization's status: the payer has not decided yet.
        return QCoreApplication::translate("PriorAuthorization", "pending");
    case Status::Denied:
        //: A prior authorization's status.
        return QCoreApplication::translate("PriorAuthorization", "denied");
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
