#pragma once

#include "hl7error.h"
#include "hl7message.h"
#include "inbound.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace chairside {

/// How an interface reads what a sender leaves open.
struct Hl7MappingOptions
{
    /// The assigning authority (PID-3.4) whose identifier is the center's MRN. Empty: the first
    /// identifier of type MR or MRN, else the first identifier.
    QString mrnAuthority;
    /// The zone of timestamps sent without an offset: the sender's, which is usually the center's.
    QTimeZone senderZone = QTimeZone::utc();
};

/// What one HL7 v2 message says, in Chairside's terms (nothing stored). `errors` non-empty means the
/// message cannot be applied as a whole; each names the segment, field and reason, ready for an ACK.
struct Hl7Mapped
{
    enum class Kind
    {
        None, ///< not read: see errors
        Appointment, ///< SIU
        Patient, ///< ADT
        Order, ///< ORM^O01, RDE^O11
    };

    Kind kind = Kind::None;
    InboundPatient patient; ///< the message's PID, whatever its kind
    InboundAppointment appointment; ///< Kind::Appointment (its patient is `patient` again)
    QList<InboundCoverage> coverages; ///< Kind::Patient: one per IN1
    QList<InboundOrder> orders; ///< Kind::Order: one per ORC
    QList<Hl7Error> errors;
    QStringList warnings; ///< what was read in spite of an oddity (contradicting times, a status ignored)

    bool ok() const { return kind != Kind::None && errors.isEmpty(); }
};

/// Reading SIU, ADT, ORM and RDE messages into inbound records.
///
/// Precedence, where senders disagree on where things are (see tests/interop/samples/SHAPES.md):
///
/// - **Appointment key**: the filler id SCH-2.1, else the placer id SCH-1.1 (senders without a filler
///   id send the placer's only). Neither is an error.
/// - **Start**: the appointment's own timing first, then the resources': SCH-11.4 (the timing quantity's
///   start), TQ1-7, then the first AIS-4, AIL-6, AIG-8, AIP-6 that has one. When a later place names a
///   different start, the first one is kept and a warning says so (the MESA sample: SCH-11 says 17 June,
///   AIL/AIP 14 June; SCH-11 wins).
/// - **Duration**: SCH-11.3 (a bare number is minutes; `M15`, `H2`, `S900`, `D1` carry their unit),
///   else SCH-11.5 minus the start, else TQ1-13, else TQ1-8 minus the start, else SCH-9 in SCH-10's
///   units, else the first AIS-7/8, AIL-9/10, AIG-11/12, AIP-9/10. Units are spelled m, min, minutes,
///   h, hours, s, seconds, d, days, in any case, as a code or a text (`m^Minutes`); none means minutes.
///   No duration anywhere is not an error: the therapy's default applies.
/// - **Service** (what is given, mapped to a therapy): AIS-3, else SCH-7 (the appointment reason), else
///   SCH-8 (the appointment type), else SCH-6 (the event reason). SCH-6 and SCH-8 are kept on their own
///   as well.
/// - **Location**: the first AIL-3 with a value, else PV1-3.
/// - **Status** (SCH-25, case and punctuation ignored): booked, scheduled, confirmed, overbook →
///   booked; arrived; checked in; started, in progress → in chair; complete(d), fulfilled →
///   done; cancel(l)ed, discontinued → cancelled; noshow, no show → no-show; deleted, entered in error
///   → entered in error; anything else is kept as text with no status. The trigger decides the action:
///   S12 books, S13 reschedules, S14 modifies (with SCH-25's status, such as ARRIVED), S15 cancels or,
///   when SCH-25 says no-show, records a no-show, S17 deletes, S26 records a no-show whatever SCH-25
///   says (a warning notes a contradiction).
/// - **MRN**: the PID-3 repetition whose assigning authority (PID-3.4.1, else PID-3.4.2) is the
///   configured one; when no repetition names any authority, the first; when some do but none is the
///   center's, an error (204, unknown key). Without a configured authority: the first of type MR/MRN,
///   else the first. PID-2 stands in when PID-3 is empty (older senders).
/// - **Phone and e-mail**: the first PID-13 repetition (then PID-14) that is a telephone: XTN.1, else
///   (area) local from XTN.6/7; e-mail from a repetition whose use is NET/EMAIL or whose equipment is
///   Internet/X.400, XTN.4 else XTN.1. `""` where the value would be clears it.
/// - **Coverage** (IN1): payer IN1-4.1, else IN1-3.1; member id IN1-36, else IN1-49.1; IN1-12/13 its
///   dates. A coverage without payer or member id is an error.
/// - **Order**: one per ORC. Key ORC-2.1 (placer), else ORC-3.1, else OBR-2/3. Therapy RXE-2, else
///   RXO-1, else OBR-4. Timing RXE-1, else ORC-7, else OBR-27 (TQ: .4 start, .5 end, .12 total
///   occurrences = doses), else TQ1-7/8/14. Prescriber ORC-12, else OBR-16.
namespace Hl7Mapper {

Hl7Mapped map(const Hl7Message &message, const Hl7MappingOptions &options);

/// SCH-25 in Chairside's terms; empty when it names no status Chairside has.
std::optional<AppointmentStatus> statusFromFillerStatus(const QString &text);

/// Minutes per unit for a duration unit as senders spell it; 0 when unknown.
double minutesPerUnit(const QString &unit);

} // namespace Hl7Mapper

} // namespace chairside
