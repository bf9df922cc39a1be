// Delivering the outbound queue: oldest first, to an outbox folder or through a transport; failures
// retried with a doubling wait, refusals kept and visible until an admin retries them.

#include "checkin/checkinservice.h"
#include "checkinhelpers.h"
#include "common/error.h"
#include "interop/hl7ack.h"
#include "interop/hl7message.h"
#include "outbound/outbounddelivery.h"
#include "outbound/outboundservice.h"
#include "outbound/outboxfolder.h"
#include "outboundhelpers.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace chairside;
using test::Fixture;

namespace {

const QDate kTuesday(2026, 12, 1);

/// Two patients checked in at 09:50 and 09:52: two ADT^A04 waiting, Maria's first.
struct TwoCheckIns
{
    explicit TwoCheckIns(Fixture &f, const QString &outbox)
    {
        test::sendTo(f, outbox);
        const Patient liam = test::addPatient(f, QStringLiteral("M0002"), QStringLiteral("Liam"),
            QStringLiteral("O'Brien"), QDate(1975, 6, 30), f.infliximab);
        test::bookReady(f, f.maria, f.infliximab, kTuesday, 10, 0, &f.chairs[0]);
        test::bookReady(f, liam, f.infliximab, kTuesday, 10, 0, &f.chairs[1]);
        CheckInService service(f.store, f.clock);
        f.clock.set(f.local(kTuesday, 9, 50));
        REQUIRE(
            service.checkIn(test::byMrn(f, f.maria), test::userNamed(f, "desk")).outcome == Outcome::Admit);
        f.clock.set(f.local(kTuesday, 9, 52));
        REQUIRE(service.checkIn(test::byMrn(f, liam), test::userNamed(f, "desk")).outcome == Outcome::Admit);
        const QList<OutboundMessage> messages = test::queued(f);
        REQUIRE(messages.size() == 2);
        first = messages[0];
        second = messages[1];
    }

    OutboundMessage first;
    OutboundMessage second;
};

QByteArray ackFor(const QByteArray &message, Hl7Ack::Code code, const QString &text = {},
    const QList<Hl7Error> &errors = {})
{
    Hl7Ack::Options options;
    options.controlId = QStringLiteral("ACK1");
    options.nowUtc = QDateTime(QDate(2026, 12, 1), QTime(15, 0), QTimeZone::utc());
    return Hl7Ack::build(Hl7Message::parse(message), code, options, text, errors);
}

} // namespace

