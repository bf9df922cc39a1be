// I/O errors inside the desk's writes: for every write and every sync a check-in, a booking and a
// reschedule make, the disk fails there (an I/O error once, or for good; a full disk), and the store must
// say so in words, keep nothing of the action, stay consistent, and do the action when the disk is back.

#include "authhelpers.h"
#include "catchqstring.h"
#include "checkin/checkinservice.h"
#include "checkinhelpers.h"
#include "common/error.h"
#include "faultvfs.h"
#include "reliabilitychecks.h"
#include "scheduling/bookingservice.h"
#include "scheduling/rescheduleservice.h"
#include "store/store.h"

#include <catch2/catch.hpp>
#include <functional>
#include <iostream>
#include <memory>

using namespace chairside;
using test::FaultVfs;
using test::Fixture;

namespace {

const QDate kTuesday(2026, 12, 1);
const QDate kWednesday(2026, 12, 2);
const QDate kThursday(2026, 12, 3);

/// One of the desk's actions, prepared on a fresh fixture: act() does it on a connection, done() and
/// undone() check what that connection finds on file.
class Scenario
{
public:
    explicit Scenario(Fixture &f)
        : m_f(f)
    { }
    virtual ~Scenario() = default;
    Q_DISABLE_COPY_MOVE(Scenario)

    virtual void act(Store &store) = 0;
    virtual void requireDone(Store &store) = 0;
    virtual void requireUndone(Store &store) = 0;

protected:
    Fixture &m_f;
};

class CheckInScenario final : public Scenario
{
public:
    explicit CheckInScenario(Fixture &f)
        : Scenario(f)
        , m_id(test::bookReady(f, f.maria, f.infliximab, kTuesday, 10, 0, &f.chairs[1]))
        , m_desk(test::userNamed(f, "desk"))
    {
        f.clock.set(f.local(kTuesday, 9, 50));
    }

    void act(Store &store) override
    {
        const Decision d = CheckInService(store, m_f.clock).checkIn(test::byMrn(m_f, m_f.maria), m_desk);
        REQUIRE(d.outcome == Outcome::Admit);
    }
    void requireDone(Store &store) override
    {
        const auto a = store.appointment(m_id);
        REQUIRE(a->status == AppointmentStatus::CheckedIn);
        REQUIRE(a->chairId == m_f.chairs[1].id);
        REQUIRE(store.orders(m_f.maria.id, m_f.infliximab.id).first().dosesUsed == 3);
        REQUIRE(store.authorizations(m_f.maria.id, m_f.infliximab.id).first().visitsUsed == 2);
        REQUIRE(store.checkInDecisions(m_id).size() == 1);
        REQUIRE(store.history(m_id).size() == 2);
        REQUIRE(test::auditEntriesOf(store, AuditAction::Admitted, m_id) == 1);
        REQUIRE(test::auditEntriesOf(store, AuditAction::CheckInDecision, m_id) == 1);
    }
    void requireUndone(Store &store) override
    {
        const auto a = store.appointment(m_id);
        REQUIRE(a->status == AppointmentStatus::Booked);
        REQUIRE(store.orders(m_f.maria.id, m_f.infliximab.id).first().dosesUsed == 2);
        REQUIRE(store.authorizations(m_f.maria.id, m_f.infliximab.id).first().visitsUsed == 1);
        REQUIRE(store.checkInDecisions(m_id).isEmpty());
        REQUIRE(store.history(m_id).size() == 1);
        REQUIRE(test::auditEntriesOf(store, AuditAction::Admitted, m_id) == 0);
        REQUIRE(test::auditEntriesOf(store, AuditAction::CheckInDecision, m_id) == 0);
    }

private:
    qint64 m_id;
    User m_desk;
};

class BookingScenario final : public Scenario
{
public:
    explicit BookingScenario(Fixture &f)
        : Scenario(f)
    { }

