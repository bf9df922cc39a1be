#pragma once

#include "model/appointmentstatus.h"
#include "model/priorauthorization.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What a sender says, in Chairside's terms but not yet in its store: plain values the importers fill
// from HL7 v2, FHIR or CSV, and the interface service later resolves (MRN to patient, sender location
// to center, service to therapy) and applies. Nothing here touches the database.

namespace chairside {

/// An identifier as the sender gives it: PID-3's CX, a FHIR Identifier.
struct InboundIdentifier
{
    QString value;
    QString authority; ///< HL7 assigning authority (its namespace id, else universal id); FHIR system
    QString type; ///< HL7 identifier type code (MR, MRN, SS, ...); FHIR type code
};

/// A coded value as sent: HL7 CE/CWE, FHIR CodeableConcept. `source` names where it was read.
struct InboundCode
{
    QString code;
    QString text;
    QString system;
    QString source; ///< "AIS-3", "SCH-7", "Appointment.serviceType[0]"

    bool isEmpty() const { return code.isEmpty() && text.isEmpty(); }
    /// What a mapping table is keyed on: the code, else the text.
    QString key() const { return code.isEmpty() ? text : code; }
};

/// A sender's place: an HL7 PL (point of care, room, bed, facility, building), or a FHIR Location.
struct InboundLocation
{
    QString pointOfCare;
    QString room;
    QString bed;
    QString facility;
    QString building;
    QString description; ///< PL-9, or a FHIR Location's name
    QString reference; ///< FHIR: "Location/1"
    QString source; ///< "AIL-3", "PV1-3"

    bool isEmpty() const
    {
        return pointOfCare.isEmpty() && room.isEmpty() && facility.isEmpty() && description.isEmpty()
            && reference.isEmpty();
    }
    /// What a mapping table is keyed on: the point of care, else the facility, else the description.
    QString key() const
    {
        if (!pointOfCare.isEmpty())
            return pointOfCare;
        return !facility.isEmpty() ? facility : (!description.isEmpty() ? description : reference);
    }
};

/// A patient as the sender describes them. Fields the sender explicitly nulled (HL7 `""`) are named in
/// `cleared`: stored values for them are to be erased, where an empty field leaves them as they are.
struct InboundPatient
{
    QString mrn; ///< the identifier of the center's authority, chosen from `identifiers`
    QString mrnAuthority; ///< the authority it carried; empty when the sender names none
    QList<InboundIdentifier> identifiers; ///< every identifier sent, in order
    QString firstName;
    QString middleName;
    QString lastName;
    QDate dateOfBirth;
    QString sex; ///< as sent: "M", "F", "2", "male"
    QString phone;
    QString email;
    QString reference; ///< FHIR: "Patient/example"; empty for HL7
    QString display; ///< FHIR: the name a reference shows ("Peter James Chalmers")
    QStringList cleared; ///< of "lastName", "firstName", "dateOfBirth", "phone", "email"
};

/// A payer's coverage of a patient: HL7 IN1, FHIR Coverage.
struct InboundCoverage
{
    QString payer; ///< the payer's name, else its id
    QString payerId;
    QString memberId;
    QString groupNumber;
    QString planName;
    QDate validFrom;
    QDate validTo;
    QString beneficiary; ///< FHIR: "Patient/example"; empty for HL7 (the message's patient)
    QString source; ///< "IN1(1)", "Coverage/9876"
};

/// What an appointment message asks for.
struct InboundAppointment
{
    enum class Action
    {
        Book, ///< S12; FHIR booked
        Reschedule, ///< S13
        Modify, ///< S14; FHIR arrived, checked-in, fulfilled
        Cancel, ///< S15; FHIR cancelled
        NoShow, ///< S26, or S15 with a no-show filler status; FHIR noshow
        Delete, ///< S17 (entered in error); FHIR entered-in-error
        Request, ///< FHIR proposed, pending, waitlist: asked for, not booked
    };

    Action action = Action::Book;
    QString key; ///< the sender's appointment id that identifies it from now on
    QString keySource; ///< "SCH-2", "SCH-1", "Appointment.identifier[0]", "Appointment.id"
    QString placerId;
    QString fillerId;
    QDateTime startUtc; ///< invalid when the sender gives none
    int minutes = 0; ///< 0 when the sender gives no duration (the therapy's default applies)
    QString startSource; ///< "SCH-11.4", "AIL-6", ...
    QString minutesSource; ///< "SCH-11.3", "SCH-9", ...
    QDate requestedFrom; ///< FHIR requestedPeriod, for a request without a start
    QDate requestedTo;
    std::optional<AppointmentStatus> status; ///< the status the sender reports, when it maps to one
    QString senderStatus; ///< as sent: SCH-25 "ARRIVED", FHIR "proposed"
    InboundCode service; ///< what is given: the therapy to map
    InboundCode appointmentType; ///< SCH-8, FHIR appointmentType
    InboundCode eventReason; ///< SCH-6
    InboundLocation location;
    QString practitioner; ///< AIP-3 / AIG-3 / FHIR practitioner, as text
    QStringList slotReferences; ///< FHIR slot
    InboundPatient patient;
    QString reference; ///< FHIR: "Appointment/example"
};

/// A prescriber's order for an infusion: HL7 ORM^O01 / RDE^O11, FHIR MedicationRequest.
struct InboundOrder
{
    enum class Action
    {
        New,
        Change,
        Cancel,
        Discontinue,
        Hold,
        Release,
        Status ///< informational: a status report, no change asked
    };

    Action action = Action::New;
    QString orderControl; ///< HL7 ORC-1 as sent; FHIR status
    QString key; ///< placer order number, else filler
    QString placerOrderNumber;
    QString fillerOrderNumber;
    InboundCode therapy; ///< RXE-2, RXO-1, OBR-4; FHIR medicationCodeableConcept
    QString prescriber; ///< display name
    QString prescriberId;
    QDate validFrom;
    QDate validTo;
    int doses = 0; ///< doses or visits ordered; 0 when not given
    QString doseAmount; ///< "5", "300"
    QString doseUnits; ///< "mg/kg", "mg"
    QString instructions; ///< the sig as text, when sent
    InboundPatient patient;
    QString subject; ///< FHIR: "Patient/example"
};

/// A payer's prior authorization: FHIR ClaimResponse with preAuthRef, or a row of a payer's CSV list.
struct InboundAuthorization
{
    QString reference; ///< the payer's authorization number
    QString payer;
    QString mrn; ///< CSV: the patient's MRN
    QString subject; ///< FHIR: "Patient/example"
    QString therapy; ///< as the payer names it
    QDate validFrom;
    QDate validTo;
    int visitsApproved = 0;
    int visitsUsed = 0;
    PriorAuthorization::Status status = PriorAuthorization::Status::Approved;
    int line = 0; ///< CSV: the line it was read from
};

} // namespace chairside
