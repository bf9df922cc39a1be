#include "scheduling/centertime.h"
#include "scheduling/slotfinder.h"

#include <QHash>

#include <catch2/catch.hpp>
#include <random>

using namespace chairside;

namespace {

const QByteArray kNewYork = "America/New_York";

Center makeCenter(const char *hours, int grid = 15)
{
    Center center;
    center.id = 1;
    center.name = QStringLiteral("Harbor Infusion");
    center.timeZoneId = kNewYork;
    center.hours = OpeningHours::parse(QString::fromLatin1(hours));
    center.policy.slotGridMinutes = grid;
    return center;
}

QList<Chair> makeChairs(int n)
{
    QList<Chair> chairs;
    for (int i = 1; i <= n; ++i) {
        Chair chair;
        chair.id = 100 + i;
        chair.centerId = 1;
        chair.label = QString::number(i);
        chairs << chair;
    }
    return chairs;
}

QDateTime at(const Center &center, QDate date, int hour, int minute = 0)
{
    return CenterTime::utcAt(center, date, hour * 60 + minute);
}

Appointment appointmentOn(qint64 id, const Chair &chair, const QDateTime &startUtc, int minutes,
    AppointmentStatus status = AppointmentStatus::Booked)
{
    Appointment a;
    a.id = id;
    a.patientId = 1000 + id;
    a.centerId = 1;
    a.chairId = chair.id;
    a.therapyId = 1;
    a.startUtc = startUtc;
    a.minutes = minutes;
    a.status = status;
    return a;
}

SlotQuery queryFor(
    const Center &center, const QList<Chair> &chairs, int minutes, const QDateTime &earliest, int count = 10)
{
    SlotQuery query;
    query.center = center;
    query.chairs = chairs;
    query.minutes = minutes;
    query.earliestUtc = earliest;
    query.count = count;
    // Nurses enough for every chair: these tests are about chairs (the nurses' own: tst_nursecapacity.cpp).
    query.nurses.startsPerNurseStep = 20;
    query.nurses.applyShifts(QStringLiteral("mon-sun 00-24=20"), QStringLiteral("nurses"));
    return query;
}

QString localText(const Center &center, const Slot &slot)
{
    return CenterTime::toLocal(center, slot.startUtc).toString(QStringLiteral("ddd HH:mm")) + QLatin1Char('/')
        + slot.chairLabel;
}

QStringList describe(const Center &center, const QList<Slot> &list)
{
    QStringList result;
    for (const Slot &slot : list)
        result << localText(center, slot);
    return result;
}

bool overlaps(const Appointment &a, const Slot &slot)
{
    return a.startUtc < slot.endUtc() && a.endUtc() > slot.startUtc;
}

const QDate kWednesday(2026, 12, 2);

} // namespace

TEST_CASE("An empty center offers the grid from the earliest start, rounded up, on the first chair")
{
    const Center center = makeCenter("mon-fri 07:00-19:00");
    const QList<Chair> chairs = makeChairs(3);
    const auto found = findSlots(queryFor(center, chairs, 120, at(center, kWednesday, 8, 7).addSecs(30), 3));
    REQUIRE(describe(center, found)
        == QStringList {
            QStringLiteral("Wed 08:15/1"), QStringLiteral("Wed 08:30/1"), QStringLiteral("Wed 08:45/1")});
    REQUIRE(found[0].chairId == chairs[0].id);
    REQUIRE(found[0].minutes == 120);
    REQUIRE(found[0].endUtc() == at(center, kWednesday, 10, 15));
}

TEST_CASE("A grid of 20 minutes counts from local midnight, not from opening")
{
    const Center center = makeCenter("mon-fri 07:10-19:00", 20);
    const auto found = findSlots(queryFor(center, makeChairs(1), 30, at(center, kWednesday, 6, 0), 3));
    REQUIRE(describe(center, found)
        == QStringList {
            QStringLiteral("Wed 07:20/1"), QStringLiteral("Wed 07:40/1"), QStringLiteral("Wed 08:00/1")});
}

