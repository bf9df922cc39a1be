// The stories of the domain primer at the check-in desk, each through the core and through chairside-cli.

#include "checkin/checkinservice.h"
#include "checkinhelpers.h"
#include "cli/commandline.h"
#include "common/error.h"
#include "scheduling/centertime.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace chairside;
using test::Fixture;

namespace {

const QDate kTuesday(2026, 12, 1);

QJsonObject object(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toObject();
}

} // namespace

TEST_CASE("The walk-in: no appointment today, refused politely and shown the next booked one")
{
    Fixture f;
    const qint64 friday = test::bookReady(f, f.maria, f.infliximab, QDate(2026, 12, 4), 10, 0);
    f.clock.set(f.local(kTuesday, 10, 0));

    SECTION("core")
    {
        CheckInService service(f.store, f.clock);
        const Decision d = service.checkIn(test::byMrn(f, f.maria), test::userNamed(f, "desk"));
        REQUIRE(d.outcome == Outcome::Reschedule);
        REQUIRE(d.codes() == QList<ReasonCode> {ReasonCode::NoAppointmentToday});
        CHECK_FALSE(d.appointment);
        REQUIRE(d.nextAppointment);
        CHECK(d.nextAppointment->id == friday);
        CHECK(d.reasons.first().message.contains(
            QLatin1String("You are booked for Friday 4 December at 10:00")));
        CHECK_FALSE(d.freeSlots.isEmpty());
        // Nothing of Friday's was touched, and no dose was counted.
        CHECK(f.store.appointment(friday)->status == AppointmentStatus::Booked);
        CHECK(f.store.orders(f.maria.id, f.infliximab.id).first().dosesUsed == 2);
    }
    SECTION("cli")
    {
        const QJsonObject json = test::runCli(f, QStringLiteral("2026-12-01T10:00"),
            {QStringLiteral("--user"), QStringLiteral("desk"), QStringLiteral("checkin"),
                QStringLiteral("--mrn"), QStringLiteral("M0001"), QStringLiteral("--dob"),
                QStringLiteral("1961-03-04")});
        CHECK(json.value(QLatin1String("outcome")).toString() == QLatin1String("reschedule"));
        CHECK(test::jsonCodes(json) == QStringList {QStringLiteral("NO_APPOINTMENT_TODAY")});
        CHECK(json.value(QLatin1String("appointment")).isNull());
        const QJsonObject next = object(json, "next_appointment");
        CHECK(next.value(QLatin1String("id")).toInteger() == friday);
        CHECK(next.value(QLatin1String("start")).toString() == QLatin1String("2026-12-04T10:00:00-05:00"));
        const QJsonArray offered = json.value(QLatin1String("slots")).toArray();
        REQUIRE_FALSE(offered.isEmpty());
        for (const QJsonValue slot : offered) {
            CHECK(slot.toObject().value(QLatin1String("start")).toString().endsWith(QLatin1String("-05:00")));
            CHECK_FALSE(slot.toObject().value(QLatin1String("chair")).toString().isEmpty());
        }
    }
    SECTION("a walk-in with nothing booked is routed to booking")
    {
        const Patient liam = test::addPatient(f, QStringLiteral("M0002"), QStringLiteral("Liam"),
            QStringLiteral("O'Brien"), QDate(1975, 6, 30), f.vedolizumab);
        CheckInService service(f.store, f.clock);
        const Decision d = service.evaluate(test::byName(f, liam));
        REQUIRE(d.outcome == Outcome::Reschedule);
        REQUIRE(d.codes() == QList<ReasonCode> {ReasonCode::NoAppointmentToday});
        CHECK_FALSE(d.nextAppointment);
        CHECK(d.reasons.first().message.contains(QLatin1String("no appointment booked")));
        CHECK(d.identifiers == QLatin1String("name+dob"));
    }
}

