#pragma once

#include <QString>

#include <optional>

namespace chairside {

/// The code printed on a confirmation slip, in text and as what a barcode scanner types at the desk:
/// "CS" and the appointment number, zero-padded to seven digits ("CS0000123"). It finds the booking;
/// it is not an identifier of the patient, who still gives two.
namespace AppointmentCode {

QString format(qint64 appointmentId);
/// The appointment number of a code as typed or scanned ("cs0000123", " CS-123 "), or nothing.
std::optional<qint64> parse(const QString &text);

} // namespace AppointmentCode

} // namespace chairside
