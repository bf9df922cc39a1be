// What happens after the decision: the admission, overrides, the no-show sweep, the nurse's start and
// complete, and the appointment's history; through the core and through chairside-cli.

#include "checkin/checkinengine.h"
#include "checkin/checkinloader.h"
#include "checkin/checkinservice.h"
#include "checkin/noshowsweep.h"
#include "checkinhelpers.h"
#include "cli/commandline.h"
#include "common/error.h"
#include "store/database.h"

#include <QJsonArray>

#include <catch2/catch.hpp>
#include <functional>

using namespace chairside;
using test::Fixture;

namespace {

const QDate kTuesday(2026, 12, 1);

Error::Kind failureKind(const std::function<void()> &action)
{
    try {
        action();
    } catch (const Error &error) {
        return error.kind();
    }
    FAIL("the action was not refused");
    return Error::Kind::Store;
}

int dosesUsed(Fixture &f, const Patient &p, const Therapy &t)
{
    return f.store.orders(p.id, t.id).first().dosesUsed;
}

int visitsUsed(Fixture &f, const Patient &p, const Therapy &t)
{
    return f.store.authorizations(p.id, t.id).first().visitsUsed;
}

QStringList checkinArgs(const char *user, const char *mrn, const char *dob)
{
    return {QStringLiteral("--user"), QString::fromLatin1(user), QStringLiteral("checkin"),
        QStringLiteral("--mrn"), QString::fromLatin1(mrn), QStringLiteral("--dob"), QString::fromLatin1(dob)};
}

} // namespace

TEST_CASE("Admission is one transaction: status, chair, dose, visit and the decision together")
{
    Fixture f;
    // Liam's infusion before Maria's, in the chair she is booked in: 08:30-10:30 in chair 2.
    const Patient liam = test::addPatient(f, QStringLiteral("M0002"), QStringLiteral("Liam"),
        QStringLiteral("O'Brien"), QDate(1975, 6, 30), f.infliximab);
    const qint64 before = test::bookReady(f, liam, f.infliximab, kTuesday, 8, 30, &f.chairs[1]);
    const qint64 id = test::bookReady(f, f.maria, f.infliximab, kTuesday, 10, 30, &f.chairs[1]);
    f.clock.set(f.local(kTuesday, 10, 20));
    CheckInService service(f.store, f.clock);

    SECTION("everything is written")
    {
        const Decision d = service.checkIn(test::byMrn(f, f.maria), test::userNamed(f, "desk"));
        REQUIRE(d.outcome == Outcome::Admit);
        const auto a = f.store.appointment(id);
        CHECK(a->status == AppointmentStatus::CheckedIn);
        CHECK(a->checkedInAtUtc == f.clock.nowUtc());
        CHECK(a->chairId == f.chairs[1].id);
        CHECK(dosesUsed(f, f.maria, f.infliximab) == 3);
        CHECK(visitsUsed(f, f.maria, f.infliximab) == 2);
        const auto records = f.store.checkInDecisions(id);
        REQUIRE(records.size() == 1);
        CHECK(records.first().outcome == QLatin1String("admit"));
        CHECK(records.first().chairId == f.chairs[1].id);
    }
    SECTION("the booked chair still busy: another chair free for the whole infusion is assigned")
    {
        // Liam's infusion began late, at 08:45, and runs to 10:45.
        f.store.changeStatus(
            before, AppointmentStatus::CheckedIn, QStringLiteral("desk"), f.local(kTuesday, 8, 25));
        f.store.changeStatus(
            before, AppointmentStatus::InProgress, QStringLiteral("nurse"), f.local(kTuesday, 8, 45));
        const Decision d = service.checkIn(test::byMrn(f, f.maria), test::userNamed(f, "desk"));
        REQUIRE(d.outcome == Outcome::Admit);
        REQUIRE(d.chair);
        CHECK(d.chair->id == f.chairs[0].id);
        CHECK(f.store.appointment(id)->chairId == f.chairs[0].id);
        CHECK(f.store.checkInDecisions(id).first().chairId == f.chairs[0].id);
    }
    SECTION("a failure half-way leaves nothing behind")
    {
        // The last write of the admission fails, as a full disk would make it.
        test::failInsertsInto(
            f.store.database(), QStringLiteral("checkin_decision"), QStringLiteral("disk full"));
        REQUIRE(failureKind([&] { service.checkIn(test::byMrn(f, f.maria), test::userNamed(f, "desk")); })
            == Error::Kind::Store);
        CHECK(f.store.appointment(id)->status == AppointmentStatus::Booked);
        CHECK(dosesUsed(f, f.maria, f.infliximab) == 2);
        CHECK(visitsUsed(f, f.maria, f.infliximab) == 1);
        CHECK(f.store.history(id).size() == 1);
    }
}

