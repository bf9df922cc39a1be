// Store: appointments, their append-only history, and what the check-in desk decided about them.

#include "checkinrows.h"
#include "common/error.h"
#include "scopedtransaction.h"
#include "sqlitestatement.h"
#include "sqlquery.h"
#include "statementcache.h"
#include "store.h"
#include "storevalues.h"

namespace chairside {

namespace {

using namespace StoreValues;

const char *const kAppointmentColumns
    = "id, patient_id, center_id, chair_id, therapy_id, start_utc, minutes, status, prep_state, prepared_at, "
      "replaces_id, created_by, created_at, arrived_at, checked_in_at, started_at, completed_at, "
      "no_show_fee_cents, wasted_reason, wasted_at";

Appointment appointmentFrom(const SqlQuery &q)
{
    Appointment a;
    a.id = q.value(0).toLongLong();
    a.patientId = q.value(1).toLongLong();
    a.centerId = q.value(2).toLongLong();
    a.chairId = q.value(3).toLongLong();
    a.therapyId = q.value(4).toLongLong();
    a.startUtc = instantFrom(q.value(5));
    a.minutes = q.value(6).toInt();
    a.status = statusFromCode(q.value(7).toString()).value_or(AppointmentStatus::EnteredInError);
    a.prep = prepStateFromCode(q.value(8).toString()).value_or(PrepState::NotReady);
    a.preparedAtUtc = instantFrom(q.value(9));
    a.replacesId = q.value(10).toLongLong();
    a.createdBy = q.value(11).toString();
    a.createdAtUtc = instantFrom(q.value(12));
    a.arrivedAtUtc = instantFrom(q.value(13));
    a.checkedInAtUtc = instantFrom(q.value(14));
    a.startedAtUtc = instantFrom(q.value(15));
    a.completedAtUtc = instantFrom(q.value(16));
    a.noShowFeeCents = q.value(17).toInt();
    a.wastedReason = q.value(18).toString();
    a.wastedAtUtc = instantFrom(q.value(19));
    return a;
}

Appointment appointmentFrom(const SqliteStatement &q)
{
    Appointment a;
    a.id = q.integer(0);
    a.patientId = q.integer(1);
    a.centerId = q.integer(2);
    a.chairId = q.integer(3);
    a.therapyId = q.integer(4);
    a.startUtc = instantFromSeconds(q.isNull(5), q.integer(5));
    a.minutes = int(q.integer(6));
    a.status = statusFromCode(q.text(7)).value_or(AppointmentStatus::EnteredInError);
    a.prep = prepStateFromCode(q.text(8)).value_or(PrepState::NotReady);
    a.preparedAtUtc = instantFromSeconds(q.isNull(9), q.integer(9));
    a.replacesId = q.integer(10);
    a.createdBy = q.text(11);
    a.createdAtUtc = instantFromSeconds(q.isNull(12), q.integer(12));
    a.arrivedAtUtc = instantFromSeconds(q.isNull(13), q.integer(13));
    a.checkedInAtUtc = instantFromSeconds(q.isNull(14), q.integer(14));
    a.startedAtUtc = instantFromSeconds(q.isNull(15), q.integer(15));
    a.completedAtUtc = instantFromSeconds(q.isNull(16), q.integer(16));
    a.noShowFeeCents = int(q.integer(17));
    a.wastedReason = q.text(18);
    return a;
}

/// The statuses that hold a chair, spelled out from holdsChair() so the rule lives in one place, as
/// "(status = 'booked' OR ...)": SQLite checks a list of three or more values with IN by building a
/// table of them on every run of the statement.
QString holdingChairTest()
{
    QStringList holding;
    for (int s = int(AppointmentStatus::Booked); s <= int(AppointmentStatus::EnteredInError); ++s) {
        if (holdsChair(AppointmentStatus(s)))
            holding << QStringLiteral("status = '%1'").arg(statusCode(AppointmentStatus(s)));
    }
    return QLatin1Char('(') + holding.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

QString appointmentSelect(const char *where)
{
    return QStringLiteral("SELECT %1 FROM appointment WHERE %2")
        .arg(QLatin1String(kAppointmentColumns), QLatin1String(where));
}

void validateAppointment(const Appointment &a)
{
    if (!a.startUtc.isValid())
        throw Error::badData(QStringLiteral("start"), QStringLiteral("The appointment has no start time."));
    if (a.minutes <= 0)
        throw Error::badData(QStringLiteral("minutes"), QStringLiteral("The appointment has no length."));
}

/// The appointment's row and the first line of its history: shared by the single and the bulk add.
/// The statements that book an appointment and its first history line, on SQLite directly: a bulk
/// import writes millions of them, and Qt Sql's variant per value was most of the time each took.
struct AppointmentStatements
{
    explicit AppointmentStatements(Database &db)
        : insert(db,
            QStringLiteral("INSERT INTO appointment (patient_id, center_id, chair_id, therapy_id, start_utc, "
                           "minutes, status, prep_state, prepared_at, replaces_id, created_by, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            "book the appointment")
        , history(db,
              QStringLiteral("INSERT INTO appointment_history (appointment_id, at, user_name, from_status, "
                             "to_status, reason) VALUES (?, ?, ?, NULL, ?, ?)"),
              "record the booking")
    { }

    qint64 write(const Appointment &a)
    {
        insert.run({a.patientId, a.centerId, a.chairId, a.therapyId, instantValue(a.startUtc), a.minutes,
            statusCode(a.status), prepStateCode(a.prep), instantValue(a.preparedAtUtc),
            a.replacesId ? QVariant(a.replacesId) : QVariant(), a.createdBy, instantValue(a.createdAtUtc)});
        const qint64 id = insert.lastInsertId();
        history.run({id, instantValue(a.createdAtUtc), a.createdBy, statusCode(a.status),
            a.replacesId ? QStringLiteral("replaces appointment %1").arg(a.replacesId) : QString()});
        return id;
    }

    SqliteStatement insert;
    SqliteStatement history;
};

} // namespace

qint64 Store::addAppointment(const Appointment &a)
{
    validateAppointment(a);
    ScopedTransaction transaction(*m_db);
    const qint64 id = AppointmentStatements(*m_db).write(a);
    transaction.commit();
    return id;
}

QList<qint64> Store::addAppointments(const QList<Appointment> &appointments)
{
    for (const Appointment &a : appointments)
        validateAppointment(a);
    QList<qint64> ids;
    ids.reserve(appointments.size());
    ScopedTransaction transaction(*m_db);
    AppointmentStatements statements(*m_db);
    for (const Appointment &a : appointments)
        ids << statements.write(a);
    transaction.commit();
    return ids;
}

std::optional<Appointment> Store::appointment(qint64 id)
{
    static const QString sql = appointmentSelect("id = ?");
    const auto qLease = m_statements->take(sql, "read the appointment");
    SqlQuery &q = *qLease;
    q.exec({id});
    if (!q.next())
        return std::nullopt;
    return appointmentFrom(q);
}

QList<Appointment> Store::appointmentsAtCenter(
    qint64 centerId, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    static const QString sql
        = appointmentSelect("center_id = ? AND start_utc >= ? AND start_utc < ? ORDER BY start_utc, id");
    const auto qLease = m_statements->take(sql, "read the center's appointments");
    SqlQuery &q = *qLease;
    q.exec({centerId, instantValue(fromUtc), instantValue(toUtc)});
    QList<Appointment> result;
    while (q.next())
        result << appointmentFrom(q);
    return result;
}

QList<Appointment> Store::appointmentsOfPatient(
    qint64 patientId, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    static const QString sql
        = appointmentSelect("patient_id = ? AND start_utc >= ? AND start_utc < ? ORDER BY start_utc, id");
    const auto qLease = m_statements->take(sql, "read the patient's appointments");
    SqlQuery &q = *qLease;
    q.exec({patientId, instantValue(fromUtc), instantValue(toUtc)});
    QList<Appointment> result;
    while (q.next())
        result << appointmentFrom(q);
    return result;
}

std::optional<Appointment> Store::replacementOf(qint64 appointmentId)
{
    static const QString sql = appointmentSelect("replaces_id = ? ORDER BY id DESC LIMIT 1");
    const auto qLease = m_statements->take(sql, "find the replacing appointment");
    SqlQuery &q = *qLease;
    q.exec({appointmentId});
    if (!q.next())
        return std::nullopt;
    return appointmentFrom(q);
}

std::optional<Appointment> Store::lastFulfilledAppointment(
    qint64 patientId, qint64 therapyId, const QDateTime &beforeUtc)
{
    // Walks the patient's appointments backwards from beforeUtc, so the future ones are never read.
    static const QString sql
        = appointmentSelect("patient_id = ? AND start_utc < ? AND therapy_id = ? AND status = 'fulfilled' "
                            "ORDER BY start_utc DESC, id DESC LIMIT 1");
    const auto qLease = m_statements->take(sql, "find the patient's last dose");
    SqlQuery &q = *qLease;
    q.exec({patientId, instantValue(beforeUtc), therapyId});
    if (!q.next())
        return std::nullopt;
    return appointmentFrom(q);
}

QList<qint64> Store::chairsTakenAtCenter(qint64 centerId, const QDateTime &startUtc, const QDateTime &endUtc,
    qint64 ignoreId, qint64 longestSeconds)
{
    // The range on (center_id, start_utc) bounds the rows; the overlap is checked on each. A chair taken
    // twice in the range is listed twice; SQL's DISTINCT would build a table to find out.
    static const QString sql
        = QStringLiteral("SELECT chair_id FROM appointment "
                         "WHERE center_id = ? AND start_utc >= ? AND start_utc < ? AND %1 "
                         "AND start_utc + minutes * 60 > ? AND id <> ?")
              .arg(holdingChairTest());
    const auto qLease = m_statements->take(sql, "read which chairs are taken");
    SqlQuery &q = *qLease;
    q.exec({centerId, instantValue(startUtc.addSecs(-longestSeconds)), instantValue(endUtc),
        instantValue(startUtc), ignoreId});
    QList<qint64> chairs;
    while (q.next()) {
        const qint64 chair = q.value(0).toLongLong();
        if (!chairs.contains(chair))
            chairs << chair;
    }
    return chairs;
}

QList<Appointment> Store::chairHoldsAtCenter(
    qint64 centerId, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    static const QString sql = QStringLiteral(
        "SELECT id, patient_id, chair_id, start_utc, minutes, status, started_at FROM appointment "
        "WHERE center_id = ? AND start_utc >= ? AND start_utc < ? AND %1 ORDER BY start_utc, id")
                                   .arg(holdingChairTest());
    const auto qLease = m_statements->take(sql, "read the chairs' bookings");
    SqlQuery &q = *qLease;
    q.exec({centerId, instantValue(fromUtc), instantValue(toUtc)});
    QList<Appointment> result;
    while (q.next()) {
        Appointment a;
        a.id = q.value(0).toLongLong();
        a.patientId = q.value(1).toLongLong();
        a.centerId = centerId;
        a.chairId = q.value(2).toLongLong();
        a.startUtc = instantFrom(q.value(3));
        a.minutes = q.value(4).toInt();
        a.status = statusFromCode(q.value(5).toString()).value_or(AppointmentStatus::EnteredInError);
        a.startedAtUtc = instantFrom(q.value(6));
        result << a;
    }
    return result;
}

QList<Store::AppointmentRow> Store::appointmentRowsAtCenter(
    qint64 centerId, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    // Only cancelled appointments can have been replaced, so only they pay for the look-up.
    const auto qLease = m_statements->take(
        QStringLiteral(
            "SELECT a.id, a.patient_id, a.chair_id, a.therapy_id, a.start_utc, a.minutes, a.status, "
            "a.prep_state, a.replaces_id, p.first_name, p.last_name, "
            "CASE WHEN a.status = 'cancelled' "
            "THEN (SELECT max(r.id) FROM appointment r WHERE r.replaces_id = a.id) END, "
            "a.arrived_at, a.checked_in_at "
            "FROM appointment a JOIN patient p ON p.id = a.patient_id "
            "WHERE a.center_id = ? AND a.start_utc >= ? AND a.start_utc < ? ORDER BY a.start_utc, a.id"),
        "read the center's day");
    SqlQuery &q = *qLease;
    q.exec({centerId, instantValue(fromUtc), instantValue(toUtc)});
    QList<AppointmentRow> result;
    while (q.next()) {
        AppointmentRow row;
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
        a.replacesId = q.value(8).toLongLong();
        row.firstName = q.value(9).toString();
        row.lastName = q.value(10).toString();
        row.replacedById = q.value(11).toLongLong();
        a.arrivedAtUtc = instantFrom(q.value(12));
        a.checkedInAtUtc = instantFrom(q.value(13));
        result << row;
    }
    return result;
}

void Store::changeStatus(qint64 appointmentId, AppointmentStatus to, const QString &user,
    const QDateTime &atUtc, const QString &reason)
{
    ScopedTransaction transaction(*m_db);
    const auto current = appointment(appointmentId);
    if (!current)
        throw Error(
            Error::Kind::NotFound, QStringLiteral("There is no appointment number %1.").arg(appointmentId));
    if (!canTransition(current->status, to)) {
        throw Error(Error::Kind::Refused,
            QStringLiteral("Appointment %1 is %2 and cannot become %3.")
                .arg(appointmentId)
                .arg(statusLabel(current->status).toLower(), statusLabel(to).toLower()));
    }
    const char *stampColumn = nullptr;
    switch (to) {
    case AppointmentStatus::Arrived:
        stampColumn = "arrived_at";
        break;
    case AppointmentStatus::CheckedIn:
        stampColumn = "checked_in_at";
        break;
    case AppointmentStatus::InProgress:
        stampColumn = "started_at";
        break;
    case AppointmentStatus::Fulfilled:
        stampColumn = "completed_at";
        break;
    default:
        break;
    }
    // A patient admitted straight from "booked" has arrived at the same moment; one who arrives keeps the
    // first arrival's time. (Each column is set once: PostgreSQL refuses a column set twice.)
    const bool arriving = to == AppointmentStatus::Arrived;
    const QString sql = arriving
        ? QStringLiteral(
            "UPDATE appointment SET status = ?, arrived_at = coalesce(arrived_at, ?) WHERE id = ?")
        : stampColumn ? QStringLiteral(
              "UPDATE appointment SET status = ?, %1 = ?, arrived_at = coalesce(arrived_at, ?) WHERE id = ?")
                            .arg(QLatin1String(stampColumn))
                      : QStringLiteral("UPDATE appointment SET status = ? WHERE id = ?");
    const auto updateLease = m_statements->take(sql, "change the appointment's status");
    SqlQuery &update = *updateLease;
    if (arriving)
        update.exec({statusCode(to), instantValue(atUtc), appointmentId});
    else if (stampColumn)
        update.exec({statusCode(to), instantValue(atUtc), isCheckedIn(to) ? instantValue(atUtc) : QVariant(),
            appointmentId});
    else
        update.exec({statusCode(to), appointmentId});

    const auto historyLease = m_statements->take(
        QStringLiteral(
            "INSERT INTO appointment_history (appointment_id, at, user_name, from_status, to_status, reason) "
            "VALUES (?, ?, ?, ?, ?, coalesce(?, ''))"),
        "record the status change");
    SqlQuery &history = *historyLease;
    history.exec(
        {appointmentId, instantValue(atUtc), user, statusCode(current->status), statusCode(to), reason});
    transaction.commit();
}

void Store::setChair(qint64 appointmentId, qint64 chairId)
{
    ScopedTransaction transaction(*m_db);
    const auto qLease = m_statements->take(
        QStringLiteral("UPDATE appointment SET chair_id = ? WHERE id = ?"), "assign the chair");
    SqlQuery &q = *qLease;
    q.exec({chairId, appointmentId});
    if (q.numRowsAffected() != 1)
        throw Error(
            Error::Kind::NotFound, QStringLiteral("There is no appointment number %1.").arg(appointmentId));
    transaction.commit();
}

void Store::setPrep(
    qint64 appointmentId, PrepState state, const QDateTime &atUtc, const QString &wastedReason)
{
    ScopedTransaction transaction(*m_db);
    // A wasted dose keeps the time it was prepared, and the time it was first written off when only its
    // reason is given again; any other state forgets the dose that was.
    const int wasted = state == PrepState::Wasted ? 1 : 0;
    const auto qLease = m_statements->take(
        QStringLiteral(
            "UPDATE appointment SET prep_state = ?, "
            "prepared_at = CASE WHEN ? THEN prepared_at ELSE ? END, "
            "wasted_at = CASE WHEN ? THEN coalesce(wasted_at, ?) END, wasted_reason = ? WHERE id = ?"),
        "record the dose preparation");
    SqlQuery &q = *qLease;
    q.exec({prepStateCode(state), wasted, state == PrepState::Ready ? instantValue(atUtc) : QVariant(),
        wasted, instantValue(atUtc), wasted ? wastedReason.trimmed() : QString(), appointmentId});
    if (q.numRowsAffected() != 1)
        throw Error(
            Error::Kind::NotFound, QStringLiteral("There is no appointment number %1.").arg(appointmentId));
    transaction.commit();
}

void Store::setNoShowFee(qint64 appointmentId, int cents)
{
    ScopedTransaction transaction(*m_db);
    const auto qLease
        = m_statements->take(QStringLiteral("UPDATE appointment SET no_show_fee_cents = ? WHERE id = ?"),
            "record the no-show fee");
    SqlQuery &q = *qLease;
    q.exec({cents, appointmentId});
    transaction.commit();
}

namespace {

StatusChange statusChangeFrom(const SqlQuery &q)
{
    StatusChange c;
    c.id = q.value(0).toLongLong();
    c.appointmentId = q.value(1).toLongLong();
    c.atUtc = instantFrom(q.value(2));
    c.user = q.value(3).toString();
    if (!q.value(4).isNull())
        c.from = statusFromCode(q.value(4).toString());
    c.to = statusFromCode(q.value(5).toString()).value_or(AppointmentStatus::EnteredInError);
    c.reason = q.value(6).toString();
    return c;
}

} // namespace

QList<StatusChange> Store::history(qint64 appointmentId)
{
    const auto qLease
        = m_statements->take(QStringLiteral("SELECT id, appointment_id, at, user_name, from_status, "
                                            "to_status, reason FROM appointment_history "
                                            "WHERE appointment_id = ? ORDER BY id"),
            "read the appointment's history");
    SqlQuery &q = *qLease;
    q.exec({appointmentId});
    QList<StatusChange> result;
    while (q.next())
        result << statusChangeFrom(q);
    return result;
}

QList<StatusChange> Store::historyOfPatient(
    qint64 patientId, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    const auto qLease = m_statements->take(
        QStringLiteral("SELECT h.id, h.appointment_id, h.at, h.user_name, h.from_status, h.to_status, "
                       "h.reason FROM appointment a JOIN appointment_history h ON h.appointment_id = a.id "
                       "WHERE a.patient_id = ? AND a.start_utc >= ? AND a.start_utc < ? "
                       "ORDER BY h.appointment_id, h.id"),
        "read the patient's appointment history");
    SqlQuery &q = *qLease;
    q.exec({patientId, instantValue(fromUtc), instantValue(toUtc)});
    QList<StatusChange> result;
    while (q.next())
        result << statusChangeFrom(q);
    return result;
}

// ---- Check-in records ------------------------------------------------------------------------

qint64 Store::addCheckInDecision(const CheckInRecord &record)
{
    const auto qLease = m_statements->take(
        QStringLiteral(
            "INSERT INTO checkin_decision (at, user_name, patient_id, appointment_id, outcome, reasons, "
            "identifiers, chair_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        "record the check-in decision");
    SqlQuery &q = *qLease;
    q.exec(
        {instantValue(record.atUtc), record.user, record.patientId ? QVariant(record.patientId) : QVariant(),
            record.appointmentId ? QVariant(record.appointmentId) : QVariant(), record.outcome,
            record.reasons.join(QLatin1Char(',')), record.identifiers,
            record.chairId ? QVariant(record.chairId) : QVariant()});
    return q.lastInsertId();
}

QList<CheckInRecord> Store::checkInDecisions(qint64 appointmentId)
{
    const auto qLease = m_statements->take(
        QStringLiteral(
            "SELECT id, at, user_name, patient_id, appointment_id, outcome, reasons, identifiers, chair_id "
            "FROM checkin_decision WHERE appointment_id = ? ORDER BY id"),
        "read the appointment's check-in decisions");
    SqlQuery &q = *qLease;
    q.exec({appointmentId});
    return checkInRecordsOf(q);
}

QList<CheckInRecord> checkInRecordsOf(SqlQuery &q)
{
    QList<CheckInRecord> result;
    while (q.next()) {
        CheckInRecord r;
        r.id = q.value(0).toLongLong();
        r.atUtc = instantFrom(q.value(1));
        r.user = q.value(2).toString();
        r.patientId = q.value(3).toLongLong();
        r.appointmentId = q.value(4).toLongLong();
        r.outcome = q.value(5).toString();
        r.reasons = q.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        r.identifiers = q.value(7).toString();
        r.chairId = q.value(8).toLongLong();
        result << r;
    }
    return result;
}

qint64 Store::addCheckInOverride(const OverrideRecord &record)
{
    requireText(record.reason, "reason", QStringLiteral("The reason for the override"));
    const auto qLease
        = m_statements->take(QStringLiteral("INSERT INTO checkin_override (appointment_id, code, reason, "
                                            "user_name, at) VALUES (?, ?, ?, ?, ?)"),
            "record the override");
    SqlQuery &q = *qLease;
    q.exec({record.appointmentId, record.code, record.reason.trimmed(), record.user,
        instantValue(record.atUtc)});
    return q.lastInsertId();
}

QList<OverrideRecord> Store::checkInOverrides(qint64 appointmentId)
{
    const auto qLease = m_statements->take(
        QStringLiteral("SELECT id, appointment_id, code, reason, user_name, at FROM checkin_override "
                       "WHERE appointment_id = ? ORDER BY id"),
        "read the appointment's overrides");
    SqlQuery &q = *qLease;
    q.exec({appointmentId});
    QList<OverrideRecord> result;
    while (q.next()) {
        OverrideRecord r;
        r.id = q.value(0).toLongLong();
        r.appointmentId = q.value(1).toLongLong();
        r.code = q.value(2).toString();
        r.reason = q.value(3).toString();
        r.user = q.value(4).toString();
        r.atUtc = instantFrom(q.value(5));
        result << r;
    }
    return result;
}

QList<qint64> Store::patientIdsBooked(qint64 centerId, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    static const QString sql = QStringLiteral("SELECT DISTINCT patient_id FROM appointment WHERE center_id = "
                                              "? AND start_utc >= ? AND start_utc < ? "
                                              "AND status = 'booked' ORDER BY patient_id");
    SqliteStatement q(*m_db, sql, "read the booked patients");
    q.exec({centerId, instantValue(fromUtc), instantValue(toUtc)});
    QList<qint64> result;
    while (q.next())
        result << q.integer(0);
    return result;
}

QList<Appointment> Store::activeAppointmentsOfPatientsBooked(
    const BookedPatients &booked, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    const QString sql = appointmentSelect(
        "patient_id IN %1 AND start_utc >= ? AND start_utc < ? AND status IN ('booked', 'arrived') "
        "ORDER BY patient_id, start_utc, id")
                            .arg(BookedPatients::idsSql(m_db->isPostgreSql()));
    // Thousands of rows: read on SQLite directly, without a variant per value, in the order of the
    // patient's index, which needs no sort.
    SqliteStatement q(*m_db, sql, "read the booked patients' appointments");
    q.exec(booked.values() + QVariantList {instantValue(fromUtc), instantValue(toUtc)});
    QList<Appointment> result;
    while (q.next())
        result << appointmentFrom(q);
    return result;
}

} // namespace chairside
