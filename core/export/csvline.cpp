#include "csvline.h"

namespace chairside::CsvLine {

QString field(const QString &text)
{
    // A patient's or therapy's name typed by someone else must not run as a formula when the file is
    // opened in a spreadsheet.
    static const QString triggers = QStringLiteral("=+-@\t\r");
    QString value = text;
    if (!value.isEmpty() && triggers.contains(value.front()))
        value.prepend(QLatin1Char('\''));
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    value.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

void append(QString &out, const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        out += field(fields[i]);
    }
    out += QLatin1String("\r\n");
}

} // namespace chairside::CsvLine
