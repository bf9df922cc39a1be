// Reminders sent for real: to a mail server (aiosmtpd) and an SMS gateway (http.server) started by the
// test, read back as they arrived; never twice, never for a cancelled or moved appointment or an
// opted-out patient; failures retried then listed; a sender killed mid-batch loses none and doubles none.

#include "catchqstring.h"
#include "cli/commandline.h"
#include "common/error.h"
#include "reminderhelpers.h"
#include "reminders/reminderrunner.h"
#include "reminders/remindersecrets.h"
#include "remindersinks.h"
#include "scheduling/rescheduleservice.h"
#include "store/store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTimeZone>

#include <catch2/catch.hpp>
#include <libical/ical.h>

using namespace chairside;
using test::Fixture;
using test::Sink;

namespace {

const QDate kTuesday(2026, 12, 1);
const QDate kWednesday(2026, 12, 2);

/// Tuesday at 17:05 in Boston: the "1 day before at 17:00" reminders of Wednesday's appointments are due.
void toTuesdayEvening(Fixture &f)
{
    f.clock.set(f.local(kTuesday, 17, 5));
}

ReminderRunner::Round runOnce(Fixture &f)
{
    ReminderRunner runner(f.store, f.clock, ReminderRunner::configuredChannels(f.store));
    return runner.run();
}

QSet<QByteArray> recipientsOf(const Sink &sink)
{
    QSet<QByteArray> to;
    for (const QByteArray &message : sink.received())
        to.insert(test::mailHeader(message, "to"));
    return to;
}

} // namespace

TEST_CASE("A reminder reaches the mail server with its words and a calendar entry; an opted-out patient gets "
          "nothing")
{
    Fixture f;
    Sink smtp(Sink::Kind::Smtp,
        {QStringLiteral("--user"), QStringLiteral("clinic"), QStringLiteral("--password"),
            QString::fromLatin1(test::kSmtpPassword)});
    REQUIRE(smtp.port() > 0);
    test::turnRemindersOn(f, smtp.port());

    const qint64 ana
        = test::bookWithEmail(f, QStringLiteral("R0001"), QStringLiteral("ana@example.org"), kWednesday, 9);
    const qint64 optedOut
        = test::bookWithEmail(f, QStringLiteral("R0002"), QStringLiteral("out@example.org"), kWednesday, 10);
    const qint64 thursday = test::bookWithEmail(
        f, QStringLiteral("R0003"), QStringLiteral("thu@example.org"), kWednesday.addDays(1), 9);
    ReminderService service(f.store, f.clock);
    PatientReminder out
        = service.patientWishes(f.store.appointment(optedOut)->patientId, test::userNamed(f, "desk"));
    out.optedOut = true;
    service.setPatientWishes(out, test::userNamed(f, "desk"));

    // Before 17:00 on Tuesday nothing is due.
    ReminderRunner::Round round = runOnce(f);
    CHECK(round.queued == 0);
    CHECK(smtp.files().isEmpty());

    toTuesdayEvening(f);
    round = runOnce(f);
    CHECK(round.queued == 1);
    CHECK(round.sent == 1);
    CHECK(round.failures == 0);
    REQUIRE(smtp.waitFor(1));
    const QList<QByteArray> received = smtp.received();
    REQUIRE(received.size() == 1);
    const QByteArray &mail = received.first();
    CHECK(test::mailHeader(mail, "to") == "ana@example.org");
    CHECK(test::mailHeader(mail, "x-envelope-to") == "ana@example.org");
    CHECK(test::mailHeader(mail, "from") == "reminders@clinic.example");
    CHECK(test::mailHeader(mail, "subject").contains("Wednesday, December 2"));
    CHECK_FALSE(mail.contains("nfliximab"));

    const QList<test::MailPart> parts = test::mailParts(mail);
    REQUIRE(parts.size() == 2);
    const QString words = QString::fromUtf8(parts[0].body);
    CHECK(words.contains(QStringLiteral("9:00 AM")));
    CHECK(words.contains(QStringLiteral("12 Harbor Street, Boston")));
    CHECK(parts[1].contentType.startsWith("text/calendar"));
    icalcomponent *calendar = icalparser_parse_string(parts[1].body.constData());
    REQUIRE(calendar != nullptr);
    icalcomponent *event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
    REQUIRE(event != nullptr);
    const Appointment booked = *f.store.appointment(ana);
    CHECK(qint64(icaltime_as_timet(icalcomponent_get_dtstart(event))) == booked.startUtc.toSecsSinceEpoch());
    CHECK(QString::fromUtf8(icalcomponent_get_uid(event))
        == QStringLiteral("appointment-%1@chairside").arg(ana));
    icalcomponent_free(calendar);

    // Recorded: the reminder, its attempt, and none for the opted-out patient or Thursday's (not yet due).
    const QList<Reminder> sent = f.store.remindersOfAppointment(ana);
    REQUIRE(sent.size() == 1);
    CHECK(sent.first().state == ReminderState::Sent);
    CHECK(sent.first().moment == QStringLiteral("1d@17:00"));
    const QList<ReminderAttempt> attempts = f.store.reminderAttempts(sent.first().id);
    REQUIRE(attempts.size() == 1);
    CHECK(attempts.first().result == QStringLiteral("sent"));
    CHECK(f.store.remindersOfAppointment(optedOut).isEmpty());
    CHECK(f.store.remindersOfAppointment(thursday).isEmpty());

    // Run again, and again an hour later: nothing is queued or sent twice.
    round = runOnce(f);
    CHECK(round.queued == 0);
    CHECK(round.sent == 0);
    f.clock.advanceSeconds(3600);
    round = runOnce(f);
    CHECK(round.queued == 0);
    CHECK(round.sent == 0);
    CHECK(smtp.files().size() == 1);
}

