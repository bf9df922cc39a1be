// The rules of a reminder that need no server: moments, the words a template may use, the servers'
// settings, the gateway's request body, and the message and calendar entry composed for an appointment.

#include "catchqstring.h"
#include "common/error.h"
#include "model/appointment.h"
#include "model/center.h"
#include "reminders/reminderchannels.h"
#include "reminders/reminderplan.h"
#include "reminders/remindertext.h"
#include "reminders/remindertransport.h"
#include "remindersinks.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QUrlQuery>

#include <catch2/catch.hpp>
#include <libical/ical.h>

using namespace chairside;

namespace {

QString refusedField(const std::function<void()> &action)
{
    try {
        action();
    } catch (const Error &error) {
        return error.field();
    }
    return {};
}

Center boston()
{
    Center c;
    c.id = 1;
    c.name = QStringLiteral("Harbor Infusion");
    c.timeZoneId = "America/New_York";
    c.phone = QStringLiteral("(617) 555-0199");
    return c;
}

Appointment wednesdayAtNineThirty()
{
    Appointment a;
    a.id = 42;
    a.patientId = 7;
    a.centerId = 1;
    a.startUtc = QDateTime(QDate(2026, 12, 2), QTime(9, 30), QTimeZone("America/New_York")).toUTC();
    a.minutes = 120;
    return a;
}

} // namespace

TEST_CASE("A reminder moment reads and writes as days before at a wall time")
{
    const auto moment = ReminderMoment::fromCode(QStringLiteral("3d@17:00"));
    REQUIRE(moment);
    CHECK(moment->daysBefore == 3);
    CHECK(moment->minuteOfDay == 17 * 60);
    CHECK(moment->code() == QStringLiteral("3d@17:00"));
    CHECK(ReminderMoment {0, 7 * 60 + 5}.code() == QStringLiteral("0d@07:05"));
    CHECK_FALSE(ReminderMoment::fromCode(QStringLiteral("3d@25:00")));
    CHECK_FALSE(ReminderMoment::fromCode(QStringLiteral("three days")));
    CHECK(ReminderPlan::momentsFromCodes(QStringLiteral("3d@17:00,bad,1d@09:30")).size() == 2);
}

TEST_CASE("A template that asks for the therapy or a diagnosis is refused, naming the template")
{
    ReminderPlan plan;
    plan.enabled = true;
    plan.validate();
    for (const char *words : {"Your {therapy} infusion is on {day}",
             "About your {diagnosis}: {day} at {time}", "{Drug_Name} on {day}"}) {
        plan.templateText = QString::fromLatin1(words);
        INFO(words);
        CHECK(refusedField([&] { plan.validate(); }) == QStringLiteral("template"));
    }
    plan.templateText = QStringLiteral("See you {day} at {time} at {center}, {address}. Call {phone}.");
    CHECK_NOTHROW(plan.validate());
    plan.templateText = QStringLiteral("Hello {name}");
    CHECK(refusedField([&] { plan.validate(); }) == QStringLiteral("template"));
    plan.templateText = QStringLiteral("   ");
    CHECK(refusedField([&] { plan.validate(); }) == QStringLiteral("template"));
}

TEST_CASE("A plan turned on needs a moment and a channel, and no moment twice")
{
    ReminderPlan plan;
    plan.enabled = true;
    plan.moments.clear();
    CHECK(refusedField([&] { plan.validate(); }) == QStringLiteral("moments"));
    plan.moments = {{1, 600}, {1, 600}};
    CHECK(refusedField([&] { plan.validate(); }) == QStringLiteral("moments"));
    plan.moments = {{15, 600}};
    CHECK(refusedField([&] { plan.validate(); }) == QStringLiteral("moments"));
    plan.moments = {{1, 600}};
    plan.channels.clear();
    CHECK(refusedField([&] { plan.validate(); }) == QStringLiteral("channels"));
    plan.enabled = false;
    CHECK_NOTHROW(plan.validate());
}

