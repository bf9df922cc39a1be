#pragma once

#include "reminderplan.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace chairside {

/// Where a queued reminder stands.
enum class ReminderState
{
    Queued, ///< waiting for its first attempt
    Sending, ///< claimed by a sender, which commits this before the message leaves
    Sent,
    Retry, ///< an attempt failed; tried again at nextAttemptUtc
    Failed, ///< given up after the last retry: on the failures list
    Interrupted, ///< its sender stopped mid-send; it may or may not have left, so it is never sent again
                 ///< unasked: on the failures list
    Dropped, ///< not sent: the appointment was cancelled or moved, or the patient opted out
};

/// "queued", "sending", "sent", "retry", "failed", "interrupted", "dropped".
QString reminderStateCode(ReminderState state);
std::optional<ReminderState> reminderStateFromCode(const QString &code);

/// One reminder of the queue: an appointment and a moment, unique.
struct Reminder
{
    qint64 id = 0;
    qint64 appointmentId = 0;
    QString moment; ///< ReminderMoment::code()
    ReminderChannel channel = ReminderChannel::Email;
    QString recipient; ///< the address or number it goes to
    QDateTime startUtc; ///< the appointment's time it announces
    QDateTime dueUtc;
    QDateTime createdAtUtc;
    ReminderState state = ReminderState::Queued;
    int attempts = 0;
    QDateTime nextAttemptUtc;
    QDateTime claimedAtUtc;
    QString lastError;
    QDateTime sentAtUtc;
};

/// One attempt of a reminder, as recorded.
struct ReminderAttempt
{
    qint64 reminderId = 0;
    QDateTime atUtc;
    QString result; ///< "sent", "failed", "dropped", "interrupted"
    QString detail;
};

} // namespace chairside
