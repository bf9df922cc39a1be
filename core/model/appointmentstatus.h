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

/// Still ahead at the desk: booked, or arrived and not yet admitted. Only these can be checked in,
/// moved or marked a no-show.
bool isActive(AppointmentStatus status);

/// Admitted and not yet done: checked in and waiting for the nurse, or in the chair.
bool isAdmitted(AppointmentStatus status);

/// Will never take place: cancelled, a no-show, or entered in error.
bool isVoid(AppointmentStatus status);

/// Where the status stands when a day's appointments are listed by status: the day's path first
/// (booked, arrived, checked in, in chair, done), then the ways off it (no-show, cancelled, entered in
/// error). A cancelled appointment that was moved to another time comes before one that was not.
int statusOrder(AppointmentStatus status, bool rescheduled = false);

} // namespace chairside