TEST_CASE("Checking in twice is harmless: ALREADY_CHECKED_IN, one dose counted")
{
    Fixture f;
    const qint64 id = test::bookReady(f, f.maria, f.infliximab, kTuesday, 10, 0);
    f.clock.set(f.local(kTuesday, 9, 50));

    SECTION("core")
    {
        CheckInService service(f.store, f.clock);
        REQUIRE(
            service.checkIn(test::byMrn(f, f.maria), test::userNamed(f, "desk")).outcome == Outcome::Admit);
        f.clock.set(f.local(kTuesday, 9, 55));
        const Decision again = service.checkIn(test::byName(f, f.maria), test::userNamed(f, "desk"));
        REQUIRE(again.outcome == Outcome::Admit);
        REQUIRE(again.codes() == QList<ReasonCode> {ReasonCode::AlreadyCheckedIn});
        CHECK(again.reasons.first().message.contains(QLatin1String("09:50")));
        CHECK(dosesUsed(f, f.maria, f.infliximab) == 3);
        CHECK(visitsUsed(f, f.maria, f.infliximab) == 2);
        CHECK(f.store.checkInDecisions(id).size() == 1);
        CHECK(f.store.history(id).size() == 2);
    }
    SECTION("cli")
    {
        const QJsonObject first
            = test::runCli(f, QStringLiteral("2026-12-01T09:50"), checkinArgs("desk", "M0001", "1961-03-04"));
        CHECK(first.value(QLatin1String("outcome")).toString() == QLatin1String("admit"));
        const QJsonObject second
            = test::runCli(f, QStringLiteral("2026-12-01T09:52"), checkinArgs("desk", "M0001", "1961-03-04"));
        CHECK(test::jsonCodes(second) == QStringList {QStringLiteral("ALREADY_CHECKED_IN")});
        CHECK(second.value(QLatin1String("chair")).toString() == QLatin1String("1"));
        CHECK(dosesUsed(f, f.maria, f.infliximab) == 3);
        CHECK(f.store.checkInDecisions(id).size() == 1);
    }
}

