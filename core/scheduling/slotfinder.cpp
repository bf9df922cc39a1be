#include "slotfinder.h"

#include "centertime.h"
#include "nurseload.h"

#include <QHash>

#include <algorithm>
#include <limits>
#include <vector>

namespace chairside {

namespace {

constexpr int kMaxDays = 366;
constexpr qint64 kSecondsPerDay = 24 * 3600;

/// The minutes a chair is held, as disjoint [start, end) seconds since the epoch in start order, so
/// both the starts and the ends are sorted and one binary search finds the interval that matters.
struct BusyTimes
{
    std::vector<qint64> starts;
    std::vector<qint64> ends;

    /// The end of the interval that overlaps [start, end), or 0 when the chair is free for all of it.
    qint64 blockedUntil(qint64 start, qint64 end) const
    {
        const auto it = std::upper_bound(ends.begin(), ends.end(), start);
        if (it == ends.end())
            return 0;
        const auto index = std::size_t(it - ends.begin());
        return starts[index] < end ? *it : 0;
    }

    /// How well a free [start, end) fits the chair inside [opens, closes): the idle seconds left around
    /// it, back to the last busy stretch or the opening and on to the next or the closing. A buffer
    /// kept free after every infusion, in case it runs long, cost the chairs more than the waits it saved
    /// (the simulator, README "A level day"); the ranking weighs that wait instead.
    qint64 fitCost(qint64 start, qint64 end, qint64 opens, qint64 closes) const
    {
        const auto next = std::lower_bound(starts.begin(), starts.end(), end);
        const bool hasNext = next != starts.end() && *next < closes;
        const qint64 after = (hasNext ? *next : closes) - end;
        const auto prev = std::upper_bound(ends.begin(), ends.end(), start);
        const bool hasPrev = prev != ends.begin() && *(prev - 1) > opens;
        const qint64 before = start - (hasPrev ? *(prev - 1) : opens);
        return std::max<qint64>(after, 0) + std::max<qint64>(before, 0);
    }
};

std::vector<BusyTimes> busyTimesPerChair(const SlotQuery &query)
{
    QHash<qint64, std::size_t> chairIndex;
    chairIndex.reserve(query.chairs.size());
    for (qsizetype i = 0; i < query.chairs.size(); ++i)
        chairIndex.insert(query.chairs[i].id, std::size_t(i));

    std::vector<std::vector<std::pair<qint64, qint64>>> raw(std::size_t(query.chairs.size()));
    for (const Appointment &a : query.booked) {
        if (a.id == query.ignoreAppointmentId && a.id != 0)
            continue;
        if (!holdsChair(a.status) || a.minutes <= 0 || !a.startUtc.isValid())
            continue;
        const auto found = chairIndex.constFind(a.chairId);
        if (found == chairIndex.constEnd())
            continue;
        const qint64 start = a.startUtc.toSecsSinceEpoch();
        raw[*found].emplace_back(start, start + qint64(a.minutes) * 60);
    }

    std::vector<BusyTimes> result(raw.size());
    for (std::size_t c = 0; c < raw.size(); ++c) {
        auto &intervals = raw[c];
        std::sort(intervals.begin(), intervals.end());
        BusyTimes &busy = result[c];
        busy.starts.reserve(intervals.size());
        busy.ends.reserve(intervals.size());
        // Merged, so that a chair double-booked by an override still reads as one busy stretch and the
        // ends stay sorted for the binary search.
        for (const auto &[start, end] : intervals) {
            if (!busy.ends.empty() && start <= busy.ends.back()) {
                busy.ends.back() = std::max(busy.ends.back(), end);
            } else {
                busy.starts.push_back(start);
                busy.ends.push_back(end);
            }
        }
    }
    return result;
}

/// The starts the patient's own bookings rule out, as disjoint open intervals (after, before) of seconds
/// since the epoch in order: a start strictly inside one would put the patient in two chairs at once, or
/// two doses of a therapy closer than its dosing interval allows.
struct PatientBlocks
{
    std::vector<qint64> afters;
    std::vector<qint64> befores;

