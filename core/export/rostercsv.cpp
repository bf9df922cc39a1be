#include "rostercsv.h"

#include "csvline.h"
#include "scheduling/centertime.h"

#include <QStringList>

namespace chairside::RosterCsv {

namespace {

void line(QString &out, const QStringList &fields)
{
    CsvLine::append(out, fields);
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
