#include "common/error.h"
#include "fixture.h"
#include "model/prescriberorder.h"
#include "model/priorauthorization.h"
#include "scheduling/bookingservice.h"
#include "scheduling/centertime.h"
#include "scheduling/rescheduleservice.h"
#include "scheduling/slotservice.h"
#include "store/scopedtransaction.h"
#include "store/store.h"

#include <catch2/catch.hpp>
#include <random>

using namespace chairside;

namespace {

/// Another patient whose appointments fill chairs in these stories.
Patient filler(test::Fixture &f)
{
    if (const auto existing = f.store.patientByMrn(QStringLiteral("F0001")))
        return *existing;
    return f.addReadyPatient(
        QStringLiteral("F0001"), QStringLiteral("Fay"), QStringLiteral("Filler"), QDate(1970, 1, 1), f.ivig);
}

/// Holds a chair from one local wall time to another.
void hold(test::Fixture &f, const Chair &chair, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    Appointment a;
    a.patientId = filler(f).id;
    a.centerId = f.center.id;
    a.chairId = chair.id;
    a.therapyId = f.ivig.id;
    a.startUtc = fromUtc;
    a.minutes = int(fromUtc.secsTo(toUtc) / 60);
    a.prep = PrepState::NotNeeded;
    a.createdBy = QStringLiteral("desk");
    a.createdAtUtc = f.clock.nowUtc();
    f.store.addAppointment(a);
}

/// Every chair taken for the whole of each day in [first, last].
void fillDays(test::Fixture &f, QDate first, QDate last)
{
    auto transaction = f.store.transaction();
    for (QDate date = first; date <= last; date = date.addDays(1)) {
        for (const Chair &chair : f.chairs)
            hold(f, chair, CenterTime::dayStartUtc(f.center, date), CenterTime::dayEndUtc(f.center, date));
    }
    transaction->commit();
}

QString wall(const test::Fixture &f, const Slot &slot)
{
    return CenterTime::toLocal(f.center, slot.startUtc).toString(QStringLiteral("ddd d MMM HH:mm"))
        + QLatin1Char('/') + slot.chairLabel;
}

Patient patientWith(test::Fixture &f, const QString &mrn, const PrescriberOrder &orderTemplate,
    const PriorAuthorization &authTemplate)
{
    Patient p;
    p.mrn = mrn;
    p.firstName = QStringLiteral("Noor");
    p.lastName = QStringLiteral("Haddad");
    p.dateOfBirth = QDate(1980, 5, 5);
    p.id = f.store.addPatient(p);
    PrescriberOrder order = orderTemplate;
    order.patientId = p.id;
    order.therapyId = f.infliximab.id;
    f.store.addOrder(order);
    PriorAuthorization auth = authTemplate;
    auth.patientId = p.id;
    auth.therapyId = f.infliximab.id;
    f.store.addAuthorization(auth);
    return p;
}

PrescriberOrder goodOrder()
{
    PrescriberOrder order;
    order.prescriber = QStringLiteral("Dr. Okafor");
    order.validFrom = QDate(2026, 6, 1);
    order.validTo = QDate(2027, 6, 1);
    order.dosesAuthorized = 8;
    return order;
}

PriorAuthorization goodAuthorization()
{
    PriorAuthorization auth;
    auth.payer = QStringLiteral("Blue Harbor Health");
    auth.validFrom = QDate(2026, 9, 1);
    auth.validTo = QDate(2027, 3, 1);
    auth.visitsApproved = 4;
    return auth;
}

/// Nurses enough for every chair at every hour, and offers earliest first: these tests are about chairs,
/// bookings and bounds (the nurses' own are in tst_nursecapacity.cpp).
void ampleNurses(test::Fixture &f)
{
    NursePolicy policy;
    policy.offers = SlotOffers::Earliest;
    policy.startsPerNurseStep = 20;
    policy.applyShifts(QStringLiteral("mon-sun 00-24=20"), QStringLiteral("nurses"));
    f.store.setNursePolicy(f.center.id, policy);
}

} // namespace

