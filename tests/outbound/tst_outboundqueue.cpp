// The outbound queue is written with what it reports: a check-in, an arrival, a no-show (the nurse's or
// the sweep's) and a completion queue their message in the same transaction, or nothing at all.

#include "checkin/checkinservice.h"
#include "checkin/noshowsweep.h"
#include "checkinhelpers.h"
#include "common/error.h"
#include "interop/hl7message.h"
#include "outbound/outboundqueue.h"
#include "outbound/outboundservice.h"
#include "outboundhelpers.h"
#include "store/database.h"
#include "store/scopedtransaction.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace chairside;
using test::Fixture;

namespace {

const QDate kTuesday(2026, 12, 1);

} // namespace

TEST_CASE("A check-in queues an ADT^A04 for the patient in the chair, in the same transaction")
{
    Fixture f;
    QTemporaryDir outbox;
    test::sendTo(f, outbox.path());
    const qint64 id = test::bookReady(f, f.maria, f.infliximab, kTuesday, 10, 0, &f.chairs[1]);
    f.clock.set(f.local(kTuesday, 9, 50));
    CheckInService service(f.store, f.clock);
    REQUIRE(service.checkIn(test::byMrn(f, f.maria), test::userNamed(f, "desk")).outcome == Outcome::Admit);

    const QList<OutboundMessage> messages = test::queued(f);
    REQUIRE(messages.size() == 1);
    const OutboundMessage &m = messages.front();
    CHECK(m.event == OutboundEvent::CheckedIn);
    CHECK(m.messageType == QStringLiteral("ADT^A04"));
    CHECK(m.appointmentId == id);
    CHECK(m.state == OutboundState::Queued);
    CHECK(m.attempts == 0);
    CHECK(m.createdAtUtc == f.clock.nowUtc());
    CHECK(m.nextAttemptUtc == f.clock.nowUtc());
    CHECK(m.controlId == OutboundQueue::controlIdFor(m.id));
    const Hl7Message hl7 = Hl7Message::parse(m.hl7);
    REQUIRE(hl7.isValid());
    CHECK(hl7.controlId() == m.controlId);
    CHECK(hl7.text("MSH-4") == QStringLiteral("RIVERSIDE"));
    CHECK(hl7.text("PID-3.1") == QStringLiteral("M0001"));
    CHECK(hl7.text("PV1-3.3") == f.chairs[1].label);
    CHECK(hl7.text("PV1-19") == QString::number(id));

    // Asking again at the desk changes nothing, and sends nothing again.
    service.checkIn(test::byMrn(f, f.maria), test::userNamed(f, "desk"));
    CHECK(test::queued(f).size() == 1);
}

