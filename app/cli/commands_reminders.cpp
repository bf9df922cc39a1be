// reminders plan, reminders servers, reminders patient, reminders run, reminders failures, reminders retry,
// reminders calls, reminders call, reminders reply, reminders replies: appointment reminders by email and
// text, the desk's confirmation calls, and the replies the SMS gateway posts back.

#include "access/permission.h"
#include "alignedtext.h"
#include "audit/auditevent.h"
#include "command.h"
#include "commandline.h"
#include "common/error.h"
#include "context.h"
#include "reminders/calllist.h"
#include "reminders/reminderrunner.h"
#include "reminders/remindersecrets.h"
#include "reminders/reminderservice.h"
#include "scheduling/centertime.h"
#include "store/store.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

#include <array>

namespace chairside::cli {

namespace {

QString isoUtc(const QDateTime &instant)
{
    return instant.isValid() ? instant.toUTC().toString(Qt::ISODate) : QString();
}

AuditEvent refusal(const QString &kind)
{
    AuditEvent event;
    event.action = AuditAction::SetupChanged;
    event.recordKind = kind;
    event.reason = QStringLiteral("reminders");
    return event;
}

QJsonObject planJson(const ReminderPlan &plan, const Center &center)
{
    QJsonArray moments;
    for (const ReminderMoment &m : plan.moments)
        moments << m.code();
    QJsonArray channels;
    for (const ReminderChannel c : plan.channels)
        channels << reminderChannelCode(c);
    return QJsonObject {{QStringLiteral("center"), center.name}, {QStringLiteral("enabled"), plan.enabled},
        {QStringLiteral("moments"), moments}, {QStringLiteral("channels"), channels},
        {QStringLiteral("template"), plan.templateText}, {QStringLiteral("address"), plan.address}};
}

QJsonObject reminderJson(const Reminder &r)
{
    return QJsonObject {{QStringLiteral("id"), double(r.id)},
        {QStringLiteral("appointment"), double(r.appointmentId)}, {QStringLiteral("moment"), r.moment},
        {QStringLiteral("channel"), reminderChannelCode(r.channel)},
        {QStringLiteral("state"), reminderStateCode(r.state)}, {QStringLiteral("attempts"), r.attempts},
        {QStringLiteral("next_attempt"), isoUtc(r.nextAttemptUtc)},
        {QStringLiteral("last_error"), r.lastError}};
}

bool yesNo(Context &ctx, const QString &option)
{
    const QString v = ctx.value(option).trimmed().toLower();
    if (v == QLatin1String("yes") || v == QLatin1String("on") || v == QLatin1String("1"))
        return true;
    if (v == QLatin1String("no") || v == QLatin1String("off") || v == QLatin1String("0"))
        return false;
    throw Error::badData(option, QStringLiteral("--%1 takes yes or no.").arg(option));
}

int plan(Context &ctx)
{
    const Center center = ctx.center();
    const bool changes = ctx.has(QStringLiteral("on")) || ctx.has(QStringLiteral("off"))
        || ctx.has(QStringLiteral("moments")) || ctx.has(QStringLiteral("channels"))
        || ctx.has(QStringLiteral("template")) || ctx.has(QStringLiteral("address"));
    if (ctx.has(QStringLiteral("on")) && ctx.has(QStringLiteral("off")))
        throw UsageError(QStringLiteral("Give --on or --off, not both."));
    AuditEvent event = refusal(QStringLiteral("center"));
    event.recordId = center.id;
    const User user = changes ? ctx.requireUser(Permission::Administer, event)
                              : ctx.requireUser(Permission::ViewSchedule);
    ReminderService service(ctx.store(), ctx.clock());
    ReminderPlan p = service.plan(center.id, user);
    if (ctx.has(QStringLiteral("on")))
        p.enabled = true;
    if (ctx.has(QStringLiteral("off")))
        p.enabled = false;
    if (ctx.has(QStringLiteral("moments"))) {
        p.moments.clear();
        const QStringList codes
            = ctx.value(QStringLiteral("moments")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &code : codes) {
            const auto moment = ReminderMoment::fromCode(code);
            if (!moment)
                throw Error::badData(QStringLiteral("moments"),
                    QStringLiteral(
                        "\"%1\" is not a moment; write days before and a time, e.g. 3d@17:00,1d@09:30.")
                        .arg(code.trimmed()));
            p.moments << *moment;
        }
    }
    if (ctx.has(QStringLiteral("channels"))) {
        p.channels.clear();
        const QStringList codes
            = ctx.value(QStringLiteral("channels")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &code : codes) {
            const auto channel = reminderChannelFromCode(code);
            if (!channel)
                throw Error::badData(QStringLiteral("channels"),
                    QStringLiteral("\"%1\" is not a channel; choose email, sms or both.")
                        .arg(code.trimmed()));
            if (!p.channels.contains(*channel))
                p.channels << *channel;
        }
    }
    if (ctx.has(QStringLiteral("template")))
        p.templateText = ctx.value(QStringLiteral("template"));
    if (ctx.has(QStringLiteral("address")))
        p.address = ctx.value(QStringLiteral("address")).trimmed();
    if (changes)
        p = service.configurePlan(p, user);
    ctx.print(QJsonObject {{QStringLiteral("plan"), planJson(p, center)}},
        QStringLiteral("Reminders at %1: %2.\nWords: %3").arg(center.name, p.summary(), p.templateText));
    return ExitOk;
}

QJsonObject transportJson(const ReminderTransport &t, const ReminderSecrets &secrets)
{
    return QJsonObject {
        {QStringLiteral("smtp"),
            QJsonObject {{QStringLiteral("host"), t.smtp.host}, {QStringLiteral("port"), t.smtp.port},
                {QStringLiteral("starttls"), t.smtp.startTls}, {QStringLiteral("user"), t.smtp.user},
                {QStringLiteral("from"), t.smtp.from}, {QStringLiteral("ca_file"), t.smtp.caFile},
                {QStringLiteral("password_set"), !secrets.smtpPassword().isEmpty()}}},
        {QStringLiteral("sms"),
            QJsonObject {{QStringLiteral("url"), t.sms.url},
                {QStringLiteral("content_type"), t.sms.contentType}, {QStringLiteral("body"), t.sms.body},
                {QStringLiteral("token_set"), !secrets.smsToken().isEmpty()}}}};
}

int servers(Context &ctx)
{
    const User admin = ctx.requireUser(Permission::Administer, refusal(QStringLiteral("setting")));
    ReminderService service(ctx.store(), ctx.clock());
    ReminderTransport t = service.transport(admin);
    bool changes = false;
    const auto text = [&](const char *option, QString &field) {
        if (ctx.has(QString::fromLatin1(option))) {
            field = ctx.value(QString::fromLatin1(option)).trimmed();
            changes = true;
        }
    };
    text("smtp-host", t.smtp.host);
    text("smtp-user", t.smtp.user);
    text("smtp-from", t.smtp.from);
    text("smtp-ca", t.smtp.caFile);
    // Kept whole: cron and the desktop do not start where this command did.
    if (!t.smtp.caFile.isEmpty())
        t.smtp.caFile = QFileInfo(t.smtp.caFile).absoluteFilePath();
    text("sms-url", t.sms.url);
    text("sms-content-type", t.sms.contentType);
    if (ctx.has(QStringLiteral("sms-body"))) {
        t.sms.body = ctx.value(QStringLiteral("sms-body"));
        changes = true;
    }
    if (ctx.has(QStringLiteral("smtp-port"))) {
        t.smtp.port = ctx.wholeNumber(QStringLiteral("smtp-port"), 587);
        changes = true;
    }
    if (ctx.has(QStringLiteral("starttls"))) {
        t.smtp.startTls = yesNo(ctx, QStringLiteral("starttls"));
        changes = true;
    }
    std::optional<QString> password;
    std::optional<QString> token;
    if (ctx.has(QStringLiteral("smtp-password"))) {
        password = ctx.secret("CHAIRSIDE_SMTP_PASSWORD", QStringLiteral("Mail server password: "));
        changes = true;
    }
    if (ctx.has(QStringLiteral("sms-token"))) {
        token = ctx.secret("CHAIRSIDE_SMS_TOKEN", QStringLiteral("SMS gateway token: "));
        changes = true;
    }
    if (changes)
        t = service.configureTransport(t, admin, password, token);
    const ReminderSecrets secrets(ctx.store().path());
    ctx.print(QJsonObject {{QStringLiteral("servers"), transportJson(t, secrets)}},
        QStringLiteral("Reminder servers: %1.").arg(t.summary()));
    return ExitOk;
}

int patient(Context &ctx)
{
    const QString mrn = ctx.value(QStringLiteral("mrn")).trimmed();
    const auto found = ctx.store().patientByMrn(mrn);
    if (!found)
        throw Error(
            Error::Kind::NotFound, QStringLiteral("No patient has MRN %1.").arg(mrn), QStringLiteral("mrn"));
    if (ctx.has(QStringLiteral("opt-out")) && ctx.has(QStringLiteral("opt-in")))
        throw UsageError(QStringLiteral("Give --opt-out or --opt-in, not both."));
    const bool changes = ctx.has(QStringLiteral("channel")) || ctx.has(QStringLiteral("mobile"))
        || ctx.has(QStringLiteral("opt-out")) || ctx.has(QStringLiteral("opt-in"));
    AuditEvent event;
    event.action = AuditAction::PatientChanged;
    event.recordKind = QStringLiteral("patient");
    event.recordId = found->id;
    event.patientId = found->id;
    event.reason = QStringLiteral("reminders");
    const User user = changes ? ctx.requireUser(Permission::RegisterPatient, event)
                              : ctx.requireUser(Permission::ViewSchedule);
    ReminderService service(ctx.store(), ctx.clock());
    PatientReminder w = service.patientWishes(found->id, user);
    if (ctx.has(QStringLiteral("channel"))) {
        const auto preference = PatientReminder::preferenceFromWord(ctx.value(QStringLiteral("channel")));
        if (!preference)
            throw Error::badData(
                QStringLiteral("channel"), QStringLiteral("--channel takes any, email, sms or phone."));
        w.preference = *preference;
    }
    if (ctx.has(QStringLiteral("mobile")))
        w.mobile = ctx.value(QStringLiteral("mobile"));
    if (ctx.has(QStringLiteral("opt-out")))
        w.optedOut = true;
    if (ctx.has(QStringLiteral("opt-in")))
        w.optedOut = false;
    if (changes)
        w = service.setPatientWishes(w, user);
    ctx.print(QJsonObject {{QStringLiteral("patient"),
                  QJsonObject {{QStringLiteral("mrn"), found->mrn},
                      {QStringLiteral("channel"), PatientReminder::preferenceWord(w.preference)},
                      {QStringLiteral("mobile"), w.mobile}, {QStringLiteral("email"), found->email},
                      {QStringLiteral("opted_out"), w.optedOut},
                      {QStringLiteral("opted_out_at"), isoUtc(w.optedOutAtUtc)},
                      {QStringLiteral("opted_out_by"), w.optedOutBy}}}},
        QStringLiteral("Reminders for %1: %2, mobile %3%4.")
            .arg(found->mrn, PatientReminder::preferenceWord(w.preference),
                w.mobile.isEmpty() ? QStringLiteral("none") : w.mobile,
                w.optedOut ? QStringLiteral(", opted out %1 by %2").arg(isoUtc(w.optedOutAtUtc), w.optedOutBy)
                           : QString()));
    return ExitOk;
}

int runReminders(Context &ctx)
{
    ctx.requireUser(Permission::Administer, refusal(QStringLiteral("reminder")));
    Store &store = ctx.store();
    const int limit = ctx.intValue(QStringLiteral("limit"), 1000, 1, 100000);
    ReminderRunner runner(store, ctx.clock(), ReminderRunner::configuredChannels(store));
    const ReminderRunner::Round r = runner.run(limit);
    ctx.print(
        QJsonObject {{QStringLiteral("queued"), r.queued}, {QStringLiteral("sent"), r.sent},
            {QStringLiteral("retrying"), r.retrying}, {QStringLiteral("failed"), r.failed},
            {QStringLiteral("dropped"), r.dropped}, {QStringLiteral("interrupted"), r.interrupted},
            {QStringLiteral("waiting"), double(r.waiting)}, {QStringLiteral("failures"), double(r.failures)}},
        QStringLiteral(
            "queued %1, sent %2, retrying %3, failed %4, dropped %5, interrupted %6; %7 waiting, %8 on "
            "the failures list")
            .arg(r.queued)
            .arg(r.sent)
            .arg(r.retrying)
            .arg(r.failed)
            .arg(r.dropped)
            .arg(r.interrupted)
            .arg(r.waiting)
            .arg(r.failures));
    return ExitOk;
}

int failures(Context &ctx)
{
    const User admin = ctx.requireUser(Permission::Administer, refusal(QStringLiteral("reminder")));
    const QList<Reminder> list = ReminderService(ctx.store(), ctx.clock()).failures(admin);
    QJsonArray json;
    using Row = std::array<QString, 6>;
    QList<Row> rows {{QStringLiteral("#"), QStringLiteral("Appointment"), QStringLiteral("Moment"),
        QStringLiteral("Channel"), QStringLiteral("State"), QStringLiteral("Last error")}};
    for (const Reminder &r : list) {
        json << reminderJson(r);
        rows << Row {QString::number(r.id), QString::number(r.appointmentId), r.moment,
            reminderChannelCode(r.channel), reminderStateCode(r.state), r.lastError};
    }
    ctx.print(QJsonObject {{QStringLiteral("reminders"), json}},
        list.isEmpty() ? QStringLiteral("No reminder has failed.") : alignedText(rows).trimmed());
    return ExitOk;
}

int retry(Context &ctx)
{
    const User admin = ctx.requireUser(Permission::Administer, refusal(QStringLiteral("reminder")));
    const qint64 id = ctx.wholeNumber(QStringLiteral("id"), 0);
    const Reminder r = ReminderService(ctx.store(), ctx.clock()).retry(id, admin);
    ctx.print(QJsonObject {{QStringLiteral("reminder"), reminderJson(r)}},
        QStringLiteral("Reminder %1 is queued again.").arg(r.id));
    return ExitOk;
}

int calls(Context &ctx)
{
    const User user = ctx.requireUser(Permission::ViewSchedule);
    const Center center = ctx.center();
    const QDate from = ctx.has(QStringLiteral("from"))
        ? ctx.dateValue(QStringLiteral("from"))
        : CenterTime::localDate(center, ctx.nowUtc()).addDays(1);
    const int days = ctx.wholeNumber(QStringLiteral("days"), 2);
    const CallList::Result result = CallList(ctx.store(), ctx.clock()).build(user, center, from, days);
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QJsonArray json;
    using Row = std::array<QString, 7>;
    QList<Row> rows {
        {QStringLiteral("START"), QStringLiteral("APPT"), QStringLiteral("MRN"), QStringLiteral("PATIENT"),
            QStringLiteral("PHONE"), QStringLiteral("LAST CALL"), QStringLiteral("PROBLEMS")}};
    for (const CallListRow &row : result.rows) {
        const QDateTime local = CenterTime::toLocal(center, row.appointment.startUtc);
        const QString last
            = row.confirmation.lastOutcome ? callOutcomeCode(*row.confirmation.lastOutcome) : QString();
        json << QJsonObject {{QStringLiteral("id"), double(row.appointment.id)},
            {QStringLiteral("start"), local.toString(Qt::ISODate)}, {QStringLiteral("mrn"), row.patient.mrn},
            {QStringLiteral("phone"), row.patient.phone}, {QStringLiteral("mobile"), row.wishes.mobile},
            {QStringLiteral("last_call"), last}, {QStringLiteral("calls"), row.confirmation.calls},
            {QStringLiteral("reminder"), row.reminder},
            {QStringLiteral("problems"), QJsonArray::fromStringList(row.problems)}};
        rows << Row {english.toString(local, QStringLiteral("ddd d MMM HH:mm")),
            QString::number(row.appointment.id), row.patient.mrn, row.patient.displayName(),
            row.patient.phone, last, row.problems.join(QStringLiteral("; "))};
    }
    ctx.print(QJsonObject {{QStringLiteral("calls"), json}, {QStringLiteral("confirmed"), result.confirmed}},
        (result.rows.isEmpty() ? QStringLiteral("Nobody to call.") : alignedText(rows).trimmed())
            + QStringLiteral("\n%1 to call, %2 confirmed.").arg(result.rows.size()).arg(result.confirmed));
    return ExitOk;
}

int call(Context &ctx)
{
    const qint64 id = ctx.wholeNumber(QStringLiteral("appointment"), 0);
    const auto outcome = callOutcomeFromCode(ctx.value(QStringLiteral("outcome")).trimmed());
    if (!outcome)
        throw Error::badData(QStringLiteral("outcome"),
            QStringLiteral("--outcome takes confirmed, left-message, no-answer or reschedule."));
    AuditEvent event;
    event.action = AuditAction::ConfirmationCall;
    event.recordKind = QStringLiteral("appointment");
    event.recordId = id;
    const User user = ctx.requireUser(Permission::Book, event);
    ReminderService(ctx.store(), ctx.clock()).recordCall(id, *outcome, user);
    ctx.print(QJsonObject {{QStringLiteral("appointment"), double(id)},
                  {QStringLiteral("outcome"), callOutcomeCode(*outcome)}},
        QStringLiteral("Appointment %1: %2.").arg(id).arg(callOutcomeLabel(*outcome)));
    return ExitOk;
}

QJsonObject replyJson(Store &store, const ReminderReply &r)
{
    QJsonValue mrn = QJsonValue::Null;
    if (r.patientId != 0) {
        if (const auto patient = store.patient(r.patientId))
            mrn = patient->mrn;
    }
    return QJsonObject {{QStringLiteral("id"), double(r.id)},
        {QStringLiteral("received"), isoUtc(r.receivedAtUtc)}, {QStringLiteral("from"), r.from},
        {QStringLiteral("text"), r.text}, {QStringLiteral("result"), replyResultCode(r.result)},
        {QStringLiteral("mrn"), mrn},
        {QStringLiteral("appointment"),
            r.appointmentId != 0 ? QJsonValue(double(r.appointmentId)) : QJsonValue()}};
}

int reply(Context &ctx)
{
    AuditEvent event;
    event.action = AuditAction::ReminderReply;
    event.recordKind = QStringLiteral("reminder-reply");
    const User user = ctx.requireUser(Permission::Book, event);
    const ReminderReply r
        = ReminderService(ctx.store(), ctx.clock())
              .recordReply(ctx.value(QStringLiteral("from")), ctx.value(QStringLiteral("text")), user);
    const QString words = r.result == ReplyResult::Confirmed
        ? QStringLiteral("Reply %1: appointment %2 confirmed.").arg(r.id).arg(r.appointmentId)
        : QStringLiteral("Reply %1 recorded: %2.").arg(r.id).arg(replyResultLabel(r.result).toLower());
    ctx.print(QJsonObject {{QStringLiteral("reply"), replyJson(ctx.store(), r)}}, words);
    return ExitOk;
}

int replies(Context &ctx)
{
    const User user = ctx.requireUser(Permission::ViewSchedule);
    const int limit = int(ctx.wholeNumber(QStringLiteral("limit"), 50));
    const QList<ReminderReply> list = ReminderService(ctx.store(), ctx.clock()).replies(user, limit);
    QJsonArray json;
    using Row = std::array<QString, 5>;
    QList<Row> rows {{QStringLiteral("#"), QStringLiteral("Received (UTC)"), QStringLiteral("From"),
        QStringLiteral("Result"), QStringLiteral("Text")}};
    for (const ReminderReply &r : list) {
        json << replyJson(ctx.store(), r);
        rows << Row {
            QString::number(r.id), isoUtc(r.receivedAtUtc), r.from, replyResultCode(r.result), r.text};
    }
    ctx.print(QJsonObject {{QStringLiteral("replies"), json}},
        list.isEmpty() ? QStringLiteral("No reply has come in.") : alignedText(rows).trimmed());
    return ExitOk;
}

} // namespace

void addReminderCommands(QList<Command> &commands)
{
    commands << Command {{QStringLiteral("reminders"), QStringLiteral("plan")},
        QStringLiteral("Show or set a center's reminders (admin to change)."),
        {{QStringLiteral("center"), QStringLiteral("NAME"),
             QStringLiteral("the center (default: the only one)")},
            {QStringLiteral("on"), {}, QStringLiteral("send reminders")},
            {QStringLiteral("off"), {},
                QStringLiteral("stop sending (what is queued is dropped at send time)")},
            {QStringLiteral("moments"), QStringLiteral("LIST"), QStringLiteral("e.g. 3d@17:00,1d@17:00")},
            {QStringLiteral("channels"), QStringLiteral("LIST"),
                QStringLiteral("email, sms, comma-separated")},
            {QStringLiteral("template"), QStringLiteral("TEXT"),
                QStringLiteral("the words, with {day} {time} {center} {address} {phone}")},
            {QStringLiteral("address"), QStringLiteral("TEXT"),
                QStringLiteral("the center's street address")}},
        {},
        QStringLiteral(
            "A template that asks for the therapy or a diagnosis is refused (exit 3). Turning reminders "
            "on needs a configured server for a channel chosen. Audited. With --json: {\"plan\": "
            "{\"center\", \"enabled\", \"moments\", \"channels\", \"template\", \"address\"}}."),
        plan};

    commands << Command {{QStringLiteral("reminders"), QStringLiteral("servers")},
        QStringLiteral("Show or set the mail server and the SMS gateway reminders leave by (admin)."),
        {{QStringLiteral("smtp-host"), QStringLiteral("H"),
             QStringLiteral("the mail server (empty: no email)")},
            {QStringLiteral("smtp-port"), QStringLiteral("P"), QStringLiteral("its port (default 587)")},
            {QStringLiteral("starttls"), QStringLiteral("yes|no"),
                QStringLiteral("require STARTTLS (default yes; no only for this machine)")},
            {QStringLiteral("smtp-user"), QStringLiteral("U"), QStringLiteral("the user to log in as")},
            {QStringLiteral("smtp-password"), {},
                QStringLiteral("set the password, from CHAIRSIDE_SMTP_PASSWORD or asked for")},
            {QStringLiteral("smtp-from"), QStringLiteral("ADDRESS"), QStringLiteral("the sender's address")},
            {QStringLiteral("smtp-ca"), QStringLiteral("FILE"),
                QStringLiteral("a PEM file of the authority that signed the server's certificate (empty: the "
                               "system's)")},
            {QStringLiteral("sms-url"), QStringLiteral("URL"),
                QStringLiteral("the gateway's https:// endpoint")},
            {QStringLiteral("sms-content-type"), QStringLiteral("TYPE"),
                QStringLiteral("default application/json")},
            {QStringLiteral("sms-body"), QStringLiteral("TEXT"),
                QStringLiteral("the request, with {to} and {text}")},
            {QStringLiteral("sms-token"), {},
                QStringLiteral("set the gateway's bearer token, from CHAIRSIDE_SMS_TOKEN or asked for")}},
        {},
        QStringLiteral(
            "The password and token are kept in owner-only files beside the database, never shown and "
            "never in the audit trail. With --json: {\"servers\": {\"smtp\": {\"host\", \"port\", "
            "\"starttls\", \"user\", \"from\", \"ca_file\", \"password_set\"}, \"sms\": {\"url\", "
            "\"content_type\", "
            "\"body\", \"token_set\"}}}."),
        servers};

    commands << Command {{QStringLiteral("reminders"), QStringLiteral("patient")},
        QStringLiteral("Show or set a patient's reminder channel, mobile number and opt-out."),
        {{QStringLiteral("mrn"), QStringLiteral("M"), QStringLiteral("the patient"), true},
            {QStringLiteral("channel"), QStringLiteral("C"),
                QStringLiteral("any, email, sms or phone (the desk calls)")},
            {QStringLiteral("mobile"), QStringLiteral("N"), QStringLiteral("the number texts go to")},
            {QStringLiteral("opt-out"), {}, QStringLiteral("send this patient nothing")},
            {QStringLiteral("opt-in"), {}, QStringLiteral("send reminders again")}},
        {},
        QStringLiteral(
            "An opt-out is honoured at once and recorded with who and when. Audited. With --json: "
            "{\"patient\": {\"mrn\", \"channel\", \"mobile\", \"email\", \"opted_out\", \"opted_out_at\", "
            "\"opted_out_by\"}}."),
        patient};

    commands << Command {{QStringLiteral("reminders"), QStringLiteral("run")},
        QStringLiteral("Queue the reminders that are due and send what is queued (admin; safe from cron)."),
        {{QStringLiteral("limit"), QStringLiteral("N"), QStringLiteral("send at most N (default 1000)")}}, {},
        QStringLiteral(
            "Queues each booked appointment's latest reminder moment already passed (once per appointment "
            "and "
            "moment), then sends what is due by the configured mail server or SMS gateway, reading the "
            "appointment again first: a cancelled or moved appointment or an opted-out patient gets nothing. "
            "A failed attempt is tried again after 5, 15, 60 and 240 minutes, then put on the failures list; "
            "a "
            "reminder whose sender stopped mid-send is put there too, never sent again unasked. Exit 0 when "
            "the run completed, whatever the reminders' results. With --json: {\"queued\", \"sent\", "
            "\"retrying\", \"failed\", \"dropped\", \"interrupted\", \"waiting\", \"failures\"}."),
        runReminders};

    commands << Command {{QStringLiteral("reminders"), QStringLiteral("failures")},
        QStringLiteral("List the reminders given up on or interrupted (admin)."), {}, {},
        QStringLiteral(
            "With --json: {\"reminders\": [{\"id\", \"appointment\", \"moment\", \"channel\", \"state\", "
            "\"attempts\", \"next_attempt\", \"last_error\"}]}."),
        failures};

    commands << Command {{QStringLiteral("reminders"), QStringLiteral("retry")},
        QStringLiteral("Queue a failed or interrupted reminder again (admin)."),
        {{QStringLiteral("id"), QStringLiteral("N"), QStringLiteral("the reminder's number"), true}}, {},
        QStringLiteral("Audited. With --json: {\"reminder\": {...}} as in \"reminders failures\"."), retry};

    commands << Command {{QStringLiteral("reminders"), QStringLiteral("calls")},
        QStringLiteral("The desk's call list: booked appointments not yet confirmed."),
        {{QStringLiteral("center"), QStringLiteral("NAME"),
             QStringLiteral("the center (default: the only one)")},
            {QStringLiteral("from"), QStringLiteral("DATE"),
                QStringLiteral("the first day (default tomorrow)")},
            {QStringLiteral("days"), QStringLiteral("N"),
                QStringLiteral("how many days (default 2, at most 14)")}},
        {},
        QStringLiteral(
            "With --json: {\"calls\": [{\"id\", \"start\" (center time), \"mrn\", \"phone\", \"mobile\", "
            "\"last_call\", \"calls\", \"reminder\", \"problems\"}], \"confirmed\"}."),
        calls};

    commands << Command {{QStringLiteral("reminders"), QStringLiteral("call")},
        QStringLiteral("Record a confirmation call's outcome."),
        {{QStringLiteral("appointment"), QStringLiteral("N"), QStringLiteral("the appointment"), true},
            {QStringLiteral("outcome"), QStringLiteral("O"),
                QStringLiteral("confirmed, left-message, no-answer or reschedule"), true}},
        {}, QStringLiteral("Audited as confirmation-call. With --json: {\"appointment\", \"outcome\"}."),
        call};

    commands << Command {{QStringLiteral("reminders"), QStringLiteral("reply")},
        QStringLiteral("Record a reply to a text reminder, as the SMS gateway posts it back."),
        {{QStringLiteral("from"), QStringLiteral("NUMBER"), QStringLiteral("the number it came from"), true},
            {QStringLiteral("text"), QStringLiteral("TEXT"), QStringLiteral("what the patient wrote"), true}},
        {},
        QStringLiteral(
            "For the gateway's webhook script. Every reply is recorded (\"reminders replies\"). CONFIRM, "
            "CONFIRMED, C, YES or SI (any case) from a patient's phone or mobile confirms that patient's "
            "soonest booked appointment that was reminded and is not yet confirmed; other words, unknown "
            "numbers and a patient with nothing to confirm are recorded and nothing else. Exit 0 once "
            "recorded, whatever it came to. Audited. With --json: {\"reply\": {\"id\", \"received\", "
            "\"from\", \"text\", \"result\" (confirmed, unknown-number, not-understood, "
            "nothing-to-confirm), \"mrn\", \"appointment\"}} (null when none)."),
        reply};

    commands << Command {{QStringLiteral("reminders"), QStringLiteral("replies")},
        QStringLiteral("List the replies to text reminders, latest first."),
        {{QStringLiteral("limit"), QStringLiteral("N"), QStringLiteral("at most N (default 50)")}}, {},
        QStringLiteral("With --json: {\"replies\": [...]} each as in \"reminders reply\"."), replies};
}

} // namespace chairside::cli
