#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace chairside {

/// What a call to confirm an appointment came to.
enum class CallOutcome
{
    Confirmed,
    LeftMessage,
    NoAnswer,
    WantsReschedule,
};

/// Who confirmed: the desk on a call, or the patient by a reply to a reminder.
enum class ConfirmationSource
{
    Call,
    Reply,
};

/// "confirmed", "left-message", "no-answer", "reschedule".
QString callOutcomeCode(CallOutcome outcome);
std::optional<CallOutcome> callOutcomeFromCode(const QString &code);
/// "Confirmed", "Left a message", ...: for people.
QString callOutcomeLabel(CallOutcome outcome);

/// What the desk knows of an appointment's confirmation: whether it is confirmed, and the last call.
struct Confirmation
{
    qint64 appointmentId = 0;
    bool confirmed = false;
    std::optional<CallOutcome> lastOutcome;
    QDateTime lastAtUtc;
    QString lastBy;
    int calls = 0;
};

} // namespace chairside