TEST_CASE("Delivery to an outbox folder writes one whole file per message, named by control id")
{
    Fixture f;
    QTemporaryDir dir;
    const QString outbox = dir.filePath(QStringLiteral("outbox")); // made on first delivery
    const TwoCheckIns queue(f, outbox);
    f.clock.set(f.local(kTuesday, 9, 53));

    OutboundDelivery delivery(f.store, f.clock, OutboxFolder(outbox));
    const OutboundDelivery::Round round = delivery.deliverDue();
    CHECK(round.sent == 2);
    CHECK(round.failed == 0);
    CHECK(round.waiting == 0);
    CHECK_FALSE(round.nextDueUtc.isValid());

    const QStringList files = QDir(outbox).entryList(QDir::Files | QDir::Hidden);
    CHECK(files
        == QStringList {
            queue.first.controlId + QStringLiteral(".hl7"), queue.second.controlId + QStringLiteral(".hl7")});
    QFile file(QDir(outbox).filePath(queue.first.controlId + QStringLiteral(".hl7")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == queue.first.hl7);

    const auto sent = f.store.outboundMessage(queue.first.id);
    REQUIRE(sent);
    CHECK(sent->state == OutboundState::Sent);
    CHECK(sent->attempts == 1);
    CHECK(sent->sentAtUtc == f.clock.nowUtc());
    CHECK_FALSE(sent->nextAttemptUtc.isValid());
    // Nothing is sent twice.
    CHECK(delivery.deliverDue().sent == 0);
}

TEST_CASE("An outbox folder that cannot be written is a failure, tried again later")
{
    Fixture f;
    QTemporaryDir dir;
    // A file where the folder should be: the folder cannot be made.
    const QString blocked = dir.filePath(QStringLiteral("outbox"));
    QFile plain(blocked);
    REQUIRE(plain.open(QIODevice::WriteOnly));
    plain.close();
    const TwoCheckIns queue(f, blocked);
    OutboundDelivery delivery(f.store, f.clock, OutboxFolder(blocked));
    const OutboundDelivery::Round round = delivery.deliverDue();
    CHECK(round.sent == 0);
    CHECK(round.failed == 1);
    const auto failed = f.store.outboundMessage(queue.first.id);
    CHECK(failed->state == OutboundState::Failed);
    CHECK(failed->lastError.contains(QStringLiteral("outbox")));
}

TEST_CASE("Failures are retried with a doubling wait, capped at an hour, and order is kept")
{
    CHECK(OutboundDelivery::retryDelaySeconds(1) == 30);
    CHECK(OutboundDelivery::retryDelaySeconds(2) == 60);
    CHECK(OutboundDelivery::retryDelaySeconds(3) == 120);
    CHECK(OutboundDelivery::retryDelaySeconds(7) == 1920);
    CHECK(OutboundDelivery::retryDelaySeconds(8) == 3600);
    CHECK(OutboundDelivery::retryDelaySeconds(50) == 3600);

    Fixture f;
    QTemporaryDir outbox;
    const TwoCheckIns queue(f, outbox.path());
    bool reachable = false;
    QList<QByteArray> delivered;
    OutboundDelivery delivery(f.store, f.clock, [&](const QByteArray &message) {
        if (!reachable)
            return DeliveryResult::failed(QStringLiteral("connection refused"));
        delivered << message;
        return DeliveryResult::sent(QStringLiteral("AA"));
    });

    const QDateTime start = f.local(kTuesday, 10, 0);
    f.clock.set(start);
    OutboundDelivery::Round round = delivery.deliverDue();
    CHECK(round.failed == 1); // the round stops at the first failure: the second is not tried
    CHECK(round.waiting == 2);
    CHECK(round.nextDueUtc == start.addSecs(30));
    auto first = f.store.outboundMessage(queue.first.id);
    CHECK(first->state == OutboundState::Failed);
    CHECK(first->attempts == 1);
    CHECK(first->lastError == QStringLiteral("connection refused"));
    CHECK(first->nextAttemptUtc == start.addSecs(30));
    CHECK(f.store.outboundMessage(queue.second.id)->attempts == 0);

    // Not yet due: nothing is tried, not even the second, which would overtake the first.
    f.clock.set(start.addSecs(29));
    round = delivery.deliverDue();
    CHECK(round.failed + round.sent == 0);

    f.clock.set(start.addSecs(30));
    round = delivery.deliverDue();
    CHECK(round.failed == 1);
    first = f.store.outboundMessage(queue.first.id);
    CHECK(first->attempts == 2);
    CHECK(first->nextAttemptUtc == start.addSecs(30 + 60));

    reachable = true;
    f.clock.set(start.addSecs(90));
    round = delivery.deliverDue();
    CHECK(round.sent == 2);
    REQUIRE(delivered.size() == 2);
    CHECK(delivered[0] == queue.first.hl7);
    CHECK(delivered[1] == queue.second.hl7);
    first = f.store.outboundMessage(queue.first.id);
    CHECK(first->state == OutboundState::Sent);
    CHECK(first->attempts == 3);
    CHECK(first->lastError.isEmpty()); // the error of the attempts before is gone
}

TEST_CASE("An AE answer leaves the message in the queue, refused and visible, until an admin retries it")
{
    Fixture f;
    QTemporaryDir outbox;
    const TwoCheckIns queue(f, outbox.path());
    bool accept = false;
    int calls = 0;
    OutboundDelivery delivery(f.store, f.clock, [&](const QByteArray &message) {
        ++calls;
        const Hl7Message read = Hl7Message::parse(message);
        if (!accept && read.controlId() == queue.first.controlId) {
            Hl7Error error;
            error.segment = QStringLiteral("PID");
            error.sequence = 1;
            error.field = 3;
            error.code = Hl7Error::Code::UnknownKey;
            error.reason = QStringLiteral("MRN M0001 is not known here");
            return DeliveryResult::fromAck(
                ackFor(message, Hl7Ack::Code::Error, QStringLiteral("Unknown patient"), {error}),
                read.controlId());
        }
        return DeliveryResult::fromAck(ackFor(message, Hl7Ack::Code::Accept), read.controlId());
    });

    f.clock.set(f.local(kTuesday, 10, 0));
    OutboundDelivery::Round round = delivery.deliverDue();
    CHECK(round.refused == 1);
    CHECK(round.sent == 1); // the next message goes on
    CHECK(round.waiting == 0);
    auto refused = f.store.outboundMessage(queue.first.id);
    CHECK(refused->state == OutboundState::Refused);
    CHECK(refused->lastError.startsWith(QStringLiteral("AE Unknown patient")));
    CHECK(refused->lastError.contains(QStringLiteral("MRN M0001 is not known here")));
    CHECK_FALSE(refused->nextAttemptUtc.isValid());
    CHECK(f.store.outboundMessages(OutboundState::Refused).size() == 1);

    // Hours later it is still there, untried.
    f.clock.set(f.local(kTuesday, 15, 0));
    CHECK(delivery.deliverDue().refused + delivery.deliverDue().sent == 0);
    CHECK(calls == 2);

    // The admin fixes the cause and retries it; only an admin may, and only a refused or failed one.
    OutboundService service(f.store, f.clock);
    bool forbidden = false;
    try {
        service.retry(queue.first.id, test::userNamed(f, "desk"));
    } catch (const Error &error) {
        forbidden = error.kind() == Error::Kind::Forbidden;
    }
    CHECK(forbidden);
    bool notRefused = false;
    try {
        service.retry(queue.second.id, test::userNamed(f, "admin"));
    } catch (const Error &error) {
        notRefused = error.kind() == Error::Kind::Refused;
    }
    CHECK(notRefused);

    const OutboundMessage again = service.retry(queue.first.id, test::userNamed(f, "admin"));
    CHECK(again.state == OutboundState::Queued);
    CHECK(again.nextAttemptUtc == f.clock.nowUtc());
    accept = true;
    round = delivery.deliverDue();
    CHECK(round.sent == 1);
    CHECK(f.store.outboundMessage(queue.first.id)->state == OutboundState::Sent);
    CHECK(f.store.outboundMessage(queue.first.id)->attempts == 2);
}

TEST_CASE("Reading the receiver's acknowledgment")
{
    Fixture f;
    QTemporaryDir outbox;
    const TwoCheckIns queue(f, outbox.path());
    const QByteArray &message = queue.first.hl7;
    const QString id = queue.first.controlId;

    const DeliveryResult accepted = DeliveryResult::fromAck(ackFor(message, Hl7Ack::Code::Accept), id);
    CHECK(accepted.outcome == DeliveryResult::Outcome::Sent);
    CHECK(accepted.text == QStringLiteral("AA"));

    const DeliveryResult rejected
        = DeliveryResult::fromAck(ackFor(message, Hl7Ack::Code::Reject, QStringLiteral("No receiver")), id);
    CHECK(rejected.outcome == DeliveryResult::Outcome::Refused);
    CHECK(rejected.text == QStringLiteral("AR No receiver"));

    // An acknowledgment of another message is no answer to this one: try again.
    const DeliveryResult other = DeliveryResult::fromAck(ackFor(queue.second.hl7, Hl7Ack::Code::Accept), id);
    CHECK(other.outcome == DeliveryResult::Outcome::Failed);
    CHECK(other.text.contains(queue.second.controlId));

    const DeliveryResult garbage = DeliveryResult::fromAck(QByteArray("HTTP/1.1 400 Bad Request\r\n"), id);
    CHECK(garbage.outcome == DeliveryResult::Outcome::Failed);
    CHECK(garbage.text.contains(QStringLiteral("MSA")));
}

TEST_CASE("Outbox file names are made safe from the control id")
{
    CHECK(OutboxFolder::fileName(QStringLiteral("CS00000001")) == QStringLiteral("CS00000001.hl7"));
    CHECK(OutboxFolder::fileName(QStringLiteral("../etc/x")) == QStringLiteral(".._etc_x.hl7"));
    CHECK(OutboxFolder::fileName(QStringLiteral("..")) == QStringLiteral("_...hl7"));
}