TEST_CASE("Story: the nearest free date is three days out")
{
    test::Fixture f; // Tuesday 1 December, 08:00
    ampleNurses(f);
    SlotService finder(f.store, f.clock);

    SECTION("the pharmacy's lead time alone puts the first slot at tomorrow 08:00")
    {
        const auto found = finder.forPatient(f.maria.id, f.infliximab.id, f.center.id, 1);
        REQUIRE(found.size() == 1);
        REQUIRE(wall(f, found[0]) == QStringLiteral("Wed 2 Dec 08:00/1"));
    }

    SECTION("Wednesday and Thursday are full, and on Friday only the suite is free at opening")
    {
        fillDays(f, QDate(2026, 12, 2), QDate(2026, 12, 3));
        const QDate friday(2026, 12, 4);
        for (int i = 0; i < 4; ++i)
            hold(f, f.chairs[i], f.local(friday, 7), f.local(friday, 9));
        const auto found = finder.forPatient(f.maria.id, f.infliximab.id, f.center.id, 3);
        REQUIRE(found.size() == 3);
        REQUIRE(wall(f, found[0]) == QStringLiteral("Fri 4 Dec 07:00/Suite A"));
        REQUIRE(wall(f, found[1]) == QStringLiteral("Fri 4 Dec 07:15/Suite A"));
        REQUIRE(CenterTime::localDate(f.center, found[0].startUtc).toJulianDay()
                - CenterTime::localDate(f.center, f.clock.nowUtc()).toJulianDay()
            == 3);
    }

    SECTION("a center whose pharmacy needs 72 hours offers Friday at 08:00 though Wednesday is empty")
    {
        f.center.policy.pharmacyLeadHours = 72;
        f.store.updateCenter(f.center);
        const auto found = finder.forPatient(f.maria.id, f.infliximab.id, f.center.id, 1);
        REQUIRE(found.size() == 1);
        REQUIRE(wall(f, found[0]) == QStringLiteral("Fri 4 Dec 08:00/1"));
    }
}

TEST_CASE("Story: Tuesday moved to Friday with an afternoon's notice")
{
    test::Fixture f;
    ampleNurses(f);
    const QDate tuesday(2026, 12, 8);
    const qint64 booked = f.book(f.maria, f.infliximab, tuesday, 10, 0);

    // Monday afternoon she calls: Tuesday no longer works. The rest of Tuesday, Wednesday and Thursday are
    // full.
    f.clock.set(f.local(QDate(2026, 12, 7), 15, 0));
    auto transaction = f.store.transaction();
    for (const Chair &chair : f.chairs)
        hold(f, chair, f.local(tuesday, 12), f.local(tuesday, 19));
    transaction->commit();
    fillDays(f, QDate(2026, 12, 9), QDate(2026, 12, 10));

    SlotService finder(f.store, f.clock);
    const auto found = finder.forAppointment(booked, 3);
    REQUIRE(found.size() == 3);
    REQUIRE(wall(f, found[0]) == QStringLiteral("Fri 11 Dec 07:00/1"));
    REQUIRE(found[0].minutes == 120);

    const User desk = *f.store.userByName(QStringLiteral("desk"));
    RescheduleRequest request;
    request.appointmentId = booked;
    request.startUtc = found[0].startUtc;
    request.chairId = found[0].chairId;
    const Appointment moved = RescheduleService(f.store, f.clock).reschedule(desk, request);
    REQUIRE(moved.replacesId == booked);
    REQUIRE(f.store.appointment(booked)->status == AppointmentStatus::Cancelled);
    REQUIRE(f.store.replacementOf(booked)->id == moved.id);
    REQUIRE(CenterTime::localDate(f.center, moved.startUtc) == QDate(2026, 12, 11));
}

TEST_CASE("The appointment being moved does not block its own chair, and the day asked for is honoured")
{
    test::Fixture f;
    ampleNurses(f);
    const QDate wednesday(2026, 12, 2);
    const qint64 id = f.book(f.maria, f.infliximab, wednesday, 9, 0, &f.chairs[0]);
    SlotService finder(f.store, f.clock);
    auto found = finder.forAppointment(id, 1);
    REQUIRE(wall(f, found[0]) == QStringLiteral("Wed 2 Dec 08:00/1"));
    found = finder.forAppointment(id, 1, CenterTime::dayStartUtc(f.center, QDate(2026, 12, 5)));
    REQUIRE(wall(f, found[0]) == QStringLiteral("Sat 5 Dec 08:00/1"));
    REQUIRE_THROWS_AS(finder.forAppointment(99999, 1), Error);
}

