// Roles are enforced in core: whatever the front end, a receptionist cannot override and only an admin
// changes users and policy. Refusals and the actions themselves are in the audit trail, by key only.

#include "auth/accountservice.h"
#include "authhelpers.h"
#include "checkin/checkinservice.h"
#include "checkin/noshowsweep.h"
#include "checkinhelpers.h"
#include "scheduling/rescheduleservice.h"

#include <catch2/catch.hpp>

using namespace chairside;
using test::Fixture;

namespace {

const QDate kTuesday(2026, 12, 1);

/// True when no entry's reason carries the patient's name or date of birth.
bool namesNoPatient(const QList<AuditEntry> &entries, const Patient &p)
{
    for (const AuditEntry &entry : entries) {
        const QString text = entry.event.reason + entry.event.recordKind;
        if (text.contains(p.lastName) || text.contains(p.firstName)
            || text.contains(p.dateOfBirth.toString(Qt::ISODate)))
            return false;
    }
    return true;
}

} // namespace

TEST_CASE("Only an admin adds users, changes roles and sets the security policy, refusals are recorded")
{
    Fixture f;
    AccountService accounts(f.store, f.clock);
    const User desk = test::userNamed(f, "desk");
    const User nurse = test::userNamed(f, "nurse");

    REQUIRE(test::thrown([&] {
        accounts.addUser(desk, QStringLiteral("eve"), Role::Admin, QStringLiteral("eve's password"));
    }).kind()
        == Error::Kind::Forbidden);
    REQUIRE(test::thrown([&] { accounts.setRole(nurse, desk.id, Role::Admin); }).kind()
        == Error::Kind::Forbidden);
    REQUIRE(
        test::thrown([&] { accounts.setActive(desk, nurse.id, false); }).kind() == Error::Kind::Forbidden);
    SecurityPolicy lax = accounts.policy();
    lax.lockoutAttempts = 20;
    REQUIRE(test::thrown([&] { accounts.setPolicy(nurse, lax); }).kind() == Error::Kind::Forbidden);
    REQUIRE(test::thrown([&] { accounts.users(desk); }).kind() == Error::Kind::Forbidden);

    REQUIRE_FALSE(f.store.accountByName(QStringLiteral("eve")).has_value());
    REQUIRE(accounts.policy() == SecurityPolicy {});
    const auto added = test::auditOf(f.store, AuditAction::UserAdded);
    REQUIRE(added.size() == 1);
    REQUIRE(added.first().event.result == AuditResult::Refused);
    REQUIRE(added.first().event.userName == QLatin1String("desk"));
    REQUIRE(test::auditOf(f.store, AuditAction::UserChanged).size() == 2);
    REQUIRE(test::auditOf(f.store, AuditAction::PolicyChanged).first().event.result == AuditResult::Refused);
}

TEST_CASE("A receptionist cannot override, a nurse cannot override eligibility, the refusal is recorded")
{
    Fixture f;
    const qint64 id = test::bookReady(f, f.maria, f.infliximab, kTuesday, 8, 30);
    CheckInService service(f.store, f.clock);
    const Error desk = test::thrown([&] {
        service.override(
            id, {ReasonCode::LateBeyondGrace}, QStringLiteral("chair free"), test::userNamed(f, "desk"));
    });
    REQUIRE(desk.kind() == Error::Kind::Forbidden);
    REQUIRE(test::thrown([&] {
        service.override(id, {ReasonCode::EligibilityStale}, QStringLiteral("payer portal down"),
            test::userNamed(f, "nurse"));
    }).kind()
        == Error::Kind::Forbidden);

    const auto refused = test::auditOf(f.store, AuditAction::Overridden);
    REQUIRE(refused.size() == 2);
    REQUIRE(refused[0].event.result == AuditResult::Refused);
    REQUIRE(refused[0].event.userName == QLatin1String("desk"));
    REQUIRE(refused[0].event.recordKind == QLatin1String("appointment"));
    REQUIRE(refused[0].event.recordId == id);
    REQUIRE(refused[0].event.patientId == f.maria.id);
    REQUIRE(refused[1].event.userName == QLatin1String("nurse"));
    REQUIRE(f.store.checkInOverrides(id).isEmpty());
}