    /// The first start no longer ruled out by the interval holding `start`, or 0 when `start` is allowed.
    qint64 blockedUntil(qint64 start) const
    {
        const auto it = std::upper_bound(befores.begin(), befores.end(), start);
        if (it == befores.end())
            return 0;
        return afters[std::size_t(it - befores.begin())] < start ? *it : 0;
    }
};

PatientBlocks patientBlocks(const SlotQuery &query)
{
    const qint64 lengthSecs = qint64(query.minutes) * 60;
    const qint64 gapSecs = qint64(std::max(query.dosingGapDays, 0)) * kSecondsPerDay;
    std::vector<std::pair<qint64, qint64>> raw;
    raw.reserve(std::size_t(query.patientBookings.size()) * 2);
    for (const Appointment &a : query.patientBookings) {
        if (a.id == query.ignoreAppointmentId && a.id != 0)
            continue;
        if (!holdsChair(a.status) || !a.startUtc.isValid())
            continue;
        const qint64 start = a.startUtc.toSecsSinceEpoch();
        // [s, s + length) overlaps [start, end) exactly when start - length < s < end.
        if (a.minutes > 0)
            raw.emplace_back(start - lengthSecs, start + qint64(a.minutes) * 60);
        if (gapSecs > 0 && a.therapyId == query.therapyId)
            raw.emplace_back(start - gapSecs, start + gapSecs);
    }
    std::sort(raw.begin(), raw.end());
    PatientBlocks blocks;
    for (const auto &[after, before] : raw) {
        // Open intervals that only touch leave their shared edge free, so they stay apart.
        if (!blocks.befores.empty() && after < blocks.befores.back()) {
            blocks.befores.back() = std::max(blocks.befores.back(), before);
        } else {
            blocks.afters.push_back(after);
            blocks.befores.push_back(before);
        }
    }
    return blocks;
}

/// Every infusion holding a chair, [start, end) in start order, for the nurses' load.
std::vector<std::pair<qint64, qint64>> chairHolds(const SlotQuery &query)
{
    std::vector<std::pair<qint64, qint64>> holds;
    holds.reserve(std::size_t(query.booked.size()));
    for (const Appointment &a : query.booked) {
        if ((a.id == query.ignoreAppointmentId && a.id != 0) || !holdsChair(a.status) || a.minutes <= 0
            || !a.startUtc.isValid())
            continue;
        const qint64 start = a.startUtc.toSecsSinceEpoch();
        holds.emplace_back(start, start + qint64(a.minutes) * 60);
    }
    std::sort(holds.begin(), holds.end());
    return holds;
}

/// The holds that may reach into [from, to): those starting up to the longest infusion before it.
std::vector<std::pair<qint64, qint64>> holdsTouching(
    const std::vector<std::pair<qint64, qint64>> &holds, qint64 from, qint64 to)
{
    constexpr qint64 kLongestInfusionSeconds = 12 * 3600;
    const auto first = std::lower_bound(holds.begin(), holds.end(),
        std::pair<qint64, qint64> {from - kLongestInfusionSeconds, std::numeric_limits<qint64>::min()});
    std::vector<std::pair<qint64, qint64>> touching;
    for (auto it = first; it != holds.end() && it->first < to; ++it) {
        if (it->second > from)
            touching.push_back(*it);
    }
    return touching;
}

QDateTime utcFromSecs(qint64 secs)
{
    // Not QTimeZone::utc(), which builds a zone object on every call in Qt 6.4.
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::UTC);
#else
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
#endif
}

int roundUpToGrid(int minute, int grid)
{
    return minute <= 0 ? 0 : (minute + grid - 1) / grid * grid;
}

/// Whole minutes from `from` to `to`, rounded up.
qint64 minutesUp(qint64 fromSecs, qint64 toSecs)
{
    const qint64 diff = toSecs - fromSecs;
    return diff <= 0 ? diff / 60 : (diff + 59) / 60;
}

} // namespace

