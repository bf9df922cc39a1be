#include "reporttable.h"

#include "export/csvline.h"

namespace chairside {

QString ReportTable::csv() const
{
    QString out;
    CsvLine::append(out, header);
    for (const QStringList &row : rows)
        CsvLine::append(out, row);
    return out;
}

QString ReportTable::money(qint64 cents)
{
    const qint64 whole = cents / 100;
    const qint64 part = (cents < 0 ? -cents : cents) % 100;
    return QStringLiteral("%1.%2").arg(whole).arg(part, 2, 10, QLatin1Char('0'));
}

QString ReportTable::share(double value, bool defined)
{
    return defined ? QString::number(value, 'f', 3) : QString();
}

QString ReportTable::minutes(double value)
{
    return QString::number(value, 'f', 1);
}

} // namespace chairside