TEST_CASE("Only nurses and admins start infusions and sweep no-shows, the desk is refused and recorded")
{
    Fixture f;
    const qint64 id = test::bookReady(f, f.maria, f.infliximab, kTuesday, 8, 30);
    const User desk = test::userNamed(f, "desk");
    REQUIRE(test::thrown([&] { CheckInService(f.store, f.clock).start(id, desk); }).kind()
        == Error::Kind::Forbidden);
    REQUIRE(test::thrown([&] { NoShowSweep(f.store, f.clock).run(desk); }).kind() == Error::Kind::Forbidden);
    REQUIRE(
        test::auditOf(f.store, AuditAction::InfusionStarted).first().event.result == AuditResult::Refused);
    REQUIRE(test::auditOf(f.store, AuditAction::NoShow).first().event.result == AuditResult::Refused);
}

TEST_CASE("Each step of a day is recorded by key, in the transaction of the step")
{
    Fixture f;
    // Booked by the fixture's helper (as the desk), checked in, started, completed; a second patient
    // is moved, and a third never comes.
    const qint64 id = test::bookReady(f, f.maria, f.infliximab, kTuesday, 8, 30);
    const Patient liam = test::addPatient(f, QStringLiteral("M0002"), QStringLiteral("Liam"),
        QStringLiteral("O'Brien"), QDate(1975, 6, 30), f.vedolizumab);
    const qint64 moved = test::bookReady(f, liam, f.vedolizumab, kTuesday.addDays(3), 10);
    const Patient nora = test::addPatient(f, QStringLiteral("M0003"), QStringLiteral("Nora"),
        QStringLiteral("Quinn"), QDate(1980, 1, 2), f.vedolizumab);
    const qint64 missed = test::bookReady(f, nora, f.vedolizumab, kTuesday, 9);

    CheckInService service(f.store, f.clock);
    const Decision decision = service.checkIn(test::byMrn(f, f.maria), test::userNamed(f, "desk"));
    REQUIRE(decision.outcome == Outcome::Admit);
    service.start(id, test::userNamed(f, "nurse"));
    f.clock.advanceSeconds(150 * 60);
    service.complete(id, test::userNamed(f, "nurse"));

    RescheduleRequest move;
    move.appointmentId = moved;
    move.startUtc = f.local(kTuesday.addDays(4), 11);
    const Appointment replacement
        = RescheduleService(f.store, f.clock).reschedule(test::userNamed(f, "desk"), move);
    const NoShowReport swept = NoShowSweep(f.store, f.clock).run(test::userNamed(f, "nurse"));
    REQUIRE(swept.noShows.size() == 1);

    const auto booked = test::auditOf(f.store, AuditAction::Booked);
    REQUIRE(booked.size() == 3);
    REQUIRE(booked.first().event.recordId == id);
    REQUIRE(booked.first().event.patientId == f.maria.id);
    const auto decided = test::auditOf(f.store, AuditAction::CheckInDecision);
    REQUIRE(decided.size() == 1);
    REQUIRE(decided.first().event.recordId == id);
    REQUIRE(decided.first().event.reason.startsWith(QLatin1String("admit")));
    REQUIRE(decided.first().event.reason.contains(QLatin1String("mrn+dob")));
    const auto admitted = test::auditOf(f.store, AuditAction::Admitted);
    REQUIRE(admitted.size() == 1);
    REQUIRE(admitted.first().event.userName == QLatin1String("desk"));
    REQUIRE(test::auditOf(f.store, AuditAction::InfusionStarted).first().event.recordId == id);
    REQUIRE(test::auditOf(f.store, AuditAction::InfusionCompleted).first().event.patientId == f.maria.id);
    const auto rescheduled = test::auditOf(f.store, AuditAction::Rescheduled);
    REQUIRE(rescheduled.size() == 1);
    REQUIRE(rescheduled.first().event.recordId == replacement.id);
    REQUIRE(rescheduled.first().event.reason.contains(QStringLiteral("replaces appointment %1").arg(moved)));
    const auto noShows = test::auditOf(f.store, AuditAction::NoShow);
    REQUIRE(noShows.size() == 1);
    REQUIRE(noShows.first().event.recordId == missed);
    REQUIRE(noShows.first().event.patientId == nora.id);

    AuditFilter all;
    const QList<AuditEntry> everything = f.store.auditEntries(all);
    for (const Patient &p : {f.maria, liam, nora})
        REQUIRE(namesNoPatient(everything, p));
}
