#pragma once

#include "model/center.h"

#include <QDate>
#include <QDateTime>

namespace chairside {

/// Converting between the UTC instants the store keeps and the center's wall clock, where opening
/// hours, the slot grid and "today" are defined. Daylight-saving days are 23 or 25 hours long.
namespace CenterTime {

QDateTime toLocal(const Center &center, const QDateTime &utc);
QDate localDate(const Center &center, const QDateTime &utc);
/// Minutes after local midnight of the instant's local date.
int localMinute(const Center &center, const QDateTime &utc);
/// The UTC instant of a local date and minute. A wall time skipped by a spring-forward change
/// moves to the first valid time after it.
QDateTime utcAt(const Center &center, QDate date, int minute);
/// [start, end) of a local calendar day, in UTC.
QDateTime dayStartUtc(const Center &center, QDate date);
QDateTime dayEndUtc(const Center &center, QDate date);

/// True when [startUtc, startUtc + minutes) lies inside one open span of a single local day.
bool withinHours(const Center &center, const QDateTime &startUtc, int minutes);

} // namespace CenterTime

} // namespace chairside
