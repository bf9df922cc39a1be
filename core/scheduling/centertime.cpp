#include "centertime.h"

#include "common/error.h"

#include <QLocale>

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <set>
#include <vector>

namespace chairside::CenterTime {

namespace {

QString hhmm(const QDateTime &at)
{
    return at.time().toString(QStringLiteral("HH:mm"));
}

QString dayText(QDate date)
{
    // The words go into errors and the CLI's notes, which scripts and logs keep: one language.
    return QLocale(QLocale::English).toString(date, QStringLiteral("d MMMM yyyy"));
}

QString zoneName(const QTimeZone &zone)
{
    return QString::fromUtf8(zone.id());
}

QString offsetText(int seconds)
{
    const int minutes = std::abs(seconds) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(seconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

/// A change of the zone's offset, and the wall-clock span it skips or repeats.
struct Change
{
    QDateTime fromWall; ///< the clock's reading just as it changes, on the old offset
    QDateTime toWall; ///< the same instant on the new offset
};

/// The change whose skipped or repeated span holds `local` (a wall time read as if it were UTC).
std::optional<Change> changeAround(const QTimeZone &zone, const QDateTime &local)
{
    QDateTime from = local.addDays(-2);
    for (int i = 0; i < 8; ++i) {
        const QTimeZone::OffsetData next = zone.nextTransition(from);
        if (!next.atUtc.isValid() || next.atUtc > local.addDays(2))
            break;
        const int before = zone.offsetFromUtc(next.atUtc.addSecs(-1));
        const Change change {next.atUtc.addSecs(before), next.atUtc.addSecs(next.offsetFromUtc)};
        const auto [low, high] = std::minmax(change.fromWall, change.toWall);
        if (low <= local && local < high)
            return change;
        from = next.atUtc;
    }
    return std::nullopt;
}

} // namespace

WallTime readWallTime(const QTimeZone &zone, QDate date, QTime time)
{
    WallTime wall;
    if (!date.isValid() || !time.isValid() || !zone.isValid())
        return wall;
    // The wall time as if it were UTC; each offset the zone uses near it gives a candidate instant, which
    // is real when the zone has that offset at that instant.
    const QDateTime local(date, time, QTimeZone::utc());
    std::set<int> offsets;
    for (const int days : {-1, 0, 1})
        offsets.insert(zone.offsetFromUtc(local.addDays(days)));
    std::vector<QDateTime> instants;
    for (const int offset : offsets) {
        const QDateTime candidate = local.addSecs(-offset);
        if (zone.offsetFromUtc(candidate) == offset)
            instants.push_back(candidate);
    }
    std::sort(instants.begin(), instants.end());
    instants.erase(std::unique(instants.begin(), instants.end()), instants.end());

    const std::optional<Change> change = instants.size() == 1 ? std::nullopt : changeAround(zone, local);
    const QString typed = time.toString(QStringLiteral("HH:mm"));
    if (instants.empty()) {
        wall.kind = WallTime::Kind::Skipped;
        wall.note = change
            ? QStringLiteral("%1 on %2 does not exist in %3 (clocks go from %4 to %5); use %6 or %7.")
                  .arg(typed, dayText(date), zoneName(zone), hhmm(change->fromWall), hhmm(change->toWall),
                      hhmm(change->fromWall.addSecs(-60)), hhmm(change->toWall))
            : QStringLiteral("%1 on %2 does not exist in %3: the clocks skip it.")
                  .arg(typed, dayText(date), zoneName(zone));
        return wall;
    }
    wall.utc = instants.front();
    if (instants.size() == 1)
        return wall;
    wall.kind = WallTime::Kind::Repeated;
    const QString clocks = change
        ? QStringLiteral(" (clocks go back from %1 to %2)").arg(hhmm(change->fromWall), hhmm(change->toWall))
        : QString();
    wall.note = QStringLiteral("%1 on %2 happens twice in %3%4; taken as the first, %1 %5 (%6).")
                    .arg(typed, dayText(date), zoneName(zone), clocks, zone.abbreviation(wall.utc),
                        offsetText(zone.offsetFromUtc(wall.utc)));
    return wall;
}

WallTime readWallTime(const Center &center, QDate date, QTime time)
{
    return readWallTime(center.timeZone(), date, time);
}

QDateTime wallTimeToUtc(const Center &center, QDate date, QTime time, const QString &field, QString *note)
{
    const WallTime wall = readWallTime(center, date, time);
    if (wall.kind == WallTime::Kind::Skipped)
        throw Error::badData(field, wall.note);
    if (note)
        *note = wall.note;
    return wall.utc;
}

QDateTime toLocal(const Center &center, const QDateTime &utc)
{
    return utc.toTimeZone(center.timeZone());
}

QDate localDate(const Center &center, const QDateTime &utc)
{
    return toLocal(center, utc).date();
}

int localMinute(const Center &center, const QDateTime &utc)
{
    const QTime time = toLocal(center, utc).time();
    return time.hour() * 60 + time.minute();
}

QDateTime utcAt(const Center &center, QDate date, int minute)
{
    if (minute >= 24 * 60)
        return dayStartUtc(center, date.addDays(1)).addSecs(qint64(minute - 24 * 60) * 60);
    const QTimeZone zone = center.timeZone();
    const QTime wall(minute / 60, minute % 60);
    const QDateTime local(date, wall, zone);
    if (local.isValid())
        return local.toUTC();
    // A wall time in a spring-forward gap does not exist: read it with the offset in force before the
    // gap, which lands the gap's length later (02:30 becomes 03:30), as the clocks on the wall do.
    const QDateTime beforeGap = QDateTime(date, QTime(0, 0), zone);
    const int offset = zone.offsetFromUtc(beforeGap);
    return QDateTime(date, wall, QTimeZone::utc()).addSecs(-offset);
}

QDateTime dayStartUtc(const Center &center, QDate date)
{
    return QDateTime(date, QTime(0, 0), center.timeZone()).toUTC();
}

QDateTime dayEndUtc(const Center &center, QDate date)
{
    return dayStartUtc(center, date.addDays(1));
}

bool withinHours(const Center &center, const QDateTime &startUtc, int minutes)
{
    const QDateTime localStart = toLocal(center, startUtc);
    const QDateTime localEnd = toLocal(center, startUtc.addSecs(qint64(minutes) * 60));
    const QDate date = localStart.date();
    const int startMinute = localStart.time().hour() * 60 + localStart.time().minute();
    int endMinute = localEnd.time().hour() * 60 + localEnd.time().minute();
    if (localEnd.date() != date) {
        if (localEnd.date() == date.addDays(1) && endMinute == 0)
            endMinute = 24 * 60;
        else
            return false;
    }
    // Wall-clock minutes, so that a 2-hour infusion across a fall-back change still fits the span
    // it really occupies.
    return center.hours.covers(date.dayOfWeek(), startMinute, endMinute);
}

} // namespace chairside::CenterTime
