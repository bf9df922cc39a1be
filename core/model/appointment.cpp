#include "appointment.h"

namespace chairside {

QString prepStateCode(PrepState state)
{
    switch (state) {
    case PrepState::NotReady:
        return QStringLiteral("not-ready");
    case PrepState::Ready:
        return QStringLiteral("ready");
    case PrepState::Wasted:
        return QStringLiteral("wasted");
    case PrepState::NotNeeded:
        return QStringLiteral("not-needed");
    }
    return {};
}

std::optional<PrepState> prepStateFromCode(const QString &code)
{
    for (PrepState state : {PrepState::NotReady, PrepState::Ready, PrepState::Wasted, PrepState::NotNeeded}) {
        if (prepStateCode(state) == code)
            return state;
    }
    return std::nullopt;
}

} // namespace chairside