TEST_CASE("Slots end by closing, and closed days are skipped")
{
    const Center center = makeCenter("mon-fri 07:00-19:00; sat 08:00-14:00");
    const QDate saturday(2026, 12, 5);
    const auto found = findSlots(queryFor(center, makeChairs(2), 120, at(center, saturday, 11, 30), 4));
    // 12:00 is the last start that ends by 14:00; Sunday is closed.
    REQUIRE(describe(center, found)
        == QStringList {QStringLiteral("Sat 11:30/1"), QStringLiteral("Sat 11:45/1"),
            QStringLiteral("Sat 12:00/1"), QStringLiteral("Mon 07:00/1")});
}

TEST_CASE("A split day offers slots inside each span, never across the break")
{
    const Center center = makeCenter("mon-fri 08:00-12:00,13:00-17:00");
    const auto found = findSlots(queryFor(center, makeChairs(1), 60, at(center, kWednesday, 10, 45), 4));
    REQUIRE(describe(center, found)
        == QStringList {QStringLiteral("Wed 10:45/1"), QStringLiteral("Wed 11:00/1"),
            QStringLiteral("Wed 13:00/1"), QStringLiteral("Wed 13:15/1")});
}

TEST_CASE("Each start goes to the first chair free for every minute, in the chairs' order")
{
    const Center center = makeCenter("mon-fri 07:00-19:00");
    const QList<Chair> chairs = makeChairs(2);
    SlotQuery query = queryFor(center, chairs, 60, at(center, kWednesday, 9, 0), 4);
    query.booked << appointmentOn(1, chairs[0], at(center, kWednesday, 10, 0), 120) // chair 1 10:00-12:00
                 << appointmentOn(2, chairs[1], at(center, kWednesday, 9, 0), 120); // chair 2 09:00-11:00
    const auto found = findSlots(query);
    // 09:00 fits chair 1 back to back; 09:15 to 10:45 overlap both chairs somewhere; chair 2 frees at 11:00.
    REQUIRE(describe(center, found)
        == QStringList {QStringLiteral("Wed 09:00/1"), QStringLiteral("Wed 11:00/2"),
            QStringLiteral("Wed 11:15/2"), QStringLiteral("Wed 11:30/2")});
}

TEST_CASE("Cancelled, no-show, finished and the moved appointment itself do not block a chair")
{
    const Center center = makeCenter("mon-fri 07:00-19:00");
    const QList<Chair> chairs = makeChairs(1);
    SlotQuery query = queryFor(center, chairs, 60, at(center, kWednesday, 10, 0), 1);
    const QDateTime ten = at(center, kWednesday, 10, 0);
    query.booked << appointmentOn(1, chairs[0], ten, 60, AppointmentStatus::Cancelled)
                 << appointmentOn(2, chairs[0], ten, 60, AppointmentStatus::NoShow)
                 << appointmentOn(3, chairs[0], ten, 60, AppointmentStatus::Fulfilled)
                 << appointmentOn(4, chairs[0], ten, 60, AppointmentStatus::EnteredInError)
                 << appointmentOn(7, chairs[0], ten, 60, AppointmentStatus::Booked);
    query.ignoreAppointmentId = 7;
    auto found = findSlots(query);
    REQUIRE(describe(center, found) == QStringList {QStringLiteral("Wed 10:00/1")});

    // Without the exemption the booked one holds the chair, as do arrived, checked-in and in-progress ones.
    query.ignoreAppointmentId = 0;
    query.booked << appointmentOn(8, chairs[0], ten.addSecs(3600), 60, AppointmentStatus::Arrived)
                 << appointmentOn(9, chairs[0], ten.addSecs(7200), 60, AppointmentStatus::CheckedIn)
                 << appointmentOn(10, chairs[0], ten.addSecs(3 * 3600), 60, AppointmentStatus::InProgress);
    found = findSlots(query);
    REQUIRE(describe(center, found) == QStringList {QStringLiteral("Wed 14:00/1")});
}

