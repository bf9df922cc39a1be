#include "day/rostertimeaxis.h"

#include "scheduling/centertime.h"

namespace chairside {

namespace {

QDateTime floorToHour(const Center &center, const QDateTime &utc)
{
    QDateTime local = CenterTime::toLocal(center, utc);
    local.setTime(QTime(local.time().hour(), 0));
    return local.toUTC();
}

} // namespace

RosterTimeAxis::RosterTimeAxis(const Center &center, const QDateTime &viewStartUtc,
    const QDateTime &viewEndUtc, double left, double width)
    : m_center(center)
    , m_left(left)
{
    if (!viewStartUtc.isValid() || !viewEndUtc.isValid())
        return;
    m_scale.startUtc = floorToHour(center, viewStartUtc);
    const QDateTime endFloor = floorToHour(center, viewEndUtc);
    m_scale.endUtc = endFloor == viewEndUtc ? endFloor : endFloor.addSecs(3600);
    m_scale.width = width;
    if (!m_scale.isValid())
        return;
    const int first = CenterTime::toLocal(center, m_scale.startUtc).offsetFromUtc();
    const int last = CenterTime::toLocal(center, m_scale.endUtc).offsetFromUtc();
    if (first == last)
        m_offset = first;
}

int RosterTimeAxis::minuteOfDay(const QDateTime &utc) const
{
    if (m_offset && utc >= m_scale.startUtc && utc <= m_scale.endUtc) {
        constexpr qint64 day = 24 * 60;
        return int(((utc.toSecsSinceEpoch() + *m_offset) / 60 % day + day) % day);
    }
    return CenterTime::localMinute(m_center, utc);
}

QString RosterTimeAxis::clock(const QDateTime &utc) const
{
    if (!utc.isValid())
        return {};
    const int minute = minuteOfDay(utc);
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

} // namespace chairside