TEST_CASE("A walk-in with no order to book from is told the prescriber's next step, not a booking")
{
    Fixture f;
    f.clock.set(f.local(kTuesday, 10, 0));
    CheckInService service(f.store, f.clock);

    SECTION("no order on file: the prescriber must send one")
    {
        Patient ruth;
        ruth.mrn = QStringLiteral("M0300");
        ruth.firstName = QStringLiteral("Ruth");
        ruth.lastName = QStringLiteral("Ndiaye");
        ruth.dateOfBirth = QDate(1958, 7, 14);
        ruth.id = f.store.addPatient(ruth);
        const Decision d = service.evaluate(test::byName(f, ruth));
        REQUIRE(d.codes() == QList<ReasonCode> {ReasonCode::NoAppointmentToday});
        const QString &message = d.reasons.first().message;
        CHECK_FALSE(message.contains(QLatin1String("will book")));
        CHECK(message.contains(QLatin1String("the desk cannot book without one")));
        CHECK(message.contains(QLatin1String("your prescriber must send us an order")));
    }
    SECTION("the only order has lapsed: the prescriber must renew it")
    {
        test::Paperwork lapsed;
        lapsed.orderFrom = QDate(2026, 1, 1);
        lapsed.orderTo = QDate(2026, 11, 30);
        const Patient liam = test::addPatient(f, QStringLiteral("M0002"), QStringLiteral("Liam"),
            QStringLiteral("O'Brien"), QDate(1975, 6, 30), f.vedolizumab, lapsed);
        const Decision d = service.evaluate(test::byName(f, liam));
        const QString &message = d.reasons.first().message;
        CHECK_FALSE(message.contains(QLatin1String("will book")));
        CHECK(message.contains(QLatin1String("your prescriber must renew it")));
    }
}

TEST_CASE("The wrong Wednesday: booked for next week, sent home with the right date")
{
    Fixture f;
    const qint64 booked = test::bookReady(f, f.maria, f.infliximab, QDate(2026, 12, 9), 10, 0);
    f.clock.set(f.local(QDate(2026, 12, 2), 9, 50));

    SECTION("core")
    {
        CheckInService service(f.store, f.clock);
        const Decision d = service.checkIn(test::byName(f, f.maria), test::userNamed(f, "desk"));
        REQUIRE(d.outcome == Outcome::Reschedule);
        REQUIRE(d.codes() == QList<ReasonCode> {ReasonCode::NoAppointmentToday});
        CHECK(d.reasons.first().message.contains(
            QLatin1String("You are booked for Wednesday 9 December at 10:00; please come back then.")));
        REQUIRE(d.nextAppointment);
        CHECK(d.nextAppointment->id == booked);
        // The authorization and the dose stay with next week's appointment.
        CHECK(f.store.authorizations(f.maria.id, f.infliximab.id).first().visitsUsed == 1);
        CHECK(f.store.appointment(booked)->prep == PrepState::Ready);
        CHECK(f.store.appointment(booked)->status == AppointmentStatus::Booked);
    }
    SECTION("cli, in words")
    {
        const cli::Result result = cli::execute({QStringLiteral("chairside-cli"), QStringLiteral("--db"),
            f.temp.path(), QStringLiteral("--at"), QStringLiteral("2026-12-02T09:50"),
            QStringLiteral("checkin"), QStringLiteral("--name"), QStringLiteral("Alvarez, Maria"),
            QStringLiteral("--dob"), QStringLiteral("03/04/1961"), QStringLiteral("--dry-run")});
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        CHECK(result.out.startsWith(QLatin1String("RESCHEDULE\n")));
        CHECK(result.out.contains(QLatin1String("Wednesday 9 December at 10:00")));
        CHECK(result.out.contains(QLatin1String("nothing was recorded")));
    }
    SECTION("cli, json")
    {
        const QJsonObject json = test::runCli(f, QStringLiteral("2026-12-02T09:50"),
            {QStringLiteral("checkin"), QStringLiteral("--name"), QStringLiteral("Alvarez, Maria"),
                QStringLiteral("--dob"), QStringLiteral("1961-03-04")});
        CHECK(json.value(QLatin1String("outcome")).toString() == QLatin1String("reschedule"));
        CHECK(object(json, "next_appointment").value(QLatin1String("start")).toString()
            == QLatin1String("2026-12-09T10:00:00-05:00"));
        CHECK(json.value(QLatin1String("identifiers")).toString() == QLatin1String("name+dob"));
    }
}