TEST_CASE("Stale eligibility: the patient waits, and only an admin may override with a reason")
{
    Fixture f;
    test::Paperwork stale;
    stale.eligibilityAgeDays = 45;
    const Patient omar = test::addPatient(f, QStringLiteral("M0005"), QStringLiteral("Omar"),
        QStringLiteral("Haddad"), QDate(1969, 9, 9), f.vedolizumab, stale);
    const qint64 id = test::bookReady(f, omar, f.vedolizumab, kTuesday, 11, 0);
    f.clock.set(f.local(kTuesday, 10, 50));

    SECTION("core")
    {
        CheckInService service(f.store, f.clock);
        const Decision d = service.checkIn(test::byMrn(f, omar), test::userNamed(f, "desk"));
        REQUIRE(d.outcome == Outcome::Wait);
        REQUIRE(d.codes() == QList<ReasonCode> {ReasonCode::EligibilityStale});
        CHECK(d.reasons.first().message.contains(QLatin1String("verify")));
        CHECK(f.store.appointment(id)->status == AppointmentStatus::Arrived);

        const QList<ReasonCode> codes {ReasonCode::EligibilityStale};
        CHECK(failureKind([&] {
            service.override(id, codes, QStringLiteral("payer portal down"), test::userNamed(f, "nurse"));
        }) == Error::Kind::Forbidden);
        CHECK(failureKind([&] {
            service.override(id, codes, QStringLiteral("   "), test::userNamed(f, "admin"));
        }) == Error::Kind::BadData);
        CHECK(f.store.checkInOverrides(id).isEmpty());

        f.clock.set(f.local(kTuesday, 10, 58));
        const Decision admitted = service.override(id, codes,
            QStringLiteral("Payer portal down; coverage confirmed by phone, ref 4471"),
            test::userNamed(f, "admin"));
        REQUIRE(admitted.outcome == Outcome::Admit);
        REQUIRE(admitted.reasons.size() == 1);
        CHECK(admitted.reasons.first().overridden);
        CHECK(f.store.appointment(id)->status == AppointmentStatus::CheckedIn);
        CHECK(dosesUsed(f, omar, f.vedolizumab) == 3);
        const auto overrides = f.store.checkInOverrides(id);
        REQUIRE(overrides.size() == 1);
        CHECK(overrides.first().code == QLatin1String("ELIGIBILITY_STALE"));
        CHECK(overrides.first().user == QLatin1String("admin"));
        CHECK(overrides.first().reason.contains(QLatin1String("ref 4471")));
        // Identifiers confirmed at the desk are what the admission records.
        CHECK(f.store.checkInDecisions(id).last().identifiers == QLatin1String("mrn+dob"));
    }
    SECTION("cli")
    {
        const QJsonObject wait
            = test::runCli(f, QStringLiteral("2026-12-01T10:50"), checkinArgs("desk", "M0005", "1969-09-09"));
        CHECK(wait.value(QLatin1String("outcome")).toString() == QLatin1String("wait"));
        const QStringList overrideArgs {QStringLiteral("override"), QStringLiteral("--appointment"),
            QString::number(id), QStringLiteral("--code"), QStringLiteral("ELIGIBILITY_STALE"),
            QStringLiteral("--reason"), QStringLiteral("coverage confirmed by phone")};
        test::runCli(f, QStringLiteral("2026-12-01T10:55"),
            QStringList {QStringLiteral("--user"), QStringLiteral("nurse")} + overrideArgs,
            cli::ExitForbidden);
        const QJsonObject admitted = test::runCli(f, QStringLiteral("2026-12-01T10:55"),
            QStringList {QStringLiteral("--user"), QStringLiteral("admin")} + overrideArgs);
        CHECK(admitted.value(QLatin1String("outcome")).toString() == QLatin1String("admit"));
        const QJsonObject history = test::runCli(f, QStringLiteral("2026-12-01T11:00"),
            {QStringLiteral("history"), QStringLiteral("--appointment"), QString::number(id)});
        const QJsonArray overrides = history.value(QLatin1String("overrides")).toArray();
        REQUIRE(overrides.size() == 1);
        CHECK(overrides[0].toObject().value(QLatin1String("user")).toString() == QLatin1String("admin"));
        CHECK(history.value(QLatin1String("decisions")).toArray().size() == 2);
    }
}

