#pragma once

#include "model/outboundmessage.h"
#include "model/user.h"
#include "outboundsettings.h"

#include <QList>

#include <optional>

namespace chairside {

class Clock;
class Store;

/// The admin's hand on the outbound interface: its settings, the queue, and a refused or failed
/// message sent again. Every change is checked (Permission::Administer), written in one transaction and
/// audited with its old and new values.
class OutboundService final
{
public:
    OutboundService(Store &store, const Clock &clock);

    OutboundSettings settings(const User &user);
    /// Validates and stores the settings; returns them as stored. Error::BadData naming the field.
    OutboundSettings configure(const OutboundSettings &settings, const User &user);

    /// The queue oldest first, every state or one.
    QList<OutboundMessage> queue(
        const User &user, std::optional<OutboundState> state = std::nullopt, int limit = 1000);

    /// Puts a refused or failed message back in the queue, due at once (its attempts and last answer
    /// kept, for the record). Error::NotFound for an unknown id; Error::Refused for one sent or still
    /// queued.
    OutboundMessage retry(qint64 id, const User &user);

private:
    Store &m_store;
    const Clock &m_clock;
};

} // namespace chairside