    void act(Store &store) override
    {
        BookingRequest request;
        request.patientId = m_f.maria.id;
        request.therapyId = m_f.infliximab.id;
        request.centerId = m_f.center.id;
        request.startUtc = start();
        request.chairId = m_f.chairs[0].id;
        request.user = QStringLiteral("desk");
        // Called outside REQUIRE, which would catch the failure the test waits for.
        const Appointment booked = BookingService(store, m_f.clock).book(request);
        REQUIRE(booked.startUtc == start());
    }
    void requireDone(Store &store) override
    {
        const auto booked = store.appointmentsOfPatient(m_f.maria.id, start(), start().addSecs(60));
        REQUIRE(booked.size() == 1);
        REQUIRE(booked.first().status == AppointmentStatus::Booked);
        REQUIRE(booked.first().chairId == m_f.chairs[0].id);
        REQUIRE(store.history(booked.first().id).size() == 1);
        REQUIRE(test::auditEntriesOf(store, AuditAction::Booked, booked.first().id) == 1);
    }
    void requireUndone(Store &store) override
    {
        REQUIRE(store.appointmentsOfPatient(m_f.maria.id, start(), start().addSecs(60)).isEmpty());
        REQUIRE(test::auditOf(store, AuditAction::Booked).isEmpty());
    }

private:
    QDateTime start() const { return m_f.local(kWednesday, 10, 0); }
};

class RescheduleScenario final : public Scenario
{
public:
    explicit RescheduleScenario(Fixture &f)
        : Scenario(f)
        , m_old(f.book(f.maria, f.infliximab, kWednesday, 10, 0, &f.chairs[0]))
        , m_desk(test::userNamed(f, "desk"))
    { }

    void act(Store &store) override
    {
        RescheduleRequest request;
        request.appointmentId = m_old;
        request.startUtc = start();
        request.chairId = m_f.chairs[2].id;
        request.reason = QStringLiteral("patient asked for Thursday");
        const Appointment moved = RescheduleService(store, m_f.clock).reschedule(m_desk, request);
        REQUIRE(moved.replacesId == m_old);
    }
    void requireDone(Store &store) override
    {
        REQUIRE(store.appointment(m_old)->status == AppointmentStatus::Cancelled);
        const auto moved = store.replacementOf(m_old);
        REQUIRE(moved);
        REQUIRE(moved->startUtc == start());
        REQUIRE(moved->chairId == m_f.chairs[2].id);
        REQUIRE(store.history(m_old).size() == 2);
        REQUIRE(store.history(moved->id).size() == 1);
        REQUIRE(test::auditEntriesOf(store, AuditAction::Rescheduled, moved->id) == 1);
    }
    void requireUndone(Store &store) override
    {
        REQUIRE(store.appointment(m_old)->status == AppointmentStatus::Booked);
        REQUIRE_FALSE(store.replacementOf(m_old));
        REQUIRE(store.history(m_old).size() == 1);
        REQUIRE(store.appointmentsOfPatient(m_f.maria.id, start(), start().addSecs(60)).isEmpty());
        REQUIRE(test::auditOf(store, AuditAction::Rescheduled).isEmpty());
    }

private:
    QDateTime start() const { return m_f.local(kThursday, 11, 0); }
    qint64 m_old;
    User m_desk;
};

using MakeScenario = std::function<std::unique_ptr<Scenario>(Fixture &)>;

struct Tally
{
    int runs = 0;
    int injected = 0;
};

/// The action on a fresh fixture with `fault` at the k-th write or sync: it must fail in words, leave
/// the file as it was (on this connection and on a new one), and succeed once the disk works again, on
/// this connection or (`retryFresh`) on a new one.
void runWithFault(
    const MakeScenario &make, FaultVfs::Fault fault, int k, bool persistent, bool retryFresh, Tally &tally)
{
    Fixture f;
    const auto scenario = make(f);
    const QByteArray before = test::contentDigest(f.store);

    FaultVfs::reset();
    FaultVfs::arm(fault, k, persistent);
    std::optional<Error> error;
    try {
        scenario->act(f.store);
    } catch (const Error &e) {
        error = e;
    }
    FaultVfs::disarm();
    const int injected = FaultVfs::injected();
    tally.injected += injected;
    ++tally.runs;

    INFO(FaultVfs::name(fault).toStdString() << " at " << k << (persistent ? " and after" : " only"));
    REQUIRE(injected >= 1);
    REQUIRE(error);
    INFO("the message: " << error->message().toStdString());
    CHECK(error->kind() == Error::Kind::Store);
    test::requireWords(error->message());

    scenario->requireUndone(f.store);
    REQUIRE(test::contentDigest(f.store) == before);
    {
        Store fresh(f.temp.path());
        scenario->requireUndone(fresh);
        REQUIRE(test::contentDigest(fresh) == before);
        test::requireConsistent(fresh);
    }

    if (retryFresh) {
        Store fresh(f.temp.path());
        scenario->act(fresh);
        scenario->requireDone(fresh);
        scenario->requireDone(f.store);
    } else {
        scenario->act(f.store);
        scenario->requireDone(f.store);
    }
    test::requireConsistent(f.store);
    Store after(f.temp.path());
    scenario->requireDone(after);
    test::requireConsistent(after);
}

/// Counts the clean action's writes and syncs, then fails each of them in turn in every way.
/// What injecting every fault into an action came to.
struct Injected
{
    int writes = 0; ///< in the action without a fault
    int syncs = 0;
    Tally tally;
};

Injected injectEveryFault(const char *action, const MakeScenario &make)
{
    FaultVfs::install();
    int writes = 0;
    int syncs = 0;
    {
        Fixture f;
        const auto scenario = make(f);
        FaultVfs::reset();
        scenario->act(f.store);
        writes = FaultVfs::writes();
        syncs = FaultVfs::syncs();
        REQUIRE(FaultVfs::injected() == 0);
        scenario->requireDone(f.store);
    }
    INFO(action << ": " << writes << " writes, " << syncs << " syncs");
    REQUIRE(writes > 0);
    REQUIRE(syncs > 0);

    Tally tally;
    for (int k = 1; k <= writes; ++k) {
        runWithFault(make, FaultVfs::Fault::WriteError, k, false, false, tally);
        runWithFault(make, FaultVfs::Fault::WriteError, k, true, true, tally);
        runWithFault(make, FaultVfs::Fault::DiskFull, k, false, true, tally);
        runWithFault(make, FaultVfs::Fault::DiskFull, k, true, false, tally);
    }
    for (int k = 1; k <= syncs; ++k) {
        runWithFault(make, FaultVfs::Fault::SyncError, k, false, false, tally);
        runWithFault(make, FaultVfs::Fault::SyncError, k, true, true, tally);
    }
    std::cout << "I/O faults, " << action << ": " << writes << " writes and " << syncs
              << " syncs in the action; " << tally.runs << " runs, each failed in words, left the file "
              << "as it was and succeeded on retry; " << tally.injected << " faults injected\n";
    return {writes, syncs, tally};
}

} // namespace