TEST_CASE("The nurse's late-arrival override: a chair free to the end before closing and a usable dose")
{
    Fixture f;
    const qint64 id = test::bookReady(f, f.maria, f.infliximab, kTuesday, 10, 0);
    f.clock.set(f.local(kTuesday, 10, 40));

    SECTION("core")
    {
        CheckInService service(f.store, f.clock);
        REQUIRE(service.checkIn(test::byMrn(f, f.maria), test::userNamed(f, "desk")).outcome
            == Outcome::Reschedule);
        const QList<ReasonCode> late {ReasonCode::LateBeyondGrace};
        CHECK(failureKind([&] {
            service.override(id, late, QStringLiteral("chair free"), test::userNamed(f, "desk"));
        }) == Error::Kind::Forbidden);
        // Nothing overrides the paperwork, whatever the role.
        CHECK(failureKind([&] {
            service.override(id, {ReasonCode::OrderExpired}, QStringLiteral("prescriber will fax"),
                test::userNamed(f, "admin"));
        }) == Error::Kind::Refused);

        const Decision d = service.override(id, late,
            QStringLiteral("Chair 1 free until 13:00; dose good until 16:00"), test::userNamed(f, "nurse"));
        REQUIRE(d.outcome == Outcome::Admit);
        CHECK(f.store.appointment(id)->status == AppointmentStatus::CheckedIn);
        CHECK(dosesUsed(f, f.maria, f.infliximab) == 3);
        CHECK(visitsUsed(f, f.maria, f.infliximab) == 2);
        REQUIRE(f.store.checkInOverrides(id).size() == 1);
        CHECK(f.store.history(id).last().reason.contains(QLatin1String("LATE_BEYOND_GRACE")));
        // Admitted once: a second override finds nothing to override.
        CHECK(failureKind([&] {
            service.override(id, late, QStringLiteral("again"), test::userNamed(f, "nurse"));
        }) == Error::Kind::Refused);
        CHECK(dosesUsed(f, f.maria, f.infliximab) == 3);
    }
    SECTION("cli: a receptionist is refused, a nurse admits")
    {
        test::runCli(f, QStringLiteral("2026-12-01T10:40"), checkinArgs("desk", "M0001", "1961-03-04"));
        const QStringList args {QStringLiteral("override"), QStringLiteral("--appointment"),
            QString::number(id), QStringLiteral("--code"), QStringLiteral("LATE_BEYOND_GRACE"),
            QStringLiteral("--reason"), QStringLiteral("chair 1 free, dose good")};
        const QJsonObject refused = test::runCli(f, QStringLiteral("2026-12-01T10:42"),
            QStringList {QStringLiteral("--user"), QStringLiteral("desk")} + args, cli::ExitForbidden);
        CHECK(refused.value(QLatin1String("error")).toObject().value(QLatin1String("kind")).toString()
            == QLatin1String("forbidden"));
        const QJsonObject admitted = test::runCli(f, QStringLiteral("2026-12-01T10:42"),
            QStringList {QStringLiteral("--user"), QStringLiteral("nurse")} + args);
        CHECK(admitted.value(QLatin1String("outcome")).toString() == QLatin1String("admit"));
        CHECK(admitted.value(QLatin1String("reasons"))
                  .toArray()[0]
                  .toObject()
                  .value(QLatin1String("overridden"))
                  .toBool());
        CHECK(f.store.appointment(id)->status == AppointmentStatus::CheckedIn);
    }
    SECTION("too close to closing: refused")
    {
        const Patient late = test::addPatient(f, QStringLiteral("M0006"), QStringLiteral("Zoe"),
            QStringLiteral("Park"), QDate(1990, 5, 5), f.infliximab);
        const qint64 evening = f.book(late, f.infliximab, kTuesday, 16, 45);
        f.store.setPrep(evening, PrepState::Ready, f.local(kTuesday, 9, 0));
        test::runCli(f, QStringLiteral("2026-12-01T17:05"), checkinArgs("desk", "M0006", "1990-05-05"));
        const QJsonObject refused = test::runCli(f, QStringLiteral("2026-12-01T17:06"),
            {QStringLiteral("--user"), QStringLiteral("nurse"), QStringLiteral("override"),
                QStringLiteral("--appointment"), QString::number(evening), QStringLiteral("--code"),
                QStringLiteral("LATE_BEYOND_GRACE"), QStringLiteral("--reason"),
                QStringLiteral("she is here")},
            cli::ExitBadData);
        CHECK(refused.value(QLatin1String("error"))
                  .toObject()
                  .value(QLatin1String("message"))
                  .toString()
                  .contains(QLatin1String("19:06")));
        CHECK(f.store.appointment(evening)->status == AppointmentStatus::Booked);
    }
}

