// The pharmacy's record of a dose, in core: only a compounded dose of an appointment still to come can
// change, only nurses and admins change it, and every change is in the audit trail with it.

#include "authhelpers.h"
#include "catchqstring.h"
#include "checkinhelpers.h"
#include "pharmacy/doseservice.h"
#include "servicehelpers.h"

#include <catch2/catch.hpp>

using namespace chairside;
using test::Fixture;

namespace {

const QDate kWednesday(2026, 12, 2);

} // namespace

TEST_CASE("A nurse marks a dose prepared, the state before and after is in the trail with it")
{
    Fixture f;
    const qint64 id = f.book(f.maria, f.infliximab, kWednesday, 10);
    DoseService service(f.store, f.clock);
    const Appointment prepared = service.markPrepared(test::userNamed(f, "nurse"), id);

    REQUIRE(prepared.prep == PrepState::Ready);
    const Appointment stored = *f.store.appointment(id);
    REQUIRE(stored.prep == PrepState::Ready);
    REQUIRE(stored.preparedAtUtc == f.clock.nowUtc());
    const auto entries = test::auditOf(f.store, AuditAction::DosePrepared);
    REQUIRE(entries.size() == 1);
    REQUIRE(entries.first().event.userName == QStringLiteral("nurse"));
    REQUIRE(entries.first().event.recordKind == QStringLiteral("appointment"));
    REQUIRE(entries.first().event.recordId == id);
    REQUIRE(entries.first().event.patientId == f.maria.id);
    REQUIRE(entries.first().event.reason == QStringLiteral("prep not-ready to ready"));

    service.markNotReady(test::userNamed(f, "admin"), id);
    REQUIRE(f.store.appointment(id)->prep == PrepState::NotReady);
    REQUIRE_FALSE(f.store.appointment(id)->preparedAtUtc.isValid());
    REQUIRE(test::auditOf(f.store, AuditAction::DosePrepared).last().event.reason
        == QStringLiteral("prep ready to not-ready"));
}

TEST_CASE("A receptionist cannot record a dose, the refusal is recorded and the dose is unchanged")
{
    Fixture f;
    const qint64 id = f.book(f.maria, f.infliximab, kWednesday, 10);
    const Error error
        = test::thrown([&] { DoseService(f.store, f.clock).markPrepared(test::userNamed(f, "desk"), id); });
    REQUIRE(error.kind() == Error::Kind::Forbidden);
    REQUIRE(f.store.appointment(id)->prep == PrepState::NotReady);
    const auto entries = test::auditOf(f.store, AuditAction::DosePrepared);
    REQUIRE(entries.size() == 1);
    REQUIRE(entries.first().event.result == AuditResult::Refused);
    REQUIRE(entries.first().event.recordId == id);
}

TEST_CASE("No dose is recorded for a therapy that is not compounded or an appointment that is closed")
{
    Fixture f;
    DoseService service(f.store, f.clock);
    const User nurse = test::userNamed(f, "nurse");

    SECTION("not compounded")
    {
        const qint64 id = f.book(f.maria, f.ivig, kWednesday, 10);
        const PrepState before = f.store.appointment(id)->prep;
        const Error error = test::thrown([&] { service.markPrepared(nurse, id); });
        REQUIRE(error.kind() == Error::Kind::Refused);
        REQUIRE(error.field() == QStringLiteral("appointment"));
        REQUIRE(f.store.appointment(id)->prep == before);
    }
    for (const AppointmentStatus closed :
        {AppointmentStatus::Cancelled, AppointmentStatus::NoShow, AppointmentStatus::EnteredInError}) {
        DYNAMIC_SECTION(statusCode(closed).toStdString())
        {
            const qint64 id = f.book(f.maria, f.infliximab, kWednesday, 10);
            f.store.changeStatus(id, closed, QStringLiteral("desk"), f.clock.nowUtc());
            const Error error = test::thrown([&] { service.markPrepared(nurse, id); });
            REQUIRE(error.kind() == Error::Kind::Refused);
            REQUIRE(error.field() == QStringLiteral("appointment"));
            REQUIRE(error.message().contains(statusLabel(closed).toLower()));
            REQUIRE(f.store.appointment(id)->prep == PrepState::NotReady);
        }
    }
    REQUIRE(test::auditOf(f.store, AuditAction::DosePrepared).isEmpty());
}

