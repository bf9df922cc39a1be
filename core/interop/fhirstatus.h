#pragma once

#include "model/appointmentstatus.h"

#include <QString>

#include <optional>

namespace chairside {

/// FHIR R4 Appointment.status and Chairside's statuses, both ways.
///
/// Chairside's statuses are R4's codes, with one addition: in chair (the Encounter's in-progress),
/// which an Appointment cannot say; it is written as checked-in, the last appointment status before
/// it. R4's proposed, pending and waitlist are requests, not bookings: no Chairside status.
namespace FhirStatus {

/// Every code of R4 Appointment.status.
bool isAppointmentStatus(const QString &code);
std::optional<AppointmentStatus> toChairside(const QString &code);
QString toFhir(AppointmentStatus status);

} // namespace FhirStatus

} // namespace chairside
