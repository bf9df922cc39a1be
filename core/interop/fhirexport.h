#pragma once

#include "model/appointment.h"
#include "model/center.h"
#include "model/chair.h"
#include "model/patient.h"
#include "model/therapy.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace chairside {

/// A center's day as the FHIR export sees it: the appointments and what they refer to.
struct FhirDay
{
    Center center;
    QDate day; ///< on the center's calendar
    QList<Appointment> appointments; ///< those not on `day` are left out
    QList<Patient> patients;
    QList<Therapy> therapies;
    QList<Chair> chairs;
    /// The Identifier.system of the center's MRNs.
    QString mrnSystem = QStringLiteral("urn:chairside:mrn");
};

/// Writing a day's appointments as an R4 Bundle (type collection): a Location for the center and one
/// for each chair used (partOf the center), a Patient for each patient once, and an Appointment for
/// each appointment of the day (status as FhirStatus::toFhir gives it, start and end in UTC,
/// minutesDuration, the therapy as serviceType, the patient and chair as participants). Ids are
/// Chairside's own; references are relative ("Patient/12").
namespace FhirExport {

QJsonObject dayBundle(const FhirDay &day, const QDateTime &generatedUtc);

} // namespace FhirExport

} // namespace chairside
