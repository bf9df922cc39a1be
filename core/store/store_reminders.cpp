// Store: appointment reminders (each center's plan, each patient's wishes, the queue and its attempts) and
// the desk's confirmation calls (core/reminders).

#include "bookedpatients.h"
#include "common/error.h"
#include "scopedtransaction.h"
#include "sqlquery.h"
#include "statementcache.h"
#include "store.h"
#include "storevalues.h"
#include "text/namenormalizer.h"

namespace chairside {

using namespace StoreValues;

namespace {

const char *const kReminderColumns = "id, appointment_id, moment, channel, recipient, start_utc, due_at, "
                                     "created_at, state, attempts, next_attempt_at, claimed_at, last_error, "
                                     "sent_at";

QString reminderSelect(const char *rest)
{
    return QStringLiteral("SELECT %1 FROM reminder %2")
        .arg(QLatin1String(kReminderColumns), QLatin1String(rest));
}

Reminder reminderFrom(const SqlQuery &q)
{
    Reminder r;
    r.id = q.value(0).toLongLong();
    r.appointmentId = q.value(1).toLongLong();
    r.moment = q.value(2).toString();
    r.channel = reminderChannelFromCode(q.value(3).toString()).value_or(ReminderChannel::Email);
    r.recipient = q.value(4).toString();
    r.startUtc = instantFrom(q.value(5));
    r.dueUtc = instantFrom(q.value(6));
    r.createdAtUtc = instantFrom(q.value(7));
    r.state = reminderStateFromCode(q.value(8).toString()).value_or(ReminderState::Failed);
    r.attempts = q.value(9).toInt();
    r.nextAttemptUtc = instantFrom(q.value(10));
    r.claimedAtUtc = instantFrom(q.value(11));
    r.lastError = q.value(12).toString();
    r.sentAtUtc = instantFrom(q.value(13));
    return r;
}

PatientReminder::Preference preferenceFrom(const QString &code)
{
    if (code == QLatin1String("email"))
        return PatientReminder::Preference::Email;
    if (code == QLatin1String("sms"))
        return PatientReminder::Preference::Sms;
    if (code == QLatin1String("phone"))
        return PatientReminder::Preference::Phone;
    return PatientReminder::Preference::Any;
}

} // namespace

std::optional<ReminderPlan> Store::reminderPlan(qint64 centerId)
{
    const auto qLease = m_statements->take(
        QStringLiteral(
            "SELECT enabled, moments, channels, template, address FROM reminder_plan WHERE center_id = ?"),
        "read the center's reminders");
    SqlQuery &q = *qLease;
    q.exec({centerId});
    if (!q.next())
        return std::nullopt;
    ReminderPlan plan;
    plan.centerId = centerId;
    plan.enabled = q.value(0).toBool();
    plan.moments = ReminderPlan::momentsFromCodes(q.value(1).toString());
    plan.channels = ReminderPlan::channelsFromCodes(q.value(2).toString());
    plan.templateText = q.value(3).toString();
    plan.address = q.value(4).toString();
    return plan;
}

void Store::setReminderPlan(const ReminderPlan &plan)
{
    const auto qLease = m_statements->take(
        QStringLiteral("INSERT INTO reminder_plan (center_id, enabled, moments, channels, template, address) "
                       "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (center_id) DO UPDATE SET enabled = "
                       "excluded.enabled, moments = excluded.moments, channels = excluded.channels, "
                       "template = excluded.template, address = excluded.address"),
        "write the center's reminders");
    qLease->exec({plan.centerId, plan.enabled ? 1 : 0, plan.momentCodes(), plan.channelCodes(),
        plan.templateText, plan.address});
}

namespace {

const char *const kWishesColumns = "patient_id, channel, mobile, opted_out, opted_out_at, opted_out_by";

PatientReminder wishesFrom(const SqlQuery &q)
{
    PatientReminder p;
    p.patientId = q.value(0).toLongLong();
    p.preference = preferenceFrom(q.value(1).toString());
    p.mobile = q.value(2).toString();
    p.optedOut = q.value(3).toBool();
    p.optedOutAtUtc = instantFrom(q.value(4));
    p.optedOutBy = q.value(5).toString();
    return p;
}

} // namespace

std::optional<PatientReminder> Store::patientReminder(qint64 patientId)
{
    const auto qLease
        = m_statements->take(QStringLiteral("SELECT %1 FROM patient_reminder WHERE patient_id = ?")
                                 .arg(QLatin1String(kWishesColumns)),
            "read the patient's reminder wishes");
    SqlQuery &q = *qLease;
    q.exec({patientId});
    if (!q.next())
        return std::nullopt;
    return wishesFrom(q);
}

void Store::setPatientReminder(const PatientReminder &wishes)
{
    const auto qLease = m_statements->take(
        QStringLiteral(
            "INSERT INTO patient_reminder (patient_id, channel, mobile, opted_out, opted_out_at, "
            "opted_out_by) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (patient_id) DO UPDATE SET "
            "channel = excluded.channel, mobile = excluded.mobile, opted_out = excluded.opted_out, "
            "opted_out_at = excluded.opted_out_at, opted_out_by = excluded.opted_out_by"),
        "write the patient's reminder wishes");
    qLease->exec({wishes.patientId, PatientReminder::preferenceCode(wishes.preference), wishes.mobile,
        wishes.optedOut ? 1 : 0, instantValue(wishes.optedOutAtUtc), wishes.optedOutBy});
}

qint64 Store::addReminder(const Reminder &reminder)
{
    const auto qLease = m_statements->take(
        QStringLiteral(
            "INSERT INTO reminder (appointment_id, moment, channel, recipient, start_utc, due_at, "
            "created_at, state, attempts, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'queued', 0, ?) "
            "ON CONFLICT (appointment_id, moment) DO NOTHING"),
        "queue the reminder");
    SqlQuery &q = *qLease;
    q.exec({reminder.appointmentId, reminder.moment, reminderChannelCode(reminder.channel),
        reminder.recipient, instantValue(reminder.startUtc), instantValue(reminder.dueUtc),
        instantValue(reminder.createdAtUtc), instantValue(reminder.dueUtc)});
    return q.numRowsAffected() == 1 ? q.lastInsertId() : 0;
}

std::optional<Reminder> Store::reminder(qint64 id)
{
    static const QString sql = reminderSelect("WHERE id = ?");
    const auto qLease = m_statements->take(sql, "read the reminder");
    SqlQuery &q = *qLease;
    q.exec({id});
    if (!q.next())
        return std::nullopt;
    return reminderFrom(q);
}

QList<Reminder> Store::reminders(std::optional<ReminderState> state, int limit)
{
    static const QString all = reminderSelect("ORDER BY id LIMIT ?");
    static const QString one = reminderSelect("WHERE state = ? ORDER BY id LIMIT ?");
    const auto qLease = m_statements->take(state ? one : all, "read the reminders");
    SqlQuery &q = *qLease;
    if (state)
        q.exec({reminderStateCode(*state), limit});
    else
        q.exec({limit});
    QList<Reminder> result;
    while (q.next())
        result << reminderFrom(q);
    return result;
}

QList<Reminder> Store::remindersOfAppointment(qint64 appointmentId)
{
    static const QString sql = reminderSelect("WHERE appointment_id = ? ORDER BY id");
    const auto qLease = m_statements->take(sql, "read the appointment's reminders");
    SqlQuery &q = *qLease;
    q.exec({appointmentId});
    QList<Reminder> result;
    while (q.next())
        result << reminderFrom(q);
    return result;
}

QList<Reminder> Store::dueReminders(const QDateTime &nowUtc, int limit)
{
    static const QString sql = reminderSelect(
        "WHERE (state = 'queued' OR state = 'retry') AND next_attempt_at <= ? ORDER BY next_attempt_at, id "
        "LIMIT ?");
    const auto qLease = m_statements->take(sql, "read the reminders due");
    SqlQuery &q = *qLease;
    q.exec({instantValue(nowUtc), limit});
    QList<Reminder> result;
    while (q.next())
        result << reminderFrom(q);
    return result;
}

bool Store::claimReminder(qint64 id, const QDateTime &nowUtc)
{
    const auto qLease = m_statements->take(
        QStringLiteral(
            "UPDATE reminder SET state = 'sending', claimed_at = ? WHERE id = ? AND (state = 'queued' "
            "OR state = 'retry')"),
        "claim the reminder to send");
    SqlQuery &q = *qLease;
    q.exec({instantValue(nowUtc), id});
    return q.numRowsAffected() == 1;
}

QList<Reminder> Store::remindersClaimedBefore(const QDateTime &claimedBeforeUtc)
{
    static const QString sql = reminderSelect("WHERE state = 'sending' AND claimed_at < ? ORDER BY id");
    const auto qLease = m_statements->take(sql, "read the reminders left mid-send");
    SqlQuery &q = *qLease;
    q.exec({instantValue(claimedBeforeUtc)});
    QList<Reminder> result;
    while (q.next())
        result << reminderFrom(q);
    return result;
}

void Store::updateReminder(const Reminder &reminder)
{
    const auto qLease = m_statements->take(
        QStringLiteral("UPDATE reminder SET state = ?, attempts = ?, next_attempt_at = ?, claimed_at = ?, "
                       "last_error = ?, sent_at = ? WHERE id = ?"),
        "record the reminder's attempt");
    SqlQuery &q = *qLease;
    q.exec({reminderStateCode(reminder.state), reminder.attempts, instantValue(reminder.nextAttemptUtc),
        instantValue(reminder.claimedAtUtc), reminder.lastError, instantValue(reminder.sentAtUtc),
        reminder.id});
    if (q.numRowsAffected() != 1)
        throw Error(Error::Kind::NotFound, QStringLiteral("There is no reminder number %1.").arg(reminder.id),
            QStringLiteral("id"));
}

qint64 Store::reminderCount(ReminderState state)
{
    const auto qLease = m_statements->take(
        QStringLiteral("SELECT count(*) FROM reminder WHERE state = ?"), "count the reminders");
    SqlQuery &q = *qLease;
    q.exec({reminderStateCode(state)});
    return q.next() ? q.value(0).toLongLong() : 0;
}

void Store::addReminderAttempt(const ReminderAttempt &attempt)
{
    const auto qLease = m_statements->take(
        QStringLiteral("INSERT INTO reminder_attempt (reminder_id, at, result, detail) VALUES (?, ?, ?, ?)"),
        "record the reminder's attempt");
    qLease->exec({attempt.reminderId, instantValue(attempt.atUtc), attempt.result, attempt.detail});
}

QList<ReminderAttempt> Store::reminderAttempts(qint64 reminderId)
{
    const auto qLease = m_statements->take(
        QStringLiteral("SELECT reminder_id, at, result, detail FROM reminder_attempt WHERE reminder_id = ? "
                       "ORDER BY id"),
        "read the reminder's attempts");
    SqlQuery &q = *qLease;
    q.exec({reminderId});
    QList<ReminderAttempt> result;
    while (q.next())
        result << ReminderAttempt {
            q.value(0).toLongLong(), instantFrom(q.value(1)), q.value(2).toString(), q.value(3).toString()};
    return result;
}

void Store::addConfirmationCall(qint64 appointmentId, CallOutcome outcome, const QString &user,
    const QDateTime &atUtc, ConfirmationSource source)
{
    const auto qLease = m_statements->take(
        QStringLiteral(
            "INSERT INTO appointment_confirmation (appointment_id, outcome, at, user_name, source) "
            "VALUES (?, ?, ?, ?, ?)"),
        "record the call's outcome");
    qLease->exec({appointmentId, callOutcomeCode(outcome), instantValue(atUtc), user,
        source == ConfirmationSource::Reply ? QStringLiteral("reply") : QStringLiteral("call")});
    // A confirmation is news of its appointment: this row-level no-op is what the change tracker sees,
    // so the arrivals page and the roster of every desk show the mark without anyone announcing it.
    const auto touch = m_statements->take(
        QStringLiteral("UPDATE appointment SET status = status WHERE id = ?"), "announce the confirmation");
    touch->exec({appointmentId});
}

bool Store::appointmentConfirmed(qint64 appointmentId)
{
    const auto qLease = m_statements->take(
        QStringLiteral("SELECT 1 FROM appointment_confirmation WHERE appointment_id = ? AND outcome = "
                       "'confirmed' LIMIT 1"),
        "read whether the appointment is confirmed");
    SqlQuery &q = *qLease;
    q.exec({appointmentId});
    return q.next();
}

QHash<qint64, Confirmation> Store::confirmationsAtCenter(
    qint64 centerId, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    const auto qLease = m_statements->take(
        QStringLiteral(
            "SELECT c.appointment_id, c.outcome, c.at, c.user_name FROM appointment_confirmation c "
            "JOIN appointment a ON a.id = c.appointment_id WHERE a.center_id = ? AND a.start_utc >= ? "
            "AND a.start_utc < ? ORDER BY c.appointment_id, c.id"),
        "read the confirmations");
    SqlQuery &q = *qLease;
    q.exec({centerId, instantValue(fromUtc), instantValue(toUtc)});
    QHash<qint64, Confirmation> result;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        Confirmation &c = result[id];
        c.appointmentId = id;
        c.lastOutcome = callOutcomeFromCode(q.value(1).toString());
        c.lastAtUtc = instantFrom(q.value(2));
        c.lastBy = q.value(3).toString();
        c.confirmed = c.confirmed || c.lastOutcome == CallOutcome::Confirmed;
        ++c.calls;
    }
    return result;
}

