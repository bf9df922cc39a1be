#include "reminderservice.h"

#include "access/permission.h"
#include "audit/auditevent.h"
#include "common/clock.h"
#include "common/error.h"
#include "remindersecrets.h"
#include "store/scopedtransaction.h"
#include "store/store.h"

#include <QCoreApplication>

namespace chairside {

namespace {

AuditEvent event(
    AuditAction action, const User &user, const QString &kind, qint64 id, const QString &reason = {})
{
    AuditEvent e;
    e.action = action;
    e.userName = user.name;
    e.recordKind = kind;
    e.recordId = id;
    e.reason = reason;
    return e;
}

QString wishesSummary(const PatientReminder &w)
{
    return QStringLiteral("channel %1, mobile %2, %3")
        .arg(PatientReminder::preferenceWord(w.preference),
            w.mobile.isEmpty() ? QStringLiteral("none") : QStringLiteral("set"),
            w.optedOut ? QStringLiteral("opted out") : QStringLiteral("opted in"));
}

} // namespace

ReminderService::ReminderService(Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{ }

ReminderPlan ReminderService::plan(qint64 centerId, const User &user)
{
    requirePermissionAt(m_store, user, Permission::ViewSchedule, centerId);
    if (!m_store.center(centerId))
        throw Error(Error::Kind::NotFound,
            QCoreApplication::translate("ReminderService", "There is no center number %1.").arg(centerId),
            QStringLiteral("center"));
    ReminderPlan plan = m_store.reminderPlan(centerId).value_or(ReminderPlan {});
    plan.centerId = centerId;
    return plan;
}

ReminderPlan ReminderService::configurePlan(const ReminderPlan &plan, const User &user)
{
    const QDateTime now = m_clock.nowUtc();
    requirePermission(m_store, now, user, Permission::Administer,
        event(AuditAction::SetupChanged, user, QStringLiteral("center"), plan.centerId,
            QStringLiteral("reminders")));
    plan.validate();
    if (!m_store.center(plan.centerId))
        throw Error(Error::Kind::NotFound,
            QCoreApplication::translate("ReminderService", "There is no center number %1.")
                .arg(plan.centerId),
            QStringLiteral("center"));
    if (plan.enabled) {
        const ReminderTransport transport = ReminderTransport::load(m_store);
        const bool reachable = (plan.channels.contains(ReminderChannel::Email) && transport.smtp.configured())
            || (plan.channels.contains(ReminderChannel::Sms) && transport.sms.configured());
        if (!reachable)
            throw Error::badData(QStringLiteral("channels"),
                QCoreApplication::translate("ReminderService",
                    "Reminders cannot go out: set up the mail server or the SMS gateway for the channels "
                    "chosen "
                    "first."));
    }
    ScopedTransaction transaction(m_store.database());
    const ReminderPlan old = m_store.reminderPlan(plan.centerId).value_or(ReminderPlan {});
    m_store.setReminderPlan(plan);
    QString reason = QStringLiteral("reminders: %1 -> %2").arg(old.summary(), plan.summary());
    if (old.templateText != plan.templateText)
        reason += QStringLiteral("; words changed");
    if (old.address != plan.address)
        reason += QStringLiteral("; address changed");
    m_store.audit(
        event(AuditAction::SetupChanged, user, QStringLiteral("center"), plan.centerId, reason), now);
    transaction.commit();
    return *m_store.reminderPlan(plan.centerId);
}

ReminderTransport ReminderService::transport(const User &user)
{
    requirePermission(user, Permission::Administer);
    return ReminderTransport::load(m_store);
}

ReminderTransport ReminderService::configureTransport(const ReminderTransport &transport, const User &user,
    const std::optional<QString> &smtpPassword, const std::optional<QString> &smsToken)
{
    const QDateTime now = m_clock.nowUtc();
    requirePermission(m_store, now, user, Permission::Administer,
        event(AuditAction::SetupChanged, user, QStringLiteral("setting"), 0,
            QStringLiteral("reminder servers")));
    transport.validate();
    const ReminderSecrets secrets(m_store.path());
    ScopedTransaction transaction(m_store.database());
    const ReminderTransport old = ReminderTransport::load(m_store);
    transport.save(m_store);
    QString reason = QStringLiteral("reminder servers: %1 -> %2").arg(old.summary(), transport.summary());
    if (old.sms.body != transport.sms.body)
        reason += QStringLiteral("; gateway request changed");
    if (smtpPassword)
        reason += smtpPassword->isEmpty() ? QStringLiteral("; mail password removed")
                                          : QStringLiteral("; mail password changed");
    if (smsToken)
        reason += smsToken->isEmpty() ? QStringLiteral("; gateway token removed")
                                      : QStringLiteral("; gateway token changed");
    m_store.audit(event(AuditAction::SetupChanged, user, QStringLiteral("setting"), 0, reason), now);
    // The files are written last: a failure before leaves them as they were and the settings rolled back.
    if (smtpPassword)
        secrets.setSmtpPassword(*smtpPassword);
    if (smsToken)
        secrets.setSmsToken(*smsToken);
    transaction.commit();
    return ReminderTransport::load(m_store);
}

PatientReminder ReminderService::patientWishes(qint64 patientId, const User &user)
{
    requirePermission(user, Permission::ViewSchedule);
    if (!m_store.patient(patientId))
        throw Error(Error::Kind::NotFound,
            QCoreApplication::translate("ReminderService", "There is no patient number %1.").arg(patientId),
            QStringLiteral("patient"));
    return m_store.patientReminder(patientId).value_or(PatientReminder::defaultsFor(patientId));
}

PatientReminder ReminderService::setPatientWishes(const PatientReminder &wishes, const User &user)
{
    const QDateTime now = m_clock.nowUtc();
    AuditEvent refusal = event(AuditAction::PatientChanged, user, QStringLiteral("patient"), wishes.patientId,
        QStringLiteral("reminders"));
    refusal.patientId = wishes.patientId;
    requirePermission(m_store, now, user, Permission::RegisterPatient, refusal);
    if (!m_store.patient(wishes.patientId))
        throw Error(Error::Kind::NotFound,
            QCoreApplication::translate("ReminderService", "There is no patient number %1.")
                .arg(wishes.patientId),
            QStringLiteral("patient"));
    PatientReminder next = wishes;
    next.mobile = wishes.mobile.trimmed();
    if (!next.mobile.isEmpty()) {
        qsizetype digits = 0;
        for (const QChar c : std::as_const(next.mobile)) {
            if (c.isDigit())
                ++digits;
            else if (!QStringLiteral("+-() .").contains(c))
                digits = -1000;
        }
        if (digits < 7 || digits > 15)
            throw Error::badData(QStringLiteral("mobile"),
                QCoreApplication::translate("ReminderService",
                    "A mobile number has 7 to 15 digits, with +, spaces, dashes or brackets between them."));
    }
    if (next.preference == PatientReminder::Preference::Sms && next.mobile.isEmpty())
        throw Error::badData(QStringLiteral("mobile"),
            QCoreApplication::translate("ReminderService", "Texts need the patient's mobile number."));

    ScopedTransaction transaction(m_store.database());
    const PatientReminder old
        = m_store.patientReminder(wishes.patientId).value_or(PatientReminder::defaultsFor(wishes.patientId));
    if (next.optedOut && !old.optedOut) {
        next.optedOutAtUtc = now;
        next.optedOutBy = user.name;
    } else if (next.optedOut) {
        next.optedOutAtUtc = old.optedOutAtUtc;
        next.optedOutBy = old.optedOutBy;
    } else {
        next.optedOutAtUtc = {};
        next.optedOutBy.clear();
    }
    m_store.setPatientReminder(next);
    QString reason = QStringLiteral("reminders: %1 -> %2").arg(wishesSummary(old), wishesSummary(next));
    if (old.mobile != next.mobile && !old.mobile.isEmpty() && !next.mobile.isEmpty())
        reason += QStringLiteral("; mobile changed");
    AuditEvent done
        = event(AuditAction::PatientChanged, user, QStringLiteral("patient"), wishes.patientId, reason);
    done.patientId = wishes.patientId;
    m_store.audit(done, now);
    transaction.commit();
    return *m_store.patientReminder(wishes.patientId);
}

QList<Reminder> ReminderService::failures(const User &user, int limit)
{
    requirePermission(user, Permission::Administer);
    QList<Reminder> list = m_store.reminders(ReminderState::Failed, limit);
    list += m_store.reminders(ReminderState::Interrupted, limit);
    std::sort(list.begin(), list.end(), [](const Reminder &a, const Reminder &b) { return a.id < b.id; });
    return list.mid(0, limit);
}

Reminder ReminderService::retry(qint64 reminderId, const User &user)
{
    const QDateTime now = m_clock.nowUtc();
    requirePermission(m_store, now, user, Permission::Administer,
        event(AuditAction::SetupChanged, user, QStringLiteral("reminder"), reminderId));
    ScopedTransaction transaction(m_store.database());
    auto reminder = m_store.reminder(reminderId);
    if (!reminder)
        throw Error(Error::Kind::NotFound,
            QCoreApplication::translate("ReminderService", "There is no reminder number %1.").arg(reminderId),
            QStringLiteral("id"));
    if (reminder->state != ReminderState::Failed && reminder->state != ReminderState::Interrupted)
        throw Error(Error::Kind::Refused,
            QCoreApplication::translate("ReminderService",
                "Reminder %1 is %2; only a failed or interrupted reminder can be sent again.")
                .arg(reminderId)
                .arg(reminderStateCode(reminder->state)),
            QStringLiteral("id"));
    const ReminderState was = reminder->state;
    reminder->state = ReminderState::Retry;
    reminder->nextAttemptUtc = now;
    reminder->claimedAtUtc = {};
    m_store.updateReminder(*reminder);
    m_store.audit(event(AuditAction::SetupChanged, user, QStringLiteral("reminder"), reminderId,
                      QStringLiteral("reminder %1 (appointment %2): %3 -> retry")
                          .arg(reminderId)
                          .arg(reminder->appointmentId)
                          .arg(reminderStateCode(was))),
        now);
    transaction.commit();
    return *reminder;
}

void ReminderService::recordCall(qint64 appointmentId, CallOutcome outcome, const User &user)
{
    const QDateTime now = m_clock.nowUtc();
    AuditEvent refusal = event(AuditAction::ConfirmationCall, user, QStringLiteral("appointment"),
        appointmentId, callOutcomeCode(outcome));
    requirePermission(m_store, now, user, Permission::Book, refusal);
    ScopedTransaction transaction(m_store.database());
    const auto appointment = m_store.appointment(appointmentId);
    if (!appointment)
        throw Error(Error::Kind::NotFound,
            QCoreApplication::translate("ReminderService", "There is no appointment number %1.")
                .arg(appointmentId),
            QStringLiteral("appointment"));
    if (appointment->status != AppointmentStatus::Booked)
        throw Error(Error::Kind::Refused,
            QCoreApplication::translate(
                "ReminderService", "Appointment %1 is %2: only a booked appointment is confirmed.")
                .arg(appointmentId)
                .arg(statusCode(appointment->status)),
            QStringLiteral("appointment"));
    m_store.addConfirmationCall(appointmentId, outcome, user.name, now);
    AuditEvent done = event(AuditAction::ConfirmationCall, user, QStringLiteral("appointment"), appointmentId,
        QStringLiteral("call outcome %1").arg(callOutcomeCode(outcome)));
    done.patientId = appointment->patientId;
    m_store.audit(done, now);
    transaction.commit();
}

ReminderReply ReminderService::recordReply(const QString &from, const QString &text, const User &user)
{
    const QDateTime now = m_clock.nowUtc();
    AuditEvent refusal = event(AuditAction::ReminderReply, user, QStringLiteral("reminder-reply"), 0);
    requirePermission(m_store, now, user, Permission::Book, refusal);
    if (from.trimmed().isEmpty())
        throw Error::badData(QStringLiteral("from"),
            QCoreApplication::translate("ReminderService", "A reply needs the number it came from."));

    ReminderReply reply;
    reply.receivedAtUtc = now;
    reply.from = from.trimmed().left(64);
    reply.text = text.trimmed().left(ReminderReply::kMaxLength);
    reply.userName = user.name;

    ScopedTransaction transaction(m_store.database());
    const QList<qint64> patients = m_store.patientsWithNumber(reply.from);
    if (patients.isEmpty()) {
        reply.result = ReplyResult::UnknownNumber;
    } else {
        // The first patient with that number stands for the reply until one appointment is matched.
        reply.patientId = patients.first();
        if (!isConfirmationReply(reply.text)) {
            reply.result = ReplyResult::NotUnderstood;
        } else if (const auto appointment = m_store.nextRemindedUnconfirmed(patients, now)) {
            reply.result = ReplyResult::Confirmed;
            reply.patientId = appointment->patientId;
            reply.appointmentId = appointment->id;
            m_store.addConfirmationCall(
                appointment->id, CallOutcome::Confirmed, user.name, now, ConfirmationSource::Reply);
        } else {
            reply.result = ReplyResult::NothingToConfirm;
        }
    }
    reply.id = m_store.addReminderReply(reply);
    // By key and result: never the number or the words in the trail.
    AuditEvent done = reply.appointmentId != 0
        ? event(AuditAction::ReminderReply, user, QStringLiteral("appointment"), reply.appointmentId,
            QStringLiteral("reply %1 (reply %2)").arg(replyResultCode(reply.result)).arg(reply.id))
        : event(AuditAction::ReminderReply, user, QStringLiteral("reminder-reply"), reply.id,
            QStringLiteral("reply %1").arg(replyResultCode(reply.result)));
    done.patientId = reply.patientId;
    m_store.audit(done, now);
    transaction.commit();
    return reply;
}

QList<ReminderReply> ReminderService::replies(const User &user, int limit)
{
    requirePermission(user, Permission::ViewSchedule);
    return m_store.reminderReplies(limit);
}

} // namespace chairside
