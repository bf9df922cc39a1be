#pragma once

#include "interfacemessage.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace chairside {

class Clock;
class Hl7Message;
class InterfaceApplier;
class InterfaceStore;
class Store;
struct InterfaceOutcome;
struct User;

/// Where a message came from.
struct InterfaceSource
{
    InterfaceChannel channel = InterfaceChannel::File;
    QString sender; ///< the peer's address ("10.1.2.3:40112") or the file's path
};

/// The answer to one message: what became of it and, for HL7 v2, the ACK to send back.
struct InterfaceReceipt
{
    qint64 messageId = 0; ///< its interface_message row
    InterfaceState state = InterfaceState::Quarantined;
    InterfaceFormat format = InterfaceFormat::Unknown;
    QString messageType; ///< "SIU^S12"
    QString controlId; ///< MSH-10
    /// HL7 v2 only: the ACK (MSA AA, AE or AR, with ERR segments naming segment, field and reason),
    /// segments ending in CR, without MLLP framing. Empty for FHIR and CSV, and in file imports.
    QByteArray ack;
    QList<InterfaceError> errors; ///< why it was quarantined; empty otherwise
    QString summary; ///< what it did, by key
    std::optional<MappingKind> needsKind; ///< the mapping that would let it through
    QString needsValue;
};

/// What a file (or any run of bytes holding several messages) gave.
struct InterfaceFileResult
{
    InterfaceFormat format = InterfaceFormat::Unknown;
    QList<InterfaceReceipt> receipts; ///< one per message, in the file's order
    int applied = 0;
    int duplicates = 0;
    int quarantined = 0;
    int ignored = 0;

    /// True when nothing was quarantined (duplicates and ignored messages are fine).
    bool clean() const { return quarantined == 0; }
};

/// A value quarantined messages wait on, with how many wait: the Interfaces page offers to map it.
struct InterfaceWaiting
{
    MappingKind kind = MappingKind::Location;
    QString value;
    int messages = 0;
};

/// The interface engine's receiving end: takes messages from other systems (HL7 v2 ADT, SIU, ORM, RDE;
/// FHIR R4 Patient, Appointment, Coverage, MedicationRequest, ClaimResponse, Location; payers'
/// authorization CSV), records each one, applies it to the store through the same rules as the desk,
/// and answers it. Every method needs Permission::Administer: the listener, the importer and the
/// Interfaces page act as an admin, and a refusal is written to the audit trail.
///
/// One message, one unit: each is applied inside its own savepoint, so a message that cannot be applied
/// is refused whole (nothing of it written) and kept, with its raw text and the segment, field and reason,
/// as quarantined (AE; AR when it is unreadable or of a type not taken). A message whose sender
/// (MSH-3, MSH-4) and control id (MSH-10) match one already applied is recorded as a duplicate and
/// answered AA with no second effect; a second S12 for an appointment key already booked changes nothing.
///
/// Appointments are keyed by the sender's appointment id (filler, else placer: Hl7Mapper), locations
/// mapped to centers and services to therapies by the mapping tables; a booking gets the first chair free
/// for the whole infusion (BookingService::firstFreeChair), and none free quarantines the message rather
/// than double-booking. Each applied message writes one audit entry ("interface-message", the message id)
/// naming what it did by key, never a patient's name or birth date. Writes reach a running desktop
/// through the store's change journal like any other (Workspace::appointmentChanged, patientChanged,
/// interfaceMessageChanged).
class InterfaceService final
{
public:
    InterfaceService(Store &store, const Clock &clock);
    ~InterfaceService();
    Q_DISABLE_COPY_MOVE(InterfaceService)

    /// One message (an MLLP frame's content, one FHIR document): recorded, applied or quarantined, and
    /// committed durably before this returns, so the caller may answer with receipt.ack at once.
    /// HL7 bytes holding several messages are refused (AR): a frame carries one.
    InterfaceReceipt receive(const User &user, const QByteArray &raw, const InterfaceSource &source);

