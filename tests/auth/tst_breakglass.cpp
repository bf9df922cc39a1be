// Break glass: an admin admits past the paperwork in an emergency, with a reason, flagged in the audit
// trail; never past identity, the order, the dose or the chair, and never anyone but an admin.

#include "authhelpers.h"
#include "checkin/checkinengine.h"
#include "checkin/checkinservice.h"
#include "checkinhelpers.h"

#include <catch2/catch.hpp>

using namespace chairside;
using test::Fixture;

namespace {

const QDate kTuesday(2026, 12, 1);

} // namespace

TEST_CASE("Break glass passes only the clock's grace, the eligibility check and the payer's authorization")
{
    const QList<ReasonCode> passable {ReasonCode::LateBeyondGrace, ReasonCode::EligibilityStale,
        ReasonCode::AuthMissing, ReasonCode::AuthPending, ReasonCode::AuthExpired,
        ReasonCode::AuthVisitsUsed};
    for (ReasonCode code : allReasonCodes()) {
        INFO(reasonCodeName(code).toStdString());
        REQUIRE(CheckInEngine::emergencyOverridable(code) == passable.contains(code));
    }
    REQUIRE_FALSE(CheckInEngine::emergencyOverridable(ReasonCode::AuthDenied));
    REQUIRE_FALSE(CheckInEngine::emergencyOverridable(ReasonCode::IdentityMismatch));
    REQUIRE_FALSE(CheckInEngine::emergencyOverridable(ReasonCode::OrderExpired));
    REQUIRE_FALSE(CheckInEngine::emergencyOverridable(ReasonCode::DoseExpired));
    REQUIRE_FALSE(CheckInEngine::emergencyOverridable(ReasonCode::ChairNotFree));
    REQUIRE_FALSE(CheckInEngine::emergencyOverridable(ReasonCode::AppointmentCancelled));
}

TEST_CASE("A pending authorization: only an admin's break glass, with a reason, admits, and it is flagged")
{
    Fixture f;
    test::Paperwork pending;
    pending.authStatus = QStringLiteral("pending");
    const Patient ana = test::addPatient(f, QStringLiteral("M0002"), QStringLiteral("Ana"),
        QStringLiteral("Reyes"), QDate(1968, 9, 12), f.infliximab, pending);
    const qint64 id = test::bookReady(f, ana, f.infliximab, kTuesday, 8, 30);
    CheckInService service(f.store, f.clock);
    const Decision atDesk = service.checkIn(test::byMrn(f, ana), test::userNamed(f, "desk"));
    REQUIRE(atDesk.outcome != Outcome::Admit);
    REQUIRE(atDesk.has(ReasonCode::AuthPending));

    const QList<ReasonCode> codes {ReasonCode::AuthPending};
    const QString why = QStringLiteral("payer's line down; Dr. Okafor says the infusion cannot wait");
    // An ordinary override cannot pass the payer, whoever asks.
    REQUIRE(test::thrown([&] { service.override(id, codes, why, test::userNamed(f, "admin")); }).kind()
        == Error::Kind::Refused);
    REQUIRE(test::thrown([&] { service.breakGlass(id, codes, why, test::userNamed(f, "nurse")); }).kind()
        == Error::Kind::Forbidden);
    REQUIRE(test::thrown([&] { service.breakGlass(id, codes, why, test::userNamed(f, "desk")); }).kind()
        == Error::Kind::Forbidden);
    REQUIRE(test::thrown([&] {
        service.breakGlass(id, codes, QStringLiteral("  "), test::userNamed(f, "admin"));
    }).field()
        == QLatin1String("reason"));
    REQUIRE(test::thrown([&] {
        service.breakGlass(id, {ReasonCode::OrderExpired}, why, test::userNamed(f, "admin"));
    }).kind()
        == Error::Kind::Refused);
    REQUIRE(f.store.appointment(id)->status != AppointmentStatus::CheckedIn);

    const Decision admitted = service.breakGlass(id, codes, why, test::userNamed(f, "admin"));
    REQUIRE(admitted.outcome == Outcome::Admit);
    REQUIRE(f.store.appointment(id)->status == AppointmentStatus::CheckedIn);
    const auto overrides = f.store.checkInOverrides(id);
    REQUIRE(overrides.size() == 1);
    REQUIRE(overrides.first().code == QLatin1String("AUTH_PENDING"));
    REQUIRE(overrides.first().user == QLatin1String("admin"));
    REQUIRE(overrides.first().reason.startsWith(QLatin1String("break glass: ")));

    const auto glass = test::auditOf(f.store, AuditAction::BreakGlass);
    // The nurse's and the desk's refusals, the unpassable code, and the admission.
    REQUIRE(glass.size() == 4);
    for (const AuditEntry &entry : glass)
        REQUIRE(entry.event.breakGlass);
    REQUIRE(glass[0].event.result == AuditResult::Refused);
    REQUIRE(glass[0].event.userName == QLatin1String("nurse"));
    REQUIRE(glass[2].event.result == AuditResult::Refused);
    const AuditEntry &done = glass.last();
    REQUIRE(done.event.result == AuditResult::Done);
    REQUIRE(done.event.userName == QLatin1String("admin"));
    REQUIRE(done.event.recordKind == QLatin1String("appointment"));
    REQUIRE(done.event.recordId == id);
    REQUIRE(done.event.patientId == ana.id);
    REQUIRE(done.event.reason.contains(QLatin1String("AUTH_PENDING")));
    REQUIRE(done.event.reason.contains(why));

    // The admin's report: what break glass did, and only that.
    AuditFilter report;
    report.breakGlassOnly = true;
    const QList<AuditEntry> flagged = f.store.auditEntries(report);
    REQUIRE(flagged.size() >= 4);
    bool admittedFlagged = false;
    for (const AuditEntry &entry : flagged) {
        REQUIRE(entry.event.breakGlass);
        admittedFlagged = admittedFlagged || entry.event.action == AuditAction::Admitted;
    }
    REQUIRE(admittedFlagged);
    for (const AuditEntry &entry : test::auditOf(f.store, AuditAction::CheckInDecision)) {
        if (entry.event.userName == QLatin1String("desk"))
            REQUIRE_FALSE(entry.event.breakGlass);
    }
}
