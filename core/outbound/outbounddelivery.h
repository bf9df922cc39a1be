#pragma once

#include "deliveryresult.h"

#include <QDateTime>

namespace chairside {

class Clock;
class Store;

/// Delivers the outbound queue through a transport, oldest first, and records each attempt.
///
/// Order is kept: a message is not sent before an older one still waiting, so a round stops at the first
/// message not yet due and at the first failure (the receiver is down; the rest would fail too). A
/// failure is tried again after a delay that doubles from 30 s up to an hour. An AE or AR answer marks
/// the message refused: it stays in the queue, visible, and is not tried again until an admin retries it
/// (OutboundService::retry); the messages after it go on.
class OutboundDelivery final
{
public:
    OutboundDelivery(Store &store, const Clock &clock, OutboundTransport transport);

    static constexpr qint64 kFirstRetrySeconds = 30;
    static constexpr qint64 kLastRetrySeconds = 3600;
    static constexpr int kRoundSize = 500;

    /// The wait before the next attempt after `attempts` failed ones: 30 s, 60 s, 120 s, ... 1 h.
    static qint64 retryDelaySeconds(int attempts);

    struct Round
    {
        int sent = 0;
        int refused = 0;
        int failed = 0;
        int waiting = 0; ///< still queued or failed after the round
        QDateTime nextDueUtc; ///< when the oldest waiting message is due; null when none waits
    };

    /// Delivers what is due now, at most `limit` messages. Each result is committed on its own, so a
    /// crash part-way loses no record of what was sent (at worst the message in flight is sent again,
    /// with the same control id).
    Round deliverDue(int limit = kRoundSize);

private:
    void record(qint64 id, const DeliveryResult &result, const QDateTime &nowUtc);

    Store &m_store;
    const Clock &m_clock;
    OutboundTransport m_transport;
};

} // namespace chairside
