// An organization's staff work at some of its centers: a receptionist or a nurse limited to theirs is
// refused at any other, in core (so the desktop and the CLI refuse alike) and in the audit trail; admins
// work everywhere; accounts from before the limit work at every center, as they did.

#include "access/permission.h"
#include "auth/accountservice.h"
#include "authhelpers.h"
#include "checkin/checkinservice.h"
#include "checkin/noshowsweep.h"
#include "checkinhelpers.h"
#include "pharmacy/doseservice.h"
#include "reports/reportservice.h"
#include "scheduling/rescheduleservice.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace chairside;
using test::Fixture;

namespace {

const QDate kTuesday(2026, 12, 1);

/// A second center of the fixture's organization, with one chair.
Center addHarbor(Fixture &f)
{
    Center harbor = f.center;
    harbor.name = QStringLiteral("Harbor Infusion");
    harbor.timeZoneId = "America/Chicago";
    harbor.id = f.store.addCenter(harbor);
    Chair chair;
    chair.centerId = harbor.id;
    chair.label = QStringLiteral("H1");
    f.store.addChair(chair);
    return harbor;
}

} // namespace

TEST_CASE("Accounts work at every center until an admin limits them, and the change is recorded")
{
    Fixture f;
    const Center harbor = addHarbor(f);
    AccountService accounts(f.store, f.clock);
    const User admin = test::account(f.store, "admin");

    const User before = test::account(f.store, "desk");
    CHECK(before.allCenters);
    CHECK(before.centerIds.isEmpty());
    CHECK(worksAt(before, f.center.id));
    CHECK(worksAt(before, harbor.id));

    accounts.setCenters(admin, before.id, false, {harbor.id, harbor.id});
    const User limited = test::account(f.store, "desk");
    CHECK_FALSE(limited.allCenters);
    CHECK(limited.centerIds == QList<qint64> {harbor.id});
    CHECK(worksAt(limited, harbor.id));
    CHECK_FALSE(worksAt(limited, f.center.id));
    CHECK(centersOf(limited, f.store.centers()).size() == 1);
    // Every read of the account says the same.
    CHECK(f.store.userByName(QStringLiteral("desk"))->centerIds == limited.centerIds);
    for (const User &u : f.store.accounts()) {
        if (u.name == QLatin1String("desk"))
            CHECK(u.centerIds == limited.centerIds);
    }

    const auto changed = test::auditOf(f.store, AuditAction::UserChanged);
    REQUIRE(changed.size() == 1);
    CHECK(changed.first().event.result == AuditResult::Done);
    CHECK(changed.first().event.reason == QLatin1String("works at Harbor Infusion"));
    CHECK(changed.first().event.recordId == limited.id);

    // The same list again changes nothing and records nothing.
    accounts.setCenters(admin, limited.id, false, {harbor.id});
    CHECK(test::auditOf(f.store, AuditAction::UserChanged).size() == 1);

    accounts.setCenters(admin, limited.id, true, {});
    const User again = test::account(f.store, "desk");
    CHECK(again.allCenters);
    CHECK(again.centerIds.isEmpty());
    CHECK(test::auditOf(f.store, AuditAction::UserChanged).last().event.reason
        == QLatin1String("works at every center"));
}

TEST_CASE("Limiting an account: no center, an unknown one or a non-admin asking is refused, nothing changes")
{
    Fixture f;
    const Center harbor = addHarbor(f);
    AccountService accounts(f.store, f.clock);
    const User admin = test::account(f.store, "admin");
    const User desk = test::account(f.store, "desk");

    const Error none = test::thrown([&] { accounts.setCenters(admin, desk.id, false, {}); });
    CHECK(none.kind() == Error::Kind::BadData);
    CHECK(none.field() == QLatin1String("center"));
    const Error unknown = test::thrown([&] { accounts.setCenters(admin, desk.id, false, {harbor.id + 40}); });
    CHECK(unknown.kind() == Error::Kind::NotFound);
    CHECK(unknown.message().contains(QString::number(harbor.id + 40)));
    const Error nurse = test::thrown(
        [&] { accounts.setCenters(test::account(f.store, "nurse"), desk.id, false, {harbor.id}); });
    CHECK(nurse.kind() == Error::Kind::Forbidden);

    CHECK(test::account(f.store, "desk").allCenters);
    const auto changed = test::auditOf(f.store, AuditAction::UserChanged);
    REQUIRE(changed.size() == 1);
    CHECK(changed.first().event.result == AuditResult::Refused);
}

