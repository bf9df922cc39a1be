// The pharmacy's day in core: which doses a center compounds for a date, how each stands, and which
// came after the pharmacy's cut-off.

#include "catchqstring.h"
#include "checkinhelpers.h"
#include "fixture.h"
#include "pharmacy/doseservice.h"
#include "pharmacy/pharmacyday.h"
#include "scheduling/bookingservice.h"
#include "scheduling/centertime.h"
#include "store/store.h"

#include <catch2/catch.hpp>

using namespace chairside;
using test::Fixture;

namespace {

const QDate kTuesday(2026, 12, 1);
const QDate kWednesday(2026, 12, 2);
const QDate kThursday(2026, 12, 3);

QList<qint64> ids(const PharmacyDay &day)
{
    QList<qint64> result;
    for (const DoseLine &line : day.doses)
        result << line.appointment.id;
    return result;
}

} // namespace

TEST_CASE("The pharmacy's day lists the compounded doses of the day only, earliest first")
{
    Fixture f;
    const Patient ana = f.addReadyPatient(QStringLiteral("M0002"), QStringLiteral("Ana"),
        QStringLiteral("Souza"), QDate(1980, 5, 6), f.vedolizumab);
    const Patient ivo = f.addReadyPatient(
        QStringLiteral("M0003"), QStringLiteral("Ivo"), QStringLiteral("Marin"), QDate(1975, 1, 2), f.ivig);
    const qint64 maria = f.book(f.maria, f.infliximab, kWednesday, 10, 0, &f.chairs[1]);
    const qint64 anaEarly = f.book(ana, f.vedolizumab, kWednesday, 8, 0, &f.chairs[4]);
    f.book(ivo, f.ivig, kWednesday, 9); // from stock: nothing to compound
    f.book(f.maria, f.infliximab, kThursday, 10); // another day
    f.book(ana, f.vedolizumab, kTuesday, 18); // today

    const PharmacyDay day = PharmacyDay::load(f.store, f.center, kWednesday);
    REQUIRE(ids(day) == QList<qint64> {anaEarly, maria});
    const DoseLine &first = day.doses.first();
    REQUIRE(first.patient.mrn == QStringLiteral("M0002"));
    REQUIRE(first.patient.displayName() == QStringLiteral("Souza, Ana"));
    REQUIRE(first.therapy.name == QStringLiteral("vedolizumab"));
    REQUIRE(first.chair.label == QStringLiteral("Suite A"));
    REQUIRE(first.chair.kind == Chair::Kind::Suite);
    REQUIRE(first.appointment.startUtc == f.local(kWednesday, 8));
    REQUIRE(first.appointment.prep == PrepState::NotReady);
    REQUIRE(first.cutoffUtc == f.local(kTuesday, 8));
    REQUIRE_FALSE(first.usableUntilUtc.isValid());
    REQUIRE(day.doses.last().chair.label == QStringLiteral("2"));
    REQUIRE(day.toPrepare() == 2);
    REQUIRE(day.ready() == 0);

    REQUIRE(PharmacyDay::load(f.store, f.center, kWednesday.addDays(5)).doses.isEmpty());
}

