// Each report's numbers against a small hand-built day: Tuesday 1 December 2026 at a center in New York
// open 08:00-12:00 with two chairs. Worked out by hand in the comments.

#include "reports/noshowreport.h"
#include "reports/reschedulereport.h"
#include "reports/startsreport.h"
#include "reports/utilizationreport.h"
#include "reports/waitreport.h"
#include "reports/walkinreport.h"
#include "scheduling/centertime.h"

#include <QLocale>

#include <catch2/catch.hpp>

using namespace chairside;

namespace {

const QDate kDay(2026, 12, 1); // a Tuesday

Center center()
{
    Center c;
    c.id = 1;
    c.name = QStringLiteral("Riverside");
    c.timeZoneId = "America/New_York";
    c.hours = OpeningHours::parse(QStringLiteral("mon-fri 08:00-12:00"));
    c.policy.pharmacyLeadHours = 24;
    return c;
}

QDateTime at(QDate date, int hour, int minute = 0)
{
    return CenterTime::utcAt(center(), date, hour * 60 + minute);
}

QDateTime at(int hour, int minute = 0)
{
    return at(kDay, hour, minute);
}

struct Day
{
    ReportRecords records;

    Day()
    {
        records.center = center();
        records.chairs = 2;
        records.from = kDay;
        records.to = kDay;
        records.therapies.insert(1, Therapy {1, QStringLiteral("infliximab"), {}, 120, 8, true, 24, 50000});
        records.therapies.insert(2, Therapy {2, QStringLiteral("vedolizumab"), {}, 30, 8, true, 24, 30000});
        // The nurses on shift from 09:00 to 10:00 on Tuesdays: none (an afternoon meeting moved to the
        // morning); every other hour has what the chairs need, one nurse, who can start 2 in a step.
        records.nursePolicy.nurses[1][9] = 0;
    }

    ReportAppointment &add(
        qint64 id, qint64 therapy, int hour, int minute, int minutes, AppointmentStatus status)
    {
        ReportAppointment r;
        r.appointment.id = id;
        r.appointment.patientId = 100 + id;
        r.appointment.centerId = 1;
        r.appointment.therapyId = therapy;
        r.appointment.startUtc = at(hour, minute);
        r.appointment.minutes = minutes;
        r.appointment.status = status;
        r.appointment.prep = PrepState::Ready;
        records.appointments << r;
        return records.appointments.last();
    }

    void confirm(qint64 id)
    {
        Confirmation c;
        c.appointmentId = id;
        c.confirmed = true;
        records.confirmations.insert(id, c);
    }
};

/// The day: 1 = infliximab, 2 = vedolizumab.
Day smallDay()
{
    Day d;
    // 1: infliximab 08:00, arrived 07:50, checked in 07:55, in the chair 08:10 to 10:10. Waited 20 minutes.
    Appointment &a1 = d.add(1, 1, 8, 0, 120, AppointmentStatus::Fulfilled).appointment;
    a1.arrivedAtUtc = at(7, 50);
    a1.checkedInAtUtc = at(7, 55);
    a1.startedAtUtc = at(8, 10);
    a1.completedAtUtc = at(10, 10);
    d.confirm(1);
    // 2: infliximab 08:00, a no-show: the dose written off, the fee recorded. Confirmed all the same.
    Appointment &a2 = d.add(2, 1, 8, 0, 60, AppointmentStatus::NoShow).appointment;
    a2.prep = PrepState::Wasted;
    a2.noShowFeeCents = 5000;
    d.confirm(2);
    // 3: vedolizumab 09:00, a no-show whose dose was made and never written off: wasted all the same.
    Appointment &a3 = d.add(3, 2, 9, 0, 30, AppointmentStatus::NoShow).appointment;
    a3.noShowFeeCents = 5000;
    // 4: vedolizumab 10:00, cancelled 18 hours before: late (inside the 24-hour lead time).
    ReportAppointment &r4 = d.add(4, 2, 10, 0, 60, AppointmentStatus::Cancelled);
    r4.appointment.prep = PrepState::NotReady;
    r4.cancelledAtUtc = at(kDay.addDays(-1), 16);
    // 5: vedolizumab 11:00, cancelled six days before: not late.
    ReportAppointment &r5 = d.add(5, 2, 11, 0, 60, AppointmentStatus::Cancelled);
    r5.appointment.prep = PrepState::NotReady;
    r5.cancelledAtUtc = at(kDay.addDays(-6), 9);
    // 6: infliximab 10:30, moved to another day an hour before: counted as its replacement, not here.
    ReportAppointment &r6 = d.add(6, 1, 10, 30, 90, AppointmentStatus::Cancelled);
    r6.cancelledAtUtc = at(9, 30);
    r6.replacedById = 60;
    // 7: vedolizumab 09:00, admitted at once at 09:05 (no arrival of its own), in the chair 09:35 to 10:35.
    Appointment &a7 = d.add(7, 2, 9, 0, 60, AppointmentStatus::Fulfilled).appointment;
    a7.checkedInAtUtc = at(9, 5);
    a7.startedAtUtc = at(9, 35);
    a7.completedAtUtc = at(10, 35);
    // 8: infliximab 11:00, arrived 10:30, in the chair 11:10 to 13:10 (past closing). Waited 40 minutes.
    Appointment &a8 = d.add(8, 1, 11, 0, 120, AppointmentStatus::Fulfilled).appointment;
    a8.arrivedAtUtc = at(10, 30);
    a8.checkedInAtUtc = at(10, 40);
    a8.startedAtUtc = at(11, 10);
    a8.completedAtUtc = at(13, 10);
    d.confirm(8);
    // 9: infliximab 08:00 for 30 minutes, still booked (nobody came or marked it): holds its chair.
    d.add(9, 1, 8, 0, 30, AppointmentStatus::Booked).appointment.prep = PrepState::NotReady;
    // An appointment entered in error counts nowhere.
    d.add(10, 2, 8, 0, 60, AppointmentStatus::EnteredInError).appointment.prep = PrepState::Wasted;
    return d;
}

} // namespace