TEST_CASE("A receptionist limited to one center cannot check in, book or move at another; it is recorded")
{
    Fixture f;
    const Center harbor = addHarbor(f);
    const qint64 id = test::bookReady(f, f.maria, f.infliximab, kTuesday, 8, 30);
    AccountService(f.store, f.clock)
        .setCenters(test::account(f.store, "admin"), test::account(f.store, "desk").id, false, {harbor.id});
    const User desk = test::account(f.store, "desk");

    CheckInService service(f.store, f.clock);
    const Error refused = test::thrown([&] { service.checkIn(test::byMrn(f, f.maria), desk); });
    CHECK(refused.kind() == Error::Kind::Forbidden);
    CHECK(refused.field() == QLatin1String("center"));
    CHECK(refused.message().contains(QLatin1String("desk does not work at Riverside Infusion Center")));
    CHECK(f.store.appointment(id)->status == AppointmentStatus::Booked);
    const auto decided = test::auditOf(f.store, AuditAction::CheckInDecision);
    REQUIRE(decided.size() == 1);
    CHECK(decided.first().event.result == AuditResult::Refused);
    CHECK(decided.first().event.userName == QLatin1String("desk"));

    RescheduleRequest move;
    move.appointmentId = id;
    move.startUtc = f.local(kTuesday.addDays(3), 10);
    CHECK(test::thrown([&] { RescheduleService(f.store, f.clock).reschedule(desk, move); }).kind()
        == Error::Kind::Forbidden);
    CHECK(f.store.appointment(id)->status == AppointmentStatus::Booked);

    // At their own center the same receptionist works as before; an admin works anywhere.
    AccountService(f.store, f.clock)
        .setCenters(test::account(f.store, "admin"), desk.id, false, {harbor.id, f.center.id});
    CHECK(service.checkIn(test::byMrn(f, f.maria), test::account(f.store, "desk")).outcome == Outcome::Admit);
}

TEST_CASE("A nurse limited to another center cannot start an infusion, prepare a dose or read reports here")
{
    Fixture f;
    const Center harbor = addHarbor(f);
    const qint64 id = test::bookReady(f, f.maria, f.infliximab, kTuesday, 8, 30);
    const qint64 later = f.book(f.maria, f.infliximab, kTuesday.addDays(56), 9);
    CheckInService service(f.store, f.clock);
    REQUIRE(
        service.checkIn(test::byMrn(f, f.maria), test::account(f.store, "desk")).outcome == Outcome::Admit);
    AccountService(f.store, f.clock)
        .setCenters(test::account(f.store, "admin"), test::account(f.store, "nurse").id, false, {harbor.id});
    const User nurse = test::account(f.store, "nurse");

    CHECK(test::thrown([&] { service.start(id, nurse); }).kind() == Error::Kind::Forbidden);
    CHECK(f.store.appointment(id)->status == AppointmentStatus::CheckedIn);
    CHECK(test::auditOf(f.store, AuditAction::InfusionStarted).last().event.result == AuditResult::Refused);
    CHECK(
        test::thrown([&] { DoseService(f.store, f.clock).record(nurse, later, PrepState::Ready, {}); }).kind()
        == Error::Kind::Forbidden);
    CHECK(f.store.appointment(later)->prep == PrepState::NotReady);
    CHECK(test::thrown([&] {
        ReportService(f.store, f.clock).load(nurse, ReportKind::NoShows, f.center.id, kTuesday, kTuesday);
    }).kind()
        == Error::Kind::Forbidden);
    // Their own center's report is theirs to read.
    CHECK(ReportService(f.store, f.clock)
              .load(nurse, ReportKind::NoShows, harbor.id, kTuesday, kTuesday)
              .center.id
        == harbor.id);
    // Admins work at every center whatever their list says.
    service.start(id, test::account(f.store, "admin"));
    CHECK(f.store.appointment(id)->status == AppointmentStatus::InProgress);
}

