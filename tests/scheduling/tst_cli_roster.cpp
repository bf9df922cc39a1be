#include "cli/commandline.h"
#include "fixture.h"
#include "model/prescriberorder.h"
#include "model/priorauthorization.h"
#include "scheduling/centertime.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace chairside;

namespace {

/// Runs chairside-cli in-process against the fixture's database at Tuesday 1 December 2026, 08:00.
cli::Result run(
    test::Fixture &f, QStringList arguments, const QString &at = QStringLiteral("2026-12-01T08:00"))
{
    arguments.prepend(at);
    arguments.prepend(QStringLiteral("--at"));
    arguments.prepend(f.temp.path());
    arguments.prepend(QStringLiteral("--db"));
    arguments.prepend(QStringLiteral("chairside-cli"));
    return cli::execute(arguments);
}

QJsonObject json(const cli::Result &result)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    INFO(result.out.toStdString() << result.err.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

QStringList starts(const QJsonObject &document)
{
    QStringList result;
    for (const QJsonValue slot : document.value(QStringLiteral("slots")).toArray())
        result << slot.toObject().value(QStringLiteral("start")).toString() + QLatin1Char('/')
                + slot.toObject().value(QStringLiteral("chair")).toString();
    return result;
}

const QDate kWednesday(2026, 12, 2);

} // namespace

TEST_CASE("CLI: slots for a patient and a therapy, as JSON and as text")
{
    test::Fixture f;
    f.book(f.maria, f.infliximab, kWednesday, 8, 0, &f.chairs[0]);

    const auto result = run(f,
        {QStringLiteral("--json"), QStringLiteral("slots"), QStringLiteral("--mrn"), QStringLiteral("M0001"),
            QStringLiteral("--therapy"), QStringLiteral("Remicade"), QStringLiteral("--count"),
            QStringLiteral("2")});
    REQUIRE(result.exitCode == 0);
    const QJsonObject document = json(result);
    REQUIRE(document.keys() == QStringList {QStringLiteral("slots")});
    // Maria's own 08:00 dose on Wednesday puts a new one seven weeks on (every 8 weeks, less a week), not
    // in the chair beside her.
    REQUIRE(starts(document)
        == QStringList {
            QStringLiteral("2027-01-20T08:00:00-05:00/1"), QStringLiteral("2027-01-20T08:15:00-05:00/1")});

    const auto text = run(f,
        {QStringLiteral("slots"), QStringLiteral("--mrn"), QStringLiteral("M0001"),
            QStringLiteral("--therapy"), QStringLiteral("infliximab"), QStringLiteral("--count"),
            QStringLiteral("1")});
    REQUIRE(text.exitCode == 0);
    REQUIRE(text.out == QStringLiteral("Wed 20 Jan 2027  08:00-10:00  chair 1\n"));
}

TEST_CASE("CLI: slots to move an appointment, from a day the patient asks for")
{
    test::Fixture f;
    const qint64 id = f.book(f.maria, f.infliximab, kWednesday, 8, 0, &f.chairs[0]);
    auto result = run(f,
        {QStringLiteral("--json"), QStringLiteral("slots"), QStringLiteral("--appointment"),
            QString::number(id), QStringLiteral("--count"), QStringLiteral("1")});
    REQUIRE(result.exitCode == 0);
    REQUIRE(starts(json(result)) == QStringList {QStringLiteral("2026-12-02T08:00:00-05:00/1")});

    result = run(f,
        {QStringLiteral("--json"), QStringLiteral("slots"), QStringLiteral("--appointment"),
            QString::number(id), QStringLiteral("--from"), QStringLiteral("2026-12-05"),
            QStringLiteral("--count"), QStringLiteral("3")});
    REQUIRE(starts(json(result))
        == QStringList {QStringLiteral("2026-12-05T08:00:00-05:00/1"),
            QStringLiteral("2026-12-05T08:15:00-05:00/1"), QStringLiteral("2026-12-05T08:30:00-05:00/1")});
}

TEST_CASE("CLI: slots explains why nothing can be offered, and refuses a muddled call")
{
    test::Fixture f;
    Patient p;
    p.mrn = QStringLiteral("M0200");
    p.firstName = QStringLiteral("Ravi");
    p.lastName = QStringLiteral("Menon");
    p.dateOfBirth = QDate(1966, 7, 7);
    p.id = f.store.addPatient(p);
    PrescriberOrder lapsed;
    lapsed.patientId = p.id;
    lapsed.therapyId = f.infliximab.id;
    lapsed.validFrom = QDate(2026, 1, 1);
    lapsed.validTo = QDate(2026, 11, 20);
    lapsed.dosesAuthorized = 6;
    f.store.addOrder(lapsed);

    auto result = run(f,
        {QStringLiteral("--json"), QStringLiteral("slots"), QStringLiteral("--mrn"), QStringLiteral("M0200"),
            QStringLiteral("--therapy"), QStringLiteral("infliximab")});
    REQUIRE(result.exitCode == 0);
    REQUIRE(json(result).value(QStringLiteral("slots")).toArray().isEmpty());
    result = run(f,
        {QStringLiteral("slots"), QStringLiteral("--mrn"), QStringLiteral("M0200"),
            QStringLiteral("--therapy"), QStringLiteral("infliximab")});
    REQUIRE(result.exitCode == 0);
    REQUIRE(result.out.contains(QStringLiteral("lapsed on 2026-11-20")));

    REQUIRE(run(f, {QStringLiteral("slots")}).exitCode == 2);
    REQUIRE(run(f,
                {QStringLiteral("slots"), QStringLiteral("--appointment"), QStringLiteral("1"),
                    QStringLiteral("--mrn"), QStringLiteral("M0001")})
                .exitCode
        == 2);
    result = run(f,
        {QStringLiteral("slots"), QStringLiteral("--mrn"), QStringLiteral("NOPE"),
            QStringLiteral("--therapy"), QStringLiteral("infliximab")});
    REQUIRE(result.exitCode == 3);
    REQUIRE(result.err.contains(QStringLiteral("[mrn]")));
}

TEST_CASE("CLI: reschedule replaces the appointment and prints the new one")
{
    test::Fixture f;
    const qint64 old = f.book(f.maria, f.infliximab, kWednesday, 10, 0);
    const auto result = run(f,
        {QStringLiteral("--json"), QStringLiteral("--user"), QStringLiteral("desk"),
            QStringLiteral("reschedule"), QStringLiteral("--appointment"), QString::number(old),
            QStringLiteral("--to"), QStringLiteral("2026-12-04T13:00"), QStringLiteral("--chair"),
            QStringLiteral("Suite A")});
    REQUIRE(result.exitCode == 0);
    const QJsonObject appointment = json(result).value(QStringLiteral("appointment")).toObject();
    REQUIRE(
        appointment.value(QStringLiteral("start")).toString() == QStringLiteral("2026-12-04T13:00:00-05:00"));
    REQUIRE(appointment.value(QStringLiteral("chair")).toString() == QStringLiteral("Suite A"));
    REQUIRE(appointment.value(QStringLiteral("replaces")).toInteger() == old);
    const qint64 id = appointment.value(QStringLiteral("id")).toInteger();
    REQUIRE(f.store.appointment(old)->status == AppointmentStatus::Cancelled);
    REQUIRE(f.store.replacementOf(old)->id == id);

    // Without --json the new id alone goes to stdout.
    const auto again = run(f,
        {QStringLiteral("reschedule"), QStringLiteral("--appointment"), QString::number(id),
            QStringLiteral("--to"), QStringLiteral("2026-12-04T15:00:00-05:00")});
    REQUIRE(again.exitCode == 0);
    REQUIRE(again.out.trimmed() == QString::number(f.store.replacementOf(id)->id));
}

TEST_CASE("CLI: reschedule inside the lead time is refused, naming --to, and nothing changes")
{
    test::Fixture f;
    const qint64 old = f.book(f.maria, f.infliximab, QDate(2026, 12, 4), 10, 0);
    const auto result = run(f,
        {QStringLiteral("--json"), QStringLiteral("reschedule"), QStringLiteral("--appointment"),
            QString::number(old), QStringLiteral("--to"), QStringLiteral("2026-12-01T15:00")});
    REQUIRE(result.exitCode == 3);
    const QJsonObject error = json(result).value(QStringLiteral("error")).toObject();
    REQUIRE(error.value(QStringLiteral("field")).toString() == QStringLiteral("to"));
    REQUIRE(error.value(QStringLiteral("kind")).toString() == QStringLiteral("refused"));
    REQUIRE(f.store.appointment(old)->status == AppointmentStatus::Booked);
    REQUIRE(
        run(f, {QStringLiteral("reschedule"), QStringLiteral("--appointment"), QString::number(old)}).exitCode
        == 2);
}

TEST_CASE("CLI: the roster of a day, as JSON and as a table")
{
    test::Fixture f;
    const qint64 maria = f.book(f.maria, f.infliximab, kWednesday, 10, 0, &f.chairs[0]);
    const auto liam = f.addReadyPatient(QStringLiteral("M0002"), QStringLiteral("Liam"),
        QStringLiteral("O'Brien"), QDate(1975, 6, 30), f.vedolizumab);
    const qint64 liamId = f.book(liam, f.vedolizumab, kWednesday, 9, 0, &f.chairs[1]);
    f.store.changeStatus(
        liamId, AppointmentStatus::Arrived, QStringLiteral("desk"), f.local(kWednesday, 8, 50));

    // No --date: today on the center's clock, taken from --at.
    auto result
        = run(f, {QStringLiteral("--json"), QStringLiteral("roster")}, QStringLiteral("2026-12-02T08:55"));
    REQUIRE(result.exitCode == 0);
    QJsonObject document = json(result);
    REQUIRE(document.value(QStringLiteral("date")).toString() == QStringLiteral("2026-12-02"));
    REQUIRE(document.value(QStringLiteral("center")).toString() == f.center.name);
    const QJsonArray chairs = document.value(QStringLiteral("chairs")).toArray();
    REQUIRE(chairs.size() == 5);
    REQUIRE(chairs[0].toObject().value(QStringLiteral("label")).toString() == QStringLiteral("1"));
    const QJsonObject first
        = chairs[0].toObject().value(QStringLiteral("appointments")).toArray().first().toObject();
    REQUIRE(first.value(QStringLiteral("id")).toInteger() == maria);
    REQUIRE(first.value(QStringLiteral("patient")).toString() == QStringLiteral("Alvarez, Maria"));
    REQUIRE(first.value(QStringLiteral("therapy")).toString() == QStringLiteral("infliximab"));
    REQUIRE(first.value(QStringLiteral("start")).toString() == QStringLiteral("2026-12-02T10:00:00-05:00"));
    REQUIRE(first.value(QStringLiteral("end")).toString() == QStringLiteral("2026-12-02T12:00:00-05:00"));
    REQUIRE(first.value(QStringLiteral("status")).toString() == QStringLiteral("booked"));
    REQUIRE(first.value(QStringLiteral("prep")).toString() == QStringLiteral("not-ready"));
    const QJsonObject counts = document.value(QStringLiteral("counts")).toObject();
    REQUIRE(counts.value(QStringLiteral("booked")).toInt() == 1);
    REQUIRE(counts.value(QStringLiteral("arrived")).toInt() == 1);
    REQUIRE(counts.value(QStringLiteral("in_chair")).toInt() == 0);
    REQUIRE(document.value(QStringLiteral("utilization")).toDouble() == Approx(150.0 / 3600.0));

    result = run(f, {QStringLiteral("roster"), QStringLiteral("--date"), QStringLiteral("2026-12-02")});
    REQUIRE(result.exitCode == 0);
    REQUIRE(result.out.contains(QStringLiteral("Wednesday 2 December 2026 (07:00-19:00)")));
    REQUIRE(result.out.contains(QStringLiteral("Chair 1\n  10:00-12:00  Alvarez, Maria")));
    REQUIRE(result.out.contains(QStringLiteral("Suite A\n  free all day")));
    REQUIRE(result.out.contains(QStringLiteral("Booked 1, arrived 1, checked in and waiting 0, in chair 0")));

    // Sunday is closed and empty.
    document = json(run(f,
        {QStringLiteral("--json"), QStringLiteral("roster"), QStringLiteral("--date"),
            QStringLiteral("2026-12-06")}));
    REQUIRE(document.value(QStringLiteral("utilization")).toDouble() == 0.0);
    REQUIRE(document.value(QStringLiteral("hours")).toArray().isEmpty());
    REQUIRE(run(f, {QStringLiteral("roster"), QStringLiteral("--date"), QStringLiteral("someday")}).exitCode
        == 3);
}