TEST_CASE("A dose's state is ready, not-ready or wasted, an unknown appointment is not found")
{
    Fixture f;
    DoseService service(f.store, f.clock);
    const User nurse = test::userNamed(f, "nurse");
    const qint64 id = f.book(f.maria, f.infliximab, kWednesday, 10);

    REQUIRE(DoseService::stateNamed(QStringLiteral(" Wasted ")) == PrepState::Wasted);
    REQUIRE(test::badData([] { DoseService::stateNamed(QStringLiteral("cooked")); }).field()
        == QStringLiteral("state"));
    REQUIRE(test::badData([] { DoseService::stateNamed(QStringLiteral("not-needed")); }).field()
        == QStringLiteral("state"));
    REQUIRE(test::badData([&] { service.record(nurse, id, PrepState::NotNeeded); }).field()
        == QStringLiteral("state"));
    const Error missing = test::thrown([&] { service.markPrepared(nurse, 999); });
    REQUIRE(missing.kind() == Error::Kind::NotFound);
    REQUIRE(missing.field() == QStringLiteral("appointment"));
    REQUIRE(f.store.appointment(id)->prep == PrepState::NotReady);
    REQUIRE(test::auditOf(f.store, AuditAction::DosePrepared).isEmpty());
}

TEST_CASE("A dose is not recorded when the audit trail cannot record it")
{
    Fixture f;
    const qint64 id = f.book(f.maria, f.infliximab, kWednesday, 10);
    {
        const test::BrokenAuditTrail broken(f.store);
        REQUIRE(test::thrown([&] {
            DoseService(f.store, f.clock).markPrepared(test::userNamed(f, "nurse"), id);
        }).kind()
            == Error::Kind::Store);
    }
    REQUIRE(f.store.appointment(id)->prep == PrepState::NotReady);
}

TEST_CASE("A wasted dose needs a reason, and only a wasted dose takes one")
{
    Fixture f;
    DoseService service(f.store, f.clock);
    const User nurse = test::userNamed(f, "nurse");
    const qint64 id = f.book(f.maria, f.infliximab, kWednesday, 10);
    service.markPrepared(nurse, id);
    const qint64 entriesBefore = f.store.auditEntryCount();

    for (const char *blank : {"", "   ", "\t\n"}) {
        const Error error = test::badData([&] { service.markWasted(nurse, id, QString::fromLatin1(blank)); });
        REQUIRE(error.field() == QStringLiteral("reason"));
    }
    REQUIRE(test::badData([&] {
        service.record(
            nurse, id, PrepState::Wasted, QString(DoseService::kReasonLength + 1, QLatin1Char('x')));
    }).field()
        == QStringLiteral("reason"));
    REQUIRE(test::badData([&] {
        service.record(nurse, id, PrepState::NotReady, QStringLiteral("why not"));
    }).field()
        == QStringLiteral("reason"));
    const Appointment unchanged = *f.store.appointment(id);
    REQUIRE(unchanged.prep == PrepState::Ready);
    REQUIRE(unchanged.wastedReason.isEmpty());
    REQUIRE_FALSE(unchanged.wastedAtUtc.isValid());
    REQUIRE(f.store.auditEntryCount() == entriesBefore);
}

