#include "clock.h"

namespace chairside {

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

const Clock &systemClock()
{
    static const SystemClock clock;
    return clock;
}

FixedClock::FixedClock(const QDateTime &nowUtc)
    : m_now(nowUtc.toUTC())
{ }

void FixedClock::set(const QDateTime &nowUtc)
{
    m_now = nowUtc.toUTC();
}

} // namespace chairside
