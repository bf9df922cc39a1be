#pragma once

#include "reminder.h"
#include "reminderchannels.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>

namespace chairside {

class Clock;
class Store;

/// Queues the reminders that have fallen due and sends what is queued: the work of
/// `chairside-cli reminders run` and of the desktop's sender. Safe to run from several programs at once
/// and to stop anywhere:
/// - a reminder is queued once per appointment and moment (the queue's unique key), and only the latest
///   moment already passed, so a sender that did not run for days sends one reminder, not a backlog;
/// - each is claimed ('sending', committed) before it leaves and recorded after, so a sender killed
///   mid-send leaves at most the one in hand undecided: that one is marked interrupted once its claim is
///   older than kClaimTimeoutSeconds and put on the failures list, never sent again unasked;
/// - the appointment is read again at send time: cancelled, moved (its replacement gets its own), no
///   longer at that time, or its patient opted out, and the reminder is dropped, not sent.
/// A failed attempt is tried again after retryDelaySeconds, kMaxAttempts in all, then it is failed.
class ReminderRunner final
{
public:
    /// How a reminder leaves by each channel; an empty function: that channel is not configured, and
    /// nothing is queued for it.
    struct Channels
    {
        std::function<HandOver(const QString &to, const QByteArray &mail)> email;
        std::function<HandOver(const QString &to, const QString &text)> sms;
        QString from; ///< the email's sender
    };

    /// What a run did.
    struct Round
    {
        int queued = 0;
        int sent = 0;
        int retrying = 0; ///< attempts that failed and will be tried again
        int failed = 0; ///< reminders given up on in this run
        int dropped = 0;
        int interrupted = 0; ///< claims found abandoned by a sender that stopped mid-send
        qint64 waiting = 0; ///< queued or retrying after the run
        qint64 failures = 0; ///< on the failures list after the run (failed and interrupted)
    };

    ReminderRunner(Store &store, const Clock &clock, Channels channels);

    /// The channels the settings configure: the mail server (its password from ReminderSecrets) and the
    /// SMS gateway (its token); nothing for one not configured.
    static Channels configuredChannels(Store &store);

    /// Marks abandoned claims interrupted, queues what is due, sends what is queued and due, at most
    /// `limit` reminders. `sent`, when given, hears each reminder's id once it is recorded as sent.
    Round run(int limit = 1000, const std::function<void(qint64)> &sent = {});
    /// Only the queueing part: returns how many reminders were queued.
    int queueDue();

    static constexpr int kMaxAttempts = 5;
    static constexpr qint64 kClaimTimeoutSeconds = 600;
    /// 5 minutes after the first failure, then 15, 60 and 240.
    static qint64 retryDelaySeconds(int attempts);

private:
    int markInterrupted();
    /// Sends one claimed reminder and records the result; returns what it came to.
    ReminderState sendOne(qint64 id);

    Store &m_store;
    const Clock &m_clock;
    Channels m_channels;
};

} // namespace chairside
