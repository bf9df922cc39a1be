// Replies the SMS gateway posts back: a CONFIRM-style reply from a patient's number confirms their next
// reminded appointment as the patient's own; any other words, an unknown number or nothing to confirm is
// recorded for the desk and changes nothing else.

#include "authhelpers.h"
#include "catchqstring.h"
#include "cli/commandline.h"
#include "reminderhelpers.h"
#include "reminders/calllist.h"
#include "reminders/reminderreply.h"
#include "reminders/reminderrunner.h"
#include "remindersinks.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace chairside;
using test::Fixture;
using test::Sink;

namespace {

const QDate kTuesday(2026, 12, 1);
const QDate kWednesday(2026, 12, 2);
const QDate kThursday(2026, 12, 3);

/// Ana Reyes: her own phone, a mobile for texts, an email; booked Wednesday at 09:00 and 14:00 and
/// Thursday at 09:00. Tuesday evening's run sends Wednesday's two reminders to a real mail server.
struct Replies
{
    Replies()
        : smtp(Sink::Kind::Smtp)
    {
        REQUIRE(smtp.port() > 0);
        test::turnRemindersOn(f, smtp.port(), false);
        ana = f.addReadyPatient(QStringLiteral("R0100"), QStringLiteral("Ana"), QStringLiteral("Reyes"),
            QDate(1970, 5, 6), f.infliximab);
        ana.phone = QStringLiteral("(617) 555-0142");
        test::giveEmail(f, ana, QStringLiteral("ana@example.org"));
        ReminderService service(f.store, f.clock);
        PatientReminder wishes = service.patientWishes(ana.id, test::userNamed(f, "desk"));
        wishes.mobile = QStringLiteral("857-555-0177");
        service.setPatientWishes(wishes, test::userNamed(f, "desk"));
        morning = test::bookReady(f, ana, f.infliximab, kWednesday, 9);
        afternoon = test::bookReady(f, ana, f.infliximab, kWednesday, 14);
        thursday = test::bookReady(f, ana, f.infliximab, kThursday, 9);
        f.clock.set(f.local(kTuesday, 17, 5));
        const ReminderRunner::Round round
            = ReminderRunner(f.store, f.clock, ReminderRunner::configuredChannels(f.store)).run();
        REQUIRE(round.sent == 2);
        f.clock.set(f.local(kTuesday, 18, 0));
    }

    ReminderReply reply(const QString &from, const QString &text)
    {
        return ReminderService(f.store, f.clock).recordReply(from, text, test::userNamed(f, "desk"));
    }

    Fixture f;
    Sink smtp;
    Patient ana;
    qint64 morning = 0;
    qint64 afternoon = 0;
    qint64 thursday = 0;
};

} // namespace

TEST_CASE("A confirmation is CONFIRM, YES, C or SI alone, in any case and with punctuation")
{
    for (const char *yes : {"CONFIRM", "confirm", "Confirmed.", " c ", "C!", "Yes", "YES!!", "si", "Sí",
             "SÍ.", "confirmo", "Confirmar"}) {
        INFO(yes);
        CHECK(isConfirmationReply(QString::fromUtf8(yes)));
    }
    for (const char *no :
        {"", "no", "STOP", "yes please", "C 12", "what time?", "confirm 2", "NO SI", "👍", "cancel"}) {
        INFO(no);
        CHECK_FALSE(isConfirmationReply(QString::fromUtf8(no)));
    }
}

TEST_CASE("A reply's number is the patient's whatever its writing: a country code, spaces, dashes")
{
    CHECK(sameReplyNumber(QStringLiteral("+16175550142"), QStringLiteral("(617) 555-0142")));
    CHECK(sameReplyNumber(QStringLiteral("617.555.0142"), QStringLiteral("1 617 555 0142")));
    CHECK(sameReplyNumber(QStringLiteral("555-0142"), QStringLiteral("(617) 555-0142")));
    CHECK_FALSE(sameReplyNumber(QStringLiteral("+16175550143"), QStringLiteral("(617) 555-0142")));
    CHECK_FALSE(sameReplyNumber(QStringLiteral("0142"), QStringLiteral("0142")));
    CHECK_FALSE(sameReplyNumber(QStringLiteral("+442075550142"), QStringLiteral("(617) 555-0142")));
}

