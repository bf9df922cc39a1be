// The reports over the store: what the desk records of a walk-in, what the service reads, who may see it.

#include "checkin/checkinservice.h"
#include "checkinhelpers.h"
#include "common/error.h"
#include "reports/noshowreport.h"
#include "reports/reportservice.h"
#include "reports/reschedulereport.h"
#include "reports/walkinreport.h"
#include "scheduling/bookingservice.h"
#include "setup/setupservice.h"
#include "store/store.h"

#include <catch2/catch.hpp>

using namespace chairside;
using test::Fixture;

namespace {

const QDate kTuesday(2026, 12, 1); // the fixture's today

qint64 addAppointment(Fixture &f, const Patient &patient, const Therapy &therapy, int hour, PrepState prep)
{
    Appointment a;
    a.patientId = patient.id;
    a.centerId = f.center.id;
    a.chairId = f.chairs.first().id;
    a.therapyId = therapy.id;
    a.startUtc = f.local(kTuesday, hour);
    a.minutes = 60;
    a.prep = prep;
    a.createdBy = QStringLiteral("desk");
    a.createdAtUtc = f.local(kTuesday.addDays(-10), 9);
    return f.store.addAppointment(a);
}

QList<AuditEntry> auditOf(Fixture &f, AuditAction action)
{
    AuditFilter filter;
    filter.action = action;
    return f.store.auditEntries(filter);
}

} // namespace

TEST_CASE("A walk-in turned away is kept with the slots offered; the report lists it with the booking made")
{
    Fixture f;
    CheckInRequest request;
    request.mrn = f.maria.mrn;
    request.dateOfBirth = f.maria.dateOfBirth;
    request.centerId = f.center.id;
    const Decision decision = CheckInService(f.store, f.clock).checkIn(request, test::userNamed(f, "desk"));
    REQUIRE(decision.has(ReasonCode::NoAppointmentToday));
    REQUIRE_FALSE(decision.freeSlots.isEmpty());
    // The desk's decision is still in the audit trail, as before.
    REQUIRE(auditOf(f, AuditAction::CheckInDecision).size() == 1);

    ReportService service(f.store, f.clock);
    ReportRecords records
        = service.load(test::userNamed(f, "nurse"), ReportKind::WalkIns, f.center.id, kTuesday, kTuesday);
    REQUIRE(records.walkIns.size() == 1);
    const WalkInRow &row = records.walkIns.first();
    CHECK(row.mrn == QStringLiteral("M0001"));
    CHECK(row.patientName == QStringLiteral("Alvarez, Maria"));
    CHECK(row.walkIn.user == QStringLiteral("desk"));
    CHECK(row.walkIn.atUtc == f.clock.nowUtc());
    CHECK(row.walkIn.nextAppointmentId == 0);
    REQUIRE(row.walkIn.offered.size() == decision.freeSlots.size());
    CHECK(row.walkIn.offered.first().startUtc == decision.freeSlots.first().startUtc);
    CHECK(row.walkIn.offered.first().chairId == decision.freeSlots.first().chairId);
    CHECK(row.bookedId == 0);

    // The desk books the second slot offered, a few minutes later.
    f.clock.advanceSeconds(180);
    const Slot &chosen = decision.freeSlots.at(1);
    BookingRequest booking;
    booking.patientId = f.maria.id;
    booking.therapyId = f.infliximab.id;
    booking.centerId = f.center.id;
    booking.startUtc = chosen.startUtc;
    booking.chairId = chosen.chairId;
    booking.user = QStringLiteral("desk");
    const qint64 booked = BookingService(f.store, f.clock).book(booking).id;

    records = service.load(test::userNamed(f, "admin"), ReportKind::WalkIns, f.center.id, kTuesday, kTuesday);
    const WalkInReport report = WalkInReport::of(records);
    REQUIRE(report.rows.size() == 1);
    CHECK(report.rows.first().bookedId == booked);
    CHECK(report.rows.first().bookedStartUtc == chosen.startUtc);
    CHECK(report.booked == 1);
    // Another day's report does not list it.
    CHECK(service
              .load(test::userNamed(f, "admin"), ReportKind::WalkIns, f.center.id, kTuesday.addDays(1),
                  kTuesday.addDays(1))
              .walkIns.isEmpty());
}