TEST_CASE("The patient's own bookings, at any center, rule out every start that would overlap one")
{
    const Center center = makeCenter("mon-fri 07:00-19:00");
    const QList<Chair> chairs = makeChairs(2);
    SlotQuery query = queryFor(center, chairs, 60, at(center, kWednesday, 8, 0), 5);
    Chair elsewhere;
    elsewhere.id = 900;
    elsewhere.centerId = 2;
    // At another center 09:00-11:00, and here on chair 1 12:00-12:30: chair 2 is free all day, she is not.
    Appointment away = appointmentOn(20, elsewhere, at(center, kWednesday, 9, 0), 120);
    away.centerId = 2;
    away.therapyId = 2;
    query.patientBookings << away
                          << appointmentOn(21, chairs[0], at(center, kWednesday, 12, 45), 60,
                                 AppointmentStatus::Cancelled)
                          << appointmentOn(22, chairs[0], at(center, kWednesday, 12, 0), 30);
    query.booked << query.patientBookings.last();
    auto found = findSlots(query);
    // 08:00 and 11:00 end as she is due elsewhere; the cancelled one is no obstacle.
    REQUIRE(describe(center, found)
        == QStringList {QStringLiteral("Wed 08:00/1"), QStringLiteral("Wed 11:00/1"),
            QStringLiteral("Wed 12:30/1"), QStringLiteral("Wed 12:45/1"), QStringLiteral("Wed 13:00/1")});

    // The appointment being moved is no obstacle to itself.
    query.ignoreAppointmentId = 20;
    found = findSlots(query);
    REQUIRE(describe(center, found).mid(0, 2)
        == QStringList {QStringLiteral("Wed 08:00/1"), QStringLiteral("Wed 08:15/1")});
}

TEST_CASE("No dose starts within the dosing gap of another booking of the same therapy, either side")
{
    const Center center = makeCenter("mon-fri 07:00-19:00");
    const QList<Chair> chairs = makeChairs(1);
    SlotQuery query = queryFor(center, chairs, 120, at(center, kWednesday, 8, 0), 2);
    query.therapyId = 1;
    query.dosingGapDays = 49;
    const QDate nextWednesday = kWednesday.addDays(7);
    const QDate sevenWeeksOn = nextWednesday.addDays(49);
    query.patientBookings << appointmentOn(30, chairs[0], at(center, nextWednesday, 10, 0), 120);
    Appointment otherTherapy = appointmentOn(31, chairs[0], at(center, sevenWeeksOn, 10, 0), 60);
    otherTherapy.therapyId = 2;
    query.patientBookings << otherTherapy;
    auto found = findSlots(query);
    // Nothing from now until seven weeks after next Wednesday's dose; then the other therapy's hour.
    REQUIRE(describe(center, found)
        == QStringList {QStringLiteral("Wed 11:00/1"), QStringLiteral("Wed 11:15/1")});
    REQUIRE(CenterTime::localDate(center, found[0].startUtc) == sevenWeeksOn);

    // Far enough ahead of the booking, a dose may come seven weeks before it.
    const QDate sevenWeeksBefore = nextWednesday.addDays(-49);
    query.earliestUtc = at(center, sevenWeeksBefore, 9, 0);
    found = findSlots(query);
    REQUIRE(CenterTime::localDate(center, found[0].startUtc) == sevenWeeksBefore);
    REQUIRE(describe(center, found)
        == QStringList {QStringLiteral("Wed 09:00/1"), QStringLiteral("Wed 09:15/1")});
    query.count = 200;
    for (const Slot &slot : findSlots(query)) {
        const qint64 apart = qAbs(slot.startUtc.secsTo(at(center, nextWednesday, 10, 0)));
        REQUIRE(apart >= qint64(49) * 24 * 3600);
    }

    // Without a gap only the overlap counts.
    query.dosingGapDays = 0;
    query.earliestUtc = at(center, nextWednesday, 8, 0);
    REQUIRE(describe(center, findSlots(query)).mid(0, 3)
        == QStringList {
            QStringLiteral("Wed 08:00/1"), QStringLiteral("Wed 12:00/1"), QStringLiteral("Wed 12:15/1")});
}

