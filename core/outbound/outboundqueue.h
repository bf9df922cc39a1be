#pragma once

#include "model/outboundmessage.h"

#include <QDateTime>

namespace chairside {

class Store;

/// Puts on the outbound queue the message an event calls for: an ADT^A04 when a patient is checked in,
/// an SIU^S14 with the new status on arrival, no-show and completion, when sending is on and the event
/// chosen (OutboundSettings).
///
/// Called by the services inside the transaction of the change the message reports, so the two commit
/// together or not at all: a check-in whose message cannot be queued is refused whole, and one rolled
/// back queues nothing.
class OutboundQueue final
{
public:
    explicit OutboundQueue(Store &store);

    /// Queues the event's message for the appointment as it now stands, due at once. Returns its id, or
    /// 0 when the event is not sent. Throws Error::NotFound for an unknown appointment and Error::Store
    /// when the queue cannot be written.
    qint64 enqueue(qint64 appointmentId, OutboundEvent event, const QDateTime &nowUtc);

    /// "CS00000042": the control id of the message with that id.
    static QString controlIdFor(qint64 id);

private:
    Store &m_store;
};

} // namespace chairside