TEST_CASE(
    "The no-shows report over the store: the dose's cost set by the admin, the fee, a late cancellation")
{
    Fixture f;
    Therapy priced = f.infliximab;
    priced.drugCostCents = 412500;
    SetupService(f.store, f.clock).updateTherapy(test::userNamed(f, "admin"), priced);
    REQUIRE(f.store.therapy(priced.id)->drugCostCents == 412500);

    const qint64 noShow = addAppointment(f, f.maria, f.infliximab, 9, PrepState::Ready);
    f.store.changeStatus(
        noShow, AppointmentStatus::NoShow, QStringLiteral("nurse"), f.local(kTuesday, 9, 30));
    f.store.setNoShowFee(noShow, 5000);
    f.store.setPrep(noShow, PrepState::Wasted, f.local(kTuesday, 9, 31), QStringLiteral("no-show"));
    const qint64 late = addAppointment(f, f.maria, f.infliximab, 13, PrepState::NotReady);
    f.store.changeStatus(late, AppointmentStatus::Cancelled, QStringLiteral("desk"), f.local(kTuesday, 7));
    const qint64 early = addAppointment(f, f.maria, f.vedolizumab, 15, PrepState::NotReady);
    f.store.changeStatus(
        early, AppointmentStatus::Cancelled, QStringLiteral("desk"), f.local(kTuesday.addDays(-5), 7));

    const ReportRecords records
        = ReportService(f.store, f.clock)
              .load(test::userNamed(f, "nurse"), ReportKind::NoShows, f.center.id, kTuesday, kTuesday);
    REQUIRE(records.appointments.size() == 3);
    CHECK(records.appointments[1].cancelledAtUtc == f.local(kTuesday, 7));
    const NoShowReport report = NoShowReport::of(records);
    REQUIRE(report.therapies.size() == 2);
    CHECK(report.total.noShows == 1);
    CHECK(report.total.lateCancellations == 1);
    CHECK(report.total.wastedDoses == 1);
    CHECK(report.total.wastedCostCents == 412500);
    CHECK(report.total.feesCents == 5000);
    CHECK(report.unconfirmedSettled == 1);
    CHECK(report.unconfirmedNoShows == 1);
    // Each report shown is recorded.
    const QList<AuditEntry> viewed = auditOf(f, AuditAction::ReportViewed);
    REQUIRE(viewed.size() == 1);
    CHECK(viewed.first().event.reason == QStringLiteral("no-shows report, 2026-12-01 to 2026-12-01"));
}

TEST_CASE("The reschedules report reads the desk's decisions of the center's appointments in the days")
{
    Fixture f;
    const qint64 appointment = addAppointment(f, f.maria, f.infliximab, 9, PrepState::NotReady);
    CheckInRecord decision;
    decision.atUtc = f.local(kTuesday, 8, 55);
    decision.user = QStringLiteral("desk");
    decision.patientId = f.maria.id;
    decision.appointmentId = appointment;
    decision.outcome = QStringLiteral("reschedule");
    decision.reasons = {QStringLiteral("AUTH_EXPIRED")};
    f.store.addCheckInDecision(decision);

    const ReportRecords records = ReportService(f.store, f.clock)
                                      .load(test::userNamed(f, "admin"), ReportKind::Reschedules, f.center.id,
                                          kTuesday, kTuesday.addDays(6));
    const RescheduleReport report = RescheduleReport::of(records);
    REQUIRE(report.reasons.size() == 1);
    CHECK(report.reasons.first().code == ReasonCode::AuthExpired);
    CHECK(report.readinessAppointments == 1);
    CHECK(report.moved == 0);
}

TEST_CASE("Reports are for nurses and admins, over a range that makes sense")
{
    Fixture f;
    ReportService service(f.store, f.clock);
    try {
        service.load(test::userNamed(f, "desk"), ReportKind::Waits, f.center.id, kTuesday, kTuesday);
        FAIL("the desk saw a report");
    } catch (const Error &e) {
        CHECK(e.kind() == Error::Kind::Forbidden);
    }
    const QList<AuditEntry> refused = auditOf(f, AuditAction::ReportViewed);
    REQUIRE(refused.size() == 1);
    CHECK(refused.first().event.result == AuditResult::Refused);

    const User nurse = test::userNamed(f, "nurse");
    try {
        service.load(nurse, ReportKind::Waits, f.center.id, kTuesday, kTuesday.addDays(-1));
        FAIL("a range ending before it starts was read");
    } catch (const Error &e) {
        CHECK(e.kind() == Error::Kind::BadData);
        CHECK(e.field() == QStringLiteral("to"));
    }
    CHECK_THROWS_AS(
        service.load(nurse, ReportKind::Waits, f.center.id, kTuesday, kTuesday.addDays(400)), Error);
    try {
        service.load(nurse, ReportKind::Waits, 999, kTuesday, kTuesday);
        FAIL("an unknown center was read");
    } catch (const Error &e) {
        CHECK(e.kind() == Error::Kind::NotFound);
    }
}