TEST_CASE("The traffic jam: late beyond grace loses the slot, within grace is admitted with a note")
{
    Fixture f;
    const qint64 id = test::bookReady(f, f.maria, f.infliximab, kTuesday, 10, 0);

    SECTION("beyond grace, core: rescheduled, slots offered after the pharmacy's lead time")
    {
        f.clock.set(f.local(kTuesday, 10, 40));
        CheckInService service(f.store, f.clock);
        const Decision d = service.checkIn(test::byMrn(f, f.maria), test::userNamed(f, "desk"));
        REQUIRE(d.outcome == Outcome::Reschedule);
        REQUIRE(d.codes() == QList<ReasonCode> {ReasonCode::LateBeyondGrace});
        CHECK(d.reasons.first().message.contains(QLatin1String("10:00")));
        REQUIRE_FALSE(d.freeSlots.isEmpty());
        for (const Slot &slot : d.freeSlots)
            CHECK(
                slot.startUtc >= f.clock.nowUtc().addSecs(qint64(f.center.policy.pharmacyLeadHours) * 3600));
        CHECK(f.store.appointment(id)->status == AppointmentStatus::Booked);
        const auto records = f.store.checkInDecisions(id);
        REQUIRE(records.size() == 1);
        CHECK(records.first().outcome == QLatin1String("reschedule"));
        CHECK(records.first().reasons == QStringList {QStringLiteral("LATE_BEYOND_GRACE")});
    }
    SECTION("beyond grace, cli")
    {
        const QJsonObject json = test::runCli(f, QStringLiteral("2026-12-01T10:40"),
            {QStringLiteral("--user"), QStringLiteral("desk"), QStringLiteral("checkin"),
                QStringLiteral("--mrn"), QStringLiteral("M0001"), QStringLiteral("--dob"),
                QStringLiteral("1961-03-04")});
        CHECK(json.value(QLatin1String("outcome")).toString() == QLatin1String("reschedule"));
        CHECK(test::jsonCodes(json) == QStringList {QStringLiteral("LATE_BEYOND_GRACE")});
        CHECK(object(json, "appointment").value(QLatin1String("id")).toInteger() == id);
        CHECK(object(json, "appointment").value(QLatin1String("start")).toString()
            == QLatin1String("2026-12-01T10:00:00-05:00"));
        CHECK_FALSE(json.value(QLatin1String("slots")).toArray().isEmpty());
    }
    SECTION("within grace, core: admitted with the note")
    {
        f.clock.set(f.local(kTuesday, 10, 10));
        CheckInService service(f.store, f.clock);
        const Decision d = service.checkIn(test::byMrn(f, f.maria), test::userNamed(f, "desk"));
        REQUIRE(d.outcome == Outcome::Admit);
        REQUIRE(d.codes() == QList<ReasonCode> {ReasonCode::LateWithinGrace});
        CHECK(d.reasons.first().message.contains(QLatin1String("10 minutes late")));
        CHECK(d.freeSlots.isEmpty());
        CHECK(f.store.appointment(id)->status == AppointmentStatus::CheckedIn);
    }
    SECTION("within grace, cli")
    {
        const QJsonObject json = test::runCli(f, QStringLiteral("2026-12-01T10:10"),
            {QStringLiteral("--user"), QStringLiteral("desk"), QStringLiteral("checkin"),
                QStringLiteral("--mrn"), QStringLiteral("M0001"), QStringLiteral("--dob"),
                QStringLiteral("1961-03-04")});
        CHECK(json.value(QLatin1String("outcome")).toString() == QLatin1String("admit"));
        CHECK(test::jsonCodes(json) == QStringList {QStringLiteral("LATE_WITHIN_GRACE")});
        CHECK(object(json, "appointment").value(QLatin1String("chair")).toString() == QLatin1String("1"));
        CHECK(object(json, "appointment").value(QLatin1String("status")).toString()
            == QLatin1String("checked-in"));
    }
}

