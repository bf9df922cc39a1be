#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace chairside {

/// A report as rows of words: what the CSV export writes and the command line prints. The first row is
/// the header; numbers are written plainly (a dot for decimals, cents as dollars and cents).
struct ReportTable
{
    QStringList header;
    QList<QStringList> rows;

    /// RFC 4180, CRLF line ends (CsvLine).
    QString csv() const;

    /// "1234.50" for 123450 cents.
    static QString money(qint64 cents);
    /// "0.125" with three decimals; "" when there is nothing to divide by.
    static QString share(double value, bool defined = true);
    static QString minutes(double value);
};

} // namespace chairside