TEST_CASE("A wrong mail password is refused by the server: the reminder retries with backoff, then fails to "
          "the list")
{
    Fixture f;
    Sink smtp(Sink::Kind::Smtp,
        {QStringLiteral("--user"), QStringLiteral("clinic"), QStringLiteral("--password"),
            QStringLiteral("other")});
    REQUIRE(smtp.port() > 0);
    test::turnRemindersOn(f, smtp.port());
    const qint64 id
        = test::bookWithEmail(f, QStringLiteral("R0001"), QStringLiteral("ana@example.org"), kWednesday, 9);
    toTuesdayEvening(f);

    ReminderRunner::Round round = runOnce(f);
    CHECK(round.sent == 0);
    CHECK(round.retrying == 1);
    Reminder r = f.store.remindersOfAppointment(id).first();
    CHECK(r.state == ReminderState::Retry);
    CHECK(r.nextAttemptUtc == f.clock.nowUtc().addSecs(5 * 60));
    CHECK_FALSE(r.lastError.isEmpty());
    CHECK_FALSE(r.lastError.contains(QString::fromLatin1(test::kSmtpPassword)));

    // Not due again until its wait is over.
    f.clock.advanceSeconds(60);
    CHECK(runOnce(f).retrying == 0);
    for (int attempt = 2; attempt <= ReminderRunner::kMaxAttempts; ++attempt) {
        f.clock.advanceSeconds(ReminderRunner::retryDelaySeconds(attempt - 1));
        round = runOnce(f);
    }
    CHECK(round.failed == 1);
    CHECK(round.failures == 1);
    r = f.store.remindersOfAppointment(id).first();
    CHECK(r.state == ReminderState::Failed);
    CHECK(r.attempts == ReminderRunner::kMaxAttempts);
    CHECK(f.store.reminderAttempts(r.id).size() == ReminderRunner::kMaxAttempts);
    CHECK(smtp.files().isEmpty());

    const QList<Reminder> listed = ReminderService(f.store, f.clock).failures(test::userNamed(f, "admin"));
    REQUIRE(listed.size() == 1);
    CHECK(listed.first().id == r.id);

    // Put right and retried by hand: sent once.
    ReminderSecrets(f.store.path()).setSmtpPassword(QStringLiteral("other"));
    ReminderService(f.store, f.clock).retry(r.id, test::userNamed(f, "admin"));
    CHECK(runOnce(f).sent == 1);
    CHECK(smtp.waitFor(1));
}

