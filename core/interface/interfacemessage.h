#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace chairside {

/// How a message reached Chairside.
enum class InterfaceChannel
{
    Mllp, ///< the listener: sender is the peer's address
    File, ///< `chairside-cli import`: sender is the file's path
    Folder, ///< the watched drop folder: sender is the file's path
};

/// What a message holds.
enum class InterfaceFormat
{
    Unknown,
    Hl7v2,
    Fhir,
    Csv,
};

/// What became of a message. Nothing is ever dropped: every message received has one of these.
enum class InterfaceState
{
    Applied, ///< its effects are in the store
    Quarantined, ///< refused whole, nothing of it written; kept with the reason, to retry
    Duplicate, ///< the same sender and control id as a message already applied: no second effect
    Ignored, ///< read, with nothing to do (a cancellation of an appointment never received)
};

QString interfaceChannelName(InterfaceChannel channel); ///< "mllp", "file", "folder"
std::optional<InterfaceChannel> interfaceChannelFromName(const QString &name);
QString interfaceFormatName(InterfaceFormat format); ///< "hl7v2", "fhir", "csv", "unknown"
InterfaceFormat interfaceFormatFromName(const QString &name);
QString interfaceStateName(InterfaceState state); ///< "applied", "quarantined", "duplicate", "ignored"
std::optional<InterfaceState> interfaceStateFromName(const QString &name);
/// "Applied", "Quarantined", ...: for people.
QString interfaceStateLabel(InterfaceState state);
/// Every state, in the order above: for a filter.
QList<InterfaceState> allInterfaceStates();

/// Why a message could not be applied, where: an HL7 segment and field ("AIL", "AIL-3"), a FHIR
/// resource and JSON path ("Appointment", "$.participant[1]"), a CSV line and column ("line 3",
/// "therapy").
struct InterfaceError
{
    QString segment;
    QString field;
    int code = 207; ///< HL7 table 0357: 100-103 content, 200-203 refused as such, 204 unknown key, 207 other
    QString reason;

    /// "AIL-3: no center is mapped to the sender's location \"OFFICE\"".
    QString toString() const;
};

/// A mapping a quarantined message waits for: the admin maps the value, then retries.
enum class MappingKind
{
    Location, ///< a sender's location to a center
    Service, ///< a sender's service, reason, type or drug to a therapy
};

QString mappingKindName(MappingKind kind); ///< "location", "service"
std::optional<MappingKind> mappingKindFromName(const QString &name);

/// One received message as kept (interface_message, schema-9.sql).
struct InterfaceMessage
{
    qint64 id = 0;
    QDateTime receivedAtUtc;
    InterfaceChannel channel = InterfaceChannel::File;
    QString sender; ///< the peer's address or the file's path
    QString sendingApplication; ///< MSH-3.1
    QString sendingFacility; ///< MSH-4.1
    InterfaceFormat format = InterfaceFormat::Unknown;
    QString messageType; ///< "SIU^S12", "ADT^A04", "Bundle", "Patient", "authorization"
    QString controlId; ///< MSH-10, a FHIR Bundle's or resource's id, a CSV row's reference
    QByteArray raw; ///< exactly as received; empty in lists (messages()), filled by message()
    qint64 rawSize = 0; ///< its length in bytes, in lists too
    InterfaceState state = InterfaceState::Applied;
    std::optional<InterfaceError> error; ///< a quarantined message's first error
    std::optional<MappingKind> needsKind; ///< the mapping it waits for, when one would let it through
    QString needsValue;
    QString summary; ///< what it did, by key: "patient 12 added, appointment 40 booked"
    QDateTime appliedAtUtc; ///< null until applied
    int retries = 0;
    QString retriedBy; ///< who retried it last
    QDateTime retriedAtUtc;
    qint64 duplicateOf = 0; ///< the applied message it repeats, 0 when not a duplicate
};

/// What the Interfaces page asks for: newest first, all or one state, a page at a time.
struct InterfaceMessageFilter
{
    std::optional<InterfaceState> state;
    int limit = 100;
    int offset = 0;
};

/// How many messages are in each state.
struct InterfaceCounts
{
    qint64 applied = 0;
    qint64 quarantined = 0;
    qint64 duplicate = 0;
    qint64 ignored = 0;

    qint64 total() const { return applied + quarantined + duplicate + ignored; }
    qint64 of(InterfaceState state) const;
};

/// One row of a mapping table: a sender's value and what it stands for in Chairside.
struct InterfaceMapping
{
    qint64 id = 0;
    MappingKind kind = MappingKind::Location;
    QString senderValue;
    qint64 targetId = 0; ///< the center (Location) or therapy (Service)
    QString targetName; ///< the center's or therapy's name, for display
    QString changedBy;
    QDateTime changedAtUtc;
};

/// The interface's settings (the setting table's interface.* keys).
struct InterfaceSettings
{
    /// The assigning authority (PID-3.4) whose identifier is the center's MRN; empty: the first MR/MRN.
    QString mrnAuthority;
    /// The IANA zone of times sent without an offset; empty: the first center's.
    QByteArray senderZone;
};

} // namespace chairside