TEST_CASE("Each dose says not ready, ready with when and until when, or wasted with when and why")
{
    Fixture f;
    DoseService service(f.store, f.clock);
    const User nurse = test::userNamed(f, "nurse");
    const Patient ana = f.addReadyPatient(QStringLiteral("M0002"), QStringLiteral("Ana"),
        QStringLiteral("Souza"), QDate(1980, 5, 6), f.vedolizumab);
    const qint64 ready = f.book(f.maria, f.infliximab, kWednesday, 10);
    const qint64 wasted = f.book(ana, f.vedolizumab, kWednesday, 11);
    const qint64 waiting = f.book(f.addReadyPatient(QStringLiteral("M0004"), QStringLiteral("Li"),
                                      QStringLiteral("Wei"), QDate(1990, 2, 3), f.ocrelizumab),
        f.ocrelizumab, kWednesday, 12);
    f.clock.set(f.local(kTuesday, 16, 5));
    service.markPrepared(nurse, ready);
    service.markPrepared(nurse, wasted);
    f.clock.set(f.local(kTuesday, 17, 20));
    service.markWasted(nurse, wasted, QStringLiteral("bag damaged"));

    const PharmacyDay day = PharmacyDay::load(f.store, f.center, kWednesday);
    REQUIRE(ids(day) == QList<qint64> {ready, wasted, waiting});
    const DoseLine *r = day.line(ready);
    REQUIRE(r->appointment.prep == PrepState::Ready);
    REQUIRE(r->appointment.preparedAtUtc == f.local(kTuesday, 16, 5));
    REQUIRE(r->usableUntilUtc == f.local(kWednesday, 16, 5)); // infliximab: 24 beyond-use hours
    const DoseLine *w = day.line(wasted);
    REQUIRE(w->appointment.prep == PrepState::Wasted);
    REQUIRE(w->appointment.wastedAtUtc == f.local(kTuesday, 17, 20));
    REQUIRE(w->appointment.wastedReason == QStringLiteral("bag damaged"));
    REQUIRE(w->appointment.preparedAtUtc == f.local(kTuesday, 16, 5));
    REQUIRE_FALSE(w->usableUntilUtc.isValid());
    REQUIRE_FALSE(w->orphan);
    REQUIRE(day.line(waiting)->appointment.prep == PrepState::NotReady);
    REQUIRE(day.ready() == 1);
    REQUIRE(day.toPrepare() == 2); // the wasted one is to be made again
}

TEST_CASE("Cancelled and moved-away appointments drop off, unless a dose was made for them")
{
    Fixture f;
    DoseService service(f.store, f.clock);
    const User nurse = test::userNamed(f, "nurse");
    const Patient ana = f.addReadyPatient(QStringLiteral("M0002"), QStringLiteral("Ana"),
        QStringLiteral("Souza"), QDate(1980, 5, 6), f.vedolizumab);
    const Patient li = f.addReadyPatient(QStringLiteral("M0004"), QStringLiteral("Li"), QStringLiteral("Wei"),
        QDate(1990, 2, 3), f.infliximab);
    const qint64 cancelled = f.book(f.maria, f.infliximab, kWednesday, 8);
    const qint64 movedAway = f.book(ana, f.vedolizumab, kWednesday, 9);
    const qint64 orphan = f.book(li, f.infliximab, kWednesday, 10);
    const qint64 orphanMoved = f.book(f.maria, f.infliximab, kWednesday, 13);
    service.markPrepared(nurse, orphan);
    service.markPrepared(nurse, orphanMoved);

    f.store.changeStatus(cancelled, AppointmentStatus::Cancelled, QStringLiteral("desk"), f.clock.nowUtc());
    f.store.changeStatus(orphan, AppointmentStatus::Cancelled, QStringLiteral("desk"), f.clock.nowUtc());
    const auto moveToFriday = [&](qint64 id, const Patient &p, const Therapy &t) {
        BookingRequest request;
        request.patientId = p.id;
        request.therapyId = t.id;
        request.centerId = f.center.id;
        request.startUtc = f.local(QDate(2026, 12, 4), 10);
        request.replacesId = id;
        request.user = QStringLiteral("desk");
        return BookingService(f.store, f.clock).book(request).id;
    };
    moveToFriday(movedAway, ana, f.vedolizumab);
    const qint64 friday = moveToFriday(orphanMoved, f.maria, f.infliximab);

    const PharmacyDay day = PharmacyDay::load(f.store, f.center, kWednesday);
    REQUIRE(ids(day) == QList<qint64> {orphan, orphanMoved});
    for (const DoseLine &line : day.doses) {
        REQUIRE(line.orphan);
        REQUIRE(line.lateChange == LateChange::ClosedAfterPrepared);
        REQUIRE(line.appointment.status == AppointmentStatus::Cancelled);
        REQUIRE(line.appointment.prep == PrepState::Ready);
    }
    REQUIRE(day.line(orphan)->replacedById == 0);
    REQUIRE(day.line(orphanMoved)->replacedById == friday);
    REQUIRE(day.orphans() == 2);
    REQUIRE(day.toPrepare() == 0);
    REQUIRE(day.ready() == 0);

    // Written off, the orphan stays on the day as wasted: the pharmacy sees what it lost.
    service.markWasted(nurse, orphan, QStringLiteral("appointment cancelled"));
    const PharmacyDay after = PharmacyDay::load(f.store, f.center, kWednesday);
    REQUIRE(after.line(orphan)->appointment.prep == PrepState::Wasted);
    REQUIRE(after.line(orphan)->orphan);
}