TEST_CASE("Mail leaves over STARTTLS to a server with the center's own certificate, and logs in only then")
{
    Fixture f;
    // The server's certificate, made for this test by openssl: its own authority, as a center's may be.
    QTemporaryDir keys;
    REQUIRE(keys.isValid());
    const QString certificate = keys.filePath(QStringLiteral("smtp-cert.pem"));
    const QString key = keys.filePath(QStringLiteral("smtp-key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral(CHAIRSIDE_OPENSSL),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
            QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
            QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"),
            QStringLiteral("-keyout"), key, QStringLiteral("-out"), certificate});
    REQUIRE(openssl.waitForFinished(60000));
    INFO(openssl.readAllStandardError().toStdString());
    REQUIRE(openssl.exitCode() == 0);

    Sink smtp(Sink::Kind::Smtp,
        {QStringLiteral("--user"), QStringLiteral("clinic"), QStringLiteral("--password"),
            QString::fromLatin1(test::kSmtpPassword), QStringLiteral("--cert"), certificate,
            QStringLiteral("--key"), key});
    REQUIRE(smtp.port() > 0);
    test::turnRemindersOn(f, smtp.port());
    const User admin = test::userNamed(f, "admin");
    ReminderService service(f.store, f.clock);
    ReminderTransport transport = service.transport(admin);
    transport.smtp.startTls = true;
    transport.smtp.caFile = certificate;
    service.configureTransport(transport, admin);

    const qint64 ana
        = test::bookWithEmail(f, QStringLiteral("T0001"), QStringLiteral("ana@example.org"), kWednesday, 9);
    toTuesdayEvening(f);
    ReminderRunner::Round round = runOnce(f);
    CHECK(round.sent == 1);
    REQUIRE(smtp.waitFor(1));
    const QByteArray mail = smtp.received().first();
    // The server says how it came: over TLS, the login after it (the server refuses one before).
    CHECK(test::mailHeader(mail, "x-tls").startsWith("TLSv1."));
    CHECK(test::mailHeader(mail, "x-authenticated") == "yes");
    CHECK(test::mailHeader(mail, "to") == "ana@example.org");
    CHECK(f.store.remindersOfAppointment(ana).first().state == ReminderState::Sent);

    // Trusting only the system's authorities, the same server's certificate is refused: nothing leaves.
    transport.smtp.caFile.clear();
    service.configureTransport(transport, admin);
    const qint64 ben
        = test::bookWithEmail(f, QStringLiteral("T0002"), QStringLiteral("ben@example.org"), kWednesday, 11);
    round = runOnce(f);
    CHECK(round.sent == 0);
    CHECK(round.retrying == 1);
    const Reminder refused = f.store.remindersOfAppointment(ben).first();
    CHECK(refused.state == ReminderState::Retry);
    CHECK_FALSE(refused.lastError.isEmpty());
    CHECK(smtp.files().size() == 1);

    // An authority file that is not there is refused when saved, naming the field.
    transport.smtp.caFile = keys.filePath(QStringLiteral("missing.pem"));
    try {
        service.configureTransport(transport, admin);
        FAIL("a missing authority file was taken");
    } catch (const Error &error) {
        CHECK(error.field() == QStringLiteral("smtp-ca"));
    }
}

