#include "common/error.h"
#include "fixture.h"
#include "scheduling/centertime.h"
#include "scheduling/rescheduleservice.h"
#include "store/store.h"

#include <catch2/catch.hpp>
#include <functional>

using namespace chairside;

namespace {

Error refusal(const std::function<void()> &action)
{
    try {
        action();
    } catch (const Error &error) {
        return error;
    }
    FAIL("the reschedule was not refused");
    return Error(Error::Kind::Store, {});
}

User userNamed(test::Fixture &f, const char *name)
{
    return *f.store.userByName(QString::fromLatin1(name));
}

RescheduleRequest moveTo(qint64 id, const QDateTime &startUtc)
{
    RescheduleRequest request;
    request.appointmentId = id;
    request.startUtc = startUtc;
    return request;
}

qint64 appointmentCount(test::Fixture &f)
{
    return f.store
        .appointmentsAtCenter(f.center.id, f.local(QDate(2026, 1, 1), 0), f.local(QDate(2028, 1, 1), 0))
        .size();
}

const QDate kWednesday(2026, 12, 2);
const QDate kFriday(2026, 12, 4);

} // namespace

TEST_CASE("Rescheduling books the new time and cancels the old appointment, linked to it")
{
    test::Fixture f;
    const qint64 old = f.book(f.maria, f.infliximab, kWednesday, 10, 0, &f.chairs[0]);
    RescheduleRequest request = moveTo(old, f.local(kFriday, 13, 0));
    request.chairId = f.chairs[2].id;
    request.reason = QStringLiteral("patient asked for Friday");

    const Appointment moved = RescheduleService(f.store, f.clock).reschedule(userNamed(f, "desk"), request);
    REQUIRE(moved.id != old);
    REQUIRE(moved.replacesId == old);
    REQUIRE(moved.chairId == f.chairs[2].id);
    REQUIRE(moved.minutes == 120);
    REQUIRE(moved.status == AppointmentStatus::Booked);
    REQUIRE(moved.startUtc == f.local(kFriday, 13, 0));

    const auto before = f.store.appointment(old);
    REQUIRE(before->status == AppointmentStatus::Cancelled);
    REQUIRE(f.store.replacementOf(old)->id == moved.id);
    const auto history = f.store.history(old);
    REQUIRE(history.size() == 2);
    REQUIRE(history.last().to == AppointmentStatus::Cancelled);
    REQUIRE(history.last().user == QStringLiteral("desk"));
    REQUIRE(history.last().reason == QStringLiteral("patient asked for Friday"));
    REQUIRE(f.store.history(moved.id).first().reason.contains(QString::number(old)));
}

TEST_CASE("Rescheduling without a chair takes the first free one, and may move within the same chair's time")
{
    test::Fixture f;
    const qint64 old = f.book(f.maria, f.infliximab, kWednesday, 10, 0, &f.chairs[0]);
    // 11:00-13:00 overlaps the old 10:00-12:00 on chair 1, which is freed by the move itself.
    const Appointment moved = RescheduleService(f.store, f.clock)
                                  .reschedule(userNamed(f, "desk"), moveTo(old, f.local(kWednesday, 11, 0)));
    REQUIRE(moved.chairId == f.chairs[0].id);
    REQUIRE(f.store.appointment(old)->status == AppointmentStatus::Cancelled);
}

TEST_CASE("Rescheduling refuses a time inside the pharmacy's lead time, and writes nothing")
{
    test::Fixture f; // Tuesday 08:00; the lead time is 24 hours
    const qint64 old = f.book(f.maria, f.infliximab, kFriday, 10, 0);
    const qint64 before = appointmentCount(f);
    RescheduleService service(f.store, f.clock);

    const Error tooSoon
        = refusal([&] { service.reschedule(userNamed(f, "desk"), moveTo(old, f.local(kWednesday, 7, 45))); });
    REQUIRE(tooSoon.kind() == Error::Kind::Refused);
    REQUIRE(tooSoon.field() == QStringLiteral("to"));
    REQUIRE(tooSoon.message().contains(QStringLiteral("24 hours")));
    REQUIRE(f.store.appointment(old)->status == AppointmentStatus::Booked);
    REQUIRE_FALSE(f.store.replacementOf(old));
    REQUIRE(appointmentCount(f) == before);

    // Exactly at the lead time is allowed.
    REQUIRE(
        service.reschedule(userNamed(f, "desk"), moveTo(old, f.local(kWednesday, 8, 0))).replacesId == old);
}