TEST_CASE("No-shows and late cancellations by therapy, with the wasted doses, their cost and the fees")
{
    const NoShowReport report = NoShowReport::of(smallDay().records);
    REQUIRE(report.lateCancelHours == 24);
    REQUIRE(report.therapies.size() == 2);

    // Infliximab: 1, 2, 8 and 9 (6 was moved): one no-show among the three settled, its dose wasted.
    const NoShowReport::Row &inf = report.therapies[0];
    CHECK(inf.therapy == QStringLiteral("infliximab"));
    CHECK(inf.appointments == 4);
    CHECK(inf.settled == 3);
    CHECK(inf.noShows == 1);
    CHECK(inf.lateCancellations == 0);
    CHECK(inf.wastedDoses == 1);
    CHECK(inf.wastedCostCents == 50000);
    CHECK(inf.feesCents == 5000);
    CHECK(inf.noShowRate() == Approx(1.0 / 3));

    // Vedolizumab: 3, 4, 5 and 7: one no-show of two settled, one late cancellation (4, not 5).
    const NoShowReport::Row &ved = report.therapies[1];
    CHECK(ved.therapy == QStringLiteral("vedolizumab"));
    CHECK(ved.appointments == 4);
    CHECK(ved.settled == 2);
    CHECK(ved.noShows == 1);
    CHECK(ved.lateCancellations == 1);
    CHECK(ved.wastedDoses == 1);
    CHECK(ved.wastedCostCents == 30000);
    CHECK(ved.feesCents == 5000);

    CHECK(report.total.appointments == 8);
    CHECK(report.total.noShows == 2);
    CHECK(report.total.lateCancellations == 1);
    CHECK(report.total.wastedDoses == 2);
    CHECK(report.total.wastedCostCents == 80000);
    CHECK(report.total.feesCents == 10000);

    // Confirmed: 1, 2 and 8 settled, 2 a no-show. Not confirmed: 3 and 7, 3 a no-show.
    CHECK(report.confirmedSettled == 3);
    CHECK(report.confirmedNoShows == 1);
    CHECK(report.unconfirmedSettled == 2);
    CHECK(report.unconfirmedNoShows == 1);

    const ReportTable table = report.table();
    REQUIRE(table.rows.size() == 3);
    CHECK(table.rows.last()
        == QStringList {QStringLiteral("All therapies"), QStringLiteral("8"), QStringLiteral("2"),
            QStringLiteral("0.400"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("800.00"),
            QStringLiteral("100.00")});
}

TEST_CASE("Chair utilization by weekday and hour: the used share of the open chair-minutes")
{
    const UtilizationReport report = UtilizationReport::of(smallDay().records);
    // Two chairs, 08:00-12:00: 120 chair-minutes an hour, 480 in all; other days of the week are not in
    // the range.
    CHECK(report.firstHour == 8);
    CHECK(report.lastHour == 11);
    CHECK(report.total.openChairMinutes == 480);
    CHECK(report.cell(2, 8).openChairMinutes == 120);
    CHECK_FALSE(report.cell(1, 8).isOpen());
    CHECK_FALSE(report.cell(2, 12).isOpen());
    // 08: 1 from 08:10 (50) and 9, still booked, 08:00-08:30 (30). 09: 1 (60) and 7 from 09:35 (25).
    // 10: 1 to 10:10 (10) and 7 to 10:35 (35). 11: 8 from 11:10 (50; the hour past closing is not counted).
    CHECK(report.cell(2, 8).usedChairMinutes == 80);
    CHECK(report.cell(2, 9).usedChairMinutes == 85);
    CHECK(report.cell(2, 10).usedChairMinutes == 45);
    CHECK(report.cell(2, 11).usedChairMinutes == 50);
    CHECK(report.cell(2, 12).usedChairMinutes == 0);
    CHECK(report.total.usedChairMinutes == 260);
    CHECK(report.total.share() == Approx(260.0 / 480));
    CHECK(report.cell(2, 9).share() == Approx(85.0 / 120));
    // The table names the day as people read it, not by its code.
    const ReportTable table = report.table();
    REQUIRE_FALSE(table.rows.isEmpty());
    CHECK(table.rows.first().first() == QLocale().dayName(2, QLocale::ShortFormat));
}

TEST_CASE("Waits from arrival to chair: mean, median and 90th percentile, by day")
{
    const WaitReport report = WaitReport::of(smallDay().records);
    // 1 waited 20 minutes (arrival 07:50, chair 08:10), 7 waited 30 (check-in 09:05, chair 09:35),
    // 8 waited 40 (arrival 10:30, chair 11:10).
    CHECK(report.overall.count == 3);
    CHECK(report.overall.meanMinutes == Approx(30));
    CHECK(report.overall.medianMinutes == Approx(30));
    CHECK(report.overall.p90Minutes == Approx(40));
    CHECK(report.overall.longestMinutes == Approx(40));
    REQUIRE(report.days.size() == 1);
    CHECK(report.days.first().date == kDay);
    CHECK(report.days.first().stats.count == 3);

    const WaitReport::Stats even = WaitReport::Stats::of({10, 40, 20, 30});
    CHECK(even.medianMinutes == Approx(25));
    CHECK(even.p90Minutes == Approx(40));
    const WaitReport::Stats ten = WaitReport::Stats::of({1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
    CHECK(ten.p90Minutes == Approx(9)); // the 9th of 10
    CHECK(WaitReport::Stats::of({}).count == 0);
}

TEST_CASE("Starts per 15-minute step against what the nurses on shift can start")
{
    const StartsReport report = StartsReport::of(smallDay().records);
    // Starts: 9 booked at 08:00 and 1 started at 08:10 (step 08:00: 2, as many as one nurse can start);
    // 7 at 09:35 (step 09:30, when no nurse is on shift: over); 8 at 11:10 (step 11:00).
    REQUIRE(report.days.size() == 1);
    const StartsReport::Day &day = report.days.first();
    CHECK(day.starts == 4);
    CHECK(day.peakStarts == 2);
    CHECK(day.peakMinute == 8 * 60);
    CHECK(day.stepsOver == 1);
    CHECK(report.peakStarts == 2);
    CHECK(report.stepsOver == 1);

    REQUIRE(report.steps.size() == 16); // 08:00 to 11:45
    const auto step = [&](int minute) {
        for (const StartsReport::Step &s : report.steps) {
            if (s.minute == minute)
                return s;
        }
        FAIL("no step at " << minute);
        return StartsReport::Step {};
    };
    CHECK(step(8 * 60).starts == 2);
    CHECK(step(8 * 60).leastCapacity == 2);
    CHECK(step(8 * 60).daysOver == 0);
    CHECK(step(9 * 60 + 30).starts == 1);
    CHECK(step(9 * 60 + 30).leastCapacity == 0);
    CHECK(step(9 * 60 + 30).daysOver == 1);
    CHECK(step(11 * 60).starts == 1);
    CHECK(step(10 * 60).starts == 0);
    CHECK(step(10 * 60).days == 1);
}

TEST_CASE("Reschedules at the desk by reason: readiness problems apart, each appointment once per reason")
{
    Day d;
    d.add(1, 1, 8, 0, 60, AppointmentStatus::Cancelled).replacedById = 11; // moved
    d.add(2, 1, 9, 0, 60, AppointmentStatus::Arrived); // sent away, not moved
    const auto decide = [&](qint64 appointment, const char *outcome, const char *reasons) {
        CheckInRecord r;
        r.appointmentId = appointment;
        r.outcome = QString::fromLatin1(outcome);
        r.reasons = QString::fromLatin1(reasons).split(QLatin1Char(','));
        d.records.reschedulingDecisions << r;
    };
    decide(1, "reschedule", "AUTH_PENDING,LATE_WITHIN_GRACE"); // the note does not count
    decide(1, "reschedule", "AUTH_PENDING"); // asked twice: once
    decide(2, "reschedule", "LATE_BEYOND_GRACE");
    decide(2, "wait", "MEDICATION_NOT_READY"); // not a reschedule
    decide(3, "reschedule", "ORDER_EXPIRED"); // not an appointment of these days

    const RescheduleReport report = RescheduleReport::of(d.records);
    CHECK(report.appointments == 2);
    CHECK(report.readinessAppointments == 1);
    CHECK(report.moved == 1);
    REQUIRE(report.reasons.size() == 2);
    CHECK(report.reasons[0].code == ReasonCode::AuthPending);
    CHECK(report.reasons[0].readiness);
    CHECK(report.reasons[0].appointments == 1);
    CHECK(report.reasons[0].moved == 1);
    CHECK(report.reasons[1].code == ReasonCode::LateBeyondGrace);
    CHECK_FALSE(report.reasons[1].readiness);
    CHECK(report.reasons[1].moved == 0);
}

TEST_CASE("Walk-ins: each listed with what was offered and whether it was booked")
{
    Day d;
    WalkInRow booked;
    booked.walkIn.atUtc = at(9, 12);
    booked.walkIn.user = QStringLiteral("desk");
    booked.walkIn.offered = {{at(kDay.addDays(2), 9), 1}, {at(kDay.addDays(2), 9, 15), 2}};
    booked.mrn = QStringLiteral("M0001");
    booked.patientName = QStringLiteral("Alvarez, Maria");
    booked.bookedId = 40;
    booked.bookedStartUtc = at(kDay.addDays(2), 9, 15);
    WalkInRow left;
    left.walkIn.atUtc = at(10, 3);
    left.walkIn.nextAppointmentId = 31;
    left.nextStartUtc = at(kDay.addDays(7), 8);
    left.mrn = QStringLiteral("M0002");
    d.records.walkIns = {booked, left};

    const WalkInReport report = WalkInReport::of(d.records);
    CHECK(report.rows.size() == 2);
    CHECK(report.booked == 1);
    CHECK(report.withNextBooking == 1);
    const ReportTable table = report.table(center());
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0][0] == QStringLiteral("2026-12-01 09:12"));
    CHECK(table.rows[0][5] == QStringLiteral("2026-12-03 09:00; 2026-12-03 09:15"));
    CHECK(table.rows[0][6] == QStringLiteral("2026-12-03 09:15"));
    CHECK(table.rows[1][4] == QStringLiteral("2026-12-08 08:00"));
    CHECK(table.rows[1][6].isEmpty());

    // The offers as the table keeps them read back as written.
    CHECK(WalkIn::offeredFromText(WalkIn::offeredText(booked.walkIn.offered)) == booked.walkIn.offered);
}

TEST_CASE("A report's CSV quotes what needs it")
{
    ReportTable t;
    t.header = {QStringLiteral("Therapy"), QStringLiteral("Cost")};
    t.rows << QStringList {QStringLiteral("IVIG, 10%"), ReportTable::money(123450)};
    CHECK(t.csv() == QStringLiteral("Therapy,Cost\r\n\"IVIG, 10%\",1234.50\r\n"));
}
