// The workspace hears of every committed change, from this program's own commits and, through the
// change journal, from another program on the same file, without any writer announcing anything.

#include "common/clock.h"
#include "fixture.h"
#include "store/changejournal.h"
#include "store/scopedtransaction.h"
#include "store/store.h"
#include "tempstore.h"
#include "workspace/workspace.h"

#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace chairside;
using test::Fixture;

namespace {

const QDate kTuesday(2026, 12, 1);

/// What a workspace said, signal by signal.
struct Heard
{
    explicit Heard(Workspace &workspace)
        : appointments(&workspace, &Workspace::appointmentChanged)
        , days(&workspace, &Workspace::rosterChanged)
        , patients(&workspace, &Workspace::patientChanged)
        , everything(&workspace, &Workspace::everythingChanged)
    { }

    QList<qint64> appointmentIds() const
    {
        QList<qint64> ids;
        for (const QList<QVariant> &signal : appointments)
            ids << signal.at(0).toLongLong();
        return ids;
    }
    QList<std::pair<qint64, QDate>> rosterDays() const
    {
        QList<std::pair<qint64, QDate>> result;
        for (const QList<QVariant> &signal : days)
            result << std::pair {signal.at(0).toLongLong(), signal.at(1).toDate()};
        return result;
    }
    void clear()
    {
        appointments.clear();
        days.clear();
        patients.clear();
        everything.clear();
    }

    QSignalSpy appointments;
    QSignalSpy days;
    QSignalSpy patients;
    QSignalSpy everything;
};

void arrive(Store &store, qint64 appointmentId, const QDateTime &atUtc)
{
    store.changeStatus(appointmentId, AppointmentStatus::Arrived, QStringLiteral("desk"), atUtc);
}

} // namespace

TEST_CASE("A commit announces exactly the rows it changed")
{
    Fixture f;
    const qint64 at10 = f.book(f.maria, f.infliximab, kTuesday, 10);
    const qint64 at14 = f.book(f.maria, f.vedolizumab, kTuesday.addDays(1), 14);
    Workspace workspace(f.store, f.clock);
    workspace.setWatchInterval(0);
    Heard heard(workspace);

    arrive(f.store, at10, f.clock.nowUtc());
    CHECK(heard.appointmentIds() == QList<qint64> {at10});
    CHECK(heard.rosterDays() == QList<std::pair<qint64, QDate>> {{f.center.id, kTuesday}});
    CHECK(heard.patients.isEmpty());
    CHECK(heard.everything.isEmpty());

    heard.clear();
    const Patient anna = f.addReadyPatient(
        QStringLiteral("M0002"), QStringLiteral("Anna"), QStringLiteral("Berg"), QDate(1970, 5, 6), f.ivig);
    CHECK(heard.appointments.isEmpty());
    REQUIRE_FALSE(heard.patients.isEmpty());
    for (const QList<QVariant> &signal : std::as_const(heard.patients))
        CHECK(signal.at(0).toLongLong() == anna.id);
    CHECK(heard.appointmentIds().isEmpty());
    CHECK_FALSE(heard.appointmentIds().contains(at14));
}

TEST_CASE("A rolled-back transaction announces nothing")
{
    Fixture f;
    const qint64 at10 = f.book(f.maria, f.infliximab, kTuesday, 10);
    const qint64 at12 = f.book(f.maria, f.vedolizumab, kTuesday, 12);
    Workspace workspace(f.store, f.clock);
    workspace.setWatchInterval(0);
    Heard heard(workspace);

    {
        const auto transaction = f.store.transaction();
        arrive(f.store, at10, f.clock.nowUtc());
    }
    CHECK(heard.appointments.isEmpty());
    CHECK(heard.days.isEmpty());

    // Nor does the next commit carry what was rolled back.
    arrive(f.store, at12, f.clock.nowUtc());
    CHECK(heard.appointmentIds() == QList<qint64> {at12});
}

TEST_CASE("A savepoint rolled back inside a transaction drops only its own part")
{
    Fixture f;
    const qint64 at10 = f.book(f.maria, f.infliximab, kTuesday, 10);
    const qint64 at12 = f.book(f.maria, f.vedolizumab, kTuesday, 12);
    const qint64 at15 = f.book(f.maria, f.vedolizumab, kTuesday, 15);
    Workspace workspace(f.store, f.clock);
    workspace.setWatchInterval(0);
    Heard heard(workspace);

    const auto outer = f.store.transaction();
    arrive(f.store, at10, f.clock.nowUtc());
    {
        ScopedTransaction dropped(f.store.database());
        arrive(f.store, at12, f.clock.nowUtc());
        // Touched again inside the savepoint: still the outer transaction's change.
        f.store.setNoShowFee(at10, 0);
    }
    {
        ScopedTransaction kept(f.store.database());
        arrive(f.store, at15, f.clock.nowUtc());
        kept.commit();
    }
    CHECK(heard.appointments.isEmpty()); // nothing before the commit
    outer->commit();
    QList<qint64> ids = heard.appointmentIds();
    std::sort(ids.begin(), ids.end());
    CHECK(ids == QList<qint64> {at10, at15});
    CHECK(f.store.appointment(at12)->status == AppointmentStatus::Booked);
}