TEST_CASE("Rescheduling refuses a time after the authorization or the order lapses")
{
    test::Fixture f; // Maria's authorization runs to 1 March 2027, her order to 1 June 2027
    const qint64 old = f.book(f.maria, f.infliximab, kFriday, 10, 0);
    RescheduleService service(f.store, f.clock);

    const Error late = refusal(
        [&] { service.reschedule(userNamed(f, "desk"), moveTo(old, f.local(QDate(2027, 3, 2), 10, 0))); });
    REQUIRE(late.kind() == Error::Kind::Refused);
    REQUIRE(late.field() == QStringLiteral("to"));
    REQUIRE(late.message().contains(QStringLiteral("prior authorization")));
    REQUIRE(late.message().contains(QStringLiteral("2027-03-01")));
    REQUIRE(f.store.appointment(old)->status == AppointmentStatus::Booked);

    // The last day itself is fine (1 March 2027 is a Monday).
    REQUIRE(
        service.reschedule(userNamed(f, "desk"), moveTo(old, f.local(QDate(2027, 3, 1), 16, 0))).replacesId
        == old);
}

TEST_CASE("Rescheduling refuses an appointment already checked in, cancelled or moved")
{
    test::Fixture f;
    RescheduleService service(f.store, f.clock);
    const User desk = userNamed(f, "desk");

    const qint64 checkedIn = f.book(f.maria, f.infliximab, kWednesday, 10, 0);
    f.store.changeStatus(checkedIn, AppointmentStatus::CheckedIn, QStringLiteral("desk"), f.clock.nowUtc());
    Error e = refusal([&] { service.reschedule(desk, moveTo(checkedIn, f.local(kFriday, 10, 0))); });
    REQUIRE(e.kind() == Error::Kind::Refused);
    REQUIRE(e.field() == QStringLiteral("appointment"));
    REQUIRE(e.message().contains(QStringLiteral("checked in")));

    const qint64 once = f.book(f.maria, f.infliximab, QDate(2026, 12, 7), 10, 0);
    const Appointment moved = service.reschedule(desk, moveTo(once, f.local(QDate(2026, 12, 8), 10, 0)));
    e = refusal([&] { service.reschedule(desk, moveTo(once, f.local(QDate(2026, 12, 9), 10, 0))); });
    REQUIRE(e.kind() == Error::Kind::Conflict);
    REQUIRE(e.field() == QStringLiteral("appointment"));
    REQUIRE(e.message().contains(QString::number(moved.id)));

    e = refusal([&] { service.reschedule(desk, moveTo(424242, f.local(kFriday, 10, 0))); });
    REQUIRE(e.kind() == Error::Kind::NotFound);
    REQUIRE(e.field() == QStringLiteral("appointment"));
}

TEST_CASE("A reschedule that cannot be booked leaves the old appointment as it was")
{
    test::Fixture f;
    const qint64 old = f.book(f.maria, f.infliximab, kWednesday, 10, 0, &f.chairs[0]);
    const auto other = f.addReadyPatient(QStringLiteral("M0002"), QStringLiteral("Liam"),
        QStringLiteral("O'Brien"), QDate(1975, 6, 30), f.vedolizumab);
    f.book(other, f.vedolizumab, kFriday, 10, 30, &f.chairs[1]);
    const qint64 before = appointmentCount(f);

    RescheduleRequest request = moveTo(old, f.local(kFriday, 10, 0));
    request.chairId = f.chairs[1].id; // taken 10:30-11:00
    const Error e
        = refusal([&] { RescheduleService(f.store, f.clock).reschedule(userNamed(f, "desk"), request); });
    REQUIRE(e.kind() == Error::Kind::Conflict);
    REQUIRE(e.field() == QStringLiteral("chair"));
    REQUIRE(f.store.appointment(old)->status == AppointmentStatus::Booked);
    REQUIRE(f.store.history(old).size() == 1);
    REQUIRE(appointmentCount(f) == before);

    // Closed hours are refused the same way: Sunday.
    const Error closed = refusal([&] {
        RescheduleService(f.store, f.clock)
            .reschedule(userNamed(f, "desk"), moveTo(old, f.local(QDate(2026, 12, 6), 10, 0)));
    });
    REQUIRE(closed.kind() == Error::Kind::Refused);
    REQUIRE(closed.field() == QStringLiteral("to"));
    REQUIRE(f.store.appointment(old)->status == AppointmentStatus::Booked);
}

TEST_CASE("Rescheduling needs an active account allowed to book")
{
    test::Fixture f;
    const qint64 old = f.book(f.maria, f.infliximab, kWednesday, 10, 0);
    User gone;
    gone.name = QStringLiteral("former");
    gone.role = Role::Receptionist;
    gone.active = false;
    f.store.addUser(gone, f.clock.nowUtc());
    const Error e = refusal([&] {
        RescheduleService(f.store, f.clock)
            .reschedule(userNamed(f, "former"), moveTo(old, f.local(kFriday, 10, 0)));
    });
    REQUIRE(e.kind() == Error::Kind::Forbidden);
    REQUIRE(f.store.appointment(old)->status == AppointmentStatus::Booked);
    // A receptionist may.
    REQUIRE(RescheduleService(f.store, f.clock)
                .reschedule(userNamed(f, "desk"), moveTo(old, f.local(kFriday, 10, 0)))
                .replacesId
        == old);
}
