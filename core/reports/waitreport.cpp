#include "waitreport.h"

#include "scheduling/centertime.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace chairside {

WaitReport::Stats WaitReport::Stats::of(QList<double> minutes)
{
    Stats s;
    s.count = int(minutes.size());
    if (minutes.isEmpty())
        return s;
    std::sort(minutes.begin(), minutes.end());
    s.meanMinutes = std::accumulate(minutes.cbegin(), minutes.cend(), 0.0) / double(minutes.size());
    const qsizetype middle = minutes.size() / 2;
    s.medianMinutes
        = minutes.size() % 2 == 1 ? minutes[middle] : (minutes[middle - 1] + minutes[middle]) / 2.0;
    const auto rank = qsizetype(std::ceil(0.9 * double(minutes.size())));
    s.p90Minutes = minutes[std::max<qsizetype>(rank, 1) - 1];
    s.longestMinutes = minutes.last();
    return s;
}

double WaitReport::waitMinutes(const Appointment &a)
{
    const QDateTime arrived = a.arrivedAtUtc.isValid() ? a.arrivedAtUtc : a.checkedInAtUtc;
    if (!arrived.isValid() || !a.startedAtUtc.isValid() || a.startedAtUtc < arrived)
        return -1;
    return double(arrived.secsTo(a.startedAtUtc)) / 60.0;
}

WaitReport WaitReport::of(const ReportRecords &records)
{
    WaitReport report;
    QList<double> all;
    QMap<QDate, QList<double>> byDay;
    for (const ReportAppointment &r : records.appointments) {
        const double wait = waitMinutes(r.appointment);
        if (wait < 0)
            continue;
        all << wait;
        byDay[CenterTime::localDate(records.center, r.appointment.startedAtUtc)] << wait;
    }
    report.overall = Stats::of(all);
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it)
        report.days << Day {it.key(), Stats::of(it.value())};
    return report;
}

ReportTable WaitReport::table() const
{
    ReportTable t;
    t.header = {QCoreApplication::translate("WaitReport", "Day"),
        QCoreApplication::translate("WaitReport", "Infusions started"),
        QCoreApplication::translate("WaitReport", "Mean wait (min)"),
        QCoreApplication::translate("WaitReport", "Median wait (min)"),
        QCoreApplication::translate("WaitReport", "90th percentile (min)"),
        QCoreApplication::translate("WaitReport", "Longest (min)")};
    const auto line = [](const QString &label, const Stats &s) {
        return QStringList {label, QString::number(s.count), ReportTable::minutes(s.meanMinutes),
            ReportTable::minutes(s.medianMinutes), ReportTable::minutes(s.p90Minutes),
            ReportTable::minutes(s.longestMinutes)};
    };
    for (const Day &day : days)
        t.rows << line(day.date.toString(Qt::ISODate), day.stats);
    t.rows << line(QCoreApplication::translate("WaitReport", "All days"), overall);
    return t;
}

} // namespace chairside
