#include "fixture.h"
#include "scheduling/centertime.h"
#include "scheduling/rescheduleservice.h"
#include "scheduling/roster.h"
#include "scheduling/rosterservice.h"
#include "store/store.h"

#include <catch2/catch.hpp>

using namespace chairside;

namespace {

const QDate kWednesday(2026, 12, 2);

Center weekdayCenter(const char *hours = "mon-fri 07:00-19:00")
{
    Center center;
    center.id = 1;
    center.name = QStringLiteral("Harbor Infusion");
    center.timeZoneId = "America/New_York";
    center.hours = OpeningHours::parse(QString::fromLatin1(hours));
    return center;
}

Chair chairNamed(qint64 id, const char *label, bool active = true)
{
    Chair chair;
    chair.id = id;
    chair.centerId = 1;
    chair.label = QString::fromLatin1(label);
    chair.active = active;
    return chair;
}

struct DayBuilder
{
    RosterInput input;

    void add(qint64 id, qint64 chairId, int hour, int minute, int minutes, AppointmentStatus status,
        PrepState prep = PrepState::NotReady)
    {
        Appointment a;
        a.id = id;
        a.patientId = 500 + id;
        a.centerId = 1;
        a.chairId = chairId;
        a.therapyId = id % 2 ? 7 : 8;
        a.startUtc = CenterTime::utcAt(input.center, input.date, hour * 60 + minute);
        a.minutes = minutes;
        a.status = status;
        a.prep = prep;
        input.appointments << a;
        input.patientNames.insert(a.patientId, QStringLiteral("Patient%1, Pat").arg(id));
    }
};

RosterInput therapiesOnly(const Center &center, QDate date)
{
    RosterInput input;
    input.center = center;
    input.date = date;
    Therapy infliximab;
    infliximab.id = 7;
    infliximab.name = QStringLiteral("infliximab");
    Therapy vedolizumab;
    vedolizumab.id = 8;
    vedolizumab.name = QStringLiteral("vedolizumab");
    input.therapies = {infliximab, vedolizumab};
    return input;
}

QList<qint64> idsOf(const RosterChair &row)
{
    QList<qint64> ids;
    for (const RosterEntry &e : row.entries)
        ids << e.appointmentId;
    return ids;
}

} // namespace

TEST_CASE("The roster counts each state once and measures the chair time held")
{
    DayBuilder day {therapiesOnly(weekdayCenter(), kWednesday)};
    day.input.chairs = {chairNamed(11, "1"), chairNamed(12, "2"), chairNamed(13, "3"),
        chairNamed(14, "4", false), chairNamed(15, "5", false)};
    using S = AppointmentStatus;
    // Added out of order: the roster sorts each chair by start.
    day.add(11, 11, 18, 0, 120, S::Booked); // a late admission past closing: only 60 minutes are open hours
    day.add(1, 11, 8, 0, 120, S::Booked, PrepState::Ready);
    day.add(2, 11, 10, 0, 120, S::Fulfilled, PrepState::Ready);
    day.add(3, 12, 9, 0, 120, S::CheckedIn, PrepState::Ready);
    day.add(4, 12, 11, 0, 30, S::InProgress, PrepState::Ready);
    day.add(5, 13, 12, 0, 120, S::NoShow, PrepState::Wasted);
    day.add(6, 13, 14, 0, 120, S::Cancelled);
    day.add(7, 13, 16, 0, 120, S::Cancelled);
    day.add(8, 12, 13, 0, 60, S::Arrived, PrepState::NotNeeded);
    day.add(9, 11, 15, 0, 60, S::EnteredInError);
    day.add(10, 14, 9, 0, 60, S::Booked); // on a chair taken out of service
    day.input.replaced = {6};

    const Roster roster = buildRoster(day.input);
    REQUIRE(roster.counts == RosterCounts {3, 1, 1, 1, 1, 1, 1, 1});

    // Chair 5 is out of service and empty, so it is left out; chair 4 still shows what it holds.
    REQUIRE(roster.chairs.size() == 4);
    REQUIRE(roster.chairs[3].chair.label == QStringLiteral("4"));
    REQUIRE(idsOf(roster.chairs[0]) == QList<qint64> {1, 2, 11});
    REQUIRE(idsOf(roster.chairs[1]) == QList<qint64> {3, 4, 8});
    REQUIRE(idsOf(roster.chairs[2]) == QList<qint64> {5, 6, 7});

    const RosterEntry &first = roster.chairs[0].entries[0];
    REQUIRE(first.patientName == QStringLiteral("Patient1, Pat"));
    REQUIRE(first.therapyName == QStringLiteral("infliximab"));
    REQUIRE(first.chairLabel == QStringLiteral("1"));
    REQUIRE(first.prep == PrepState::Ready);
    REQUIRE(CenterTime::localMinute(day.input.center, first.endUtc) == 10 * 60);
    REQUIRE(roster.chairs[2].entries[1].rescheduled);
    REQUIRE_FALSE(roster.chairs[2].entries[2].rescheduled);

    // Held: 120 + 120 + 120 + 30 + 60 + 60 (chair 4) + 60 (the part of 18:00-20:00 before closing).
    REQUIRE(roster.heldMinutes == 570);
    REQUIRE(roster.capacityMinutes == 3 * 720);
    REQUIRE(roster.utilization == Approx(570.0 / 2160.0));
    REQUIRE(roster.opensUtc == CenterTime::utcAt(day.input.center, kWednesday, 7 * 60));
    REQUIRE(roster.viewEndUtc == CenterTime::utcAt(day.input.center, kWednesday, 20 * 60));
}