TEST_CASE("A booking or a move after the pharmacy's cut-off is a late change, one before it is not")
{
    Fixture f; // lead time 24 hours; the clock at Tuesday 08:00
    REQUIRE(f.center.policy.pharmacyLeadHours == 24);
    const auto patient = [&](const char *mrn) {
        return f.addReadyPatient(QString::fromLatin1(mrn), QStringLiteral("P"), QString::fromLatin1(mrn),
            QDate(1970, 1, 1), f.infliximab);
    };
    const qint64 early = f.book(f.maria, f.infliximab, kWednesday, 9); // cut-off Tue 09:00, booked 08:00
    f.clock.set(f.local(kTuesday, 10, 0));
    const qint64 atCutoff = f.book(patient("M0010"), f.infliximab, kWednesday, 10); // exactly at it
    const qint64 late = f.book(patient("M0011"), f.infliximab, kWednesday, 9, 45); // cut-off Tue 09:45
    const Patient moved = patient("M0012");
    const qint64 thursday = f.book(moved, f.infliximab, kThursday, 9);
    BookingRequest request;
    request.patientId = moved.id;
    request.therapyId = f.infliximab.id;
    request.centerId = f.center.id;
    request.startUtc = f.local(kWednesday, 9, 30);
    request.replacesId = thursday;
    request.user = QStringLiteral("desk");
    const qint64 movedLate = BookingService(f.store, f.clock).book(request).id;
    // Moved onto Thursday a day and more ahead: in time for the pharmacy.
    request.patientId = patient("M0013").id;
    const Patient movedAhead = *f.store.patient(request.patientId);
    request.replacesId = f.book(movedAhead, f.infliximab, kWednesday, 15);
    request.startUtc = f.local(kThursday, 15);
    const qint64 movedEarly = BookingService(f.store, f.clock).book(request).id;

    const PharmacyDay day = PharmacyDay::load(f.store, f.center, kWednesday);
    REQUIRE(day.line(early)->lateChange == LateChange::None);
    REQUIRE(day.line(atCutoff)->lateChange == LateChange::None);
    REQUIRE(day.line(late)->lateChange == LateChange::BookedLate);
    REQUIRE(day.line(late)->cutoffUtc == f.local(kTuesday, 9, 45));
    REQUIRE(day.line(movedLate)->lateChange == LateChange::MovedLate);
    REQUIRE(day.line(thursday) == nullptr);
    REQUIRE(day.lateChanges() == 2);
    REQUIRE(lateChangeCode(LateChange::BookedLate) == QStringLiteral("booked-late"));
    REQUIRE(lateChangeCode(LateChange::MovedLate) == QStringLiteral("moved-late"));

    const PharmacyDay next = PharmacyDay::load(f.store, f.center, kThursday);
    REQUIRE(next.line(movedEarly)->lateChange == LateChange::None);
}

