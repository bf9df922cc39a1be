#include "startsreport.h"

#include "scheduling/centertime.h"
#include "scheduling/nurseload.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <map>
#include <vector>

namespace chairside {

namespace {

QString clock(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

bool isOpenAt(const Center &center, QDate date, int minute)
{
    const auto &spans = center.hours.spansOn(date);
    return std::any_of(spans.begin(), spans.end(), [&](const OpenSpan &span) {
        return minute + NurseLoad::kStepMinutes > span.opensMinute && minute < span.closesMinute;
    });
}

} // namespace

StartsReport StartsReport::of(const ReportRecords &records)
{
    // The infusions of each local day, by their real start when they have one.
    std::map<QDate, std::vector<std::pair<qint64, qint64>>> byDay;
    for (const ReportAppointment &r : records.appointments) {
        const Appointment &a = r.appointment;
        QDateTime start;
        if (a.startedAtUtc.isValid())
            start = a.startedAtUtc;
        else if (holdsChair(a.status))
            start = a.startUtc;
        else
            continue;
        const qint64 s = start.toSecsSinceEpoch();
        byDay[CenterTime::localDate(records.center, start)].emplace_back(s, s + qint64(a.minutes) * 60);
    }

    StartsReport report;
    std::array<Step, NurseLoad::kSteps> steps {};
    std::array<bool, NurseLoad::kSteps> listed {};
    for (QDate date = records.from; date.isValid() && date <= records.to; date = date.addDays(1)) {
        const auto found = byDay.find(date);
        const bool open = !records.center.hours.spansOn(date).isEmpty();
        if (!open && found == byDay.end())
            continue;
        const NurseLoad load = found == byDay.end()
            ? NurseLoad(records.center, records.nursePolicy, records.chairs, date, {})
            : NurseLoad(records.center, records.nursePolicy, records.chairs, date, found->second);
        Day day;
        day.date = date;
        for (int i = 0; i < NurseLoad::kSteps; ++i) {
            const NurseStep &s = load.steps()[std::size_t(i)];
            day.starts += s.starts;
            if (s.starts > day.peakStarts) {
                day.peakStarts = s.starts;
                day.peakMinute = s.minute;
            }
            const bool over = s.starts > s.startCapacity;
            day.stepsOver += over ? 1 : 0;
            if (!isOpenAt(records.center, date, s.minute) && s.starts == 0)
                continue;
            Step &step = steps[std::size_t(i)];
            step.minute = s.minute;
            step.leastCapacity
                = step.days == 0 ? s.startCapacity : std::min(step.leastCapacity, s.startCapacity);
            ++step.days;
            step.starts += s.starts;
            step.mostStarts = std::max(step.mostStarts, s.starts);
            step.daysOver += over ? 1 : 0;
            listed[std::size_t(i)] = true;
        }
        report.peakStarts = std::max(report.peakStarts, day.peakStarts);
        report.stepsOver += day.stepsOver;
        report.days << day;
    }
    for (int i = 0; i < NurseLoad::kSteps; ++i) {
        if (listed[std::size_t(i)])
            report.steps << steps[std::size_t(i)];
    }
    return report;
}

ReportTable StartsReport::table() const
{
    ReportTable t;
    t.header = {QCoreApplication::translate("StartsReport", "Step"),
        QCoreApplication::translate("StartsReport", "Days"),
        QCoreApplication::translate("StartsReport", "Mean starts"),
        QCoreApplication::translate("StartsReport", "Most starts"),
        QCoreApplication::translate("StartsReport", "Nurses can start"),
        QCoreApplication::translate("StartsReport", "Days over")};
    for (const Step &s : steps) {
        t.rows << QStringList {clock(s.minute), QString::number(s.days),
            QString::number(s.meanStarts(), 'f', 2), QString::number(s.mostStarts),
            QString::number(s.leastCapacity), QString::number(s.daysOver)};
    }
    return t;
}

} // namespace chairside
