#include "confirmation.h"

#include <QCoreApplication>

namespace chairside {

QString callOutcomeCode(CallOutcome outcome)
{
    switch (outcome) {
    case CallOutcome::Confirmed:
        return QStringLiteral("confirmed");
    case CallOutcome::LeftMessage:
        return QStringLiteral("left-message");
    case CallOutcome::NoAnswer:
        return QStringLiteral("no-answer");
    case CallOutcome::WantsReschedule:
        return QStringLiteral("reschedule");
    }
    return {};
}

std::optional<CallOutcome> callOutcomeFromCode(const QString &code)
{
    for (const CallOutcome outcome : {CallOutcome::Confirmed, CallOutcome::LeftMessage, CallOutcome::NoAnswer,
             CallOutcome::WantsReschedule}) {
        if (callOutcomeCode(outcome) == code)
            return outcome;
    }
    return std::nullopt;
}

QString callOutcomeLabel(CallOutcome outcome)
{
    switch (outcome) {
    case CallOutcome::Confirmed:
        return QCoreApplication::translate("CallOutcome", "Confirmed");
    case CallOutcome::LeftMessage:
        return QCoreApplication::translate("CallOutcome", "Left a message");
    case CallOutcome::NoAnswer:
        return QCoreApplication::translate("CallOutcome", "No answer");
    case CallOutcome::WantsReschedule:
        return QCoreApplication::translate("CallOutcome", "Wants to reschedule");
    }
    return {};
}

} // namespace chairside
