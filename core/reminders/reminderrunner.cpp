#include "reminderrunner.h"

#include "common/clock.h"
#include "common/error.h"
#include "remindersecrets.h"
#include "remindertext.h"
#include "store/scopedtransaction.h"
#include "store/store.h"

#include <QTimeZone>

#include <algorithm>

namespace chairside {

namespace {

/// When a moment falls for an appointment: its day in the center's zone, so many days before, at the
/// moment's wall time.
QDateTime dueAt(const ReminderMoment &moment, const Center &center, const QDateTime &startUtc)
{
    const QTimeZone zone = center.timeZone();
    const QDate day = startUtc.toTimeZone(zone).date().addDays(-moment.daysBefore);
    return QDateTime(day, QTime(moment.minuteOfDay / 60, moment.minuteOfDay % 60), zone).toUTC();
}

/// The channel that reaches the patient: the preferred one when the center sends by it and it is
/// configured and the patient has the address, else the center's first that does. Nothing: the desk
/// calls.
std::optional<std::pair<ReminderChannel, QString>> channelFor(const ReminderPlan &plan,
    const Patient &patient, const PatientReminder &wishes, const ReminderRunner::Channels &channels)
{
    const auto usable = [&](ReminderChannel channel) -> std::optional<std::pair<ReminderChannel, QString>> {
        if (!plan.channels.contains(channel))
            return std::nullopt;
        if (channel == ReminderChannel::Email && channels.email && !patient.email.trimmed().isEmpty())
            return std::make_pair(channel, patient.email.trimmed());
        if (channel == ReminderChannel::Sms && channels.sms && !wishes.mobile.trimmed().isEmpty())
            return std::make_pair(channel, wishes.mobile.trimmed());
        return std::nullopt;
    };
    switch (wishes.preference) {
    case PatientReminder::Preference::Phone:
        return std::nullopt;
    case PatientReminder::Preference::Email:
        if (auto use = usable(ReminderChannel::Email))
            return use;
        break;
    case PatientReminder::Preference::Sms:
        if (auto use = usable(ReminderChannel::Sms))
            return use;
        break;
    case PatientReminder::Preference::Any:
        break;
    }
    for (const ReminderChannel channel : plan.channels) {
        if (auto use = usable(channel))
            return use;
    }
    return std::nullopt;
}

} // namespace

ReminderRunner::ReminderRunner(Store &store, const Clock &clock, Channels channels)
    : m_store(store)
    , m_clock(clock)
    , m_channels(std::move(channels))
{ }

ReminderRunner::Channels ReminderRunner::configuredChannels(Store &store)
{
    const ReminderTransport transport = ReminderTransport::load(store);
    Channels channels;
    if (transport.smtp.configured()) {
        const ReminderSecrets secrets(store.path());
        const SmtpMailer mailer(transport.smtp, secrets.smtpPassword());
        channels.email
            = [mailer](const QString &to, const QByteArray &mail) { return mailer.send(to, mail); };
        channels.from = transport.smtp.from;
    }
    if (transport.sms.configured()) {
        const ReminderSecrets secrets(store.path());
        const SmsGateway gateway(transport.sms, secrets.smsToken());
        channels.sms = [gateway](const QString &to, const QString &text) { return gateway.send(to, text); };
    }
    return channels;
}

qint64 ReminderRunner::retryDelaySeconds(int attempts)
{
    static constexpr qint64 kDelays[] = {5 * 60, 15 * 60, 60 * 60, 240 * 60};
    return kDelays[std::clamp(attempts - 1, 0, int(std::size(kDelays)) - 1)];
}

int ReminderRunner::queueDue()
{
    const QDateTime now = m_clock.nowUtc();
    int queued = 0;
    for (const Center &center : m_store.centers()) {
        const auto plan = m_store.reminderPlan(center.id);
        if (!plan || !plan->enabled || plan->moments.isEmpty())
            continue;
        int longest = 0;
        for (const ReminderMoment &moment : plan->moments)
            longest = std::max(longest, moment.daysBefore);
        ScopedTransaction transaction(m_store.database());
        const QList<Store::AppointmentRow> rows
            = m_store.appointmentRowsAtCenter(center.id, now, now.addDays(longest + 2));
        QList<qint64> patientIds;
        for (const Store::AppointmentRow &row : rows)
            patientIds << row.appointment.patientId;
        const QHash<qint64, PatientReminder> wishes = m_store.patientRemindersOf(patientIds);
        for (const Store::AppointmentRow &row : rows) {
            const Appointment &a = row.appointment;
            if (a.status != AppointmentStatus::Booked || row.replacedById != 0 || a.startUtc <= now)
                continue;
            // The latest moment already passed and still before the appointment.
            std::optional<ReminderMoment> chosen;
            QDateTime chosenDue;
            for (const ReminderMoment &moment : plan->moments) {
                const QDateTime due = dueAt(moment, center, a.startUtc);
                if (due <= now && due < a.startUtc && (!chosen || due > chosenDue)) {
                    chosen = moment;
                    chosenDue = due;
                }
            }
            if (!chosen)
                continue;
            const PatientReminder patientWishes
                = wishes.value(a.patientId, PatientReminder::defaultsFor(a.patientId));
            if (patientWishes.optedOut)
                continue;
            const auto patient = m_store.patient(a.patientId);
            if (!patient)
                continue;
            const auto channel = channelFor(*plan, *patient, patientWishes, m_channels);
            if (!channel)
                continue;
            Reminder reminder;
            reminder.appointmentId = a.id;
            reminder.moment = chosen->code();
            reminder.channel = channel->first;
            reminder.recipient = channel->second;
            reminder.startUtc = a.startUtc;
            reminder.dueUtc = chosenDue;
            reminder.createdAtUtc = now;
            if (m_store.addReminder(reminder) != 0)
                ++queued;
        }
        transaction.commit();
    }
    return queued;
}

int ReminderRunner::markInterrupted()
{
    const QDateTime now = m_clock.nowUtc();
    ScopedTransaction transaction(m_store.database());
    const QList<Reminder> abandoned = m_store.remindersClaimedBefore(now.addSecs(-kClaimTimeoutSeconds));
    for (Reminder r : abandoned) {
        r.state = ReminderState::Interrupted;
        r.nextAttemptUtc = {};
        r.lastError = QStringLiteral("Its sender stopped while handing it over (claimed %1): it may or may "
                                     "not have gone out, so it is "
                                     "not sent again unless someone retries it.")
                          .arg(r.claimedAtUtc.toString(Qt::ISODate));
        m_store.updateReminder(r);
        m_store.addReminderAttempt({r.id, now, QStringLiteral("interrupted"), r.lastError});
    }
    transaction.commit();
    return int(abandoned.size());
}

ReminderState ReminderRunner::sendOne(qint64 id)
{
    const QDateTime now = m_clock.nowUtc();
    auto reminder = m_store.reminder(id);
    if (!reminder)
        return ReminderState::Dropped;
    Reminder r = *reminder;

    // Read again at send time: what was true when it was queued may not be now.
    QString dropReason;
    const auto appointment = m_store.appointment(r.appointmentId);
    std::optional<Center> center;
    std::optional<ReminderPlan> plan;
    if (!appointment) {
        dropReason = QStringLiteral("the appointment is gone");
    } else {
        center = m_store.center(appointment->centerId);
        plan = center ? m_store.reminderPlan(center->id) : std::nullopt;
        const auto wishes = m_store.patientReminder(appointment->patientId);
        if (appointment->status != AppointmentStatus::Booked)
            dropReason = QStringLiteral("the appointment is %1").arg(statusCode(appointment->status));
        else if (m_store.replacementOf(appointment->id))
            dropReason = QStringLiteral("the appointment was moved");
        else if (appointment->startUtc != r.startUtc)
            dropReason = QStringLiteral("the appointment's time changed");
        else if (appointment->startUtc <= now)
            dropReason = QStringLiteral("the appointment has begun");
        else if (wishes && wishes->optedOut)
            dropReason = QStringLiteral("the patient opted out");
        else if (!center || !plan || !plan->enabled)
            dropReason = QStringLiteral("the center's reminders are off");
    }
    if (!dropReason.isEmpty()) {
        ScopedTransaction transaction(m_store.database());
        r.state = ReminderState::Dropped;
        r.claimedAtUtc = {};
        r.nextAttemptUtc = {};
        r.lastError = dropReason;
        m_store.updateReminder(r);
        m_store.addReminderAttempt({r.id, now, QStringLiteral("dropped"), dropReason});
        transaction.commit();
        return r.state;
    }

    const ReminderText text = ReminderText::compose(*plan, *center, *appointment, m_channels.from, now);
    HandOver result;
    if (r.channel == ReminderChannel::Email && m_channels.email)
        result
            = m_channels.email(r.recipient, buildReminderMail(text, m_channels.from, r.recipient, r.id, now));
    else if (r.channel == ReminderChannel::Sms && m_channels.sms)
        result = m_channels.sms(r.recipient, text.body);
    else
        result = {false, QStringLiteral("%1 is not configured").arg(reminderChannelCode(r.channel))};

    const QDateTime after = m_clock.nowUtc();
    ScopedTransaction transaction(m_store.database());
    ++r.attempts;
    r.claimedAtUtc = {};
    if (result.ok) {
        r.state = ReminderState::Sent;
        r.sentAtUtc = after;
        r.nextAttemptUtc = {};
        r.lastError.clear();
        m_store.addReminderAttempt({r.id, after, QStringLiteral("sent"), r.recipient});
    } else {
        r.lastError = result.error;
        if (r.attempts >= kMaxAttempts) {
            r.state = ReminderState::Failed;
            r.nextAttemptUtc = {};
        } else {
            r.state = ReminderState::Retry;
            r.nextAttemptUtc = after.addSecs(retryDelaySeconds(r.attempts));
        }
        m_store.addReminderAttempt({r.id, after, QStringLiteral("failed"), result.error});
    }
    m_store.updateReminder(r);
    transaction.commit();
    return r.state;
}

ReminderRunner::Round ReminderRunner::run(int limit, const std::function<void(qint64)> &sent)
{
    Round round;
    round.interrupted = markInterrupted();
    round.queued = queueDue();
    const QList<Reminder> due = m_store.dueReminders(m_clock.nowUtc(), limit);
    for (const Reminder &r : due) {
        // The claim commits alone, before anything leaves.
        if (!m_store.claimReminder(r.id, m_clock.nowUtc()))
            continue;
        switch (sendOne(r.id)) {
        case ReminderState::Sent:
            ++round.sent;
            if (sent)
                sent(r.id);
            break;
        case ReminderState::Retry:
            ++round.retrying;
            break;
        case ReminderState::Failed:
            ++round.failed;
            break;
        case ReminderState::Dropped:
            ++round.dropped;
            break;
        default:
            break;
        }
    }
    round.waiting
        = m_store.reminderCount(ReminderState::Queued) + m_store.reminderCount(ReminderState::Retry);
    round.failures
        = m_store.reminderCount(ReminderState::Failed) + m_store.reminderCount(ReminderState::Interrupted);
    return round;
}

} // namespace chairside
