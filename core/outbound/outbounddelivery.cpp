#include "outbounddelivery.h"

#include "common/clock.h"
#include "common/error.h"
#include "store/scopedtransaction.h"
#include "store/store.h"

#include <algorithm>
#include <utility>

namespace chairside {

OutboundDelivery::OutboundDelivery(Store &store, const Clock &clock, OutboundTransport transport)
    : m_store(store)
    , m_clock(clock)
    , m_transport(std::move(transport))
{ }

qint64 OutboundDelivery::retryDelaySeconds(int attempts)
{
    qint64 delay = kFirstRetrySeconds;
    for (int i = 1; i < attempts && delay < kLastRetrySeconds; ++i)
        delay *= 2;
    return std::min(delay, kLastRetrySeconds);
}

OutboundDelivery::Round OutboundDelivery::deliverDue(int limit)
{
    Round round;
    const QList<OutboundMessage> waiting = m_store.waitingOutboundMessages(limit);
    qsizetype done = 0;
    for (const OutboundMessage &message : waiting) {
        const QDateTime now = m_clock.nowUtc();
        if (message.nextAttemptUtc.isValid() && message.nextAttemptUtc > now)
            break;
        DeliveryResult result;
        try {
            result = m_transport(message.hl7);
        } catch (const std::exception &error) {
            result = DeliveryResult::failed(QString::fromLocal8Bit(error.what()));
        }
        record(message.id, result, m_clock.nowUtc());
        ++done;
        if (result.outcome == DeliveryResult::Outcome::Sent) {
            ++round.sent;
        } else if (result.outcome == DeliveryResult::Outcome::Refused) {
            ++round.refused;
        } else {
            ++round.failed;
            break;
        }
    }
    const QList<OutboundMessage> left = m_store.waitingOutboundMessages(limit);
    round.waiting = int(left.size());
    if (!left.isEmpty())
        round.nextDueUtc
            = left.front().nextAttemptUtc.isValid() ? left.front().nextAttemptUtc : m_clock.nowUtc();
    return round;
}

void OutboundDelivery::record(qint64 id, const DeliveryResult &result, const QDateTime &nowUtc)
{
    ScopedTransaction transaction(m_store.database());
    auto message = m_store.outboundMessage(id);
    if (!message)
        return; // nothing deletes queued messages; should one vanish, there is nothing to record
    ++message->attempts;
    // A message delivered has no error to show; a refusal keeps the receiver's words, a failure its cause.
    message->lastError = result.outcome == DeliveryResult::Outcome::Sent ? QString() : result.text;
    switch (result.outcome) {
    case DeliveryResult::Outcome::Sent:
        message->state = OutboundState::Sent;
        message->sentAtUtc = nowUtc;
        message->nextAttemptUtc = {};
        break;
    case DeliveryResult::Outcome::Refused:
        message->state = OutboundState::Refused;
        message->nextAttemptUtc = {};
        break;
    case DeliveryResult::Outcome::Failed:
        message->state = OutboundState::Failed;
        message->nextAttemptUtc = nowUtc.addSecs(retryDelaySeconds(message->attempts));
        break;
    }
    m_store.updateOutboundDelivery(*message);
    transaction.commit();
}

} // namespace chairside
