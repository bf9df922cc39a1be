#include "utilizationreport.h"

#include "scheduling/centertime.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace chairside {

namespace {

constexpr int kMinutesPerDay = 24 * 60;

/// The chair's busy interval of an appointment, or an empty one when it used no chair time.
std::pair<QDateTime, QDateTime> busy(const Appointment &a)
{
    if (a.startedAtUtc.isValid()) {
        const QDateTime end
            = a.completedAtUtc.isValid() ? a.completedAtUtc : a.startedAtUtc.addSecs(qint64(a.minutes) * 60);
        return {a.startedAtUtc, end};
    }
    if (holdsChair(a.status) || a.status == AppointmentStatus::Fulfilled)
        return {a.startUtc, a.endUtc()};
    return {};
}

/// Adds the minutes of [startMinute, endMinute) of one local day that fall inside its open spans, hour by
/// hour.
void addUsed(UtilizationReport &report, const Center &center, QDate date, int startMinute, int endMinute)
{
    const int weekday = date.dayOfWeek();
    for (const OpenSpan &span : center.hours.spansOn(date)) {
        const int from = std::max(startMinute, span.opensMinute);
        const int to = std::min(endMinute, span.closesMinute);
        for (int hour = from / 60; from < to && hour * 60 < to; ++hour) {
            const int minutes = std::min(to, (hour + 1) * 60) - std::max(from, hour * 60);
            if (minutes <= 0)
                continue;
            report.cells[std::size_t(weekday - 1)][std::size_t(hour)].usedChairMinutes += minutes;
            report.total.usedChairMinutes += minutes;
        }
    }
}

} // namespace

UtilizationReport UtilizationReport::of(const ReportRecords &records)
{
    UtilizationReport report;
    const Center &center = records.center;
    for (QDate date = records.from; date.isValid() && date <= records.to; date = date.addDays(1)) {
        for (const OpenSpan &span : center.hours.spansOn(date)) {
            for (int hour = span.opensMinute / 60; hour * 60 < span.closesMinute && hour < 24; ++hour) {
                const int minutes
                    = std::min(span.closesMinute, (hour + 1) * 60) - std::max(span.opensMinute, hour * 60);
                const qint64 chairMinutes = qint64(minutes) * records.chairs;
                report.cells[std::size_t(date.dayOfWeek() - 1)][std::size_t(hour)].openChairMinutes
                    += chairMinutes;
                report.total.openChairMinutes += chairMinutes;
                if (report.lastHour < report.firstHour) {
                    report.firstHour = hour;
                    report.lastHour = hour;
                }
                report.firstHour = std::min(report.firstHour, hour);
                report.lastHour = std::max(report.lastHour, hour);
            }
        }
    }
    for (const ReportAppointment &r : records.appointments) {
        const auto [startUtc, endUtc] = busy(r.appointment);
        if (!startUtc.isValid() || !endUtc.isValid() || endUtc <= startUtc)
            continue;
        // An infusion may run past midnight: each local day gets its own part.
        QDate date = CenterTime::localDate(center, startUtc);
        int startMinute = CenterTime::localMinute(center, startUtc);
        qint64 left = startUtc.secsTo(endUtc) / 60;
        while (left > 0 && date.isValid() && date <= records.to) {
            const int endMinute = int(std::min<qint64>(kMinutesPerDay, startMinute + left));
            if (date >= records.from)
                addUsed(report, center, date, startMinute, endMinute);
            left -= endMinute - startMinute;
            startMinute = 0;
            date = date.addDays(1);
        }
    }
    return report;
}

ReportTable UtilizationReport::table() const
{
    ReportTable t;
    t.header = {QCoreApplication::translate("UtilizationReport", "Weekday"),
        QCoreApplication::translate("UtilizationReport", "Hour"),
        QCoreApplication::translate("UtilizationReport", "Open chair-minutes"),
        QCoreApplication::translate("UtilizationReport", "Used chair-minutes"),
        QCoreApplication::translate("UtilizationReport", "Utilization")};
    for (int weekday = 1; weekday <= 7; ++weekday) {
        for (int hour = 0; hour < 24; ++hour) {
            const Cell &c = cell(weekday, hour);
            if (!c.isOpen() && c.usedChairMinutes == 0)
                continue;
            // The day as people read it, in the user's language; the JSON keeps the codes (mon, tue).
            t.rows << QStringList {QLocale().dayName(weekday, QLocale::ShortFormat),
                QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0')),
                QString::number(c.openChairMinutes), QString::number(c.usedChairMinutes),
                ReportTable::share(c.share(), c.isOpen())};
        }
    }
    t.rows << QStringList {QCoreApplication::translate("UtilizationReport", "All open hours"), QString(),
        QString::number(total.openChairMinutes), QString::number(total.usedChairMinutes),
        ReportTable::share(total.share(), total.isOpen())};
    return t;
}

} // namespace chairside
