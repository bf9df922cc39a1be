// The desktop's own sender: reminders leave in the background from a signed-in desk, on a worker thread;
// two desks sending at once send each reminder once; a reminder given up on is said in words.

#include "authhelpers.h"
#include "calls/deskremindersender.h"
#include "catchqstring.h"
#include "reminderhelpers.h"
#include "reminders/reminderrunner.h"
#include "remindersinks.h"
#include "store/store.h"
#include "workspace/workspace.h"

#include <QHash>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace chairside;
using test::Fixture;
using test::Sink;

namespace {

const QDate kTuesday(2026, 12, 1);
const QDate kWednesday(2026, 12, 2);

} // namespace

TEST_CASE("Two signed-in desks send the due reminders in the background, each reminder once")
{
    Fixture f;
    // Each message is held a moment at the server, so the two desks' rounds overlap.
    Sink smtp(Sink::Kind::Smtp, {QStringLiteral("--delay"), QStringLiteral("0.2")});
    REQUIRE(smtp.port() > 0);
    test::turnRemindersOn(f, smtp.port(), false);
    constexpr int kPatients = 6;
    QList<qint64> appointments;
    for (int i = 0; i < kPatients; ++i) {
        appointments << test::bookWithEmail(f, QStringLiteral("D%1").arg(i, 4, 10, QLatin1Char('0')),
            QStringLiteral("d%1@example.org").arg(i), kWednesday, 8 + i);
    }
    f.clock.set(f.local(kTuesday, 17, 5));

    // Two desks: each sender opens its own connection to the database, as another workstation would.
    Workspace front(f.store, f.clock);
    front.setWatchInterval(0);
    front.setCenter(f.center);
    DeskReminderSender frontDesk(front);
    DeskReminderSender backDesk(front);
    QSignalSpy frontDone(&frontDesk, &DeskReminderSender::roundDone);
    QSignalSpy backDone(&backDesk, &DeskReminderSender::roundDone);
    QSignalSpy failed(&frontDesk, &DeskReminderSender::failed);

    // The tests' environment says CHAIRSIDE_DESK_REMINDERS=off; and nobody is signed in.
    CHECK_FALSE(DeskReminderSender::enabledHere());
    front.setUser(test::userNamed(f, "desk"));
    CHECK_FALSE(frontDesk.runNow());
    const test::ScopedEnv on("CHAIRSIDE_DESK_REMINDERS", "on");

    REQUIRE(frontDesk.runNow());
    // Still running once runNow() is back: the round is the worker's, the window's thread is free.
    CHECK(frontDesk.isRunning());
    CHECK_FALSE(frontDesk.runNow()); // one round at a time at a desk
    REQUIRE(backDesk.runNow());
    REQUIRE(frontDone.wait(30000));
    if (backDone.isEmpty())
        REQUIRE(backDone.wait(30000));
    CHECK_FALSE(frontDesk.isRunning());
    CHECK(failed.isEmpty());

    const int sent = frontDone.first().at(0).toInt() + backDone.first().at(0).toInt();
    CHECK(sent == kPatients);
    REQUIRE(smtp.waitFor(kPatients));
    QHash<QByteArray, int> copies;
    for (const QByteArray &message : smtp.received())
        ++copies[test::mailHeader(message, "to")];
    CHECK(copies.size() == kPatients);
    for (auto it = copies.cbegin(); it != copies.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(it.value() == 1);
    }
    for (const qint64 id : std::as_const(appointments)) {
        const QList<Reminder> reminders = f.store.remindersOfAppointment(id);
        REQUIRE(reminders.size() == 1);
        CHECK(reminders.first().state == ReminderState::Sent);
    }

    // A round a while later finds nothing more to send.
    f.clock.advanceSeconds(600);
    REQUIRE(frontDesk.runNow());
    REQUIRE(frontDone.wait(30000));
    CHECK(frontDone.last().at(0).toInt() == 0);
    CHECK(smtp.files().size() == kPatients);
}

TEST_CASE("A reminder the desk's sender finds abandoned mid-send is said in the status words, not sent again")
{
    Fixture f;
    Sink smtp(Sink::Kind::Smtp);
    REQUIRE(smtp.port() > 0);
    test::turnRemindersOn(f, smtp.port(), false);
    const qint64 ana
        = test::bookWithEmail(f, QStringLiteral("E0001"), QStringLiteral("e1@example.org"), kWednesday, 9);
    f.clock.set(f.local(kTuesday, 17, 5));
    // Another sender queued and claimed it, then stopped.
    ReminderRunner(f.store, f.clock, ReminderRunner::configuredChannels(f.store)).queueDue();
    const QList<Reminder> queued = f.store.remindersOfAppointment(ana);
    REQUIRE(queued.size() == 1);
    REQUIRE(f.store.claimReminder(queued.first().id, f.clock.nowUtc()));
    f.clock.advanceSeconds(ReminderRunner::kClaimTimeoutSeconds + 60);

    Workspace workspace(f.store, f.clock);
    workspace.setWatchInterval(0);
    workspace.setCenter(f.center);
    workspace.setUser(test::userNamed(f, "desk"));
    const test::ScopedEnv on("CHAIRSIDE_DESK_REMINDERS", "on");
    DeskReminderSender sender(workspace);
    QSignalSpy done(&sender, &DeskReminderSender::roundDone);
    QSignalSpy failed(&sender, &DeskReminderSender::failed);
    sender.setDelays(10, 60 * 60 * 1000);
    sender.start();
    REQUIRE(done.wait(30000));
    REQUIRE(failed.size() == 1);
    CHECK(failed.first().first().toString()
        == QStringLiteral("Reminders not sent: 1. Settings, Reminders lists them to retry."));
    CHECK(done.first().at(1).toInt() == 1);
    CHECK(f.store.reminder(queued.first().id)->state == ReminderState::Interrupted);
    CHECK(smtp.files().isEmpty());
}