TEST_CASE("A dose marked wasted keeps why, when, and when it had been prepared, all in the trail")
{
    Fixture f;
    DoseService service(f.store, f.clock);
    const User nurse = test::userNamed(f, "nurse");
    const qint64 id = f.book(f.maria, f.infliximab, kWednesday, 10);
    f.clock.set(f.local(QDate(2026, 12, 1), 16, 0));
    service.markPrepared(nurse, id);
    f.clock.set(f.local(QDate(2026, 12, 1), 17, 30));

    const Appointment wasted = service.markWasted(nurse, id, QStringLiteral("  bag   damaged "));
    REQUIRE(wasted.prep == PrepState::Wasted);
    REQUIRE(wasted.wastedReason == QStringLiteral("bag damaged"));
    const Appointment stored = *f.store.appointment(id);
    REQUIRE(stored.prep == PrepState::Wasted);
    REQUIRE(stored.wastedReason == QStringLiteral("bag damaged"));
    REQUIRE(stored.wastedAtUtc == f.local(QDate(2026, 12, 1), 17, 30));
    REQUIRE(stored.preparedAtUtc == f.local(QDate(2026, 12, 1), 16, 0));
    REQUIRE(test::auditOf(f.store, AuditAction::DosePrepared).last().event.reason
        == QStringLiteral("prep ready to wasted: bag damaged"));

    // Made again: the write-off is forgotten, the new preparation counts.
    f.clock.set(f.local(QDate(2026, 12, 1), 18, 0));
    service.markPrepared(nurse, id);
    const Appointment remade = *f.store.appointment(id);
    REQUIRE(remade.prep == PrepState::Ready);
    REQUIRE(remade.wastedReason.isEmpty());
    REQUIRE_FALSE(remade.wastedAtUtc.isValid());
    REQUIRE(remade.preparedAtUtc == f.local(QDate(2026, 12, 1), 18, 0));
}

TEST_CASE("The dose made for a cancelled appointment can be written off, and nothing else")
{
    Fixture f;
    DoseService service(f.store, f.clock);
    const User nurse = test::userNamed(f, "nurse");
    const qint64 prepared = f.book(f.maria, f.infliximab, kWednesday, 10);
    service.markPrepared(nurse, prepared);
    f.store.changeStatus(prepared, AppointmentStatus::Cancelled, QStringLiteral("desk"), f.clock.nowUtc());

    REQUIRE_FALSE(DoseService::allows(AppointmentStatus::Cancelled, PrepState::Ready, PrepState::NotReady));
    REQUIRE(DoseService::allows(AppointmentStatus::Cancelled, PrepState::Ready, PrepState::Wasted));
    REQUIRE(DoseService::allows(AppointmentStatus::NoShow, PrepState::Wasted, PrepState::Wasted));
    REQUIRE_FALSE(DoseService::allows(AppointmentStatus::Cancelled, PrepState::NotReady, PrepState::Wasted));
    REQUIRE_FALSE(DoseService::allows(AppointmentStatus::InProgress, PrepState::Ready, PrepState::Wasted));
    REQUIRE_FALSE(DoseService::allows(AppointmentStatus::Fulfilled, PrepState::Ready, PrepState::Wasted));
    REQUIRE(DoseService::allows(AppointmentStatus::CheckedIn, PrepState::Ready, PrepState::NotReady));

    const Error notReady = test::thrown([&] { service.markNotReady(nurse, prepared); });
    REQUIRE(notReady.kind() == Error::Kind::Refused);
    REQUIRE(notReady.message().contains(QStringLiteral("only be marked wasted")));
    REQUIRE(service.markWasted(nurse, prepared, QStringLiteral("appointment cancelled")).prep
        == PrepState::Wasted);

    const qint64 neverMade = f.book(f.maria, f.infliximab, kWednesday.addDays(1), 10);
    f.store.changeStatus(neverMade, AppointmentStatus::Cancelled, QStringLiteral("desk"), f.clock.nowUtc());
    REQUIRE(test::thrown([&] { service.markWasted(nurse, neverMade, QStringLiteral("cancelled")); }).kind()
        == Error::Kind::Refused);
    REQUIRE(f.store.appointment(neverMade)->prep == PrepState::NotReady);
}
