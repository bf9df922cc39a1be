#pragma once

#include <QString>
#include <QStringList>

namespace chairside {

/// One line of CSV (RFC 4180), as every CSV Chairside writes it: fields holding a comma, a quote or a line
/// break are quoted, quotes doubled; text a spreadsheet would run as a formula (starting with =, +, -, @,
/// a tab or a carriage return) gets a leading apostrophe; the line ends in CRLF.
namespace CsvLine {

QString field(const QString &text);
void append(QString &out, const QStringList &fields);

} // namespace CsvLine

} // namespace chairside
