#include "center.h"

#include <QHash>

namespace chairside {

QTimeZone Center::timeZone() const
{
    // QTimeZone shares its data: a copy from the cache costs a reference count.
    thread_local QHash<QByteArray, QTimeZone> zones;
    const auto found = zones.constFind(timeZoneId);
    if (found != zones.cend())
        return *found;
    return *zones.insert(timeZoneId, QTimeZone(timeZoneId));
}

} // namespace chairside
