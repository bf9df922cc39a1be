#include "outcome.h"

namespace chairside {

QString outcomeCode(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Admit:
        return QStringLiteral("admit");
    case Outcome::Wait:
        return QStringLiteral("wait");
    case Outcome::Reschedule:
        return QStringLiteral("reschedule");
    case Outcome::Unidentified:
        return QStringLiteral("unidentified");
    }
    return {};
}

std::optional<Outcome> outcomeFromCode(const QString &code)
{
    for (Outcome outcome : {Outcome::Admit, Outcome::Wait, Outcome::Reschedule, Outcome::Unidentified}) {
        if (outcomeCode(outcome) == code)
            return outcome;
    }
    return std::nullopt;
}

} // namespace chairside