TEST_CASE("No slot ends after the latest end, and none is offered when the bound is already too close")
{
    const Center center = makeCenter("mon-fri 07:00-19:00");
    SlotQuery query = queryFor(center, makeChairs(1), 60, at(center, kWednesday, 10, 0), 10);
    query.latestEndUtc = at(center, kWednesday, 11, 10);
    REQUIRE(describe(center, findSlots(query)) == QStringList {QStringLiteral("Wed 10:00/1")});
    query.latestEndUtc = at(center, kWednesday, 10, 30);
    REQUIRE(findSlots(query).isEmpty());
}

TEST_CASE("The count is honoured and nothing is offered without chairs, length or hours")
{
    const Center center = makeCenter("mon-fri 07:00-19:00");
    const QDateTime earliest = at(center, kWednesday, 7, 0);
    REQUIRE(findSlots(queryFor(center, makeChairs(3), 30, earliest, 25)).size() == 25);
    REQUIRE(findSlots(queryFor(center, makeChairs(3), 30, earliest, 0)).isEmpty());
    REQUIRE(findSlots(queryFor(center, {}, 30, earliest, 5)).isEmpty());
    REQUIRE(findSlots(queryFor(center, makeChairs(3), 0, earliest, 5)).isEmpty());
    REQUIRE(findSlots(queryFor(makeCenter("mon-fri 07:00-08:00"), makeChairs(3), 90, earliest, 5)).isEmpty());
}

TEST_CASE("The search stops after 366 local days")
{
    const Center center = makeCenter("mon-sun 07:00-19:00");
    const QList<Chair> chairs = makeChairs(1);
    const QDate first(2026, 12, 2);
    const auto blockedFor = [&](int days) {
        SlotQuery query = queryFor(center, chairs, 60, at(center, first, 7, 0), 1);
        query.booked << appointmentOn(1, chairs[0], CenterTime::dayStartUtc(center, first),
            int(CenterTime::dayStartUtc(center, first)
                    .secsTo(CenterTime::dayEndUtc(center, first.addDays(days - 1)))
                / 60));
        return findSlots(query);
    };
    const auto onLastDay = blockedFor(365);
    REQUIRE(onLastDay.size() == 1);
    REQUIRE(CenterTime::localDate(center, onLastDay[0].startUtc) == first.addDays(365));
    REQUIRE(blockedFor(366).isEmpty());
}

TEST_CASE("Evening and Saturday hours: Thursday runs to 21:00, Saturday is a morning")
{
    const Center center = makeCenter("mon-fri 07:00-19:00; thu 07:00-21:00; sat 08:00-14:00");
    const QList<Chair> chairs = makeChairs(2);
    const QDate thursday(2026, 12, 3);
    auto found = findSlots(queryFor(center, chairs, 120, at(center, thursday, 18, 0), 6));
    REQUIRE(describe(center, found)
        == QStringList {QStringLiteral("Thu 18:00/1"), QStringLiteral("Thu 18:15/1"),
            QStringLiteral("Thu 18:30/1"), QStringLiteral("Thu 18:45/1"), QStringLiteral("Thu 19:00/1"),
            QStringLiteral("Fri 07:00/1")});

    const QDate saturday(2026, 12, 5);
    // Three and a half hours do not fit after 10:30 on a Saturday, so the next is Monday.
    found = findSlots(queryFor(center, chairs, 210, at(center, saturday, 10, 45), 1));
    REQUIRE(describe(center, found) == QStringList {QStringLiteral("Mon 07:00/1")});
    found = findSlots(queryFor(center, chairs, 210, at(center, saturday, 10, 30), 1));
    REQUIRE(describe(center, found) == QStringList {QStringLiteral("Sat 10:30/1")});
}

