#pragma once

#include "model/patient.h"

#include <QString>

namespace chairside {

class SqlQuery;
class SqliteStatement;

/// How a patient is read from its table: one column list and one mapping, for the store's reads and the
/// lookup's, which run on SQLite directly.
namespace PatientRow {

/// "id, mrn, first_name, ...", each column prefixed with `alias` and a dot when one is given ("p").
QString columns(const char *alias = nullptr);

/// The patient in the first columns() of the row.
Patient from(const SqlQuery &row);
Patient from(const SqliteStatement &row);

} // namespace PatientRow

} // namespace chairside