QHash<qint64, PatientReminder> Store::patientRemindersOf(const QList<qint64> &patientIds)
{
    // One query for them all (a day's call list holds hundreds).
    SqlQuery q(*m_db,
        QStringLiteral("SELECT %1 FROM patient_reminder WHERE patient_id IN %2")
            .arg(QLatin1String(kWishesColumns), BookedPatients::idsSql(m_db->isPostgreSql())),
        "read the patients' reminder wishes");
    q.execList(BookedPatients {patientIds}.values());
    QHash<qint64, PatientReminder> result;
    while (q.next()) {
        const PatientReminder wishes = wishesFrom(q);
        result.insert(wishes.patientId, wishes);
    }
    return result;
}

QHash<qint64, Reminder> Store::lastRemindersOf(const QList<qint64> &appointmentIds)
{
    SqlQuery q(*m_db,
        reminderSelect("WHERE appointment_id IN %1 ORDER BY appointment_id, id")
            .arg(BookedPatients::idsSql(m_db->isPostgreSql())),
        "read the appointments' reminders");
    q.execList(BookedPatients {appointmentIds}.values());
    QHash<qint64, Reminder> result;
    while (q.next()) {
        const Reminder reminder = reminderFrom(q);
        result.insert(reminder.appointmentId, reminder); // the last, by id, stays
    }
    return result;
}