TEST_CASE("A new course starts near the dosing interval after the last dose")
{
    test::Fixture f;
    ampleNurses(f);
    Appointment last;
    last.patientId = f.maria.id;
    last.centerId = f.center.id;
    last.chairId = f.chairs[0].id;
    last.therapyId = f.infliximab.id;
    last.startUtc = f.local(QDate(2026, 11, 17), 10, 0);
    last.minutes = 120;
    last.status = AppointmentStatus::Fulfilled;
    last.createdBy = QStringLiteral("desk");
    last.createdAtUtc = last.startUtc.addDays(-7);
    f.store.addAppointment(last);

    SlotService finder(f.store, f.clock);
    // Every 8 weeks, less a week's tolerance: 17 November + 49 days.
    const auto found = finder.forPatient(f.maria.id, f.infliximab.id, f.center.id, 1);
    REQUIRE(found.size() == 1);
    REQUIRE(wall(f, found[0]) == QStringLiteral("Tue 5 Jan 10:00/1"));
    // Moving an appointment already booked keeps to the lead time alone.
    const qint64 id = f.book(f.maria, f.infliximab, QDate(2026, 12, 9), 10, 0);
    REQUIRE(wall(f, finder.forAppointment(id, 1)[0]) == QStringLiteral("Wed 2 Dec 08:00/1"));
}

TEST_CASE("Story: no time is offered while the patient is booked elsewhere, and every offer can be booked")
{
    test::Fixture f; // Tuesday 1 December, 08:00
    ampleNurses(f);
    const Patient sam = f.addReadyPatient(QStringLiteral("M0200"), QStringLiteral("Sam"),
        QStringLiteral("Okoro"), QDate(1975, 2, 2), f.vedolizumab);
    Center harbor = f.center;
    harbor.name = QStringLiteral("Harbor Infusion");
    harbor.id = f.store.addCenter(harbor);
    Chair harborChair;
    harborChair.centerId = harbor.id;
    harborChair.label = QStringLiteral("H1");
    harborChair.id = f.store.addChair(harborChair);

    PrescriberOrder ivigOrder = goodOrder();
    ivigOrder.patientId = sam.id;
    ivigOrder.therapyId = f.ivig.id;
    f.store.addOrder(ivigOrder);
    PriorAuthorization ivigAuthorization = goodAuthorization();
    ivigAuthorization.patientId = sam.id;
    ivigAuthorization.therapyId = f.ivig.id;
    f.store.addAuthorization(ivigAuthorization);

    // Wednesday he has ocrelizumab at the other center 08:00-11:00 and, here, an hour of IVIG on chair 1
    // from 13:00.
    const QDate wednesday(2026, 12, 2);
    BookingService booking(f.store, f.clock);
    BookingRequest away;
    away.patientId = sam.id;
    away.therapyId = f.ocrelizumab.id;
    away.centerId = harbor.id;
    away.startUtc = f.local(wednesday, 8, 0);
    away.minutes = 180;
    away.user = QStringLiteral("desk");
    booking.book(away);
    BookingRequest here = away;
    here.therapyId = f.ivig.id;
    here.centerId = f.center.id;
    here.startUtc = f.local(wednesday, 13, 0);
    here.minutes = 60;
    here.chairId = f.chairs[0].id;
    const qint64 hereId = booking.book(here).id;

    SlotService finder(f.store, f.clock);
    const auto found = finder.forPatient(sam.id, f.vedolizumab.id, f.center.id, 12);
    REQUIRE(found.size() == 12);
    // Vedolizumab takes 30 minutes: 11:00 to 12:30, then nothing until his hour is over.
    REQUIRE(wall(f, found[0]) == QStringLiteral("Wed 2 Dec 11:00/1"));
    REQUIRE(wall(f, found[6]) == QStringLiteral("Wed 2 Dec 12:30/1"));
    REQUIRE(wall(f, found[7]) == QStringLiteral("Wed 2 Dec 14:00/1"));
    for (const Slot &slot : found) {
        BookingRequest request;
        request.patientId = sam.id;
        request.therapyId = f.vedolizumab.id;
        request.centerId = f.center.id;
        request.startUtc = slot.startUtc;
        request.chairId = slot.chairId;
        request.user = QStringLiteral("desk");
        auto transaction = f.store.transaction();
        REQUIRE_NOTHROW(booking.book(request));
        // Rolled back: each offer is tried on its own.
    }

    // Moving the hour of IVIG: not into the morning away, and the hour itself is no obstacle.
    const auto moves = finder.forAppointment(hereId, 2);
    REQUIRE(moves.size() == 2);
    REQUIRE(wall(f, moves[0]) == QStringLiteral("Wed 2 Dec 11:00/1"));
    REQUIRE(wall(f, moves[1]) == QStringLiteral("Wed 2 Dec 11:15/1"));
}

