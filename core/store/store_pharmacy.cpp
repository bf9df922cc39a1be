// Store: the pharmacy's day, the doses a center compounds for a date.

#include "sqlquery.h"
#include "statementcache.h"
#include "store.h"
#include "storevalues.h"

namespace chairside {

using namespace StoreValues;

QList<Store::DoseRow> Store::doseRowsAtCenter(
    qint64 centerId, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    // One seek on appointment(center_id, start_utc); only cancelled appointments can have been replaced,
    // so only they pay for the look-up of their replacement.
    const auto qLease = m_statements->take(
        QStringLiteral(
            "SELECT a.id, a.patient_id, a.chair_id, a.therapy_id, a.start_utc, a.minutes, a.status, "
            "a.prep_state, a.prepared_at, a.replaces_id, a.created_by, a.created_at, a.wasted_at, "
            "a.wasted_reason, p.mrn, p.first_name, p.last_name, p.preferred_name, t.name, t.brand, "
            "t.default_minutes, t.interval_weeks, t.beyond_use_hours, c.label, c.kind, "
            "CASE WHEN a.status = 'cancelled' "
            "THEN (SELECT max(r.id) FROM appointment r WHERE r.replaces_id = a.id) END "
            "FROM appointment a JOIN patient p ON p.id = a.patient_id "
            "JOIN therapy t ON t.id = a.therapy_id AND t.compounded = 1 "
            "LEFT JOIN chair c ON c.id = a.chair_id "
            "WHERE a.center_id = ? AND a.start_utc >= ? AND a.start_utc < ? ORDER BY a.start_utc, a.id"),
        "read the pharmacy's day");
    SqlQuery &q = *qLease;
    q.exec({centerId, instantValue(fromUtc), instantValue(toUtc)});
    QList<DoseRow> result;
    while (q.next()) {
        DoseRow row;
        Appointment &a = row.appointment;
        a.id = q.value(0).toLongLong();
        a.patientId = q.value(1).toLongLong();
        a.centerId = centerId;
        a.chairId = q.value(2).toLongLong();
        a.therapyId = q.value(3).toLongLong();
        a.startUtc = instantFrom(q.value(4));
        a.minutes = q.value(5).toInt();
        a.status = statusFromCode(q.value(6).toString()).value_or(AppointmentStatus::EnteredInError);
        a.prep = prepStateFromCode(q.value(7).toString()).value_or(PrepState::NotReady);
        a.preparedAtUtc = instantFrom(q.value(8));
        a.replacesId = q.value(9).toLongLong();
        a.createdBy = q.value(10).toString();
        a.createdAtUtc = instantFrom(q.value(11));
        a.wastedAtUtc = instantFrom(q.value(12));
        a.wastedReason = q.value(13).toString();
        row.patient.id = a.patientId;
        row.patient.mrn = q.value(14).toString();
        row.patient.firstName = q.value(15).toString();
        row.patient.lastName = q.value(16).toString();
        row.patient.preferredName = q.value(17).toString();
        row.therapy.id = a.therapyId;
        row.therapy.name = q.value(18).toString();
        row.therapy.brand = q.value(19).toString();
        row.therapy.defaultMinutes = q.value(20).toInt();
        row.therapy.intervalWeeks = q.value(21).toInt();
        row.therapy.compounded = true;
        row.therapy.beyondUseHours = q.value(22).toInt();
        if (!q.value(23).isNull()) {
            row.chair.id = a.chairId;
            row.chair.centerId = centerId;
            row.chair.label = q.value(23).toString();
            row.chair.kind
                = q.value(24).toString() == QLatin1String("suite") ? Chair::Kind::Suite : Chair::Kind::Chair;
        }
        row.replacedById = q.value(25).toLongLong();
        result << row;
    }
    return result;
}

} // namespace chairside