TEST_CASE("A cancelled or moved appointment is not reminded of its old time; the move's new time is")
{
    Fixture f;
    Sink smtp(Sink::Kind::Smtp);
    REQUIRE(smtp.port() > 0);
    test::turnRemindersOn(f, smtp.port(), false);
    const qint64 moved
        = test::bookWithEmail(f, QStringLiteral("R0001"), QStringLiteral("moved@example.org"), kWednesday, 9);
    const qint64 cancelled
        = test::bookWithEmail(f, QStringLiteral("R0002"), QStringLiteral("gone@example.org"), kWednesday, 11);
    const qint64 queuedThenCancelled
        = test::bookWithEmail(f, QStringLiteral("R0003"), QStringLiteral("late@example.org"), kWednesday, 13);
    f.store.changeStatus(cancelled, AppointmentStatus::Cancelled, QStringLiteral("desk"), f.clock.nowUtc());

    RescheduleRequest move;
    move.appointmentId = moved;
    move.startUtc = f.local(kWednesday, 14);
    const Appointment replacement
        = RescheduleService(f.store, f.clock).reschedule(test::userNamed(f, "desk"), move);

    toTuesdayEvening(f);
    ReminderRunner runner(f.store, f.clock, ReminderRunner::configuredChannels(f.store));
    CHECK(runner.queueDue() == 2); // the replacement and the one cancelled later
    // Cancelled after it was queued: dropped at send time.
    f.store.changeStatus(
        queuedThenCancelled, AppointmentStatus::Cancelled, QStringLiteral("desk"), f.clock.nowUtc());
    const ReminderRunner::Round round = runner.run();
    CHECK(round.sent == 1);
    CHECK(round.dropped == 1);
    REQUIRE(smtp.waitFor(1));
    CHECK(recipientsOf(smtp) == QSet<QByteArray> {"moved@example.org"});
    const QList<test::MailPart> parts = test::mailParts(smtp.received().first());
    REQUIRE_FALSE(parts.isEmpty());
    CHECK(QString::fromUtf8(parts[0].body).contains(QStringLiteral("2:00 PM")));
    CHECK(f.store.remindersOfAppointment(replacement.id).size() == 1);
    CHECK(f.store.remindersOfAppointment(moved).isEmpty());
    CHECK(f.store.remindersOfAppointment(cancelled).isEmpty());
    const Reminder dropped = f.store.remindersOfAppointment(queuedThenCancelled).first();
    CHECK(dropped.state == ReminderState::Dropped);
    CHECK(f.store.reminderAttempts(dropped.id).first().result == QStringLiteral("dropped"));
}

TEST_CASE("A text goes to the configured gateway as its request template says, with the token")
{
    Fixture f;
    Sink gateway(Sink::Kind::Gateway);
    REQUIRE(gateway.port() > 0);
    const User admin = test::userNamed(f, "admin");
    ReminderService service(f.store, f.clock);
    ReminderTransport t;
    t.sms.url = QStringLiteral("http://127.0.0.1:%1/v1/messages").arg(gateway.port());
    t.sms.body = QStringLiteral(R"({"destination": "{to}", "message": "{text}", "sender": "CLINIC"})");
    service.configureTransport(t, admin, std::nullopt, QStringLiteral("tok-123"));
    ReminderPlan plan = service.plan(f.center.id, admin);
    plan.enabled = true;
    plan.moments = {ReminderMoment {1, 17 * 60}};
    plan.channels = {ReminderChannel::Email, ReminderChannel::Sms};
    service.configurePlan(plan, admin);

    const qint64 texted = test::bookReady(f, f.maria, f.infliximab, kWednesday, 9);
    PatientReminder wishes = PatientReminder::defaultsFor(f.maria.id);
    wishes.mobile = QStringLiteral("+1 617 555 0123");
    service.setPatientWishes(wishes, admin);
    // No email server is configured: a patient with only an email address gets nothing.
    const qint64 emailOnly
        = test::bookWithEmail(f, QStringLiteral("R0009"), QStringLiteral("e@example.org"), kWednesday, 10);

    toTuesdayEvening(f);
    const ReminderRunner::Round round = runOnce(f);
    CHECK(round.sent == 1);
    REQUIRE(gateway.waitFor(1));
    const QJsonObject request = QJsonDocument::fromJson(gateway.received().first()).object();
    CHECK(request.value(QStringLiteral("path")).toString() == QStringLiteral("/v1/messages"));
    const QJsonObject headers = request.value(QStringLiteral("headers")).toObject();
    CHECK(headers.value(QStringLiteral("authorization")).toString() == QStringLiteral("Bearer tok-123"));
    CHECK(headers.value(QStringLiteral("content-type")).toString() == QStringLiteral("application/json"));
    const QJsonObject body
        = QJsonDocument::fromJson(request.value(QStringLiteral("body")).toString().toUtf8()).object();
    CHECK(body.value(QStringLiteral("destination")).toString() == QStringLiteral("+1 617 555 0123"));
    CHECK(body.value(QStringLiteral("sender")).toString() == QStringLiteral("CLINIC"));
    CHECK(body.value(QStringLiteral("message")).toString().contains(QStringLiteral("9:00 AM")));
    CHECK_FALSE(body.value(QStringLiteral("message")).toString().contains(QStringLiteral("nfliximab")));
    CHECK(f.store.remindersOfAppointment(texted).first().channel == ReminderChannel::Sms);
    CHECK(f.store.remindersOfAppointment(emailOnly).isEmpty());
}