TEST_CASE("Arrival, completion and no-shows queue an SIU^S14 with the new status")
{
    Fixture f;
    QTemporaryDir outbox;
    test::sendTo(f, outbox.path());
    CheckInService service(f.store, f.clock);
    const User nurse = test::userNamed(f, "nurse");

    SECTION("arrived while the dose is prepared, then checked in, started and completed")
    {
        const qint64 id = f.book(f.maria, f.infliximab, kTuesday, 10, 0); // the dose is not ready
        f.clock.set(f.local(kTuesday, 9, 50));
        REQUIRE(
            service.checkIn(test::byMrn(f, f.maria), test::userNamed(f, "desk")).outcome == Outcome::Wait);
        f.store.setPrep(id, PrepState::Ready, f.local(kTuesday, 9, 55));
        f.clock.set(f.local(kTuesday, 10, 0));
        REQUIRE(
            service.checkIn(test::byMrn(f, f.maria), test::userNamed(f, "desk")).outcome == Outcome::Admit);
        service.start(id, nurse); // starting is not an event anyone is sent
        f.clock.set(f.local(kTuesday, 12, 30));
        service.complete(id, nurse);

        const QList<OutboundMessage> messages = test::queued(f);
        REQUIRE(messages.size() == 3);
        CHECK(messages[0].event == OutboundEvent::Arrived);
        CHECK(messages[0].messageType == QStringLiteral("SIU^S14"));
        CHECK(Hl7Message::parse(messages[0].hl7).text("SCH-25") == QStringLiteral("ARRIVED"));
        CHECK(messages[1].event == OutboundEvent::CheckedIn);
        CHECK(messages[2].event == OutboundEvent::Completed);
        CHECK(Hl7Message::parse(messages[2].hl7).text("SCH-25") == QStringLiteral("COMPLETE"));
        CHECK(Hl7Message::parse(messages[2].hl7).text("SCH-2.1") == QString::number(id));
        for (const OutboundMessage &m : messages)
            CHECK(m.appointmentId == id);
    }
    SECTION("the nurse marks a no-show")
    {
        const qint64 id = test::bookReady(f, f.maria, f.infliximab, kTuesday, 10, 0);
        f.clock.set(f.local(kTuesday, 10, 5));
        NoShowSweep(f.store, f.clock).mark(id, nurse);
        const QList<OutboundMessage> messages = test::queued(f);
        REQUIRE(messages.size() == 1);
        CHECK(messages[0].event == OutboundEvent::NoShow);
        CHECK(Hl7Message::parse(messages[0].hl7).text("SCH-25") == QStringLiteral("NOSHOW"));
    }
    SECTION("the sweep marks two no-shows, one message each")
    {
        const Patient liam = test::addPatient(f, QStringLiteral("M0002"), QStringLiteral("Liam"),
            QStringLiteral("O'Brien"), QDate(1975, 6, 30), f.infliximab);
        const qint64 first = f.book(f.maria, f.infliximab, kTuesday, 10, 0);
        const qint64 second = f.book(liam, f.infliximab, kTuesday, 11, 0);
        f.clock.set(f.local(kTuesday, 14, 0));
        REQUIRE(NoShowSweep(f.store, f.clock).run(nurse).noShows.size() == 2);
        const QList<OutboundMessage> messages = test::queued(f);
        REQUIRE(messages.size() == 2);
        CHECK(messages[0].appointmentId == first);
        CHECK(messages[1].appointmentId == second);
        CHECK(messages[1].event == OutboundEvent::NoShow);
        CHECK(Hl7Message::parse(messages[1].hl7).text("PID-3.1") == QStringLiteral("M0002"));
    }
}

TEST_CASE("Only the chosen events are queued, and nothing when sending is off")
{
    Fixture f;
    QTemporaryDir outbox;
    CheckInService service(f.store, f.clock);
    const User nurse = test::userNamed(f, "nurse");
    const qint64 id = test::bookReady(f, f.maria, f.infliximab, kTuesday, 10, 0);
    f.clock.set(f.local(kTuesday, 9, 50));

    SECTION("never configured")
    {
        REQUIRE(
            service.checkIn(test::byMrn(f, f.maria), test::userNamed(f, "desk")).outcome == Outcome::Admit);
        CHECK(test::queued(f).isEmpty());
    }
    SECTION("turned off")
    {
        test::sendTo(f, outbox.path());
        OutboundService admin(f.store, f.clock);
        OutboundSettings settings = admin.settings(test::userNamed(f, "admin"));
        settings.enabled = false;
        admin.configure(settings, test::userNamed(f, "admin"));
        REQUIRE(
            service.checkIn(test::byMrn(f, f.maria), test::userNamed(f, "desk")).outcome == Outcome::Admit);
        CHECK(test::queued(f).isEmpty());
    }
    SECTION("completion only")
    {
        test::sendTo(f, outbox.path(), {OutboundEvent::Completed});
        REQUIRE(
            service.checkIn(test::byMrn(f, f.maria), test::userNamed(f, "desk")).outcome == Outcome::Admit);
        service.start(id, nurse);
        CHECK(test::queued(f).isEmpty());
        service.complete(id, nurse);
        REQUIRE(test::queued(f).size() == 1);
        CHECK(test::queued(f).front().event == OutboundEvent::Completed);
    }
}