TEST_CASE("A second desk on the same file hears each change through the journal")
{
    Fixture f;
    const qint64 at10 = f.book(f.maria, f.infliximab, kTuesday, 10);
    const qint64 at12 = f.book(f.maria, f.vedolizumab, kTuesday, 12);
    Store secondDesk(f.temp.path());
    Workspace second(secondDesk, f.clock);
    second.setWatchInterval(0);
    Workspace first(f.store, f.clock);
    first.setWatchInterval(0);
    Heard heardBySecond(second);
    Heard heardByFirst(first);

    arrive(f.store, at10, f.clock.nowUtc());
    CHECK(heardBySecond.appointments.isEmpty()); // not before it looks
    second.checkForExternalChanges();
    CHECK(heardBySecond.appointmentIds() == QList<qint64> {at10});
    CHECK(heardBySecond.rosterDays() == QList<std::pair<qint64, QDate>> {{f.center.id, kTuesday}});

    // The second desk writes; the first hears it once, and neither hears its own change twice.
    heardByFirst.clear();
    heardBySecond.clear();
    arrive(secondDesk, at12, f.clock.nowUtc());
    CHECK(heardBySecond.appointmentIds() == QList<qint64> {at12});
    first.checkForExternalChanges();
    second.checkForExternalChanges();
    CHECK(heardByFirst.appointmentIds() == QList<qint64> {at12});
    CHECK(heardBySecond.appointmentIds() == QList<qint64> {at12});

    // Both wrote in turn: each still hears only the other's.
    heardByFirst.clear();
    heardBySecond.clear();
    f.store.setNoShowFee(at10, 5000);
    secondDesk.setNoShowFee(at12, 5000);
    f.store.setNoShowFee(at10, 0);
    first.checkForExternalChanges();
    second.checkForExternalChanges();
    CHECK(heardByFirst.appointmentIds() == QList<qint64> {at10, at10, at12});
    CHECK(heardBySecond.appointmentIds() == QList<qint64> {at12, at10});
}

TEST_CASE("A moved appointment changes both its days, and a write outside a transaction is still heard")
{
    Fixture f;
    const qint64 at10 = f.book(f.maria, f.infliximab, kTuesday, 10);
    Workspace workspace(f.store, f.clock);
    workspace.setWatchInterval(0);
    Heard heard(workspace);

    // No store call moves an appointment in place today; a future one, or a repair by hand, must not
    // leave the old day showing it.
    f.store.database().execute(
        QStringLiteral("UPDATE appointment SET start_utc = start_utc + 86400 WHERE id = %1").arg(at10),
        "move the appointment");
    CHECK(heard.appointments.isEmpty()); // it committed by itself, outside the store's transactions
    workspace.checkForExternalChanges();
    CHECK(heard.appointmentIds() == QList<qint64> {at10});
    QList<std::pair<qint64, QDate>> days = heard.rosterDays();
    std::sort(days.begin(), days.end());
    CHECK(days
        == QList<std::pair<qint64, QDate>> {{f.center.id, kTuesday}, {f.center.id, kTuesday.addDays(1)}});

    // And the other desks read it from the journal like any other.
    Store secondDesk(f.temp.path());
    REQUIRE(secondDesk.database().changeJournal());
    const ChangeJournal::Read read = secondDesk.database().changeJournal()->since(0);
    REQUIRE_FALSE(read.changes.isEmpty());
    CHECK(read.changes.constLast().id == at10);
}

TEST_CASE("A bulk write is announced as one change of everything")
{
    Fixture f;
    Store secondDesk(f.temp.path());
    Workspace second(secondDesk, f.clock);
    second.setWatchInterval(0);
    Workspace workspace(f.store, f.clock);
    workspace.setWatchInterval(0);
    Heard heard(workspace);
    Heard heardBySecond(second);
    const qint64 before = f.store.database().changeJournal()->lastSeq();

    QList<Appointment> many;
    for (int i = 0; i < 2 * ChangeTracker::kBulkRows; ++i) {
        Appointment a;
        a.patientId = f.maria.id;
        a.centerId = f.center.id;
        a.chairId = f.chairs.at(i % 4).id;
        a.therapyId = f.vedolizumab.id;
        a.startUtc = f.local(kTuesday.addDays(7 + i / 20), 8 + (i % 20) / 4);
        a.minutes = 30;
        a.createdBy = QStringLiteral("import");
        a.createdAtUtc = f.clock.nowUtc();
        many << a;
    }
    f.store.addAppointments(many);
    CHECK(heard.everything.count() == 1);
    CHECK(heard.appointments.isEmpty());
    CHECK(heard.days.isEmpty());
    // One journal row, not a thousand.
    CHECK(f.store.database().changeJournal()->lastSeq() == before + 1);

    second.checkForExternalChanges();
    CHECK(heardBySecond.everything.count() == 1);
    CHECK(heardBySecond.appointments.isEmpty());
}

TEST_CASE("A workspace's timer delivers another program's change without being asked")
{
    Fixture f;
    const qint64 at10 = f.book(f.maria, f.infliximab, kTuesday, 10);
    Store other(f.temp.path()); // the nurse station, on the same file
    Workspace workspace(f.store, f.clock);
    workspace.setWatchInterval(50);
    QSignalSpy spy(&workspace, &Workspace::appointmentChanged);
    arrive(other, at10, f.clock.nowUtc());
    REQUIRE(spy.wait(2000));
    CHECK(spy.at(0).at(0).toLongLong() == at10);
}
