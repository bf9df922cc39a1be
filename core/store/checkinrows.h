#pragma once

#include "model/checkinrecord.h"

#include <QList>

namespace chairside {

class SqlQuery;

/// The rows of a query over checkin_decision's columns (id, at, user_name, patient_id, appointment_id,
/// outcome, reasons, identifiers, chair_id), read to its end: for the store's files that read decisions.
QList<CheckInRecord> checkInRecordsOf(SqlQuery &q);

} // namespace chairside
