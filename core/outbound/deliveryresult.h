#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace chairside {

/// What became of one attempt to deliver a message.
struct DeliveryResult
{
    enum class Outcome
    {
        Sent, ///< accepted: ACK AA (or CA), or written to the outbox folder
        Refused, ///< answered AE or AR (or CE, CR): the receiver will not take it as it is
        Failed, ///< not delivered: unreachable, no answer in time, an answer that is not an ACK for it
    };

    Outcome outcome = Outcome::Failed;
    QString text; ///< the answer's code and words (MSA-1, MSA-3, the ERR reasons), or why delivery failed

    static DeliveryResult sent(const QString &text = {}) { return {Outcome::Sent, text}; }
    static DeliveryResult refused(const QString &text) { return {Outcome::Refused, text}; }
    static DeliveryResult failed(const QString &text) { return {Outcome::Failed, text}; }

    /// Reads the receiver's ACK to the message whose MSH-10 is `controlId`: MSA-1 AA or CA is sent; AE,
    /// AR, CE or CR refused, with MSA-3 and each ERR's reason; anything else (unreadable, no MSA, an
    /// ACK to another message) failed, to be tried again.
    static DeliveryResult fromAck(const QByteArray &ack, const QString &controlId);
};

/// Delivers one message and says how it went: the outbox folder (OutboxFolder), or an MLLP client that
/// sends the message and reads the ACK with DeliveryResult::fromAck. It must not throw.
using OutboundTransport = std::function<DeliveryResult(const QByteArray &message)>;

} // namespace chairside