TEST_CASE("A dose line is a function of its row: statuses, a therapy made compounded later, no-shows")
{
    Fixture f;
    Store::DoseRow row;
    row.appointment.id = 7;
    row.appointment.startUtc = f.local(kWednesday, 10);
    row.appointment.createdAtUtc = f.local(kTuesday, 8);
    row.therapy = f.infliximab;

    for (const AppointmentStatus live : {AppointmentStatus::Booked, AppointmentStatus::Arrived,
             AppointmentStatus::CheckedIn, AppointmentStatus::InProgress, AppointmentStatus::Fulfilled}) {
        row.appointment.status = live;
        row.appointment.prep = PrepState::NotNeeded;
        const auto line = PharmacyDay::lineFor(f.center.policy, row);
        REQUIRE(line.has_value());
        REQUIRE(line->appointment.prep == PrepState::NotReady);
        REQUIRE_FALSE(line->orphan);
    }
    for (const AppointmentStatus closed :
        {AppointmentStatus::Cancelled, AppointmentStatus::NoShow, AppointmentStatus::EnteredInError}) {
        row.appointment.status = closed;
        row.appointment.prep = PrepState::NotReady;
        REQUIRE_FALSE(PharmacyDay::lineFor(f.center.policy, row).has_value());
        row.appointment.prep = PrepState::Wasted;
        const auto line = PharmacyDay::lineFor(f.center.policy, row);
        REQUIRE(line.has_value());
        REQUIRE(line->orphan);
        REQUIRE(line->lateChange == LateChange::ClosedAfterPrepared);
    }

    // A ready dose of a therapy that keeps no beyond-use time has no "usable until".
    row.appointment.status = AppointmentStatus::Booked;
    row.appointment.prep = PrepState::Ready;
    row.appointment.preparedAtUtc = f.local(kTuesday, 15);
    row.therapy.beyondUseHours = 0;
    REQUIRE_FALSE(PharmacyDay::lineFor(f.center.policy, row)->usableUntilUtc.isValid());
    row.therapy.beyondUseHours = 12;
    REQUIRE(PharmacyDay::lineFor(f.center.policy, row)->usableUntilUtc == f.local(kWednesday, 3));

    // A shorter lead time moves the cut-off: the same booking is then in time.
    Policy quick = f.center.policy;
    quick.pharmacyLeadHours = 0;
    row.appointment.createdAtUtc = f.local(kWednesday, 7);
    REQUIRE(PharmacyDay::lineFor(quick, row)->lateChange == LateChange::None);
    REQUIRE(PharmacyDay::lineFor(f.center.policy, row)->lateChange == LateChange::BookedLate);
}

TEST_CASE("The pharmacy works for tomorrow on the center's clock, not the computer's")
{
    Fixture f;
    // 20:00 on Tuesday in New York is already Wednesday in UTC.
    REQUIRE(PharmacyDay::defaultDate(f.center, f.local(kTuesday, 20)) == kWednesday);
    REQUIRE(PharmacyDay::defaultDate(f.center, f.local(kTuesday, 0, 30)) == kWednesday);
    REQUIRE(PharmacyDay::defaultDate(f.center, f.local(kWednesday, 0, 0)) == kThursday);
}

TEST_CASE("A busy day of doses is read in one go")
{
    Fixture f;
    QList<Appointment> many;
    const qint64 chairs = f.chairs.size();
    for (int i = 0; i < 400; ++i) {
        Appointment a;
        a.patientId = f.maria.id;
        a.centerId = f.center.id;
        a.chairId = f.chairs[i % chairs].id;
        a.therapyId = i % 3 == 0 ? f.ivig.id : f.infliximab.id;
        a.startUtc = f.local(kWednesday, 7).addSecs(qint64(i) * 60);
        a.minutes = int(chairs); // back to back on each chair, never two at once
        a.createdBy = QStringLiteral("import");
        a.createdAtUtc = f.local(kTuesday, 7);
        many << a;
    }
    f.store.addAppointments(many);
    const PharmacyDay day = PharmacyDay::load(f.store, f.center, kWednesday);
    REQUIRE(day.doses.size() == 266); // two in three are compounded
}
