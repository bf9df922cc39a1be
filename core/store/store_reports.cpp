// Store: what the manager's reports read (core/reports), and the walk-ins the desk turned away.

#include "checkinrows.h"
#include "common/error.h"
#include "sqlquery.h"
#include "statementcache.h"
#include "store.h"
#include "storevalues.h"

namespace chairside {

using namespace StoreValues;

QList<ReportAppointment> Store::reportAppointments(
    qint64 centerId, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    // Only cancelled appointments can have been cancelled or replaced, so only they pay for the look-ups.
    const auto qLease = m_statements->take(
        QStringLiteral(
            "SELECT a.id, a.patient_id, a.chair_id, a.therapy_id, a.start_utc, a.minutes, a.status, "
            "a.prep_state, a.arrived_at, a.checked_in_at, a.started_at, a.completed_at, a.no_show_fee_cents, "
            "CASE WHEN a.status = 'cancelled' THEN (SELECT max(h.at) FROM appointment_history h "
            "WHERE h.appointment_id = a.id AND h.to_status = 'cancelled') END, "
            "CASE WHEN a.status = 'cancelled' "
            "THEN (SELECT max(r.id) FROM appointment r WHERE r.replaces_id = a.id) END "
            "FROM appointment a "
            "WHERE a.center_id = ? AND a.start_utc >= ? AND a.start_utc < ? ORDER BY a.start_utc, a.id"),
        "read the center's appointments for a report");
    SqlQuery &q = *qLease;
    q.exec({centerId, instantValue(fromUtc), instantValue(toUtc)});
    QList<ReportAppointment> result;
    while (q.next()) {
        ReportAppointment row;
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
        a.arrivedAtUtc = instantFrom(q.value(8));
        a.checkedInAtUtc = instantFrom(q.value(9));
        a.startedAtUtc = instantFrom(q.value(10));
        a.completedAtUtc = instantFrom(q.value(11));
        a.noShowFeeCents = q.value(12).toInt();
        row.cancelledAtUtc = instantFrom(q.value(13));
        row.replacedById = q.value(14).toLongLong();
        result << row;
    }
    return result;
}

QList<CheckInRecord> Store::reschedulingDecisionsAtCenter(
    qint64 centerId, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    const auto qLease = m_statements->take(
        QStringLiteral(
            "SELECT d.id, d.at, d.user_name, d.patient_id, d.appointment_id, d.outcome, d.reasons, "
            "d.identifiers, d.chair_id FROM appointment a "
            "JOIN checkin_decision d ON d.appointment_id = a.id AND d.outcome = 'reschedule' "
            "WHERE a.center_id = ? AND a.start_utc >= ? AND a.start_utc < ? ORDER BY d.id"),
        "read the desk's reschedules for a report");
    SqlQuery &q = *qLease;
    q.exec({centerId, instantValue(fromUtc), instantValue(toUtc)});
    return checkInRecordsOf(q);
}

qint64 Store::addWalkIn(const WalkIn &walkIn)
{
    requireText(walkIn.user, "user", QStringLiteral("The user who saw the walk-in"));
    const auto qLease = m_statements->take(
        QStringLiteral(
            "INSERT INTO walk_in (at, center_id, patient_id, user_name, next_appointment_id, offered) "
            "VALUES (?, ?, ?, ?, ?, ?)"),
        "record the walk-in");
    SqlQuery &q = *qLease;
    q.exec({instantValue(walkIn.atUtc), walkIn.centerId, walkIn.patientId, walkIn.user,
        walkIn.nextAppointmentId != 0 ? QVariant(walkIn.nextAppointmentId) : QVariant(),
        WalkIn::offeredText(walkIn.offered)});
    return q.lastInsertId();
}

QList<WalkInRow> Store::walkInsAtCenter(qint64 centerId, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    // "Booked after" is the first appointment at this center created for the patient from the walk-in on,
    // within the day (86,400 s): what the desk booked them into there and then.
    const auto qLease = m_statements->take(
        QStringLiteral(
            "SELECT w.id, w.at, w.patient_id, w.user_name, w.next_appointment_id, w.offered, p.mrn, "
            "p.last_name, p.first_name, n.start_utc, b.id, b.start_utc "
            "FROM walk_in w JOIN patient p ON p.id = w.patient_id "
            "LEFT JOIN appointment n ON n.id = w.next_appointment_id "
            "LEFT JOIN appointment b ON b.id = (SELECT min(x.id) FROM appointment x "
            "WHERE x.patient_id = w.patient_id AND x.center_id = w.center_id AND x.created_at >= w.at "
            "AND x.created_at < w.at + 86400) "
            "WHERE w.center_id = ? AND w.at >= ? AND w.at < ? ORDER BY w.at, w.id"),
        "read the walk-ins for a report");
    SqlQuery &q = *qLease;
    q.exec({centerId, instantValue(fromUtc), instantValue(toUtc)});
    QList<WalkInRow> result;
    while (q.next()) {
        WalkInRow row;
        WalkIn &w = row.walkIn;
        w.id = q.value(0).toLongLong();
        w.atUtc = instantFrom(q.value(1));
        w.centerId = centerId;
        w.patientId = q.value(2).toLongLong();
        w.user = q.value(3).toString();
        w.nextAppointmentId = q.value(4).toLongLong();
        w.offered = WalkIn::offeredFromText(q.value(5).toString());
        row.mrn = q.value(6).toString();
        row.patientName = q.value(7).toString() + QStringLiteral(", ") + q.value(8).toString();
        row.nextStartUtc = instantFrom(q.value(9));
        row.bookedId = q.value(10).toLongLong();
        row.bookedStartUtc = instantFrom(q.value(11));
        result << row;
    }
    return result;
}

} // namespace chairside