TEST_CASE("A closed day has no capacity and a utilization of zero")
{
    DayBuilder day {therapiesOnly(weekdayCenter(), QDate(2026, 12, 6))};
    day.input.chairs = {chairNamed(11, "1")};
    const Roster empty = buildRoster(day.input);
    REQUIRE(empty.capacityMinutes == 0);
    REQUIRE(empty.utilization == 0.0);
    REQUIRE_FALSE(empty.opensUtc.isValid());
    REQUIRE(empty.chairs.size() == 1);
    REQUIRE(empty.chairs[0].entries.isEmpty());
}

TEST_CASE("A daylight-saving day's capacity counts the hours it really has")
{
    DayBuilder day {therapiesOnly(weekdayCenter("sun 00:00-06:00"), QDate(2026, 3, 8))};
    day.input.chairs = {chairNamed(11, "1"), chairNamed(12, "2")};
    day.add(1, 11, 1, 0, 120, AppointmentStatus::Fulfilled);
    const Roster roster = buildRoster(day.input);
    REQUIRE(roster.capacityMinutes == 2 * 300); // 00:00-06:00 on the wall is five hours that night
    REQUIRE(roster.heldMinutes == 120);
    REQUIRE(roster.utilization == Approx(0.2));
}

TEST_CASE("The roster service reads a real day: names, therapies, readiness, a rescheduled appointment")
{
    test::Fixture f;
    const auto liam = f.addReadyPatient(QStringLiteral("M0002"), QStringLiteral("Liam"),
        QStringLiteral("O'Brien"), QDate(1975, 6, 30), f.vedolizumab);
    const auto ana = f.addReadyPatient(QStringLiteral("M0003"), QStringLiteral("Ana"),
        QStringLiteral("Nguyen-Tran"), QDate(1988, 1, 2), f.ocrelizumab);
    const auto bo = f.addReadyPatient(QStringLiteral("M0004"), QStringLiteral("Bo"),
        QStringLiteral("Lindqvist"), QDate(1990, 2, 3), f.ivig);

    const qint64 maria = f.book(f.maria, f.infliximab, kWednesday, 10, 0, &f.chairs[0]);
    const qint64 liamId = f.book(liam, f.vedolizumab, kWednesday, 9, 0, &f.chairs[1]);
    const qint64 anaId = f.book(ana, f.ocrelizumab, kWednesday, 8, 0, &f.chairs[2]);
    const qint64 boId = f.book(bo, f.ivig, kWednesday, 7, 0, &f.chairs[4]);
    f.store.setPrep(maria, PrepState::Ready, f.clock.nowUtc());

    RescheduleRequest move;
    move.appointmentId = boId;
    move.startUtc = f.local(QDate(2026, 12, 4), 9, 0);
    RescheduleService(f.store, f.clock).reschedule(*f.store.userByName(QStringLiteral("desk")), move);

    f.clock.set(f.local(kWednesday, 8, 50));
    f.store.changeStatus(liamId, AppointmentStatus::Arrived, QStringLiteral("desk"), f.clock.nowUtc());
    f.store.changeStatus(anaId, AppointmentStatus::CheckedIn, QStringLiteral("desk"), f.clock.nowUtc());
    f.store.changeStatus(anaId, AppointmentStatus::InProgress, QStringLiteral("nurse"), f.clock.nowUtc());

    const Roster roster = RosterService(f.store).build(f.center.id, kWednesday);
    REQUIRE(roster.centerName == f.center.name);
    REQUIRE(roster.counts == RosterCounts {1, 1, 0, 1, 0, 0, 1, 0});
    REQUIRE(roster.chairs.size() == 5);
    QStringList labels;
    for (const RosterChair &row : roster.chairs)
        labels << row.chair.label;
    REQUIRE(labels
        == QStringList {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
            QStringLiteral("Suite A")});

    const RosterEntry &first = roster.chairs[0].entries.first();
    REQUIRE(first.appointmentId == maria);
    REQUIRE(first.patientName == QStringLiteral("Alvarez, Maria"));
    REQUIRE(first.therapyName == QStringLiteral("infliximab"));
    REQUIRE(first.prep == PrepState::Ready);
    REQUIRE(first.status == AppointmentStatus::Booked);
    REQUIRE(roster.chairs[2].entries.first().status == AppointmentStatus::InProgress);
    const RosterEntry &moved = roster.chairs[4].entries.first();
    REQUIRE(moved.appointmentId == boId);
    REQUIRE(moved.rescheduled);
    REQUIRE(moved.prep == PrepState::NotNeeded);
    REQUIRE(roster.chairs[3].entries.isEmpty());

    // 120 + 30 + 210 minutes held of five chairs' twelve hours.
    REQUIRE(roster.heldMinutes == 360);
    REQUIRE(roster.utilization == Approx(0.1));

    // Friday shows the moved appointment as booked, and Sunday is closed.
    REQUIRE(RosterService(f.store).build(f.center, QDate(2026, 12, 4)).counts.booked == 1);
    REQUIRE(RosterService(f.store).build(f.center, QDate(2026, 12, 6)).utilization == 0.0);
}

