// The nurse marks one patient as a no-show without waiting for the sweep.

#include "checkin/noshowsweep.h"
#include "checkinhelpers.h"
#include "common/error.h"

#include <catch2/catch.hpp>
#include <functional>

using namespace chairside;
using test::Fixture;

namespace {

const QDate kTuesday(2026, 12, 1);

Error::Kind failureKind(const std::function<void()> &action)
{
    try {
        action();
    } catch (const Error &error) {
        return error.kind();
    }
    FAIL("the action was not refused");
    return Error::Kind::Store;
}

} // namespace

TEST_CASE("A booked patient who does not come is marked a no-show by the nurse: fee recorded, dose wasted")
{
    Fixture f;
    const qint64 id = test::bookReady(f, f.maria, f.infliximab, kTuesday, 10, 0);
    NoShowSweep sweep(f.store, f.clock);
    const User nurse = test::userNamed(f, "nurse");

    // Before the start the patient has not missed anything yet.
    f.clock.set(f.local(kTuesday, 9, 59));
    CHECK(failureKind([&] { sweep.mark(id, nurse); }) == Error::Kind::Refused);
    CHECK(f.store.appointment(id)->status == AppointmentStatus::Booked);

    // Within the grace period the nurse may decide (the patient phoned to say they are not coming).
    f.clock.set(f.local(kTuesday, 10, 5));
    CHECK(failureKind([&] { sweep.mark(id, test::userNamed(f, "desk")); }) == Error::Kind::Forbidden);
    const NoShow marked = sweep.mark(id, nurse);
    CHECK(marked.appointmentId == id);
    CHECK(marked.patientId == f.maria.id);
    CHECK(marked.centerId == f.center.id);
    CHECK(marked.feeCents == 5000);
    CHECK(marked.doseWasted);

    const auto a = f.store.appointment(id);
    REQUIRE(a);
    CHECK(a->status == AppointmentStatus::NoShow);
    CHECK(a->noShowFeeCents == 5000);
    CHECK(a->prep == PrepState::Wasted);
    const QList<StatusChange> history = f.store.history(id);
    REQUIRE(history.size() == 2);
    CHECK(history.last().user == QLatin1String("nurse"));
    CHECK(history.last().to == AppointmentStatus::NoShow);
    CHECK(history.last().reason.contains(QLatin1String("10:00")));

    // Once is enough: a second mark is refused and changes nothing.
    CHECK(failureKind([&] { sweep.mark(id, nurse); }) == Error::Kind::Refused);
    CHECK(f.store.history(id).size() == 2);
}

TEST_CASE("A patient who arrived and left is a no-show, a dose never prepared is not wasted")
{
    Fixture f;
    const qint64 id = f.book(f.maria, f.infliximab, kTuesday, 10, 0); // the pharmacy has not prepared it
    f.store.changeStatus(id, AppointmentStatus::Arrived, QStringLiteral("desk"), f.local(kTuesday, 9, 40));
    f.clock.set(f.local(kTuesday, 10, 30));
    NoShowSweep sweep(f.store, f.clock);

    const NoShow marked = sweep.mark(id, test::userNamed(f, "admin"));
    CHECK_FALSE(marked.doseWasted);
    const auto a = f.store.appointment(id);
    REQUIRE(a);
    CHECK(a->status == AppointmentStatus::NoShow);
    CHECK(a->prep == PrepState::NotReady);
    CHECK(a->noShowFeeCents == 5000);
}

TEST_CASE("Only booked or arrived appointments can become no-shows")
{
    Fixture f;
    const qint64 id = test::bookReady(f, f.maria, f.infliximab, kTuesday, 10, 0);
    f.store.changeStatus(id, AppointmentStatus::CheckedIn, QStringLiteral("desk"), f.local(kTuesday, 9, 50));
    f.clock.set(f.local(kTuesday, 10, 30));
    NoShowSweep sweep(f.store, f.clock);
    const User nurse = test::userNamed(f, "nurse");

    CHECK(failureKind([&] { sweep.mark(id, nurse); }) == Error::Kind::Refused);
    const auto a = f.store.appointment(id);
    REQUIRE(a);
    CHECK(a->status == AppointmentStatus::CheckedIn);
    CHECK(a->prep == PrepState::Ready);
    CHECK(a->noShowFeeCents == 0);
    CHECK(failureKind([&] { sweep.mark(id + 1000, nurse); }) == Error::Kind::NotFound);
}
