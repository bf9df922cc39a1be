#pragma once

#include "interop/hl7outbound.h"
#include "model/outboundmessage.h"

#include <QList>
#include <QString>

namespace chairside {

class Store;

/// How Chairside sends messages to other systems, kept in the `setting` table under
/// `interface.outbound.*`: whether it does, for which events, where to (an MLLP host and port, or an
/// outbox folder) and how MSH names the two ends.
struct OutboundSettings
{
    enum class Destination
    {
        None,
        Folder, ///< one file per message, written atomically, named by control id
        Mllp, ///< an HL7 v2 receiver over MLLP
    };

    bool enabled = false;
    Destination destination = Destination::None;
    QString folder;
    QString host;
    int port = 0;
    /// Which events are sent; by default the check-in's ADT^A04 only.
    QList<OutboundEvent> events {OutboundEvent::CheckedIn};
    Hl7Endpoints endpoints;
    /// PID-3.4: the assigning authority of the center's MRNs (`interface.mrn_authority`, shared with what
    /// is received); empty when none is configured.
    QString mrnAuthority;

    /// True when an event is to be queued: sending is on and the event chosen.
    bool sends(OutboundEvent event) const { return enabled && events.contains(event); }

    /// "folder", "mllp", "none".
    static QString destinationCode(Destination destination);

    /// What is stored; the defaults for what never was.
    static OutboundSettings load(Store &store);
    /// Whether sending is on, in one read: what every check-in asks before reading the rest.
    static bool isEnabled(Store &store);
    /// Writes every key (in the caller's transaction when there is one). Validate first.
    void save(Store &store) const;
    /// Throws Error::BadData naming the field when the settings cannot be used: sending on without a
    /// destination, a folder without a path, a host without a port in 1 to 65535, no event.
    void validate() const;
    /// One line for the audit trail and the CLI: "on, folder /srv/outbox, events checked-in, arrived".
    QString summary() const;
};

} // namespace chairside