TEST_CASE("The lapsed script renewal: no valid order, cannot admit, the prescriber must renew")
{
    Fixture f;
    test::Paperwork lapsed;
    lapsed.orderTo = QDate(2026, 11, 30);
    const Patient ana = test::addPatient(f, QStringLiteral("M0003"), QStringLiteral("Ana"),
        QStringLiteral("Nguyen-Tran"), QDate(1988, 1, 2), f.infliximab, lapsed);
    const qint64 id = test::bookReady(f, ana, f.infliximab, kTuesday, 10, 0);
    f.clock.set(f.local(kTuesday, 9, 50));

    SECTION("core")
    {
        CheckInService service(f.store, f.clock);
        const Decision d = service.checkIn(test::byMrn(f, ana), test::userNamed(f, "desk"));
        REQUIRE(d.outcome == Outcome::Reschedule);
        REQUIRE(d.codes() == QList<ReasonCode> {ReasonCode::OrderExpired});
        CHECK(d.reasons.first().message.contains(QLatin1String("30 November")));
        CHECK(d.reasons.first().message.contains(QLatin1String("renew")));
        REQUIRE(d.readiness.size() == 4);
        CHECK_FALSE(d.readiness[0].ok);
        CHECK(d.readiness[1].ok);
        // No slot can be offered before the prescriber renews.
        CHECK(d.freeSlots.isEmpty());
        CHECK(f.store.appointment(id)->status == AppointmentStatus::Booked);
    }
    SECTION("cli")
    {
        const QJsonObject json = test::runCli(f, QStringLiteral("2026-12-01T09:50"),
            {QStringLiteral("checkin"), QStringLiteral("--name"), QStringLiteral("Nguyen-Tran, Ana"),
                QStringLiteral("--dob"), QStringLiteral("1988-01-02")});
        CHECK(json.value(QLatin1String("outcome")).toString() == QLatin1String("reschedule"));
        CHECK(test::jsonCodes(json) == QStringList {QStringLiteral("ORDER_EXPIRED")});
        const QJsonArray readiness = json.value(QLatin1String("readiness")).toArray();
        REQUIRE(readiness.size() == 4);
        CHECK(readiness[0].toObject().value(QLatin1String("item")).toString() == QLatin1String("order"));
        CHECK_FALSE(readiness[0].toObject().value(QLatin1String("ok")).toBool());
    }
}

TEST_CASE("The dose not ready: the patient waits, and is admitted once the pharmacy is done")
{
    Fixture f;
    const qint64 id = f.book(f.maria, f.infliximab, kTuesday, 10, 0); // compounded, not ready yet
    f.clock.set(f.local(kTuesday, 9, 45));

    SECTION("core")
    {
        CheckInService service(f.store, f.clock);
        const Decision d = service.checkIn(test::byMrn(f, f.maria), test::userNamed(f, "desk"));
        REQUIRE(d.outcome == Outcome::Wait);
        REQUIRE(d.codes() == QList<ReasonCode> {ReasonCode::MedicationNotReady});
        CHECK(f.store.appointment(id)->status == AppointmentStatus::Arrived);

        // The pharmacy finishes at 10:02; at 10:20 the patient, here since 09:45, is not late.
        f.store.setPrep(id, PrepState::Ready, f.local(kTuesday, 10, 2));
        f.clock.set(f.local(kTuesday, 10, 20));
        const Decision then = service.checkIn(test::byMrn(f, f.maria), test::userNamed(f, "desk"));
        REQUIRE(then.outcome == Outcome::Admit);
        CHECK(then.reasons.isEmpty());
        CHECK(f.store.appointment(id)->status == AppointmentStatus::CheckedIn);
        // Arrived once, checked in once.
        const auto history = f.store.history(id);
        REQUIRE(history.size() == 3);
        CHECK(history[1].to == AppointmentStatus::Arrived);
        CHECK(history[2].to == AppointmentStatus::CheckedIn);
    }
    SECTION("cli")
    {
        const QJsonObject json = test::runCli(f, QStringLiteral("2026-12-01T09:45"),
            {QStringLiteral("--user"), QStringLiteral("desk"), QStringLiteral("checkin"),
                QStringLiteral("--mrn"), QStringLiteral("M0001"), QStringLiteral("--dob"),
                QStringLiteral("1961-03-04")});
        CHECK(json.value(QLatin1String("outcome")).toString() == QLatin1String("wait"));
        CHECK(test::jsonCodes(json) == QStringList {QStringLiteral("MEDICATION_NOT_READY")});
        CHECK(object(json, "appointment").value(QLatin1String("status")).toString()
            == QLatin1String("arrived"));
    }
}

