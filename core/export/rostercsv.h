#pragma once

#include "model/center.h"
#include "scheduling/roster.h"

#include <QString>

namespace chairside {

/// A day's roster as CSV (RFC 4180): a header row, then one row per appointment in chair order and,
/// within a chair, in start order. Columns: date, chair, start, end, minutes, appointment, patient_id,
/// patient, therapy, status, prep, rescheduled. Times are the center's wall clock (HH:mm), the status and
/// the dose's state their codes ("checked-in", "ready"). Fields holding a comma, a quote or a line break
/// are quoted, quotes doubled; text a spreadsheet would run as a formula (starting with =, +, -, @) gets a
/// leading apostrophe. Lines end in CRLF.
namespace RosterCsv {

QString write(const Roster &roster, const Center &center);

} // namespace RosterCsv

} // namespace chairside