TEST_CASE("The no-show sweep of a limited nurse sweeps only their centers")
{
    Fixture f;
    const Center harbor = addHarbor(f);
    const qint64 missed = test::bookReady(f, f.maria, f.infliximab, kTuesday, 8);
    f.clock.advanceSeconds(2 * 3600);
    AccountService(f.store, f.clock)
        .setCenters(test::account(f.store, "admin"), test::account(f.store, "nurse").id, false, {harbor.id});
    const User nurse = test::account(f.store, "nurse");

    const NoShowReport theirs = NoShowSweep(f.store, f.clock).run(nurse);
    CHECK(theirs.centersSwept == 1);
    CHECK(theirs.noShows.isEmpty());
    CHECK(f.store.appointment(missed)->status == AppointmentStatus::Booked);
    CHECK(test::thrown([&] { NoShowSweep(f.store, f.clock).run(nurse, f.center.id); }).kind()
        == Error::Kind::Forbidden);

    const NoShowReport all = NoShowSweep(f.store, f.clock).run(test::account(f.store, "admin"));
    CHECK(all.centersSwept == 2);
    CHECK(all.noShows.size() == 1);
}

TEST_CASE("chairside-cli user centers limits an account; the limited user is refused elsewhere with exit 4")
{
    Fixture f;
    const Center harbor = addHarbor(f);
    const QString at = QStringLiteral("2026-12-01T08:00");
    const QJsonObject set = test::runCli(f, at,
        {QStringLiteral("user"), QStringLiteral("centers"), QStringLiteral("--name"), QStringLiteral("desk"),
            QStringLiteral("--center"), QStringLiteral("Harbor Infusion")});
    const QJsonObject user = set.value(QStringLiteral("user")).toObject();
    CHECK(user.value(QStringLiteral("all_centers")).toBool() == false);
    CHECK(user.value(QStringLiteral("centers")).toArray() == QJsonArray {QStringLiteral("Harbor Infusion")});

    const QJsonObject listed = test::runCli(f, at, {QStringLiteral("user"), QStringLiteral("list")});
    for (const QJsonValue value : listed.value(QStringLiteral("users")).toArray()) {
        const QJsonObject u = value.toObject();
        if (u.value(QStringLiteral("name")) == QLatin1String("admin")) {
            CHECK(u.value(QStringLiteral("all_centers")).toBool());
            CHECK(u.value(QStringLiteral("centers")).toArray().size() == 2);
        }
    }

    // The limited desk's roster is of its own center by default, and refused at the other.
    const QJsonObject roster
        = test::runCli(f, at, {QStringLiteral("--user"), QStringLiteral("desk"), QStringLiteral("roster")});
    CHECK(roster.value(QStringLiteral("center")).toString() == harbor.name);
    const QJsonObject refused = test::runCli(f, at,
        {QStringLiteral("--user"), QStringLiteral("desk"), QStringLiteral("roster"),
            QStringLiteral("--center"), f.center.name},
        4);
    CHECK(refused.value(QStringLiteral("error")).toObject().value(QStringLiteral("field"))
        == QLatin1String("center"));

    // Neither --center nor --all is a usage error; both at once too.
    test::runCli(f, at,
        {QStringLiteral("user"), QStringLiteral("centers"), QStringLiteral("--name"), QStringLiteral("desk")},
        2);
    const QJsonObject all = test::runCli(f, at,
        {QStringLiteral("user"), QStringLiteral("centers"), QStringLiteral("--name"), QStringLiteral("desk"),
            QStringLiteral("--all")});
    CHECK(all.value(QStringLiteral("user")).toObject().value(QStringLiteral("all_centers")).toBool());
}