TEST_CASE("A check-in rolled back queues nothing, and one whose message cannot be queued is refused whole")
{
    Fixture f;
    QTemporaryDir outbox;
    test::sendTo(f, outbox.path());
    const qint64 id = test::bookReady(f, f.maria, f.infliximab, kTuesday, 10, 0);
    f.clock.set(f.local(kTuesday, 9, 50));
    CheckInService service(f.store, f.clock);

    SECTION("rolled back by an enclosing transaction")
    {
        {
            ScopedTransaction outer(f.store.database());
            REQUIRE(service.checkIn(test::byMrn(f, f.maria), test::userNamed(f, "desk")).outcome
                == Outcome::Admit);
            CHECK(test::queued(f).size() == 1); // seen inside, gone with it
        }
        CHECK(test::queued(f).isEmpty());
        CHECK(f.store.appointment(id)->status == AppointmentStatus::Booked);
    }
    SECTION("the queue cannot be written")
    {
        test::failInsertsInto(
            f.store.database(), QStringLiteral("outbound_message"), QStringLiteral("disk full"));
        bool refused = false;
        try {
            service.checkIn(test::byMrn(f, f.maria), test::userNamed(f, "desk"));
        } catch (const Error &error) {
            refused = error.kind() == Error::Kind::Store;
        }
        CHECK(refused);
        // Nothing of the check-in was kept: the desk is told, and checks the patient in again.
        CHECK(f.store.appointment(id)->status == AppointmentStatus::Booked);
        CHECK(f.store.checkInDecisions(id).isEmpty());
        CHECK(f.store.history(id).size() == 1);
        CHECK(test::queued(f).isEmpty());
        test::mendInsertsInto(f.store.database(), QStringLiteral("outbound_message"));
        REQUIRE(
            service.checkIn(test::byMrn(f, f.maria), test::userNamed(f, "desk")).outcome == Outcome::Admit);
        CHECK(test::queued(f).size() == 1);
    }
}

TEST_CASE("A restart loses nothing queued")
{
    Fixture f;
    QTemporaryDir outbox;
    test::sendTo(f, outbox.path());
    test::bookReady(f, f.maria, f.infliximab, kTuesday, 10, 0);
    f.clock.set(f.local(kTuesday, 9, 50));
    CheckInService(f.store, f.clock).checkIn(test::byMrn(f, f.maria), test::userNamed(f, "desk"));
    const QList<OutboundMessage> before = test::queued(f);
    REQUIRE(before.size() == 1);

    Store reopened(f.temp.path());
    const QList<OutboundMessage> after = reopened.outboundMessages();
    REQUIRE(after.size() == 1);
    CHECK(after.front().id == before.front().id);
    CHECK(after.front().hl7 == before.front().hl7);
    CHECK(after.front().state == OutboundState::Queued);
    CHECK(after.front().nextAttemptUtc == before.front().nextAttemptUtc);
}

TEST_CASE("The outbound settings are the admin's, checked and audited")
{
    Fixture f;
    OutboundService service(f.store, f.clock);
    const User admin = test::userNamed(f, "admin");
    OutboundSettings settings = service.settings(admin);
    CHECK_FALSE(settings.enabled);
    CHECK(settings.events == QList<OutboundEvent> {OutboundEvent::CheckedIn});

    const auto refusedField = [&](const OutboundSettings &s) -> QString {
        try {
            service.configure(s, admin);
        } catch (const Error &error) {
            return error.field();
        }
        return {};
    };
    settings.enabled = true;
    CHECK(refusedField(settings) == QStringLiteral("destination"));
    settings.destination = OutboundSettings::Destination::Mllp;
    settings.host = QStringLiteral("engine.example.org");
    CHECK(refusedField(settings) == QStringLiteral("port"));
    settings.destination = OutboundSettings::Destination::Folder;
    CHECK(refusedField(settings) == QStringLiteral("folder"));
    settings.folder = QStringLiteral("/srv/outbox");
    settings.events.clear();
    CHECK(refusedField(settings) == QStringLiteral("events"));
    CHECK_FALSE(OutboundSettings::load(f.store).enabled); // nothing written

    settings.events = {OutboundEvent::CheckedIn, OutboundEvent::NoShow};
    bool forbidden = false;
    try {
        service.configure(settings, test::userNamed(f, "desk"));
    } catch (const Error &error) {
        forbidden = error.kind() == Error::Kind::Forbidden;
    }
    CHECK(forbidden);

    const qint64 entries = f.store.auditEntryCount();
    const OutboundSettings stored = service.configure(settings, admin);
    CHECK(stored.enabled);
    CHECK(stored.destination == OutboundSettings::Destination::Folder);
    CHECK(stored.folder == QStringLiteral("/srv/outbox"));
    CHECK(stored.events == QList<OutboundEvent> {OutboundEvent::CheckedIn, OutboundEvent::NoShow});
    REQUIRE(f.store.auditEntryCount() == entries + 1);
    AuditFilter filter;
    const QList<AuditEntry> trail = f.store.auditEntries(filter);
    const AuditEvent &last = trail.first().event; // newest first
    CHECK(last.action == AuditAction::SetupChanged);
    CHECK(last.userName == QStringLiteral("admin"));
    CHECK(last.reason
        == QStringLiteral(
            "outbound interface: off, no destination, events checked-in -> on, folder /srv/outbox, "
            "events checked-in, no-show"));
}