QList<Slot> findSlots(const SlotQuery &query)
{
    QList<Slot> offered;
    if (query.count <= 0 || query.minutes <= 0 || query.chairs.isEmpty() || !query.earliestUtc.isValid()
        || query.center.hours.isEmpty()) {
        return offered;
    }
    const Center &center = query.center;
    const int grid = center.policy.slotGridMinutes > 0 ? center.policy.slotGridMinutes : 15;
    const qint64 lengthSecs = qint64(query.minutes) * 60;
    const qint64 earliest = query.earliestUtc.toSecsSinceEpoch();
    const bool bounded = query.latestEndUtc.isValid();
    const qint64 latestEnd
        = bounded ? query.latestEndUtc.toSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    if (bounded && earliest + lengthSecs > latestEnd)
        return offered;

    const std::vector<BusyTimes> busy = busyTimesPerChair(query);
    const PatientBlocks patientBusy = patientBlocks(query);
    const std::vector<std::pair<qint64, qint64>> holds = chairHolds(query);

    const QDate firstDate = CenterTime::localDate(center, query.earliestUtc);
    QDate lastDate = firstDate.addDays(kMaxDays - 1);
    if (bounded)
        lastDate = std::min(lastDate, CenterTime::localDate(center, query.latestEndUtc));

    // The first free chair for a start (or the best fit, inside [spanOpens, spanCloses)), or the earliest
    // instant any chair could be free again.
    const auto firstFreeChair
        = [&](qint64 start, qint64 &blockedUntil, qint64 spanOpens, qint64 spanCloses) -> qsizetype {
        blockedUntil = std::numeric_limits<qint64>::max();
        qsizetype best = -1;
        qint64 bestSlack = std::numeric_limits<qint64>::max();
        for (std::size_t c = 0; c < busy.size(); ++c) {
            const qint64 until = busy[c].blockedUntil(start, start + lengthSecs);
            if (until != 0) {
                blockedUntil = std::min(blockedUntil, until);
                continue;
            }
            if (!query.bestFitChair || spanCloses <= spanOpens)
                return qsizetype(c);
            const qint64 slack = busy[c].fitCost(start, start + lengthSecs, spanOpens, spanCloses);
            if (slack < bestSlack) {
                bestSlack = slack;
                best = qsizetype(c);
            }
        }
        return best;
    };
    const auto offer = [&](qint64 start, qsizetype chair) {
        const Chair &c = query.chairs[chair];
        offered << Slot {utcFromSecs(start), c.id, c.label, query.minutes};
        return offered.size() >= query.count;
    };

    QDateTime nextDayStart;
    for (QDate date = firstDate; date <= lastDate; date = date.addDays(1)) {
        const QList<OpenSpan> &spans = center.hours.spansOn(date);
        if (spans.isEmpty()) {
            nextDayStart = {};
            continue;
        }
        const QDateTime dayStart
            = nextDayStart.isValid() ? nextDayStart : CenterTime::dayStartUtc(center, date);
        nextDayStart = CenterTime::dayEndUtc(center, date);
        if (bounded && dayStart.isValid() && dayStart.toSecsSinceEpoch() + lengthSecs > latestEnd)
            break;

        // On a day of 24 hours the wall clock runs with UTC, so a wall minute is the day's start plus that
        // many minutes; only the daylight-saving days (and zones where midnight is skipped) need a
        // conversion for every start.
        const bool regular
            = dayStart.isValid() && nextDayStart.isValid() && dayStart.secsTo(nextDayStart) == kSecondsPerDay;
        const qint64 dayStartSecs = regular ? dayStart.toSecsSinceEpoch() : 0;
        const NurseLoad nurseLoad = NurseLoad(center, query.nurses, int(query.chairs.size()), date,
            holdsTouching(holds, dayStart.isValid() ? dayStart.toSecsSinceEpoch() : 0,
                nextDayStart.isValid() ? nextDayStart.toSecsSinceEpoch()
                                       : std::numeric_limits<qint64>::max()))
                                        .offered(query.nurses, int(query.chairs.size()));

        for (const OpenSpan &span : spans) {
            // On a fall-back day a wall hour repeats, so a start later than closing minus the length may
            // still end by closing; withinHours() decides there.
            const int lastStartMinute = regular ? span.closesMinute - query.minutes : span.closesMinute - 1;
            int minute = roundUpToGrid(span.opensMinute, grid);
            if (regular && earliest > dayStartSecs)
                minute = std::max(minute,
                    roundUpToGrid(int(std::min<qint64>(minutesUp(dayStartSecs, earliest), 24 * 60)), grid));

            while (minute <= lastStartMinute) {
                qint64 start = 0;
                if (regular) {
                    start = dayStartSecs + qint64(minute) * 60;
                } else {
                    const QDateTime utc = CenterTime::utcAt(center, date, minute);
                    // A wall time skipped by a spring-forward change is not a start of its own.
                    const bool exists = CenterTime::localDate(center, utc) == date
                        && CenterTime::localMinute(center, utc) == minute;
                    if (!exists || !CenterTime::withinHours(center, utc, query.minutes)) {
                        minute += grid;
                        continue;
                    }
                    start = utc.toSecsSinceEpoch();
                }
                if (start < earliest) {
                    minute += grid;
                    continue;
                }
                if (start + lengthSecs > latestEnd)
                    return offered;
                const int wallMinute = regular ? minute : CenterTime::localMinute(center, utcFromSecs(start));
                if (!nurseLoad.fits(wallMinute, query.minutes)) {
                    minute += grid;
                    continue;
                }

                qint64 blockedUntil = patientBusy.blockedUntil(start);
                const qint64 spanOpens = regular ? dayStartSecs + qint64(span.opensMinute) * 60 : 0;
                const qint64 spanCloses = regular ? dayStartSecs + qint64(span.closesMinute) * 60 : 0;
                const qsizetype chair
                    = blockedUntil != 0 ? -1 : firstFreeChair(start, blockedUntil, spanOpens, spanCloses);
                if (chair >= 0) {
                    if (offer(start, chair))
                        return offered;
                    minute += grid;
                } else if (regular) {
                    // The patient or every chair is taken until then: no start before it can be offered.
                    minute = std::max(minute + grid,
                        roundUpToGrid(
                            int(std::min<qint64>(minutesUp(dayStartSecs, blockedUntil), 24 * 60)), grid));
                } else {
                    minute += grid;
                }
            }
        }
    }
    return offered;
}

} // namespace chairside
