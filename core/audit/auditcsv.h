#pragma once

#include "auditevent.h"

#include <QList>
#include <QTextStream>

namespace chairside {

/// Writes the entries as CSV (RFC 4180): a header line, then one line per entry, fields quoted when
/// they hold a comma, a quote or a line break, times in ISO 8601 UTC with milliseconds. Lines end in
/// CRLF, as the RFC asks and spreadsheets expect. Free text that a spreadsheet would take for a formula
/// (starting with =, +, -, @) is written with a leading apostrophe.
void writeAuditCsv(QTextStream &out, const QList<AuditEntry> &entries);

} // namespace chairside