TEST_CASE("On the spring-forward night the skipped hour offers no start and infusions take real time")
{
    const Center center = makeCenter("sun 01:00-04:00");
    const QDate sunday(2026, 3, 8); // 02:00 EST becomes 03:00 EDT
    const auto found
        = findSlots(queryFor(center, makeChairs(1), 60, CenterTime::dayStartUtc(center, sunday), 6));
    QStringList utc;
    for (const Slot &slot : found)
        utc << slot.startUtc.toUTC().toString(Qt::ISODate);
    // 01:00-01:45 EST, then 03:00 EDT; 03:15 would end at 04:15. The week after, 01:00 EDT.
    REQUIRE(utc
        == QStringList {QStringLiteral("2026-03-08T06:00:00Z"), QStringLiteral("2026-03-08T06:15:00Z"),
            QStringLiteral("2026-03-08T06:30:00Z"), QStringLiteral("2026-03-08T06:45:00Z"),
            QStringLiteral("2026-03-08T07:00:00Z"), QStringLiteral("2026-03-15T05:00:00Z")});
    for (const Slot &slot : found)
        REQUIRE(CenterTime::withinHours(center, slot.startUtc, 60));
}

TEST_CASE("On the fall-back night the repeated hour gives a long infusion room it would not have otherwise")
{
    const Center center = makeCenter("sun 00:00-03:00");
    const QDate sunday(2026, 11, 1); // 02:00 EDT becomes 01:00 EST: the day has 25 hours
    REQUIRE(
        CenterTime::dayStartUtc(center, sunday).secsTo(CenterTime::dayEndUtc(center, sunday)) == 25 * 3600);
    // 00:00 EDT + 3.5 hours is 02:30 EST on the wall: inside 00:00-03:00.
    auto found = findSlots(queryFor(center, makeChairs(1), 210, CenterTime::dayStartUtc(center, sunday), 1));
    REQUIRE(found.size() == 1);
    REQUIRE(found[0].startUtc == QDateTime(sunday, QTime(4, 0), QTimeZone::utc()));

    found = findSlots(queryFor(center, makeChairs(1), 60, CenterTime::dayStartUtc(center, sunday), 20));
    QList<QDateTime> onTheDay;
    for (const Slot &slot : found) {
        REQUIRE(CenterTime::withinHours(center, slot.startUtc, 60));
        if (CenterTime::localDate(center, slot.startUtc) == sunday)
            onTheDay << slot.startUtc;
    }
    REQUIRE(onTheDay.size() == 9); // 00:00 to 01:45 by the quarter hour, then 02:00 EST
    REQUIRE(onTheDay.first() == QDateTime(sunday, QTime(4, 0), QTimeZone::utc()));
    REQUIRE(onTheDay.last() == QDateTime(sunday, QTime(7, 0), QTimeZone::utc()));
    REQUIRE(std::is_sorted(
        found.begin(), found.end(), [](const Slot &a, const Slot &b) { return a.startUtc < b.startUtc; }));
}