TEST_CASE("The dosing interval counts from the patient's other bookings, not only from the last dose given")
{
    test::Fixture f; // Tuesday 1 December, 08:00; infliximab every 8 weeks
    ampleNurses(f);
    const QDate nextWednesday(2026, 12, 9);
    f.book(f.maria, f.infliximab, nextWednesday, 10, 0);
    SlotService finder(f.store, f.clock);

    // Nothing in the seven weeks either side of that dose: the first is 27 January at 10:00.
    const auto found = finder.forPatient(f.maria.id, f.infliximab.id, f.center.id, 2);
    REQUIRE(found.size() == 2);
    REQUIRE(wall(f, found[0]) == QStringLiteral("Wed 27 Jan 10:00/1"));

    // Moving a second dose keeps it seven weeks from the first.
    const qint64 second = f.book(f.maria, f.infliximab, QDate(2027, 2, 3), 10, 0);
    const auto moves = finder.forAppointment(second, 1);
    REQUIRE(moves.size() == 1);
    REQUIRE(wall(f, moves[0]) == QStringLiteral("Wed 27 Jan 10:00/1"));
}

TEST_CASE("No slot is offered past the authorization, nor at all when the order or authorization has lapsed")
{
    test::Fixture f;
    ampleNurses(f);
    SlotService finder(f.store, f.clock);

    SECTION("an authorization ending Thursday bounds the list at Thursday evening")
    {
        PriorAuthorization shortAuth = goodAuthorization();
        shortAuth.validTo = QDate(2026, 12, 3);
        const Patient p = patientWith(f, QStringLiteral("M0100"), goodOrder(), shortAuth);
        const auto found = finder.forPatient(p.id, f.infliximab.id, f.center.id, 100);
        REQUIRE(
            found.size() == 37 + 49); // Wednesday 08:00-17:00 and Thursday 07:00-19:00, by the quarter hour
        REQUIRE(wall(f, found.last()) == QStringLiteral("Thu 3 Dec 19:00/1"));
        for (const Slot &slot : found)
            REQUIRE(slot.endUtc() <= CenterTime::dayEndUtc(f.center, QDate(2026, 12, 3)));
    }

    SECTION("a lapsed order")
    {
        PrescriberOrder lapsed = goodOrder();
        lapsed.validTo = QDate(2026, 11, 30);
        const Patient p = patientWith(f, QStringLiteral("M0101"), lapsed, goodAuthorization());
        REQUIRE(finder.forPatient(p.id, f.infliximab.id, f.center.id).isEmpty());
        const BookingWindow window = finder.window(f.center, p.id, f.infliximab.id, true);
        REQUIRE_FALSE(window.isOpen());
        REQUIRE(window.closedField == QStringLiteral("order"));
        REQUIRE(window.closedReason.contains(QStringLiteral("2026-11-30")));
    }

    SECTION("an order with every dose used")
    {
        PrescriberOrder used = goodOrder();
        used.dosesUsed = used.dosesAuthorized;
        const Patient p = patientWith(f, QStringLiteral("M0102"), used, goodAuthorization());
        REQUIRE(finder.forPatient(p.id, f.infliximab.id, f.center.id).isEmpty());
    }

    SECTION("an authorization still pending, or with no visits left")
    {
        PriorAuthorization pending = goodAuthorization();
        pending.status = PriorAuthorization::Status::Pending;
        const Patient p = patientWith(f, QStringLiteral("M0103"), goodOrder(), pending);
        REQUIRE(finder.forPatient(p.id, f.infliximab.id, f.center.id).isEmpty());
        REQUIRE(finder.window(f.center, p.id, f.infliximab.id, true).closedField
            == QStringLiteral("authorization"));

        PriorAuthorization spent = goodAuthorization();
        spent.visitsUsed = spent.visitsApproved;
        const Patient q = patientWith(f, QStringLiteral("M0104"), goodOrder(), spent);
        REQUIRE(finder.forPatient(q.id, f.infliximab.id, f.center.id).isEmpty());
    }

    SECTION("an order that lapses before the lead time is over")
    {
        PrescriberOrder endsToday = goodOrder();
        endsToday.validTo = QDate(2026, 12, 1);
        const Patient p = patientWith(f, QStringLiteral("M0105"), endsToday, goodAuthorization());
        REQUIRE(finder.forPatient(p.id, f.infliximab.id, f.center.id).isEmpty());
    }
}