TEST_CASE("Identity: a mismatch identifies nobody, the two identifiers that matched are recorded")
{
    Fixture f;
    const qint64 id = test::bookReady(f, f.maria, f.infliximab, kTuesday, 10, 0);
    f.clock.set(f.local(kTuesday, 9, 50));
    CheckInService service(f.store, f.clock);

    SECTION("core")
    {
        CheckInRequest wrong = test::byMrn(f, f.maria);
        wrong.dateOfBirth = QDate(1961, 4, 3);
        const Decision refused = service.checkIn(wrong, test::userNamed(f, "desk"));
        REQUIRE(refused.outcome == Outcome::Unidentified);
        REQUIRE(refused.codes() == QList<ReasonCode> {ReasonCode::IdentityMismatch});
        CHECK_FALSE(refused.patient);
        CHECK(refused.freeSlots.isEmpty());
        CHECK(f.store.appointment(id)->status == AppointmentStatus::Booked);

        const Decision admitted = service.checkIn(test::byName(f, f.maria), test::userNamed(f, "desk"));
        REQUIRE(admitted.outcome == Outcome::Admit);
        const auto records = f.store.checkInDecisions(id);
        REQUIRE(records.size() == 1);
        CHECK(records.first().identifiers == QLatin1String("name+dob"));
        CHECK(records.first().user == QLatin1String("desk"));
        CHECK(records.first().chairId == f.chairs[0].id);
        CHECK(records.first().patientId == f.maria.id);
    }
    SECTION("cli")
    {
        const QJsonObject refused = test::runCli(f, QStringLiteral("2026-12-01T09:50"),
            {QStringLiteral("checkin"), QStringLiteral("--mrn"), QStringLiteral("M0001"),
                QStringLiteral("--dob"), QStringLiteral("1961-04-03")});
        CHECK(refused.value(QLatin1String("outcome")).toString() == QLatin1String("unidentified"));
        CHECK(test::jsonCodes(refused) == QStringList {QStringLiteral("IDENTITY_MISMATCH")});
        CHECK(refused.value(QLatin1String("patient")).isNull());

        const QJsonObject admitted = test::runCli(f, QStringLiteral("2026-12-01T09:50"),
            {QStringLiteral("checkin"), QStringLiteral("--mrn"), QStringLiteral("M0001"),
                QStringLiteral("--dob"), QStringLiteral("1961-03-04")});
        CHECK(admitted.value(QLatin1String("outcome")).toString() == QLatin1String("admit"));
        CHECK(admitted.value(QLatin1String("identifiers")).toString() == QLatin1String("mrn+dob"));
        CHECK(f.store.checkInDecisions(id).first().identifiers == QLatin1String("mrn+dob"));
    }
    SECTION("two patients share a name and birthday: the desk must ask for the MRN")
    {
        const Patient twin = test::addPatient(f, QStringLiteral("M0777"), QStringLiteral("María"),
            QStringLiteral("Álvarez"), f.maria.dateOfBirth, f.infliximab);
        REQUIRE(twin.id != f.maria.id);
        const Decision d = service.evaluate(test::byName(f, f.maria));
        REQUIRE(d.outcome == Outcome::Unidentified);
        REQUIRE(d.codes() == QList<ReasonCode> {ReasonCode::IdentityAmbiguous});
        REQUIRE(service.evaluate(test::byMrn(f, f.maria)).outcome == Outcome::Admit);
    }
    SECTION("no second identifier, no decision")
    {
        CheckInRequest nameOnly = test::byName(f, f.maria);
        nameOnly.dateOfBirth = QDate();
        CHECK_THROWS_AS(service.evaluate(nameOnly), Error);
        test::runCli(f, QStringLiteral("2026-12-01T09:50"),
            {QStringLiteral("checkin"), QStringLiteral("--mrn"), QStringLiteral("M0001")}, cli::ExitUsage);
    }
}