TEST_CASE(
    "A CONFIRM from the patient's number confirms the soonest reminded appointment, as the patient's own")
{
    Replies r;

    // Other words from her number: recorded with her, nothing confirmed.
    ReminderReply got = r.reply(QStringLiteral("+18575550177"), QStringLiteral("what time is it again?"));
    CHECK(got.result == ReplyResult::NotUnderstood);
    CHECK(got.patientId == r.ana.id);
    CHECK(got.appointmentId == 0);
    CHECK_FALSE(r.f.store.appointmentConfirmed(r.morning));

    // A number nobody has: recorded, nothing else.
    got = r.reply(QStringLiteral("+1 212 555 0199"), QStringLiteral("YES"));
    CHECK(got.result == ReplyResult::UnknownNumber);
    CHECK(got.patientId == 0);

    // From her mobile: the morning's; from her phone: the afternoon's; Thursday's was not reminded yet.
    got = r.reply(QStringLiteral("+18575550177"), QStringLiteral(" Confirm! "));
    CHECK(got.result == ReplyResult::Confirmed);
    CHECK(got.appointmentId == r.morning);
    CHECK(r.f.store.appointmentConfirmed(r.morning));
    CHECK_FALSE(r.f.store.appointmentConfirmed(r.afternoon));
    got = r.reply(QStringLiteral("6175550142"), QStringLiteral("sí"));
    CHECK(got.result == ReplyResult::Confirmed);
    CHECK(got.appointmentId == r.afternoon);
    got = r.reply(QStringLiteral("6175550142"), QStringLiteral("C"));
    CHECK(got.result == ReplyResult::NothingToConfirm);
    CHECK(got.patientId == r.ana.id);
    CHECK_FALSE(r.f.store.appointmentConfirmed(r.thursday));

    // The call list knows: Wednesday has nobody left to call about Ana.
    const CallList::Result calls
        = CallList(r.f.store, r.f.clock).build(test::userNamed(r.f, "desk"), r.f.center, kWednesday, 1);
    for (const CallListRow &row : calls.rows)
        CHECK(row.patient.id != r.ana.id);
    CHECK(calls.confirmed == 2);

    // Every reply is kept for the desk, latest first; the trail has each by key, never the number or words.
    const QList<ReminderReply> kept
        = ReminderService(r.f.store, r.f.clock).replies(test::userNamed(r.f, "desk"));
    REQUIRE(kept.size() == 5);
    CHECK(kept.first().result == ReplyResult::NothingToConfirm);
    CHECK(kept.last().text == QStringLiteral("what time is it again?"));
    const QList<AuditEntry> trail = test::auditOf(r.f.store, AuditAction::ReminderReply);
    REQUIRE(trail.size() == 5);
    for (const AuditEntry &entry : trail) {
        CHECK_FALSE(entry.event.reason.contains(QStringLiteral("555")));
        CHECK_FALSE(entry.event.reason.contains(QStringLiteral("what time")));
        CHECK(entry.event.reason.startsWith(QStringLiteral("reply ")));
    }

    // A reply once the appointment is cancelled finds nothing to confirm on it.
    r.f.store.changeStatus(
        r.thursday, AppointmentStatus::Cancelled, QStringLiteral("desk"), r.f.clock.nowUtc());
    r.f.clock.set(r.f.local(kWednesday, 17, 5));
    ReminderRunner(r.f.store, r.f.clock, ReminderRunner::configuredChannels(r.f.store)).run();
    CHECK(
        r.reply(QStringLiteral("6175550142"), QStringLiteral("yes")).result == ReplyResult::NothingToConfirm);
}

TEST_CASE("reminders reply and reminders replies through chairside-cli, for the gateway's webhook")
{
    Replies r;
    const QStringList base {QStringLiteral("chairside-cli"), QStringLiteral("--db"), r.f.temp.path(),
        QStringLiteral("--user"), QStringLiteral("desk"), QStringLiteral("--at"),
        r.f.clock.nowUtc().toString(Qt::ISODate), QStringLiteral("--json")};
    cli::Result result = cli::execute(base
        + QStringList {QStringLiteral("reminders"), QStringLiteral("reply"), QStringLiteral("--from"),
            QStringLiteral("+18575550177"), QStringLiteral("--text"), QStringLiteral("YES")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    QJsonObject reply
        = QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("reply")).toObject();
    CHECK(reply.value(QStringLiteral("result")).toString() == QStringLiteral("confirmed"));
    CHECK(reply.value(QStringLiteral("appointment")).toInteger() == r.morning);
    CHECK(reply.value(QStringLiteral("mrn")).toString() == QStringLiteral("R0100"));

    result = cli::execute(base
        + QStringList {QStringLiteral("reminders"), QStringLiteral("reply"), QStringLiteral("--from"),
            QStringLiteral("+12125550199"), QStringLiteral("--text"), QStringLiteral("STOP")});
    REQUIRE(result.exitCode == 0);
    reply = QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("reply")).toObject();
    CHECK(reply.value(QStringLiteral("result")).toString() == QStringLiteral("unknown-number"));
    CHECK(reply.value(QStringLiteral("appointment")).isNull());
    CHECK(reply.value(QStringLiteral("mrn")).isNull());

    // No number: a usage of the command the script must fix (exit 2), nothing recorded.
    result = cli::execute(base
        + QStringList {QStringLiteral("reminders"), QStringLiteral("reply"), QStringLiteral("--text"),
            QStringLiteral("YES")});
    CHECK(result.exitCode == 2);

    result = cli::execute(base + QStringList {QStringLiteral("reminders"), QStringLiteral("replies")});
    REQUIRE(result.exitCode == 0);
    const QJsonArray replies
        = QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("replies")).toArray();
    REQUIRE(replies.size() == 2);
    CHECK(replies.at(0).toObject().value(QStringLiteral("text")).toString() == QStringLiteral("STOP"));
    CHECK(
        replies.at(1).toObject().value(QStringLiteral("from")).toString() == QStringLiteral("+18575550177"));
}