TEST_CASE("The no-show: marked after start plus grace with the center's fee, the prepared dose wasted, once")
{
    Fixture f;
    const qint64 missed = test::bookReady(f, f.maria, f.infliximab, kTuesday, 10, 0);
    const Patient liam = test::addPatient(f, QStringLiteral("M0002"), QStringLiteral("Liam"),
        QStringLiteral("O'Brien"), QDate(1975, 6, 30), f.vedolizumab);
    const qint64 waiting = test::bookReady(f, liam, f.vedolizumab, kTuesday, 10, 0);
    const Patient ana = test::addPatient(f, QStringLiteral("M0003"), QStringLiteral("Ana"),
        QStringLiteral("Lee"), QDate(1980, 2, 2), f.vedolizumab);
    const qint64 later = test::bookReady(f, ana, f.vedolizumab, kTuesday, 10, 30);
    // Liam came to the desk at 09:55 and is waiting: not a no-show.
    f.store.changeStatus(
        waiting, AppointmentStatus::Arrived, QStringLiteral("desk"), f.local(kTuesday, 9, 55));

    SECTION("core")
    {
        f.clock.set(f.local(kTuesday, 10, 15));
        NoShowSweep sweep(f.store, f.clock);
        CHECK(sweep.run(test::userNamed(f, "nurse")).noShows.isEmpty()); // exactly at start + grace: not yet

        f.clock.set(f.local(kTuesday, 10, 16));
        CHECK(failureKind([&] { sweep.run(test::userNamed(f, "desk")); }) == Error::Kind::Forbidden);
        const NoShowReport report = sweep.run(test::userNamed(f, "nurse"));
        REQUIRE(report.noShows.size() == 1);
        CHECK(report.noShows.first().appointmentId == missed);
        CHECK(report.noShows.first().feeCents == 5000);
        CHECK(report.noShows.first().doseWasted);
        const auto a = f.store.appointment(missed);
        CHECK(a->status == AppointmentStatus::NoShow);
        CHECK(a->noShowFeeCents == 5000);
        CHECK(a->prep == PrepState::Wasted);
        CHECK(f.store.appointment(waiting)->status == AppointmentStatus::Arrived);
        CHECK(f.store.appointment(later)->status == AppointmentStatus::Booked);
        CHECK(f.store.history(missed).last().user == QLatin1String("nurse"));

        // Again: nothing changes.
        f.clock.set(f.local(kTuesday, 10, 20));
        CHECK(sweep.run(test::userNamed(f, "nurse")).noShows.isEmpty());
        CHECK(f.store.history(missed).size() == 2);

        // The patient who turns up afterwards is told the slot is gone.
        CheckInService service(f.store, f.clock);
        const Decision d = service.evaluate(test::byMrn(f, f.maria));
        REQUIRE(d.outcome == Outcome::Reschedule);
        CHECK(d.codes() == QList<ReasonCode> {ReasonCode::LateBeyondGrace});
        CHECK(d.reasons.first().message.contains(QLatin1String("missed")));
    }
    SECTION("cli")
    {
        const QStringList sweep {
            QStringLiteral("--user"), QStringLiteral("nurse"), QStringLiteral("noshow-sweep")};
        test::runCli(f, QStringLiteral("2026-12-01T10:50"),
            {QStringLiteral("--user"), QStringLiteral("desk"), QStringLiteral("noshow-sweep")},
            cli::ExitForbidden);
        const QJsonObject first = test::runCli(f, QStringLiteral("2026-12-01T10:50"), sweep);
        const QJsonArray marked = first.value(QLatin1String("noshows")).toArray();
        REQUIRE(marked.size() == 2);
        CHECK(marked[0].toObject().value(QLatin1String("appointment")).toInteger() == missed);
        CHECK(marked[0].toObject().value(QLatin1String("fee_cents")).toInt() == 5000);
        CHECK(marked[0].toObject().value(QLatin1String("dose_wasted")).toBool());
        CHECK(marked[1].toObject().value(QLatin1String("appointment")).toInteger() == later);
        const QJsonObject second = test::runCli(f, QStringLiteral("2026-12-01T11:30"), sweep);
        CHECK(second.value(QLatin1String("count")).toInt() == 0);
        CHECK(f.store.appointment(waiting)->status == AppointmentStatus::Arrived);
    }
}

