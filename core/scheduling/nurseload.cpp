#include "nurseload.h"

#include "centertime.h"

#include <QCoreApplication>

#include <algorithm>

namespace chairside {

namespace {

constexpr qint64 kSecondsPerDay = 24 * 3600;

QString clockText(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60 % 24, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QString NurseProblem::describe() const
{
    if (limit == Limit::Starts) {
        //: %1 infusions in one 15-minute step from %2 (a time), where the nurses on shift can start %3.
        return QCoreApplication::translate("NurseLoad",
            "%1 infusions would start at %2, where the nurses on shift can start %3 in 15 minutes")
            .arg(count)
            .arg(clockText(stepMinute))
            .arg(capacity);
    }
    return QCoreApplication::translate(
        "NurseLoad", "%1 patients would be in chairs at %2, where the nurses on shift may have %3")
        .arg(count)
        .arg(clockText(stepMinute))
        .arg(capacity);
}

NurseLoad::NurseLoad(const Center &center, const NursePolicy &policy, int chairs, QDate date,
    const std::vector<std::pair<qint64, qint64>> &intervals)
    : m_date(date)
{
    const int weekday = date.dayOfWeek();
    for (int i = 0; i < kSteps; ++i) {
        NurseStep &step = m_steps[std::size_t(i)];
        step.minute = i * kStepMinutes;
        const int hour = step.minute / 60;
        step.nurses = policy.nursesAt(weekday, hour, chairs);
        step.startCapacity = step.nurses * policy.startsPerNurseStep;
        step.chairCapacity = step.nurses * policy.patientsPerNurse;
    }
    const QDateTime dayStart = CenterTime::dayStartUtc(center, date);
    const QDateTime dayEnd = CenterTime::dayEndUtc(center, date);
    if (!dayStart.isValid() || !dayEnd.isValid())
        return;
    const qint64 startSecs = dayStart.toSecsSinceEpoch();
    const qint64 endSecs = dayEnd.toSecsSinceEpoch();
    const bool regular = endSecs - startSecs == kSecondsPerDay;
    // Minutes after local midnight, clipped to the day; on a daylight-saving day through the zone.
    const auto minuteOf = [&](qint64 secs) -> int {
        if (secs <= startSecs)
            return 0;
        if (secs >= endSecs)
            return 24 * 60;
        if (regular)
            return int((secs - startSecs) / 60);
        const QDateTime utc = QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc());
        return CenterTime::localDate(center, utc) == date ? CenterTime::localMinute(center, utc) : 24 * 60;
    };
    for (const auto &[start, end] : intervals) {
        if (end <= startSecs || start >= endSecs || end <= start)
            continue;
        const int from = minuteOf(start);
        const int to = std::max(minuteOf(end), from + 1);
        if (start >= startSecs)
            ++m_steps[std::size_t(std::min(from / kStepMinutes, kSteps - 1))].starts;
        for (int i = from / kStepMinutes; i < kSteps && i * kStepMinutes < to; ++i)
            ++m_steps[std::size_t(i)].inChairs;
    }
}

NurseLoad NurseLoad::of(const Center &center, const NursePolicy &policy, int chairs, QDate date,
    const QList<Appointment> &booked, qint64 ignoreId)
{
    std::vector<std::pair<qint64, qint64>> intervals;
    intervals.reserve(std::size_t(booked.size()));
    for (const Appointment &a : booked) {
        if ((ignoreId != 0 && a.id == ignoreId) || !holdsChair(a.status) || a.minutes <= 0
            || !a.startUtc.isValid())
            continue;
        const qint64 start = a.startUtc.toSecsSinceEpoch();
        intervals.emplace_back(start, start + qint64(a.minutes) * 60);
    }
    return NurseLoad(center, policy, chairs, date, intervals);
}

std::optional<NurseProblem> NurseLoad::problem(int minute, int minutes) const
{
    if (minute < 0 || minute >= 24 * 60 || minutes <= 0)
        return std::nullopt;
    const int first = minute / kStepMinutes;
    const NurseStep &startStep = m_steps[std::size_t(first)];
    if (startStep.starts + 1 > startStep.startCapacity)
        return NurseProblem {
            NurseProblem::Limit::Starts, startStep.minute, startStep.starts + 1, startStep.startCapacity};
    const int end = std::min(minute + minutes, 24 * 60);
    for (int i = first; i < kSteps && i * kStepMinutes < end; ++i) {
        const NurseStep &step = m_steps[std::size_t(i)];
        if (step.inChairs + 1 > step.chairCapacity)
            return NurseProblem {
                NurseProblem::Limit::Patients, step.minute, step.inChairs + 1, step.chairCapacity};
    }
    return std::nullopt;
}

NurseLoad NurseLoad::offered(const NursePolicy &policy, int chairs) const
{
    NurseLoad load = *this;
    const int weekday = m_date.isValid() ? m_date.dayOfWeek() : 1;
    for (NurseStep &step : load.m_steps)
        step.startCapacity = policy.offeredStartCapacity(weekday, step.minute / 60, chairs);
    return load;
}

void NurseLoad::add(int minute, int minutes)
{
    if (minute < 0 || minute >= 24 * 60 || minutes <= 0)
        return;
    const int first = minute / kStepMinutes;
    ++m_steps[std::size_t(first)].starts;
    const int end = std::min(minute + minutes, 24 * 60);
    for (int i = first; i < kSteps && i * kStepMinutes < end; ++i)
        ++m_steps[std::size_t(i)].inChairs;
}

int NurseLoad::peakStarts() const
{
    int peak = 0;
    for (const NurseStep &step : m_steps)
        peak = std::max(peak, step.starts);
    return peak;
}

int NurseLoad::overloadMinutes() const
{
    int minutes = 0;
    for (const NurseStep &step : m_steps) {
        if (step.inChairs > step.chairCapacity)
            minutes += kStepMinutes;
    }
    return minutes;
}

} // namespace chairside