QList<qint64> Store::patientsWithNumber(const QString &number)
{
    const QString digits = NameNormalizer::phoneDigits(number);
    if (digits.size() < 7)
        return {};
    // The last seven digits narrow it on the index; sameReplyNumber() decides.
    const QString tail = digits.right(7);
    QList<qint64> result;
    const auto phones = m_statements->take(
        QStringLiteral("SELECT id, phone_digits FROM patient WHERE phone_digits LIKE ? ORDER BY id"),
        "find the patients with that phone number");
    phones->exec({QString(QLatin1Char('%') + tail)});
    while (phones->next()) {
        if (sameReplyNumber(phones->value(1).toString(), digits))
            result << phones->value(0).toLongLong();
    }
    const auto mobiles = m_statements->take(
        QStringLiteral(
            "SELECT patient_id, mobile FROM patient_reminder WHERE mobile <> '' ORDER BY patient_id"),
        "find the patients with that mobile number");
    mobiles->exec();
    while (mobiles->next()) {
        const qint64 id = mobiles->value(0).toLongLong();
        if (!result.contains(id) && sameReplyNumber(mobiles->value(1).toString(), digits))
            result << id;
    }
    return result;
}

std::optional<Appointment> Store::nextRemindedUnconfirmed(
    const QList<qint64> &patientIds, const QDateTime &nowUtc)
{
    std::optional<Appointment> best;
    // One query per patient: a number is shared by a family at most.
    const auto qLease = m_statements->take(
        QStringLiteral(
            "SELECT a.id FROM appointment a WHERE a.patient_id = ? AND a.status = 'booked' AND a.start_utc "
            ">= ? "
            "AND EXISTS (SELECT 1 FROM reminder r WHERE r.appointment_id = a.id AND r.state = 'sent') "
            "AND NOT EXISTS (SELECT 1 FROM appointment_confirmation c WHERE c.appointment_id = a.id AND "
            "c.outcome = 'confirmed') ORDER BY a.start_utc, a.id LIMIT 1"),
        "find the appointment the reply confirms");
    for (const qint64 patientId : patientIds) {
        SqlQuery &q = *qLease;
        q.exec({patientId, instantValue(nowUtc)});
        if (!q.next())
            continue;
        const qint64 id = q.value(0).toLongLong();
        q.finish();
        const std::optional<Appointment> found = appointment(id);
        if (found && (!best || found->startUtc < best->startUtc))
            best = found;
    }
    return best;
}