TEST_CASE("The nurse starts and completes the infusion, every step is in the history")
{
    Fixture f;
    const qint64 id = test::bookReady(f, f.maria, f.infliximab, kTuesday, 10, 0);
    f.clock.set(f.local(kTuesday, 9, 50));

    SECTION("core")
    {
        CheckInService service(f.store, f.clock);
        CHECK(failureKind([&] { service.start(id, test::userNamed(f, "nurse")); })
            == Error::Kind::Refused); // not checked in
        service.checkIn(test::byMrn(f, f.maria), test::userNamed(f, "desk"));
        CHECK(failureKind([&] { service.start(id, test::userNamed(f, "desk")); }) == Error::Kind::Forbidden);
        CHECK(
            failureKind([&] { service.complete(id, test::userNamed(f, "nurse")); }) == Error::Kind::Refused);
        f.clock.set(f.local(kTuesday, 10, 2));
        CHECK(service.start(id, test::userNamed(f, "nurse")).status == AppointmentStatus::InProgress);
        f.clock.set(f.local(kTuesday, 12, 5));
        const Appointment done = service.complete(id, test::userNamed(f, "nurse"));
        CHECK(done.status == AppointmentStatus::Fulfilled);
        CHECK(done.completedAtUtc == f.clock.nowUtc());

        const CheckInHistory h = service.history(id, test::userNamed(f, "desk"));
        REQUIRE(h.statusChanges.size() == 4);
        CHECK(h.statusChanges[1].to == AppointmentStatus::CheckedIn);
        CHECK(h.statusChanges[1].user == QLatin1String("desk"));
        CHECK(h.statusChanges[2].to == AppointmentStatus::InProgress);
        CHECK(h.statusChanges[3].from == AppointmentStatus::InProgress);
        CHECK(h.decisions.size() == 1);

        // Back at the desk after the infusion: nothing more to do today.
        const Decision after = service.evaluate(test::byMrn(f, f.maria));
        CHECK(after.codes() == QList<ReasonCode> {ReasonCode::NoAppointmentToday});
    }
    SECTION("cli")
    {
        test::runCli(f, QStringLiteral("2026-12-01T09:50"), checkinArgs("desk", "M0001", "1961-03-04"));
        const QStringList appointment {QStringLiteral("--appointment"), QString::number(id)};
        test::runCli(f, QStringLiteral("2026-12-01T10:00"),
            QStringList {QStringLiteral("--user"), QStringLiteral("desk"), QStringLiteral("start")}
                + appointment,
            cli::ExitForbidden);
        const QJsonObject started = test::runCli(f, QStringLiteral("2026-12-01T10:00"),
            QStringList {QStringLiteral("--user"), QStringLiteral("nurse"), QStringLiteral("start")}
                + appointment);
        CHECK(started.value(QLatin1String("appointment")).toObject().value(QLatin1String("status")).toString()
            == QLatin1String("in-progress"));
        test::runCli(f, QStringLiteral("2026-12-01T12:00"),
            QStringList {QStringLiteral("--user"), QStringLiteral("nurse"), QStringLiteral("complete")}
                + appointment);
        const QJsonObject history = test::runCli(
            f, QStringLiteral("2026-12-01T12:05"), QStringList {QStringLiteral("history")} + appointment);
        const QJsonArray changes = history.value(QLatin1String("history")).toArray();
        REQUIRE(changes.size() == 4);
        CHECK(changes[0].toObject().value(QLatin1String("from")).isNull());
        CHECK(changes[1].toObject().value(QLatin1String("to")).toString() == QLatin1String("checked-in"));
        CHECK(changes[2].toObject().value(QLatin1String("user")).toString() == QLatin1String("nurse"));
        CHECK(changes[3].toObject().value(QLatin1String("to")).toString() == QLatin1String("fulfilled"));
        CHECK(changes[3].toObject().value(QLatin1String("at")).toString()
            == QLatin1String("2026-12-01T12:00:00-05:00"));
        const QJsonArray decisions = history.value(QLatin1String("decisions")).toArray();
        REQUIRE(decisions.size() == 1);
        CHECK(decisions[0].toObject().value(QLatin1String("identifiers")).toString()
            == QLatin1String("mrn+dob"));
        CHECK(decisions[0].toObject().value(QLatin1String("chair")).toString() == QLatin1String("1"));
    }
}