TEST_CASE("The roster counts the starts in each 15 minutes and the patients in chairs, against the nurses")
{
    DayBuilder day {therapiesOnly(weekdayCenter(), kWednesday)};
    day.input.chairs = {chairNamed(11, "1"), chairNamed(12, "2"), chairNamed(13, "3"), chairNamed(14, "4")};
    // One nurse from 07:00 to 19:00: two starts in 15 minutes, three patients at once.
    day.input.nurses.startsPerNurseStep = 2;
    day.input.nurses.patientsPerNurse = 3;
    day.input.nurses.applyShifts(QStringLiteral("wed 07-19=1"), QStringLiteral("nurses"));
    using S = AppointmentStatus;
    day.add(1, 11, 9, 0, 120, S::Booked);
    day.add(2, 12, 9, 0, 60, S::Booked);
    day.add(3, 13, 9, 10, 30, S::Booked);
    day.add(4, 14, 9, 0, 60, S::Cancelled); // holds no chair: not counted
    day.add(5, 14, 10, 0, 30, S::Booked);
    day.add(6, 12, 10, 0, 30, S::Fulfilled); // done: the nurses started it all the same

    const Roster roster = buildRoster(day.input);
    const auto &steps = roster.nurses.steps();
    const NurseStep &nine = steps[std::size_t(9 * 4)];
    REQUIRE(nine.minute == 9 * 60);
    REQUIRE(nine.starts == 3);
    REQUIRE(nine.startCapacity == 2);
    REQUIRE(nine.inChairs == 3);
    REQUIRE(nine.chairCapacity == 3);
    const NurseStep &ten = steps[std::size_t(10 * 4)];
    REQUIRE(ten.starts == 2);
    REQUIRE(ten.inChairs == 3); // 1 (until 11:00), 5 and 6
    REQUIRE(roster.nurses.peakStarts() == 3);
    REQUIRE(roster.nurses.overloadMinutes() == 0); // three patients at most, where the nurse may have three
}
