#include "rostercsv.h"

#include "scheduling/centertime.h"

#include <QStringList>

namespace chairside::RosterCsv {

namespace {

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

void line(QString &out, const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        out += field(fields[i]);
    }
    out += QLatin1String("\r\n");
}

} // namespace

QString write(const Roster &roster, const Center &center)
{
    QString out;
    line(out,
        {QStringLiteral("date"), QStringLiteral("chair"), QStringLiteral("start"), QStringLiteral("end"),
            QStringLiteral("minutes"), QStringLiteral("appointment"), QStringLiteral("patient_id"),
            QStringLiteral("patient"), QStringLiteral("therapy"), QStringLiteral("status"),
            QStringLiteral("prep"), QStringLiteral("rescheduled")});
    const QString date = roster.date.toString(Qt::ISODate);
    const auto hhmm = [&center](const QDateTime &utc) {
        return CenterTime::toLocal(center, utc).toString(QStringLiteral("HH:mm"));
    };
    for (const RosterChair &row : roster.chairs) {
        for (const RosterEntry &e : row.entries) {
            line(out,
                {date, row.chair.label, hhmm(e.startUtc), hhmm(e.endUtc), QString::number(e.minutes),
                    QString::number(e.appointmentId), QString::number(e.patientId), e.patientName,
                    e.therapyName, statusCode(e.status), prepStateCode(e.prep),
                    e.rescheduled ? QStringLiteral("yes") : QStringLiteral("no")});
        }
    }
    return out;
}

} // namespace chairside::RosterCsv
