#include "outboundmessage.h"

#include <array>

namespace chairside {

namespace {

struct EventName
{
    OutboundEvent event;
    const char *code;
};

constexpr std::array kEvents {EventName {OutboundEvent::CheckedIn, "checked-in"},
    EventName {OutboundEvent::Arrived, "arrived"}, EventName {OutboundEvent::NoShow, "no-show"},
    EventName {OutboundEvent::Completed, "completed"}};

struct StateName
{
    OutboundState state;
    const char *code;
};

constexpr std::array kStates {StateName {OutboundState::Queued, "queued"},
    StateName {OutboundState::Sent, "sent"}, StateName {OutboundState::Refused, "refused"},
    StateName {OutboundState::Failed, "failed"}};

} // namespace

QString outboundEventCode(OutboundEvent event)
{
    for (const EventName &e : kEvents) {
        if (e.event == event)
            return QString::fromLatin1(e.code);
    }
    return {};
}

std::optional<OutboundEvent> outboundEventFromCode(const QString &code)
{
    const QString wanted = code.trimmed().toLower();
    for (const EventName &e : kEvents) {
        if (wanted == QLatin1String(e.code))
            return e.event;
    }
    return std::nullopt;
}

QList<OutboundEvent> allOutboundEvents()
{
    QList<OutboundEvent> events;
    for (const EventName &e : kEvents)
        events << e.event;
    return events;
}

QString outboundStateCode(OutboundState state)
{
    for (const StateName &s : kStates) {
        if (s.state == state)
            return QString::fromLatin1(s.code);
    }
    return {};
}

std::optional<OutboundState> outboundStateFromCode(const QString &code)
{
    const QString wanted = code.trimmed().toLower();
    for (const StateName &s : kStates) {
        if (wanted == QLatin1String(s.code))
            return s.state;
    }
    return std::nullopt;
}

} // namespace chairside
