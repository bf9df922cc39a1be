#include "centertime.h"

namespace chairside::CenterTime {

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
