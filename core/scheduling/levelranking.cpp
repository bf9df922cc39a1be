#include "levelranking.h"

#include "centertime.h"

#include <QHash>

#include <algorithm>
#include <memory>

namespace chairside {

namespace {

// How much each part of the score weighs, tuned with the simulator (README, "A level day"). The starts in
// a step are levelled by the finder, which offers no step more than a share of what the nurses can start
// (NursePolicy::kLevelStartShare); a term for them here as well cost more chair time than it levelled.
// What the ranking weighs is what the chairs lose: idle time left around a slot on its chair, the minutes
// a patient is expected to wait for a chair when the infusion before runs long, and the hours after the
// opening (a chair packed from the opening ends its day with room to spare).
constexpr double kGapWeight = 3.0; ///< per open span's worth of idle time around the slot
constexpr double kLateWeight = 0.5; ///< per hour after the opening
constexpr double kWaitWeight = 0.02; ///< per minute of expected wait, for this patient and the next
constexpr double kDayWeight = 0.5; ///< per day after the first candidate's
/// Infusions run from a little shorter to a fifth longer than booked (a reaction slows the rate).
constexpr double kShortestRun = -0.05;
constexpr double kLongestRun = 0.20;

/// The minutes a patient is expected to wait when an infusion of `length` minutes, `gap` minutes before
/// the patient's start, runs anywhere (evenly) from kShortestRun to kLongestRun of its length longer.
double expectedWait(double length, double gap)
{
    const double low = kShortestRun * length;
    const double high = kLongestRun * length;
    if (length <= 0 || gap >= high)
        return 0.0;
    if (gap <= low)
        return (low + high) / 2 - gap;
    return (high - gap) * (high - gap) / (2 * (high - low));
}

/// A slot's neighbours on its chair inside its open span.
struct Around
{
    qint64 before = 0; ///< idle seconds back to the infusion before, or the opening
    qint64 after = 0; ///< idle seconds on to the infusion after, or the closing
    int previousMinutes = 0; ///< the infusion before's length, 0 when none
    bool hasNext = false;
};

/// What the ranking needs to know of the day a slot falls on.
class DayView final
{
public:
    DayView(const SlotQuery &query, QDate date)
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

    Around around(qint64 chairId, qint64 start, qint64 end, qint64 opens, qint64 closes) const
    {
        qint64 before = opens;
        qint64 after = closes;
        Around result;
        for (const auto &[s, e] : m_byChair.value(chairId)) {
            if (e <= start && e >= before) {
                before = e;
                result.previousMinutes = int((e - s) / 60);
            }
            if (s >= end && s < after) {
                after = s;
                result.hasNext = true;
            }
        }
        result.before = std::max<qint64>(start - before, 0);
        result.after = std::max<qint64>(after - end, 0);
        return result;
    }

private:
    QHash<qint64, QList<std::pair<qint64, qint64>>> m_byChair;
};

double score(const SlotQuery &query, const Slot &slot, const DayView &day, QDate date, QDate firstDate)
{
    const Center &center = query.center;
    const int minute = CenterTime::localMinute(center, slot.startUtc);
    OpenSpan span {0, 24 * 60};
    for (const OpenSpan &s : center.hours.spansOn(date)) {
        if (minute >= s.opensMinute && minute < s.closesMinute)
            span = s;
    }
    const int spanMinutes = std::max(span.closesMinute - span.opensMinute, 1);
    const qint64 start = slot.startUtc.toSecsSinceEpoch();
    const qint64 opens = start - qint64(minute - span.opensMinute) * 60;
    const qint64 closes = opens + qint64(spanMinutes) * 60;
    const Around around = day.around(slot.chairId, start, start + qint64(slot.minutes) * 60, opens, closes);

    // Idle time left around it on its chair is time no other infusion may fit: a short infusion in a gap
    // leaves none.
    double value = kGapWeight * double(around.before + around.after) / 60.0 / spanMinutes;
    value += kLateWeight * double(minute - span.opensMinute) / 60.0;
    value += kWaitWeight
        * (expectedWait(around.previousMinutes, double(around.before) / 60.0)
            + (around.hasNext ? expectedWait(slot.minutes, double(around.after) / 60.0) : 0.0));
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