TEST_CASE("Property: offered slots are free, open, on the grid, inside the bounds, sorted and complete")
{
    std::mt19937 random(20261201);
    const QList<const char *> hourSets = {
        "mon-fri 07:00-19:00; thu 07:00-21:00; sat 08:00-14:00",
        "mon-sun 00:00-24:00",
        "sun 00:00-06:00; mon-fri 07:30-12:00,13:00-18:45",
    };
    const QList<QDate> baseDates = {QDate(2026, 12, 1), QDate(2026, 3, 5), QDate(2026, 10, 29)};
    const QList<int> grids = {15, 10, 20, 30};

    for (int iteration = 0; iteration < 60; ++iteration) {
        const Center center
            = makeCenter(hourSets[iteration % hourSets.size()], grids[(iteration / 3) % grids.size()]);
        const int grid = center.policy.slotGridMinutes;
        const QDate base = baseDates[(iteration / 12) % baseDates.size()];
        const QList<Chair> chairs = makeChairs(1 + int(random() % 5));
        const QDateTime baseUtc = CenterTime::dayStartUtc(center, base);

        SlotQuery query;
        query.center = center;
        query.chairs = chairs;
        query.nurses.startsPerNurseStep = 20;
        query.nurses.applyShifts(QStringLiteral("mon-sun 00-24=20"), QStringLiteral("nurses"));
        query.minutes = 15 + int(random() % 16) * 15;
        query.count = 1 + int(random() % 30);
        query.earliestUtc = baseUtc.addSecs(qint64(random() % (5 * 24 * 3600)));
        if (random() % 2)
            query.latestEndUtc = query.earliestUtc.addSecs(qint64(random() % (12 * 24 * 3600)));
        const int bookings = int(random() % 400);
        for (int i = 0; i < bookings; ++i) {
            const auto status = AppointmentStatus(int(random() % 8));
            const Chair &chair = chairs[qsizetype(random() % chairs.size())];
            const QDateTime start = baseUtc.addSecs(qint64(random() % (14 * 24 * 60)) * 60 - 6 * 3600);
            query.booked << appointmentOn(i + 1, chair, start, 10 + int(random() % 300), status);
        }
        if (!query.booked.isEmpty() && random() % 2)
            query.ignoreAppointmentId = query.booked[qsizetype(random() % query.booked.size())].id;

        const auto found = findSlots(query);
        INFO("iteration " << iteration << ", " << found.size() << " slots");
        REQUIRE(found.size() <= query.count);

        QHash<qint64, qsizetype> chairIndex;
        for (qsizetype i = 0; i < chairs.size(); ++i)
            chairIndex.insert(chairs[i].id, i);
        const auto chairFree = [&](qint64 chairId, const QDateTime &start) {
            const Slot probe {start, chairId, {}, query.minutes};
            for (const Appointment &a : query.booked) {
                if (a.chairId == chairId && a.id != query.ignoreAppointmentId && holdsChair(a.status)
                    && overlaps(a, probe))
                    return false;
            }
            return true;
        };

        for (qsizetype i = 0; i < found.size(); ++i) {
            const Slot &slot = found[i];
            REQUIRE(slot.minutes == query.minutes);
            REQUIRE(chairFree(slot.chairId, slot.startUtc));
            REQUIRE(CenterTime::withinHours(center, slot.startUtc, query.minutes));
            REQUIRE(slot.startUtc >= query.earliestUtc);
            if (query.latestEndUtc.isValid())
                REQUIRE(slot.endUtc() <= query.latestEndUtc);
            REQUIRE(CenterTime::toLocal(center, slot.startUtc).time().second() == 0);
            REQUIRE(CenterTime::localMinute(center, slot.startUtc) % grid == 0);
            if (i > 0)
                REQUIRE(found[i - 1].startUtc < slot.startUtc);
            // The first free chair in order: every chair before it is taken.
            for (qsizetype c = 0; c < chairIndex.value(slot.chairId); ++c)
                REQUIRE_FALSE(chairFree(chairs[c].id, slot.startUtc));
        }

        // Complete: every grid start up to the last one offered (or through the bounded window when fewer
        // than asked were found) that has a free chair is offered.
        QDateTime until = found.size() == query.count ? found.last().startUtc : query.earliestUtc.addDays(13);
        if (query.latestEndUtc.isValid() && found.size() < query.count)
            until = std::min(until, query.latestEndUtc);
        QSet<qint64> offered;
        for (const Slot &slot : found)
            offered.insert(slot.startUtc.toSecsSinceEpoch());
        for (QDate date = CenterTime::localDate(center, query.earliestUtc);
             date <= CenterTime::localDate(center, until); date = date.addDays(1)) {
            for (int minute = 0; minute < 24 * 60; minute += grid) {
                const QDateTime start = CenterTime::utcAt(center, date, minute);
                if (CenterTime::localMinute(center, start) != minute
                    || CenterTime::localDate(center, start) != date)
                    continue;
                if (start < query.earliestUtc || start > until
                    || !CenterTime::withinHours(center, start, query.minutes))
                    continue;
                if (query.latestEndUtc.isValid()
                    && start.addSecs(qint64(query.minutes) * 60) > query.latestEndUtc)
                    continue;
                const bool anyFree = std::any_of(
                    chairs.begin(), chairs.end(), [&](const Chair &c) { return chairFree(c.id, start); });
                INFO("missing start " << start.toString(Qt::ISODate).toStdString());
                REQUIRE(anyFree == offered.contains(start.toSecsSinceEpoch()));
            }
        }
    }
}
