#pragma once

#include "model/center.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <QTimeZone>

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

/// What a wall time typed on a zone's clock is: one instant, none (the clocks skip it when they spring
/// forward) or two (the clocks pass it twice when they fall back).
struct WallTime
{
    enum class Kind
    {
        Exact,
        Skipped,
        Repeated
    };
    Kind kind = Kind::Exact;
    QDateTime utc; ///< the instant; the earlier of the two when Repeated; invalid when Skipped
    /// Skipped: why it cannot be read, naming the nearest valid times; Repeated: which one was taken.
    QString note;
};

/// The one reading of a typed local date and time, for every program and dialog that takes one.
WallTime readWallTime(const QTimeZone &zone, QDate date, QTime time);
WallTime readWallTime(const Center &center, QDate date, QTime time);
/// The instant of a wall time on the center's clock, the first one when the clocks pass it twice (then
/// `note`, when given, receives the words saying so). Throws Error::BadData naming `field` for a time
/// the clocks skip.
QDateTime wallTimeToUtc(
    const Center &center, QDate date, QTime time, const QString &field, QString *note = nullptr);

/// True when [startUtc, startUtc + minutes) lies inside one open span of a single local day.
bool withinHours(const Center &center, const QDateTime &startUtc, int minutes);

} // namespace CenterTime

} // namespace chairside