TEST_CASE("A gateway that answers an error is retried, not taken for sent")
{
    Fixture f;
    Sink gateway(Sink::Kind::Gateway, {QStringLiteral("--status"), QStringLiteral("503")});
    REQUIRE(gateway.port() > 0);
    const User admin = test::userNamed(f, "admin");
    ReminderService service(f.store, f.clock);
    ReminderTransport t;
    t.sms.url = QStringLiteral("http://127.0.0.1:%1/send").arg(gateway.port());
    service.configureTransport(t, admin);
    ReminderPlan plan = service.plan(f.center.id, admin);
    plan.enabled = true;
    plan.moments = {ReminderMoment {1, 17 * 60}};
    plan.channels = {ReminderChannel::Sms};
    service.configurePlan(plan, admin);
    const qint64 id = test::bookReady(f, f.maria, f.infliximab, kWednesday, 9);
    PatientReminder wishes = PatientReminder::defaultsFor(f.maria.id);
    wishes.mobile = QStringLiteral("6175550123");
    service.setPatientWishes(wishes, admin);
    toTuesdayEvening(f);
    CHECK(runOnce(f).retrying == 1);
    CHECK(gateway.waitFor(1));
    const Reminder r = f.store.remindersOfAppointment(id).first();
    CHECK(r.state == ReminderState::Retry);
    CHECK(r.lastError.contains(QStringLiteral("503")));
}

TEST_CASE("reminders run through chairside-cli: its JSON counts, and safe to run again")
{
    Fixture f;
    Sink smtp(Sink::Kind::Smtp);
    REQUIRE(smtp.port() > 0);
    test::turnRemindersOn(f, smtp.port(), false);
    test::bookWithEmail(f, QStringLiteral("R0001"), QStringLiteral("a@example.org"), kWednesday, 9);
    test::bookWithEmail(f, QStringLiteral("R0002"), QStringLiteral("b@example.org"), kWednesday, 10);
    const QString at = f.local(kTuesday, 17, 5).toString(Qt::ISODate);
    cli::Result result = cli::execute(
        {QStringLiteral("chairside-cli"), QStringLiteral("--db"), f.temp.path(), QStringLiteral("--at"), at,
            QStringLiteral("--json"), QStringLiteral("reminders"), QStringLiteral("run")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("queued")).toInt() == 2);
    CHECK(json.value(QStringLiteral("sent")).toInt() == 2);
    CHECK(json.value(QStringLiteral("retrying")).toInt() == 0);
    CHECK(json.value(QStringLiteral("failed")).toInt() == 0);
    CHECK(json.value(QStringLiteral("dropped")).toInt() == 0);
    CHECK(json.value(QStringLiteral("interrupted")).toInt() == 0);
    CHECK(json.value(QStringLiteral("waiting")).toInt() == 0);
    CHECK(json.value(QStringLiteral("failures")).toInt() == 0);
    CHECK(json.keys().size() == 8);
    CHECK(smtp.waitFor(2));

    result = cli::execute(
        {QStringLiteral("chairside-cli"), QStringLiteral("--db"), f.temp.path(), QStringLiteral("--at"), at,
            QStringLiteral("--json"), QStringLiteral("reminders"), QStringLiteral("run")});
    REQUIRE(result.exitCode == 0);
    CHECK(QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("sent")).toInt() == 0);

    // The desk may not run the sender: exit 4.
    result = cli::execute({QStringLiteral("chairside-cli"), QStringLiteral("--db"), f.temp.path(),
        QStringLiteral("--user"), QStringLiteral("desk"), QStringLiteral("--json"),
        QStringLiteral("reminders"), QStringLiteral("run")});
    CHECK(result.exitCode == 4);
    CHECK(smtp.files().size() == 2);
}

