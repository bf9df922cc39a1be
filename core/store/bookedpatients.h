#pragma once

#include <QDateTime>
#include <QString>
#include <QVariantList>

namespace chairside {

/// The patients with a booked appointment at a center starting in [fromUtc, toUtc): whose records the
/// readiness queue reads in bulk, one query for each kind of record, rather than a patient at a time.
struct BookedPatients
{
    qint64 centerId = 0;
    QDateTime fromUtc;
    QDateTime toUtc;

    /// The SQL of their ids, to follow "patient_id IN" or "id IN", with three parameters: values().
    static QString idsSql()
    {
        return QStringLiteral("(SELECT DISTINCT patient_id FROM appointment WHERE center_id = ? AND "
                              "start_utc >= ? AND start_utc < ? AND status = 'booked')");
    }
    QVariantList values() const { return {centerId, fromUtc.toSecsSinceEpoch(), toUtc.toSecsSinceEpoch()}; }
};

} // namespace chairside