TEST_CASE("Another center is named when the decision speaks of it, and read only then")
{
    Fixture f;
    Center northside = f.center;
    northside.id = 0;
    northside.name = QStringLiteral("Northside Infusion");
    northside.id = f.store.addCenter(northside);
    Chair chair;
    chair.centerId = northside.id;
    chair.label = QStringLiteral("N1");
    chair.id = f.store.addChair(chair);
    const auto bookNorthside = [&](QDate date, int hour) {
        Appointment a;
        a.patientId = f.maria.id;
        a.centerId = northside.id;
        a.chairId = chair.id;
        a.therapyId = f.infliximab.id;
        a.startUtc = f.local(date, hour);
        a.minutes = f.infliximab.defaultMinutes;
        a.prep = PrepState::Ready;
        a.createdBy = QStringLiteral("desk");
        a.createdAtUtc = f.clock.nowUtc().addDays(-7);
        return f.store.addAppointment(a);
    };
    f.clock.set(f.local(kTuesday, 9, 55));
    CheckInService service(f.store, f.clock);
    CheckInLoader loader(f.store);

    SECTION("booked there today: the wrong center, by its name")
    {
        bookNorthside(kTuesday, 10);
        const CheckInFacts facts = loader.forRequest(test::byMrn(f, f.maria), f.clock.nowUtc());
        CHECK(facts.centerNames.keys() == QList<qint64> {northside.id});
        const Decision d = service.checkIn(test::byMrn(f, f.maria), test::userNamed(f, "desk"));
        REQUIRE(d.codes() == QList<ReasonCode> {ReasonCode::WrongCenter});
        CHECK(d.reasons.first().message.contains(
            QLatin1String("at Northside Infusion, not here at Riverside")));
    }
    SECTION("a walk-in here whose next booking is there hears where it is")
    {
        bookNorthside(QDate(2026, 12, 4), 10);
        const Decision d = service.checkIn(test::byMrn(f, f.maria), test::userNamed(f, "desk"));
        REQUIRE(d.codes() == QList<ReasonCode> {ReasonCode::NoAppointmentToday});
        CHECK(d.reasons.first().message.contains(QLatin1String("at Northside Infusion")));
    }
    SECTION("booked here today with the next booking there: admitted, and no name is read")
    {
        bookNorthside(QDate(2026, 12, 4), 10);
        const qint64 today = test::bookReady(f, f.maria, f.infliximab, kTuesday, 10);
        const CheckInFacts facts = loader.forRequest(test::byMrn(f, f.maria), f.clock.nowUtc());
        CHECK(facts.centerNames.isEmpty());
        CHECK(CheckInEngine::centersNamed(facts).isEmpty());
        const Decision d = service.checkIn(test::byMrn(f, f.maria), test::userNamed(f, "desk"));
        CHECK(d.outcome == Outcome::Admit);
        REQUIRE(d.appointment);
        CHECK(d.appointment->id == today);
    }
}