TEST_CASE("I/O faults in every write and sync of a check-in", "[sqlite][iofault]")
{
    const Injected faults
        = injectEveryFault("check-in", [](Fixture &f) { return std::make_unique<CheckInScenario>(f); });
    // Four ways at every write (an error or a full disk, once or from then on), two at every sync.
    CHECK(faults.tally.runs == 4 * faults.writes + 2 * faults.syncs);
    CHECK(faults.tally.injected >= faults.tally.runs);
}

TEST_CASE("I/O faults in every write and sync of a booking", "[sqlite][iofault]")
{
    const Injected faults
        = injectEveryFault("booking", [](Fixture &f) { return std::make_unique<BookingScenario>(f); });
    // Four ways at every write (an error or a full disk, once or from then on), two at every sync.
    CHECK(faults.tally.runs == 4 * faults.writes + 2 * faults.syncs);
    CHECK(faults.tally.injected >= faults.tally.runs);
}

TEST_CASE("I/O faults in every write and sync of a reschedule", "[sqlite][iofault]")
{
    const Injected faults
        = injectEveryFault("reschedule", [](Fixture &f) { return std::make_unique<RescheduleScenario>(f); });
    // Four ways at every write (an error or a full disk, once or from then on), two at every sync.
    CHECK(faults.tally.runs == 4 * faults.writes + 2 * faults.syncs);
    CHECK(faults.tally.injected >= faults.tally.runs);
}

TEST_CASE("The fault VFS counts and fails what it is told to, and nothing else", "[sqlite][iofault]")
{
    FaultVfs::install();
    Fixture f;
    FaultVfs::reset();
    f.store.setSetting(QStringLiteral("reliability.probe"), QStringLiteral("1"));
    const int writes = FaultVfs::writes();
    REQUIRE(writes > 0);
    REQUIRE(FaultVfs::syncs() > 0);

    // Armed past the end of the next write, nothing fails.
    FaultVfs::reset();
    FaultVfs::arm(FaultVfs::Fault::DiskFull, writes + 1000, false);
    f.store.setSetting(QStringLiteral("reliability.probe"), QStringLiteral("2"));
    FaultVfs::disarm();
    REQUIRE(FaultVfs::injected() == 0);

    FaultVfs::reset();
    FaultVfs::arm(FaultVfs::Fault::DiskFull, 1, true);
    const Error full
        = test::thrown([&] { f.store.setSetting(QStringLiteral("reliability.probe"), QStringLiteral("3")); });
    FaultVfs::disarm();
    REQUIRE(FaultVfs::injected() >= 1);
    REQUIRE(full.kind() == Error::Kind::Store);
    REQUIRE(f.store.setting(QStringLiteral("reliability.probe")) == QStringLiteral("2"));
}
