#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariantList>

namespace chairside {

/// Patients whose records the readiness queue reads in bulk, one query for each kind of record, rather
/// than a patient at a time: those booked at a center over some days (Store::patientIdsBooked()), found
/// once, or the few a change concerns.
struct BookedPatients
{
    QList<qint64> patientIds;

    /// The SQL of their ids, to follow "patient_id IN" or "id IN", with one parameter: values(). Each
    /// query then seeks its index once per patient.
    static QString idsSql() { return QStringLiteral("(SELECT value FROM json_each(?))"); }
    /// The ids as one JSON array.
    QVariantList values() const
    {
        QByteArray json = "[";
        for (const qint64 id : patientIds) {
            if (json.size() > 1)
                json += ',';
            json += QByteArray::number(id);
        }
        json += ']';
        return {QString::fromLatin1(json)};
    }
};

} // namespace chairside