qint64 Store::addReminderReply(const ReminderReply &reply)
{
    const auto qLease = m_statements->take(
        QStringLiteral("INSERT INTO reminder_reply (received_at, from_number, body, result, patient_id, "
                       "appointment_id, user_name) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        "record the reply");
    SqlQuery &q = *qLease;
    q.exec({instantValue(reply.receivedAtUtc), reply.from, reply.text, replyResultCode(reply.result),
        reply.patientId != 0 ? QVariant(reply.patientId) : QVariant(),
        reply.appointmentId != 0 ? QVariant(reply.appointmentId) : QVariant(), reply.userName});
    return q.lastInsertId();
}

QList<ReminderReply> Store::reminderReplies(int limit)
{
    const auto qLease = m_statements->take(
        QStringLiteral(
            "SELECT id, received_at, from_number, body, result, patient_id, appointment_id, user_name "
            "FROM reminder_reply ORDER BY received_at DESC, id DESC LIMIT ?"),
        "read the replies");
    SqlQuery &q = *qLease;
    q.exec({limit});
    QList<ReminderReply> result;
    while (q.next()) {
        ReminderReply r;
        r.id = q.value(0).toLongLong();
        r.receivedAtUtc = instantFrom(q.value(1));
        r.from = q.value(2).toString();
        r.text = q.value(3).toString();
        r.result = replyResultFromCode(q.value(4).toString()).value_or(ReplyResult::NotUnderstood);
        r.patientId = q.value(5).toLongLong();
        r.appointmentId = q.value(6).toLongLong();
        r.userName = q.value(7).toString();
        result << r;
    }
    return result;
}

} // namespace chairside
