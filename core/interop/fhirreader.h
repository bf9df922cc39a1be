#pragma once

#include "inbound.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace chairside {

/// What is wrong in a FHIR resource, at a JSON path such as `$.entry[2].resource.birthDate`.
struct FhirError
{
    QString path;
    QString reason;

    QString toString() const { return path + QStringLiteral(": ") + reason; }
};

/// A FHIR Slot: a time a schedule offers.
struct FhirSlot
{
    QString reference; ///< "Slot/example"
    QString schedule; ///< "Schedule/example"
    QString status; ///< free, busy, busy-unavailable, busy-tentative, entered-in-error
    QDateTime startUtc;
    QDateTime endUtc;
    InboundCode serviceType;
};

/// A FHIR Schedule: whose time the slots are.
struct FhirSchedule
{
    QString reference;
    QStringList actors; ///< "Location/1", "Practitioner/example"
    QString actorDisplay; ///< the first actor's display text
    InboundCode serviceCategory;
    InboundCode serviceType;
    QDateTime horizonStartUtc;
    QDateTime horizonEndUtc;
};

/// Everything read from one FHIR JSON document: a resource, or a Bundle of them.
struct FhirRead
{
    QList<InboundPatient> patients;
    QList<InboundAppointment> appointments;
    QList<InboundLocation> locations;
    QList<InboundCoverage> coverages;
    QList<InboundOrder> orders; ///< MedicationRequest
    QList<InboundAuthorization> authorizations; ///< ClaimResponse with preAuthRef
    QList<FhirSlot> slotList; ///< Slot (not "slots", a Qt keyword)
    QList<FhirSchedule> schedules;
    QString bundleType; ///< empty when the document is a single resource
    /// Entries that are not read, and why: requests without a resource (a DELETE, a GET), resource
    /// types Chairside has no use for (Parameters, Observation).
    QStringList skipped;
    QStringList warnings;
    QList<FhirError> errors;

    bool ok() const { return errors.isEmpty(); }
};

struct FhirReadOptions
{
    /// The Identifier.system of the center's MRN. Empty: the identifier typed MR, else the first.
    QString mrnSystem;
    /// Where a dateTime without an offset is read (an instant always has one).
    QTimeZone zone = QTimeZone::utc();
};

/// Reading FHIR R4 JSON: Patient, Appointment, Location, Coverage, MedicationRequest, ClaimResponse
/// (a prior authorization, with preAuthRef), Slot and Schedule, alone or in a Bundle (nested Bundles
/// too, four deep). Documents of the STU3 ballot (1.7.0) read where they differ only in shape: a
/// HumanName.family that is an array, a serviceCategory or Schedule.actor that is a single object.
///
/// Appointment: the key is identifier[0].value, else the resource id; the start is `start`, the
/// duration `minutesDuration`, else end minus start; the service is serviceType, else reasonCode, else
/// appointmentType; participants give the patient, location and practitioner references. The status
/// decides the action (booked books; arrived, checked-in and fulfilled modify; cancelled, noshow,
/// entered-in-error cancel, record a no-show, delete; proposed, pending, waitlist are requests).
namespace FhirReader {

FhirRead read(const QByteArray &json, const FhirReadOptions &options = {});

} // namespace FhirReader

} // namespace chairside
