#pragma once

#include <QString>

#include <optional>

namespace chairside {

/// FHIR R4 Appointment.status, plus the infusion's own in-chair state (FHIR Encounter "in-progress").
enum class AppointmentStatus
{
    Booked,
    Arrived,
    CheckedIn,
    InProgress,
    Fulfilled,
    Cancelled,
    NoShow,
    EnteredInError,
};

/// The FHIR code: "booked", "arrived", "checked-in", "in-progress", "fulfilled", "cancelled", "noshow",
/// "entered-in-error".
QString statusCode(AppointmentStatus status);
std::optional<AppointmentStatus> statusFromCode(const QString &code);

/// Words for the screen: "Booked", "Arrived", "Checked in", "In chair", "Done", ...
QString statusLabel(AppointmentStatus status);

/// Statuses only go forward; entered-in-error may end any of them.
bool canTransition(AppointmentStatus from, AppointmentStatus to);

/// The appointment holds its chair for its minutes (everything but cancelled, no-show, error, done).
bool holdsChair(AppointmentStatus status);

/// The patient is in the building and has been seen at the desk.
bool isCheckedIn(AppointmentStatus status);

} // namespace chairside
