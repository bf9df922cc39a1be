#include "levelranking.h"

#include "centertime.h"
#include "nurseload.h"

#include <QHash>

#include <algorithm>
#include <limits>
#include <memory>

namespace chairside {

namespace {

// How much each part of the score weighs. A start in a step that already has starts costs the most:
// bunched starts are what make patients wait for a nurse.
constexpr double kStartsWeight = 2.0;
constexpr double kNeighbourWeight = 0.35;
constexpr double kOccupancyWeight = 0.1;
constexpr double kLongLateWeight = 0.6;
constexpr double kGapWeight = 1.0;
constexpr double kDayWeight = 0.5;
constexpr int kLongMinutes = 150;

/// What the ranking needs to know of the day a slot falls on.
class DayView final
{
public:
    DayView(const SlotQuery &query, QDate date)
        : m_load(NurseLoad::of(query.center, query.nurses, int(query.chairs.size()), date, query.booked,
            query.ignoreAppointmentId))
    {
        const QDateTime dayStart = CenterTime::dayStartUtc(query.center, date);
        const QDateTime dayEnd = CenterTime::dayEndUtc(query.center, date);
        for (const Appointment &a : query.booked) {
            if ((a.id == query.ignoreAppointmentId && a.id != 0) || !holdsChair(a.status) || a.minutes <= 0)
                continue;
            if (a.endUtc() <= dayStart || a.startUtc >= dayEnd)
                continue;
            m_byChair[a.chairId] << std::pair<qint64, qint64> {
                a.startUtc.toSecsSinceEpoch(), a.endUtc().toSecsSinceEpoch()};
        }
    }

    const NurseLoad &load() const { return m_load; }

    /// Idle seconds left around [start, end) on the chair, inside [opens, closes).
    qint64 slack(qint64 chairId, qint64 start, qint64 end, qint64 opens, qint64 closes) const
    {
        qint64 before = opens;
        qint64 after = closes;
        for (const auto &[s, e] : m_byChair.value(chairId)) {
            if (e <= start)
                before = std::max(before, e);
            if (s >= end)
                after = std::min(after, s);
        }
        return std::max<qint64>(start - before, 0) + std::max<qint64>(after - end, 0);
    }

private:
    NurseLoad m_load;
    QHash<qint64, QList<std::pair<qint64, qint64>>> m_byChair;
};

double score(const SlotQuery &query, const Slot &slot, const DayView &day, QDate date, QDate firstDate)
{
    const Center &center = query.center;
    const int minute = CenterTime::localMinute(center, slot.startUtc);
    const auto &steps = day.load().steps();
    const int i = std::clamp(minute / NurseLoad::kStepMinutes, 0, NurseLoad::kSteps - 1);
    const NurseStep &step = steps[std::size_t(i)];
    const double capacity = std::max(step.startCapacity, 1);
    int neighbours = 0;
    const auto index = std::size_t(i);
    if (index > 0)
        neighbours += steps[index - 1].starts;
    if (index + 1 < steps.size())
        neighbours += steps[index + 1].starts;
    // The marginal cost of one more start where there are already s: (s+1)^2 - s^2.
    double value
        = kStartsWeight * (2.0 * step.starts + 1.0) / capacity + kNeighbourWeight * neighbours / capacity;

    const double chairs = std::max<qsizetype>(query.chairs.size(), 1);
    const int endMinute = std::min(minute + slot.minutes, 24 * 60);
    double occupied = 0;
    int counted = 0;
    for (int k = i; k < NurseLoad::kSteps && k * NurseLoad::kStepMinutes < endMinute; ++k, ++counted)
        occupied += steps[std::size_t(k)].inChairs / chairs;
    if (counted > 0)
        value += kOccupancyWeight * occupied / counted;

    OpenSpan span {0, 24 * 60};
    for (const OpenSpan &s : center.hours.spansOn(date)) {
        if (minute >= s.opensMinute && minute < s.closesMinute)
            span = s;
    }
    const int room = std::max(span.closesMinute - span.opensMinute - slot.minutes, 1);
    if (slot.minutes >= kLongMinutes)
        value += kLongLateWeight * double(minute - span.opensMinute) / room;
    const qint64 start = slot.startUtc.toSecsSinceEpoch();
    const qint64 opens = start - qint64(minute - span.opensMinute) * 60;
    const qint64 closes = opens + qint64(span.closesMinute - span.opensMinute) * 60;
    // Idle time left around it on its chair is time no other infusion may fit: a short infusion in a gap
    // leaves none.
    const qint64 slack = day.slack(slot.chairId, start, start + qint64(slot.minutes) * 60, opens, closes);
    value += kGapWeight * double(slack) / 60.0 / std::max(span.closesMinute - span.opensMinute, 1);
    value += kDayWeight * double(firstDate.daysTo(date));
    return value;
}

} // namespace

double levelScore(const SlotQuery &query, const Slot &slot, QDate firstDate)
{
    const QDate date = CenterTime::localDate(query.center, slot.startUtc);
    return score(query, slot, DayView(query, date), date, firstDate);
}

QList<Slot> rankForLevel(const SlotQuery &query, const QList<Slot> &candidates, int count)
{
    if (candidates.isEmpty() || count <= 0)
        return {};
    qsizetype earliestIndex = 0;
    for (qsizetype k = 1; k < candidates.size(); ++k) {
        if (candidates[k].startUtc < candidates[earliestIndex].startUtc)
            earliestIndex = k;
    }
    const QDate firstDate = CenterTime::localDate(query.center, candidates[earliestIndex].startUtc);
    QHash<QDate, std::shared_ptr<DayView>> days;
    std::vector<std::pair<double, qsizetype>> scored;
    scored.reserve(std::size_t(candidates.size()));
    for (qsizetype k = 0; k < candidates.size(); ++k) {
        const Slot &slot = candidates[k];
        const QDate date = CenterTime::localDate(query.center, slot.startUtc);
        auto &view = days[date];
        if (!view)
            view = std::make_shared<DayView>(query, date);
        scored.emplace_back(score(query, slot, *view, date, firstDate), k);
    }
    // Ties go to the earlier slot, so the order is the same on every run.
    std::stable_sort(scored.begin(), scored.end(), [&](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first < b.first;
        return candidates[a.second].startUtc < candidates[b.second].startUtc;
    });
    QList<Slot> ranked;
    bool earliestKept = false;
    for (const auto &[value, k] : scored) {
        if (ranked.size() >= count)
            break;
        Slot slot = candidates[k];
        slot.earliest = k == earliestIndex;
        earliestKept = earliestKept || slot.earliest;
        ranked << slot;
    }
    if (!earliestKept) {
        Slot earliest = candidates[earliestIndex];
        earliest.earliest = true;
        ranked.back() = earliest;
    }
    return ranked;
}

} // namespace chairside
