#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace chairside {

/// What happened at the center that the sending interface tells other systems about.
enum class OutboundEvent
{
    CheckedIn, ///< ADT^A04: the patient is registered for today's visit, in a chair
    Arrived, ///< SIU^S14, SCH-25 ARRIVED: at the desk, not yet admitted
    NoShow, ///< SIU^S14, SCH-25 NOSHOW
    Completed, ///< SIU^S14, SCH-25 COMPLETE: the infusion is done
};

/// "checked-in", "arrived", "no-show", "completed".
QString outboundEventCode(OutboundEvent event);
std::optional<OutboundEvent> outboundEventFromCode(const QString &code);
/// Every event, in the order above.
QList<OutboundEvent> allOutboundEvents();

/// Where a queued message stands.
enum class OutboundState
{
    Queued, ///< waiting for its first attempt
    Sent, ///< acknowledged AA, or written to the outbox folder
    Refused, ///< answered AE or AR: kept, and not tried again until an admin retries it
    Failed, ///< not delivered (unreachable, no answer): tried again at nextAttemptUtc
};

/// "queued", "sent", "refused", "failed".
QString outboundStateCode(OutboundState state);
std::optional<OutboundState> outboundStateFromCode(const QString &code);

/// One message of the outbound queue.
struct OutboundMessage
{
    qint64 id = 0;
    QDateTime createdAtUtc;
    OutboundEvent event = OutboundEvent::CheckedIn;
    qint64 appointmentId = 0;
    QString messageType; ///< "ADT^A04", "SIU^S14"
    QString controlId; ///< MSH-10
    QByteArray hl7; ///< the message as sent, segments ending in CR
    OutboundState state = OutboundState::Queued;
    int attempts = 0;
    QDateTime nextAttemptUtc; ///< when it is due; null once sent or refused
    QString lastError; ///< the last answer's text, or why the last attempt failed
    QDateTime sentAtUtc;

    /// Still to be delivered: queued, or failed and waiting to be tried again.
    bool isWaiting() const { return state == OutboundState::Queued || state == OutboundState::Failed; }
};

} // namespace chairside
