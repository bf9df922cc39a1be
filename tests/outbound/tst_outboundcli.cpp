// chairside-cli's outbound commands and exports, as scripts and the acceptance tests call them.

#include "checkinhelpers.h"
#include "cli/commandline.h"
#include "interop/fhirreader.h"
#include "interop/hl7ack.h"
#include "interop/hl7message.h"
#include "net/mllpserver.h"
#include "outbound/outboundsettings.h"
#include "outboundhelpers.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace chairside;
using test::Fixture;

namespace {

const QDate kTuesday(2026, 12, 1);

cli::Result run(Fixture &f, const QString &at, const QStringList &arguments)
{
    QStringList argv {
        QStringLiteral("chairside-cli"), QStringLiteral("--db"), f.temp.path(), QStringLiteral("--at"), at};
    argv << arguments;
    return cli::execute(argv);
}

QStringList checkinArgs(const char *mrn, const char *dob)
{
    return {QStringLiteral("--user"), QStringLiteral("desk"), QStringLiteral("checkin"),
        QStringLiteral("--mrn"), QString::fromLatin1(mrn), QStringLiteral("--dob"), QString::fromLatin1(dob)};
}

} // namespace

TEST_CASE("interface outbound, queue, deliver and retry-outbound through chairside-cli")
{
    Fixture f;
    QTemporaryDir dir;
    const QString outbox = dir.filePath(QStringLiteral("outbox"));
    const qint64 id = test::bookReady(f, f.maria, f.infliximab, kTuesday, 10, 0);
    const QString at = QStringLiteral("2026-12-01T09:50");

    // Shown before anything is set: off, the check-in only.
    QJsonObject shown = test::runCli(f, at, {QStringLiteral("interface"), QStringLiteral("outbound")});
    CHECK(shown.value(QStringLiteral("outbound")).toObject().value(QStringLiteral("enabled")) == false);
    CHECK(shown.value(QStringLiteral("outbound")).toObject().value(QStringLiteral("destination"))
        == QStringLiteral("none"));

    // Bad input names the field and writes nothing; only an admin may.
    test::runCli(f, at,
        {QStringLiteral("interface"), QStringLiteral("outbound"), QStringLiteral("--folder"), outbox,
            QStringLiteral("--events"), QStringLiteral("checked-in,booked")},
        3);
    test::runCli(f, at,
        {QStringLiteral("--user"), QStringLiteral("desk"), QStringLiteral("interface"),
            QStringLiteral("outbound"), QStringLiteral("--folder"), outbox},
        4);
    test::runCli(f, at,
        {QStringLiteral("interface"), QStringLiteral("outbound"), QStringLiteral("--folder"), outbox,
            QStringLiteral("--off")},
        2);
    CHECK_FALSE(OutboundSettings::load(f.store).enabled);

    const QJsonObject configured = test::runCli(f, at,
        {QStringLiteral("interface"), QStringLiteral("outbound"), QStringLiteral("--folder"), outbox,
            QStringLiteral("--events"), QStringLiteral("checked-in,arrived"),
            QStringLiteral("--sending-facility"), QStringLiteral("RIVERSIDE"),
            QStringLiteral("--receiving-application"), QStringLiteral("EPIC")});
    const QJsonObject settings = configured.value(QStringLiteral("outbound")).toObject();
    CHECK(settings.value(QStringLiteral("enabled")) == true);
    CHECK(settings.value(QStringLiteral("destination")) == QStringLiteral("folder"));
    CHECK(settings.value(QStringLiteral("folder")) == QDir(outbox).absolutePath());
    CHECK(settings.value(QStringLiteral("events")).toArray()
        == QJsonArray {QStringLiteral("checked-in"), QStringLiteral("arrived")});
    CHECK(settings.value(QStringLiteral("sending_facility")) == QStringLiteral("RIVERSIDE"));
    CHECK(settings.value(QStringLiteral("receiving_application")) == QStringLiteral("EPIC"));

    test::runCli(f, at, checkinArgs("M0001", "1961-03-04"));

    const QJsonObject listed = test::runCli(f, at, {QStringLiteral("interface"), QStringLiteral("queue")});
    const QJsonArray messages = listed.value(QStringLiteral("messages")).toArray();
    REQUIRE(messages.size() == 1);
    const QJsonObject m = messages.first().toObject();
    CHECK(m.keys()
        == QStringList {QStringLiteral("appointment"), QStringLiteral("attempts"), QStringLiteral("event"),
            QStringLiteral("id"), QStringLiteral("last_error"), QStringLiteral("next_attempt"),
            QStringLiteral("state"), QStringLiteral("type")});
    CHECK(m.value(QStringLiteral("id")).toInt() == 1);
    CHECK(m.value(QStringLiteral("event")) == QStringLiteral("checked-in"));
    CHECK(m.value(QStringLiteral("type")) == QStringLiteral("ADT^A04"));
    CHECK(m.value(QStringLiteral("appointment")).toInteger() == id);
    CHECK(m.value(QStringLiteral("state")) == QStringLiteral("queued"));
    CHECK(m.value(QStringLiteral("attempts")).toInt() == 0);
    // 09:50 in New York is 14:50 UTC.
    CHECK(m.value(QStringLiteral("next_attempt")) == QStringLiteral("2026-12-01T14:50:00Z"));
    CHECK(m.value(QStringLiteral("last_error")) == QString());
    test::runCli(f, at,
        {QStringLiteral("interface"), QStringLiteral("queue"), QStringLiteral("--state"),
            QStringLiteral("lost")},
        3);
    test::runCli(f, at,
        {QStringLiteral("--user"), QStringLiteral("desk"), QStringLiteral("interface"),
            QStringLiteral("queue")},
        4);

    const QJsonObject delivered = test::runCli(
        f, at, {QStringLiteral("interface"), QStringLiteral("deliver"), QStringLiteral("--once")});
    CHECK(delivered.value(QStringLiteral("sent")).toInt() == 1);
    CHECK(delivered.value(QStringLiteral("failed")).toInt() == 0);
    CHECK(delivered.value(QStringLiteral("waiting")).toInt() == 0);
    QFile file(QDir(outbox).filePath(QStringLiteral("CS00000001.hl7")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const Hl7Message written = Hl7Message::parse(file.readAll());
    CHECK(written.text("PID-3.1") == QStringLiteral("M0001"));
    CHECK(written.text("MSH-5") == QStringLiteral("EPIC"));

    const QJsonObject sent = test::runCli(f, at,
        {QStringLiteral("interface"), QStringLiteral("queue"), QStringLiteral("--state"),
            QStringLiteral("sent")});
    REQUIRE(sent.value(QStringLiteral("messages")).toArray().size() == 1);
    const QJsonObject sentMessage = sent.value(QStringLiteral("messages")).toArray().first().toObject();
    CHECK(sentMessage.value(QStringLiteral("attempts")).toInt() == 1);
    CHECK(sentMessage.value(QStringLiteral("next_attempt")) == QString());

    // A sent message is not sent again; an unknown one is not found.
    test::runCli(f, at,
        {QStringLiteral("interface"), QStringLiteral("retry-outbound"), QStringLiteral("--id"),
            QStringLiteral("1")},
        3);
    test::runCli(f, at,
        {QStringLiteral("interface"), QStringLiteral("retry-outbound"), QStringLiteral("--id"),
            QStringLiteral("99")},
        3);
    test::runCli(f, at,
        {QStringLiteral("interface"), QStringLiteral("retry-outbound"), QStringLiteral("--id"),
            QStringLiteral("x")},
        3);

    // A failed one is: the outbox is a plain file for a while.
    const QString blocked = dir.filePath(QStringLiteral("blocked"));
    {
        QFile plain(blocked);
        REQUIRE(plain.open(QIODevice::WriteOnly));
    }
    test::runCli(f, at,
        {QStringLiteral("interface"), QStringLiteral("outbound"), QStringLiteral("--folder"), blocked});
    const Patient liam = test::addPatient(f, QStringLiteral("M0002"), QStringLiteral("Liam"),
        QStringLiteral("O'Brien"), QDate(1975, 6, 30), f.infliximab);
    test::bookReady(f, liam, f.infliximab, kTuesday, 10, 0);
    test::runCli(f, at, checkinArgs("M0002", "1975-06-30"));
    const QJsonObject blockedRound = test::runCli(
        f, at, {QStringLiteral("interface"), QStringLiteral("deliver"), QStringLiteral("--once")});
    CHECK(blockedRound.value(QStringLiteral("failed")).toInt() == 1);
    CHECK(blockedRound.value(QStringLiteral("waiting")).toInt() == 1);
    CHECK(blockedRound.value(QStringLiteral("next_due")) == QStringLiteral("2026-12-01T14:50:30Z"));
    const QJsonObject failed = test::runCli(f, at,
        {QStringLiteral("interface"), QStringLiteral("queue"), QStringLiteral("--state"),
            QStringLiteral("failed")});
    REQUIRE(failed.value(QStringLiteral("messages")).toArray().size() == 1);
    const QJsonObject failedMessage = failed.value(QStringLiteral("messages")).toArray().first().toObject();
    CHECK(failedMessage.value(QStringLiteral("id")).toInt() == 2);
    CHECK(failedMessage.value(QStringLiteral("last_error")).toString().contains(QStringLiteral("blocked")));

    test::runCli(
        f, at, {QStringLiteral("interface"), QStringLiteral("outbound"), QStringLiteral("--folder"), outbox});
    const QJsonObject retried = test::runCli(f, at,
        {QStringLiteral("interface"), QStringLiteral("retry-outbound"), QStringLiteral("--id"),
            QStringLiteral("2")});
    CHECK(retried.value(QStringLiteral("message")).toObject().value(QStringLiteral("state"))
        == QStringLiteral("queued"));
    CHECK(retried.value(QStringLiteral("message")).toObject().value(QStringLiteral("next_attempt"))
        == QStringLiteral("2026-12-01T14:50:00Z"));
    CHECK(test::runCli(
              f, at, {QStringLiteral("interface"), QStringLiteral("deliver"), QStringLiteral("--once")})
              .value(QStringLiteral("sent"))
              .toInt()
        == 1);
    CHECK(QFile::exists(QDir(outbox).filePath(QStringLiteral("CS00000002.hl7"))));
}

TEST_CASE("interface deliver refuses without a destination")
{
    Fixture f;
    const QString at = QStringLiteral("2026-12-01T09:50");
    const cli::Result none
        = run(f, at, {QStringLiteral("interface"), QStringLiteral("deliver"), QStringLiteral("--once")});
    CHECK(none.exitCode == 3);
    CHECK(none.err.contains(QStringLiteral("No destination")));
}

TEST_CASE("interface deliver sends over MLLP to a listening receiver, and an AE answer leaves it refused")
{
    Fixture f;
    const QString at = QStringLiteral("2026-12-01T09:50");
    test::bookReady(f, f.maria, f.infliximab, kTuesday, 10, 0);

    // The receiver: an MLLP listener on this thread, answering each message with a real ACK, AA at
    // first and AE once told to.
    QList<QByteArray> received;
    bool refuse = false;
    MllpServer::Options options;
    options.port = 0;
    MllpServer receiver(options, [&](const QByteArray &bytes, const QHostAddress &) {
        received << bytes;
        Hl7Ack::Options ack;
        ack.controlId = QStringLiteral("R%1").arg(received.size());
        ack.nowUtc = QDateTime::currentDateTimeUtc();
        return Hl7Ack::build(Hl7Message::parse(bytes), refuse ? Hl7Ack::Code::Error : Hl7Ack::Code::Accept,
            ack, refuse ? QStringLiteral("Unknown patient") : QString());
    });
    REQUIRE(receiver.listen());

    test::runCli(f, at,
        {QStringLiteral("interface"), QStringLiteral("outbound"), QStringLiteral("--host"),
            QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(receiver.port())});
    test::runCli(f, at, checkinArgs("M0001", "1961-03-04"));

    const QJsonObject round = test::runCli(
        f, at, {QStringLiteral("interface"), QStringLiteral("deliver"), QStringLiteral("--once")});
    CHECK(round.value(QStringLiteral("sent")).toInt() == 1);
    REQUIRE(received.size() == 1);
    const Hl7Message sent = Hl7Message::parse(received.first());
    CHECK(sent.messageType() == QStringLiteral("ADT"));
    CHECK(sent.triggerEvent() == QStringLiteral("A04"));
    CHECK(sent.text("PID-3.1") == QStringLiteral("M0001"));
    const QJsonObject queue = test::runCli(f, at, {QStringLiteral("interface"), QStringLiteral("queue")});
    CHECK(queue.value(QStringLiteral("messages")).toArray().first().toObject().value(QStringLiteral("state"))
        == QStringLiteral("sent"));

    // A refusal: the receiver's words kept, the message left in the queue, refused.
    refuse = true;
    const Patient other = f.addReadyPatient(QStringLiteral("M0002"), QStringLiteral("Ken"),
        QStringLiteral("Ito"), QDate(1970, 5, 6), f.infliximab);
    test::bookReady(f, other, f.infliximab, kTuesday, 10, 0);
    test::runCli(f, at, checkinArgs("M0002", "1970-05-06"));
    const QJsonObject second = test::runCli(
        f, at, {QStringLiteral("interface"), QStringLiteral("deliver"), QStringLiteral("--once")});
    CHECK(second.value(QStringLiteral("refused")).toInt() == 1);
    REQUIRE(received.size() == 2);
    const QJsonObject refused = test::runCli(f, at,
        {QStringLiteral("interface"), QStringLiteral("queue"), QStringLiteral("--state"),
            QStringLiteral("refused")});
    const QJsonArray left = refused.value(QStringLiteral("messages")).toArray();
    REQUIRE(left.size() == 1);
    CHECK(left.first()
              .toObject()
              .value(QStringLiteral("last_error"))
              .toString()
              .contains(QStringLiteral("Unknown patient")));
}

TEST_CASE("export --fhir writes the day's Bundle, which reads back through the FHIR reader")
{
    Fixture f;
    const Patient liam = test::addPatient(f, QStringLiteral("M0002"), QStringLiteral("Liam"),
        QStringLiteral("O'Brien"), QDate(1975, 6, 30), f.infliximab);
    const qint64 maria = test::bookReady(f, f.maria, f.infliximab, kTuesday, 10, 0, &f.chairs[0]);
    const qint64 second = test::bookReady(f, liam, f.infliximab, kTuesday, 13, 30, &f.chairs[1]);
    test::bookReady(f, liam, f.infliximab, kTuesday.addDays(1), 10, 0); // another day: left out
    test::runCli(f, QStringLiteral("2026-12-01T09:50"), checkinArgs("M0001", "1961-03-04"));

    const cli::Result printed = run(f, QStringLiteral("2026-12-01T11:00"),
        {QStringLiteral("export"), QStringLiteral("--fhir"), QStringLiteral("--date"),
            QStringLiteral("2026-12-01")});
    INFO(printed.err.toStdString());
    REQUIRE(printed.exitCode == 0);
    const QJsonDocument document = QJsonDocument::fromJson(printed.out.toUtf8());
    REQUIRE(document.isObject());
    CHECK(document.object().value(QStringLiteral("resourceType")) == QStringLiteral("Bundle"));

    FhirReadOptions options;
    options.mrnSystem = QStringLiteral("urn:chairside:mrn");
    const FhirRead read = FhirReader::read(printed.out.toUtf8(), options);
    REQUIRE(read.ok());
    CHECK(read.bundleType == QStringLiteral("collection"));
    REQUIRE(read.patients.size() == 2);
    QStringList mrns {read.patients[0].mrn, read.patients[1].mrn};
    mrns.sort();
    CHECK(mrns == QStringList {QStringLiteral("M0001"), QStringLiteral("M0002")});
    REQUIRE(read.appointments.size() == 2);
    const InboundAppointment &first = read.appointments[0];
    CHECK(first.reference == QStringLiteral("Appointment/%1").arg(maria));
    REQUIRE(first.status);
    CHECK(*first.status == AppointmentStatus::CheckedIn);
    CHECK(first.startUtc == f.local(kTuesday, 10, 0));
    CHECK(read.appointments[1].reference == QStringLiteral("Appointment/%1").arg(second));
    CHECK(read.appointments[1].startUtc == f.local(kTuesday, 13, 30));
    CHECK(*read.appointments[1].status == AppointmentStatus::Booked);

    // To a file, with a short report.
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("day.json"));
    const QJsonObject written = test::runCli(f, QStringLiteral("2026-12-01T11:00"),
        {QStringLiteral("export"), QStringLiteral("--fhir"), QStringLiteral("--date"),
            QStringLiteral("2026-12-01"), QStringLiteral("--out"), out});
    CHECK(written.value(QStringLiteral("entries")).toInt()
        == read.patients.size() + read.appointments.size() + read.locations.size());
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(FhirReader::read(file.readAll(), options).appointments.size() == 2);

    // Without a format, or without a date, it is a usage error.
    CHECK(run(f, QStringLiteral("2026-12-01T11:00"),
              {QStringLiteral("export"), QStringLiteral("--date"), QStringLiteral("2026-12-01")})
              .exitCode
        == 2);
    CHECK(run(f, QStringLiteral("2026-12-01T11:00"), {QStringLiteral("export"), QStringLiteral("--fhir")})
              .exitCode
        == 2);
}

TEST_CASE("roster --csv writes a header row and one quoted row per appointment, the text roster unchanged")
{
    Fixture f;
    const Patient quoted = test::addPatient(f, QStringLiteral("M0003"), QStringLiteral("Ann \"Nan\""),
        QStringLiteral("Smith, Jones"), QDate(1950, 1, 2), f.infliximab);
    test::bookReady(f, quoted, f.infliximab, kTuesday, 9, 0, &f.chairs[0]);
    test::bookReady(f, f.maria, f.infliximab, kTuesday, 12, 0, &f.chairs[0]);
    const QString at = QStringLiteral("2026-12-01T08:00");
    const QStringList roster {
        QStringLiteral("roster"), QStringLiteral("--date"), QStringLiteral("2026-12-01")};

    const cli::Result csv = run(f, at, roster + QStringList {QStringLiteral("--csv")});
    INFO(csv.err.toStdString());
    REQUIRE(csv.exitCode == 0);
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"));
    REQUIRE(lines.size() == 4); // header, two rows, and the empty rest after the last CRLF
    CHECK(lines[0]
        == QStringLiteral(
            "date,chair,start,end,minutes,appointment,patient_id,patient,therapy,status,prep,rescheduled"));
    CHECK(lines[1].startsWith(QStringLiteral("2026-12-01,%1,09:00,").arg(f.chairs[0].label)));
    CHECK(lines[1].contains(QStringLiteral(",\"Smith, Jones, Ann \"\"Nan\"\"\",infliximab,booked,ready,no")));
    CHECK(lines[2].contains(QStringLiteral(",\"Alvarez, Maria\",")));
    CHECK(lines[3].isEmpty());

    // Without --csv the roster prints exactly what it printed before.
    const cli::Result text = run(f, at, roster);
    CHECK(text.exitCode == 0);
    CHECK(text.out.startsWith(QStringLiteral("Riverside Infusion Center, Tuesday 1 December 2026")));
    CHECK(run(f, at, roster + QStringList {QStringLiteral("--csv"), QStringLiteral("--json")}).exitCode == 2);
}