TEST_CASE("The servers: STARTTLS to another machine, an HTTPS gateway, a sender's address")
{
    ReminderTransport t;
    t.smtp.host = QStringLiteral("mail.clinic.example");
    t.smtp.from = QStringLiteral("reminders@clinic.example");
    CHECK_NOTHROW(t.validate());
    t.smtp.startTls = false;
    CHECK(refusedField([&] { t.validate(); }) == QStringLiteral("smtp-starttls"));
    t.smtp.host = QStringLiteral("127.0.0.1");
    CHECK_NOTHROW(t.validate());
    t.smtp.port = 70000;
    CHECK(refusedField([&] { t.validate(); }) == QStringLiteral("smtp-port"));
    t.smtp.port = 587;
    t.smtp.from = QStringLiteral("reminders");
    CHECK(refusedField([&] { t.validate(); }) == QStringLiteral("smtp-from"));
    t.smtp.from = QStringLiteral("reminders@clinic.example");

    t.sms.url = QStringLiteral("http://sms.example.com/send");
    CHECK(refusedField([&] { t.validate(); }) == QStringLiteral("sms-url"));
    t.sms.url = QStringLiteral("http://127.0.0.1:8080/send");
    CHECK_NOTHROW(t.validate());
    t.sms.url = QStringLiteral("https://sms.example.com/send");
    CHECK_NOTHROW(t.validate());
    t.sms.body = QStringLiteral(R"({"to": "{to}"})");
    CHECK(refusedField([&] { t.validate(); }) == QStringLiteral("sms-body"));
    CHECK_FALSE(t.summary().contains(QStringLiteral("password")));
}

TEST_CASE("The gateway's request carries the number and the words, escaped for its content type")
{
    ReminderTransport::Sms sms;
    const QString words = QStringLiteral("Your visit \"Wed\" at 9:30 & call (617) 555-0199\nthanks");
    const QJsonObject json
        = QJsonDocument::fromJson(SmsGateway::requestBody(sms, QStringLiteral("+16175550123"), words))
              .object();
    CHECK(json.value(QStringLiteral("to")).toString() == QStringLiteral("+16175550123"));
    CHECK(json.value(QStringLiteral("text")).toString() == words);

    sms.contentType = QStringLiteral("application/x-www-form-urlencoded");
    sms.body = QStringLiteral("To={to}&Body={text}");
    const QUrlQuery form(
        QString::fromUtf8(SmsGateway::requestBody(sms, QStringLiteral("+16175550123"), words)));
    CHECK(form.queryItemValue(QStringLiteral("To"), QUrl::FullyDecoded) == QStringLiteral("+16175550123"));
    CHECK(form.queryItemValue(QStringLiteral("Body"), QUrl::FullyDecoded) == words);
}

TEST_CASE(
    "A reminder's words and calendar entry say the day, time, center, address and phone, never the therapy")
{
    ReminderPlan plan;
    plan.address = QStringLiteral("12 Harbor Street, Boston");
    const Appointment a = wednesdayAtNineThirty();
    const QDateTime now(QDate(2026, 12, 1), QTime(22, 0), QTimeZone::utc());
    const ReminderText text
        = ReminderText::compose(plan, boston(), a, QStringLiteral("reminders@clinic.example"), now);
    CHECK(text.body.contains(QStringLiteral("Wednesday, December 2")));
    CHECK(text.body.contains(QStringLiteral("9:30 AM")));
    CHECK(text.body.contains(QStringLiteral("Harbor Infusion")));
    CHECK(text.body.contains(QStringLiteral("12 Harbor Street, Boston")));
    CHECK(text.body.contains(QStringLiteral("(617) 555-0199")));
    CHECK_FALSE(text.body.contains(QLatin1Char('{')));

    icalcomponent *calendar = icalparser_parse_string(text.calendar.constData());
    REQUIRE(calendar != nullptr);
    icalcomponent *event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
    REQUIRE(event != nullptr);
    CHECK(qint64(icaltime_as_timet(icalcomponent_get_dtstart(event))) == a.startUtc.toSecsSinceEpoch());
    CHECK(qint64(icaltime_as_timet(icalcomponent_get_dtend(event))) == a.endUtc().toSecsSinceEpoch());
    CHECK(QString::fromUtf8(icalcomponent_get_uid(event)) == QStringLiteral("appointment-42@chairside"));
    CHECK(QString::fromUtf8(icalcomponent_get_location(event)).contains(QStringLiteral("12 Harbor Street")));
    icalcomponent_free(calendar);

    const QByteArray mail = buildReminderMail(
        text, QStringLiteral("reminders@clinic.example"), QStringLiteral("ana@example.org"), 9, now);
    CHECK(test::mailHeader(mail, "message-id") == "<reminder-9@clinic.example>");
    const QList<test::MailPart> parts = test::mailParts(mail);
    REQUIRE(parts.size() == 2);
    CHECK(parts[0].contentType.startsWith("text/plain"));
    CHECK(QString::fromUtf8(parts[0].body).trimmed() == text.body);
    CHECK(parts[1].contentType.startsWith("text/calendar"));
    CHECK(parts[1].body == text.calendar);
}