TEST_CASE("A daylight-saving day: the hour that repeats does not shift the early window or the times shown")
{
    Fixture f;
    // Sunday 1 November 2026: New York falls back from 02:00 EDT to 01:00 EST. This center opens Sundays.
    f.center.hours = OpeningHours::parse(
        QStringLiteral("mon-fri 07:00-19:00; thu 07:00-21:00; sat 08:00-14:00; sun 08:00-14:00"));
    f.store.updateCenter(f.center);
    const QDate sunday(2026, 11, 1);
    f.clock.set(f.local(QDate(2026, 10, 30), 12, 0));
    const Patient ruth = test::addPatient(f, QStringLiteral("M0010"), QStringLiteral("Ruth"),
        QStringLiteral("Kim"), QDate(1950, 11, 1), f.infliximab);
    const qint64 id = test::bookReady(f, ruth, f.infliximab, sunday, 9, 0);
    REQUIRE(f.store.appointment(id)->startUtc == QDateTime(sunday, QTime(14, 0), QTimeZone::utc()));
    CheckInService service(f.store, f.clock);

    SECTION("core")
    {
        // 12:55Z is 07:55 EST, 65 minutes early. Read with the morning's EDT offset it would be 08:55 and
        // pass: the early window must be measured in real minutes.
        f.clock.set(QDateTime(sunday, QTime(12, 55), QTimeZone::utc()));
        const Decision early = service.evaluate(test::byMrn(f, ruth));
        REQUIRE(early.outcome == Outcome::Wait);
        REQUIRE(early.codes() == QList<ReasonCode> {ReasonCode::TooEarly});
        CHECK(early.reasons.first().message.contains(QLatin1String("today at 09:00")));
        CHECK(early.reasons.first().message.contains(QLatin1String("08:00")));

        f.clock.set(f.local(sunday, 8, 5));
        const Decision admitted = service.checkIn(test::byMrn(f, ruth), test::userNamed(f, "desk"));
        REQUIRE(admitted.outcome == Outcome::Admit);
        CHECK(admitted.reasons.isEmpty());
        CHECK(f.store.appointment(id)->status == AppointmentStatus::CheckedIn);
    }
    SECTION("cli")
    {
        const QJsonObject json = test::runCli(f, QStringLiteral("2026-11-01T09:10"),
            {QStringLiteral("checkin"), QStringLiteral("--mrn"), QStringLiteral("M0010"),
                QStringLiteral("--dob"), QStringLiteral("1950-11-01"), QStringLiteral("--dry-run")});
        CHECK(json.value(QLatin1String("outcome")).toString() == QLatin1String("admit"));
        CHECK(test::jsonCodes(json) == QStringList {QStringLiteral("LATE_WITHIN_GRACE")});
        CHECK(object(json, "appointment").value(QLatin1String("start")).toString()
            == QLatin1String("2026-11-01T09:00:00-05:00"));
        // A dry run writes nothing.
        CHECK(f.store.appointment(id)->status == AppointmentStatus::Booked);
        CHECK(f.store.checkInDecisions(id).isEmpty());
    }
}
