#include "reminder.h"

#include <array>
#include <utility>

namespace chairside {

namespace {

constexpr std::array<std::pair<ReminderState, const char *>, 7> kStates {{
    {ReminderState::Queued, "queued"},
    {ReminderState::Sending, "sending"},
    {ReminderState::Sent, "sent"},
    {ReminderState::Retry, "retry"},
    {ReminderState::Failed, "failed"},
    {ReminderState::Interrupted, "interrupted"},
    {ReminderState::Dropped, "dropped"},
}};

} // namespace

QString reminderStateCode(ReminderState state)
{
    for (const auto &[s, code] : kStates) {
        if (s == state)
            return QString::fromLatin1(code);
    }
    return {};
}

std::optional<ReminderState> reminderStateFromCode(const QString &code)
{
    for (const auto &[s, name] : kStates) {
        if (code == QLatin1String(name))
            return s;
    }
    return std::nullopt;
}

} // namespace chairside