    /// A file's bytes: its format detected (FormatDetector), HL7 split into messages (batches, MLLP
    /// frames, CR/LF/CRLF), a FHIR document taken as one message, a payer's CSV as one message per row.
    /// Each message has its own savepoint; commits come every kImportChunk messages and at the end, so a
    /// large file imports fast and a crash loses at most the chunk under way (never half a message).
    /// `each`, when given, hears every receipt as it is made. An unreadable file is kept as one
    /// quarantined message of format unknown.
    InterfaceFileResult importBytes(const User &user, const QByteArray &bytes, const InterfaceSource &source,
        const std::function<void(const InterfaceReceipt &)> &each = {});

    /// Applies a quarantined message again (after a mapping or setting was fixed): applied, or still
    /// quarantined with the new reason. Counts the retry and names who retried. Error::NotFound for an
    /// unknown id; Error::Refused for a message that is not quarantined.
    InterfaceReceipt retry(const User &user, qint64 messageId);
    /// Retries every quarantined message waiting on that mapping value, oldest first.
    QList<InterfaceReceipt> retryWaitingOn(const User &user, MappingKind kind, const QString &value);

    /// Messages newest first, without their raw text (rawSize tells its length).
    QList<InterfaceMessage> messages(const User &user, const InterfaceMessageFilter &filter);
    /// One message with its raw text; nothing when there is no such id.
    std::optional<InterfaceMessage> message(const User &user, qint64 id);
    InterfaceCounts counts(const User &user);
    /// The values quarantined messages wait on, most waiting first.
    QList<InterfaceWaiting> waiting(const User &user);

    /// The mapping tables, by kind then value; all kinds when `kind` is empty.
    QList<InterfaceMapping> mappings(const User &user, std::optional<MappingKind> kind = {});
    /// Maps a sender's value (any case; trimmed) to a center (Location) or therapy (Service), replacing
    /// what it was mapped to. Error::BadData on "value" when empty; Error::NotFound on "center" or
    /// "therapy" for an unknown target. Audited with the old and new target.
    InterfaceMapping setMapping(
        const User &user, MappingKind kind, const QString &senderValue, qint64 targetId);
    /// Error::NotFound on "value" when the value is not mapped.
    void removeMapping(const User &user, MappingKind kind, const QString &senderValue);

    InterfaceSettings settings(const User &user);
    /// The assigning authority of the center's MRN; empty clears it. Audited as a setting.
    void setMrnAuthority(const User &user, const QString &authority);
    /// The senders' time zone (an IANA name); empty clears it (the first center's then). Error::BadData
    /// on "zone" for a zone this system does not know.
    void setSenderZone(const User &user, const QByteArray &zoneId);

    /// Messages applied between two commits of a file import.
    static constexpr int kImportChunk = 2000;

private:
    void requireAdmin(const User &user, qint64 messageId = 0);
    /// Records the message (or, on a retry, finds it), applies it in a savepoint and writes what became of
    /// it with its audit entry. `apply` throws InterfaceQuarantine or Error to refuse it.
    InterfaceReceipt process(InterfaceMessage &record, const User &user,
        const std::function<InterfaceOutcome(qint64 messageId)> &apply);
    InterfaceReceipt processHl7(const Hl7Message &message, const InterfaceSource &source, const User &user,
        qint64 existingId, bool withAck);
    InterfaceReceipt processFhir(
        const QByteArray &bytes, const InterfaceSource &source, const User &user, qint64 existingId);
    InterfaceReceipt processCsvRow(
        const QByteArray &raw, int line, const InterfaceSource &source, const User &user, qint64 existingId);
    InterfaceReceipt processUnreadable(const QByteArray &raw, InterfaceFormat format,
        const InterfaceSource &source, const User &user, const InterfaceError &error, qint64 existingId);
    void count(InterfaceFileResult &result, const InterfaceReceipt &receipt) const;

    Store &m_store;
    const Clock &m_clock;
    std::unique_ptr<InterfaceStore> m_interfaceStore;
    std::unique_ptr<InterfaceApplier> m_applier;
};

} // namespace chairside