TEST_CASE("A sender killed mid-batch loses no reminder and sends none twice")
{
    Fixture f;
    // The server writes each message, then waits before saying so: a kill lands while a message is in hand.
    Sink smtp(Sink::Kind::Smtp, {QStringLiteral("--delay"), QStringLiteral("0.4")});
    REQUIRE(smtp.port() > 0);
    test::turnRemindersOn(f, smtp.port(), false);
    constexpr int kPatients = 8;
    QList<qint64> appointments;
    for (int i = 0; i < kPatients; ++i) {
        appointments << test::bookWithEmail(f, QStringLiteral("K%1").arg(i, 4, 10, QLatin1Char('0')),
            QStringLiteral("p%1@example.org").arg(i), kWednesday, 8 + i);
    }
    const QString at = f.local(kTuesday, 17, 5).toString(Qt::ISODate);

    QProcess sender;
    sender.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sender.start(QStringLiteral(CHAIRSIDE_CLI_PATH),
        {QStringLiteral("--db"), f.temp.path(), QStringLiteral("--at"), at, QStringLiteral("reminders"),
            QStringLiteral("run")});
    REQUIRE(sender.waitForStarted(10000));
    REQUIRE(smtp.waitFor(3, 30000));
    sender.kill();
    REQUIRE(sender.waitForFinished(10000));
    CHECK(sender.exitStatus() == QProcess::CrashExit);
    const int beforeRestart = int(smtp.files().size());
    CHECK(beforeRestart < kPatients);

    // Every reminder was queued before the first left; none of them is lost.
    int queuedOrDone = 0;
    for (const qint64 id : std::as_const(appointments))
        queuedOrDone += int(f.store.remindersOfAppointment(id).size());
    CHECK(queuedOrDone == kPatients);

    // The next run, after the claim has gone stale, sends the rest and none again.
    const QString later = f.local(kTuesday, 17, 30).toString(Qt::ISODate);
    const cli::Result result = cli::execute(
        {QStringLiteral("chairside-cli"), QStringLiteral("--db"), f.temp.path(), QStringLiteral("--at"),
            later, QStringLiteral("--json"), QStringLiteral("reminders"), QStringLiteral("run")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("queued")).toInt() == 0);
    const int interrupted = json.value(QStringLiteral("interrupted")).toInt();
    CHECK(interrupted <= 1);

    QHash<QByteArray, int> copies;
    for (const QByteArray &message : smtp.received())
        ++copies[test::mailHeader(message, "message-id")];
    for (auto it = copies.cbegin(); it != copies.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(it.value() == 1);
    }
    int sent = 0;
    int onList = 0;
    for (const qint64 id : std::as_const(appointments)) {
        const QList<Reminder> reminders = f.store.remindersOfAppointment(id);
        REQUIRE(reminders.size() == 1);
        const Reminder &r = reminders.first();
        if (r.state == ReminderState::Sent) {
            ++sent;
            CHECK(copies.value("<reminder-" + QByteArray::number(r.id) + "@clinic.example>") == 1);
        } else {
            CHECK(r.state == ReminderState::Interrupted);
            ++onList;
        }
    }
    CHECK(sent + onList == kPatients);
    CHECK(onList == interrupted);
    // What the server holds is exactly what was sent, plus at most the one in hand at the kill.
    CHECK(copies.size() >= sent);
    CHECK(copies.size() <= sent + onList);
}