TEST_CASE("The search reads further when the first fortnight is full, without missing a slot across the edge")
{
    test::Fixture f;
    ampleNurses(f);
    SlotService finder(f.store, f.clock);

    SECTION("the first fortnight full: Wednesday 16 December at opening, across a window's edge")
    {
        fillDays(f, QDate(2026, 12, 2), QDate(2026, 12, 15));
        const auto found = finder.forPatient(f.maria.id, f.infliximab.id, f.center.id, 3);
        REQUIRE(found.size() == 3);
        REQUIRE(wall(f, found[0]) == QStringLiteral("Wed 16 Dec 07:00/1"));
        REQUIRE(wall(f, found[2]) == QStringLiteral("Wed 16 Dec 07:30/1"));
    }

    SECTION("the first fortnight full but for one late slot: the rest come from the next window")
    {
        fillDays(f, QDate(2026, 12, 3), QDate(2026, 12, 15));
        auto transaction = f.store.transaction();
        for (const Chair &chair : f.chairs)
            hold(f, chair, f.local(QDate(2026, 12, 2), 0), f.local(QDate(2026, 12, 2), 17));
        transaction->commit();
        const auto found = finder.forPatient(f.maria.id, f.infliximab.id, f.center.id, 2);
        REQUIRE(found.size() == 2);
        REQUIRE(wall(f, found[0]) == QStringLiteral("Wed 2 Dec 17:00/1"));
        REQUIRE(wall(f, found[1]) == QStringLiteral("Wed 16 Dec 07:00/1"));
    }

    SECTION("a full quarter: the first slot comes from the last window")
    {
        fillDays(f, QDate(2026, 12, 2), QDate(2027, 3, 12));
        PriorAuthorization longAuth = goodAuthorization();
        longAuth.validTo = QDate(2027, 6, 1);
        f.store.addAuthorization([&] {
            PriorAuthorization a = longAuth;
            a.patientId = f.maria.id;
            a.therapyId = f.infliximab.id;
            return a;
        }());
        const auto found = finder.forPatient(f.maria.id, f.infliximab.id, f.center.id, 1);
        REQUIRE(found.size() == 1);
        REQUIRE(wall(f, found[0]) == QStringLiteral("Sat 13 Mar 08:00/1"));
    }
}

TEST_CASE("Property: reading the bookings a window at a time finds what reading them all at once finds")
{
    test::Fixture f;
    ampleNurses(f);
    std::mt19937 random(7);
    {
        auto transaction = f.store.transaction();
        // A chair is never booked twice at once (the server refuses it): a drawn hold that overlaps one
        // already on its chair is left out.
        QHash<qint64, QList<std::pair<QDateTime, QDateTime>>> taken;
        for (int i = 0; i < 900; ++i) {
            const QDate date = QDate(2026, 12, 2).addDays(qint64(random() % 120));
            const QDateTime start = f.local(date, 6 + int(random() % 14), int(random() % 4) * 15);
            const Chair &chair = f.chairs[qsizetype(random() % f.chairs.size())];
            const QDateTime end = start.addSecs(60 * (30 + qint64(random() % 8) * 30));
            auto &held = taken[chair.id];
            if (std::any_of(held.cbegin(), held.cend(),
                    [&](const auto &h) { return h.first < end && start < h.second; }))
                continue;
            held.append({start, end});
            hold(f, chair, start, end);
        }
        transaction->commit();
    }
    SlotService finder(f.store, f.clock);
    const Center center = *f.store.center(f.center.id);
    const QDateTime earliest = f.clock.nowUtc().addSecs(24 * 3600);
    for (const int minutes : {30, 120, 210, 600}) {
        for (const int count : {1, 10, 60, 400}) {
            SlotQuery all;
            all.nurses = f.store.nursePolicy(f.center.id);
            all.center = center;
            all.chairs = f.store.chairs(center.id);
            all.booked = f.store.appointmentsAtCenter(center.id, earliest.addDays(-1), earliest.addDays(400));
            all.minutes = minutes;
            all.earliestUtc = earliest;
            all.count = count;
            INFO(minutes << " minutes, " << count << " slots");
            auto expected = findSlots(all);
            REQUIRE(expected.size() == count);
            expected.first().earliest = true; // the service marks the earliest of its offers
            REQUIRE(finder.search(center, minutes, earliest, {}, count) == expected);
        }
    }
}
