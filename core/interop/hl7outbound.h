#pragma once

#include "model/appointment.h"
#include "model/center.h"
#include "model/chair.h"
#include "model/outboundmessage.h"
#include "model/patient.h"
#include "model/therapy.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace chairside {

/// Who sends and who receives, for MSH-3 to MSH-6.
struct Hl7Endpoints
{
    QString sendingApplication = QStringLiteral("CHAIRSIDE");
    QString sendingFacility;
    QString receivingApplication;
    QString receivingFacility;
};

/// Everything one outgoing message says, as plain values.
struct Hl7OutboundInput
{
    OutboundEvent event = OutboundEvent::CheckedIn;
    QString controlId; ///< MSH-10, unique per message
    QDateTime nowUtc; ///< MSH-7 and EVN-2
    Hl7Endpoints endpoints;
    QString processingId = QStringLiteral("P"); ///< MSH-11: P production, T training, D debugging
    Center center; ///< its time zone writes every timestamp; its name is the location's point of care
    Patient patient;
    QString mrnAuthority; ///< PID-3.4, the authority of the center's MRNs; empty when none is configured
    Appointment appointment;
    Chair chair; ///< empty (id 0) when the appointment has no chair
    Therapy therapy;
    /// SCH-1, the placer's appointment id: the sender's key when the appointment came from an interface
    /// (interface_appointment_key), empty when it was booked in Chairside.
    QString placerKey;
};

/// Writing the messages Chairside sends (HL7 v2.5.1, segments ending in CR, standard delimiters, values
/// escaped): the inverse of Hl7Mapper for what they carry.
///
/// - ADT^A04^ADT_A01 (checked in): MSH, EVN (A04, now), PID (PID-3 the MRN with its assigning
///   authority and type MR, PID-5 the name, PID-7 the date of birth, PID-13 phone and e-mail), PV1
///   (outpatient, PV1-3 the center as point of care and the chair as bed, PV1-19 the appointment id as
///   visit number, PV1-44 the admission time).
/// - SIU^S14^SIU_S12 (arrived, no-show, completed): MSH, SCH (SCH-1 the placer's key, SCH-2 Chairside's
///   appointment id as filler id, SCH-7 the therapy, SCH-9/10 the minutes, SCH-11 the timing quantity
///   with duration, start and end, SCH-25 the new filler status ARRIVED, NOSHOW or COMPLETE), PID, PV1,
///   RGS, AIS (the therapy, start, minutes), AIL (the chair).
///
/// Timestamps carry the center's offset (`20261201100000-0500`).
namespace Hl7Outbound {

/// "ADT^A04" or "SIU^S14".
QString messageType(OutboundEvent event);
/// SCH-25 for an SIU event: "ARRIVED", "NOSHOW", "COMPLETE"; empty for check-in.
QString fillerStatus(OutboundEvent event);

QByteArray build(const Hl7OutboundInput &input);

} // namespace Hl7Outbound

} // namespace chairside
