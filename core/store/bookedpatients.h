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
    /// query then seeks its index once per patient. SQLite reads the array with json_each, PostgreSQL
    /// with json_array_elements_text.
    static QString idsSql(bool postgreSql)
    {
        return postgreSql
            ? QStringLiteral("(SELECT CAST(value AS BIGINT) FROM json_array_elements_text(CAST(? AS json)))")
            : QStringLiteral("(SELECT value FROM json_each(?))");
    }
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
