// interface outbound, interface queue, interface deliver, interface retry-outbound: what Chairside sends
// to other systems (ADT^A04 on check-in, SIU^S14 on arrival, no-show and completion), and its queue.

#include "access/permission.h"
#include "alignedtext.h"
#include "audit/auditevent.h"
#include "command.h"
#include "commandline.h"
#include "common/error.h"
#include "context.h"
#include "interop/hl7message.h"
#include "net/mllpclient.h"
#include "outbound/outbounddelivery.h"
#include "outbound/outboundservice.h"
#include "outbound/outboxfolder.h"
#include "stopsignals.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QThread>

#include <array>
#include <memory>

namespace chairside::cli {

namespace {

QString isoUtc(const QDateTime &instant)
{
    return instant.isValid() ? instant.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject settingsJson(const OutboundSettings &s)
{
    QJsonArray events;
    for (const OutboundEvent event : s.events)
        events << outboundEventCode(event);
    return QJsonObject {{QStringLiteral("enabled"), s.enabled},
        {QStringLiteral("destination"), OutboundSettings::destinationCode(s.destination)},
        {QStringLiteral("folder"), s.folder}, {QStringLiteral("host"), s.host},
        {QStringLiteral("port"), s.port}, {QStringLiteral("events"), events},
        {QStringLiteral("sending_application"), s.endpoints.sendingApplication},
        {QStringLiteral("sending_facility"), s.endpoints.sendingFacility},
        {QStringLiteral("receiving_application"), s.endpoints.receivingApplication},
        {QStringLiteral("receiving_facility"), s.endpoints.receivingFacility}};
}

QJsonObject messageJson(const OutboundMessage &m)
{
    return QJsonObject {{QStringLiteral("id"), double(m.id)},
        {QStringLiteral("event"), outboundEventCode(m.event)}, {QStringLiteral("type"), m.messageType},
        {QStringLiteral("appointment"), double(m.appointmentId)},
        {QStringLiteral("state"), outboundStateCode(m.state)}, {QStringLiteral("attempts"), m.attempts},
        {QStringLiteral("next_attempt"), isoUtc(m.nextAttemptUtc)},
        {QStringLiteral("last_error"), m.lastError}};
}

qint64 messageId(Context &ctx)
{
    bool ok = false;
    const QString text = ctx.value(QStringLiteral("id"));
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok || id <= 0)
        throw Error::badData(
            QStringLiteral("id"), QStringLiteral("--id \"%1\" is not an outbound message number.").arg(text));
    return id;
}

AuditEvent refusal(const QString &kind)
{
    AuditEvent event;
    event.action = AuditAction::SetupChanged;
    event.recordKind = kind;
    return event;
}

int configure(Context &ctx)
{
    const User admin = ctx.requireUser(Permission::Administer, refusal(QStringLiteral("setting")));
    OutboundService service(ctx.store(), ctx.clock());
    const bool folder = ctx.has(QStringLiteral("folder"));
    const bool mllp = ctx.has(QStringLiteral("host")) || ctx.has(QStringLiteral("port"));
    const bool off = ctx.has(QStringLiteral("off"));
    if (int(folder) + int(mllp) + int(off) > 1)
        throw UsageError(
            QStringLiteral("interface outbound takes one of --folder DIR, --host H --port P or --off."));

    OutboundSettings settings = service.settings(admin);
    const bool changes = folder || mllp || off || ctx.has(QStringLiteral("events"))
        || ctx.has(QStringLiteral("sending-application")) || ctx.has(QStringLiteral("sending-facility"))
        || ctx.has(QStringLiteral("receiving-application")) || ctx.has(QStringLiteral("receiving-facility"));
    if (folder) {
        settings.enabled = true;
        settings.destination = OutboundSettings::Destination::Folder;
        settings.folder = QDir(ctx.value(QStringLiteral("folder")).trimmed()).absolutePath();
        if (ctx.value(QStringLiteral("folder")).trimmed().isEmpty())
            settings.folder.clear();
    } else if (mllp) {
        if (!ctx.has(QStringLiteral("host")) || !ctx.has(QStringLiteral("port")))
            throw UsageError(QStringLiteral("Sending over MLLP needs both --host H and --port P."));
        settings.enabled = true;
        settings.destination = OutboundSettings::Destination::Mllp;
        settings.host = ctx.value(QStringLiteral("host")).trimmed();
        settings.port = ctx.intValue(QStringLiteral("port"), 0, 1, 65535);
    } else if (off) {
        settings.enabled = false;
    }
    if (ctx.has(QStringLiteral("events"))) {
        settings.events.clear();
        const QStringList codes
            = ctx.value(QStringLiteral("events")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &code : codes) {
            const auto event = outboundEventFromCode(code);
            if (!event) {
                throw Error::badData(QStringLiteral("events"),
                    QStringLiteral(
                        "\"%1\" is not an event that can be sent; choose among checked-in, arrived, "
                        "no-show and completed.")
                        .arg(code.trimmed()));
            }
            if (!settings.events.contains(*event))
                settings.events << *event;
        }
        if (settings.events.isEmpty())
            throw Error::badData(QStringLiteral("events"),
                QStringLiteral(
                    "Choose at least one event to send: checked-in, arrived, no-show, completed."));
    }
    const auto text = [&](const char *option, QString &field) {
        if (ctx.has(QString::fromLatin1(option)))
            field = ctx.value(QString::fromLatin1(option)).trimmed();
    };
    text("sending-application", settings.endpoints.sendingApplication);
    text("sending-facility", settings.endpoints.sendingFacility);
    text("receiving-application", settings.endpoints.receivingApplication);
    text("receiving-facility", settings.endpoints.receivingFacility);

    if (changes)
        settings = service.configure(settings, admin);
    ctx.print(QJsonObject {{QStringLiteral("outbound"), settingsJson(settings)}},
        QStringLiteral("Outbound interface: %1.").arg(settings.summary()));
    return ExitOk;
}

int queue(Context &ctx)
{
    const User admin = ctx.requireUser(Permission::Administer, refusal(QStringLiteral("outbound_message")));
    std::optional<OutboundState> state;
    if (ctx.has(QStringLiteral("state"))) {
        state = outboundStateFromCode(ctx.value(QStringLiteral("state")));
        if (!state) {
            throw Error::badData(QStringLiteral("state"),
                QStringLiteral("--state \"%1\" is not one of queued, sent, refused, failed.")
                    .arg(ctx.value(QStringLiteral("state"))));
        }
    }
    const int limit = ctx.intValue(QStringLiteral("limit"), 1000, 1, 1000000);
    const QList<OutboundMessage> messages
        = OutboundService(ctx.store(), ctx.clock()).queue(admin, state, limit);

    QJsonArray list;
    using Row = std::array<QString, 9>;
    QList<Row> rows {{QStringLiteral("#"), QStringLiteral("Queued (UTC)"), QStringLiteral("Event"),
        QStringLiteral("Type"), QStringLiteral("Appointment"), QStringLiteral("State"),
        QStringLiteral("Attempts"), QStringLiteral("Next attempt (UTC)"), QStringLiteral("Last answer")}};
    for (const OutboundMessage &m : messages) {
        list << messageJson(m);
        QString last = m.lastError;
        last.replace(QLatin1Char('\n'), QLatin1Char(' '));
        rows << Row {QString::number(m.id),
            m.createdAtUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
            outboundEventCode(m.event), m.messageType, QString::number(m.appointmentId),
            outboundStateCode(m.state), QString::number(m.attempts),
            m.nextAttemptUtc.isValid()
                ? m.nextAttemptUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                : QString(),
            last};
    }
    ctx.print(QJsonObject {{QStringLiteral("messages"), list}},
        messages.isEmpty() ? QStringLiteral("The outbound queue is empty.") : alignedText(rows).trimmed());
    return ExitOk;
}

int retry(Context &ctx)
{
    const qint64 id = messageId(ctx);
    AuditEvent event = refusal(QStringLiteral("outbound_message"));
    event.recordId = id;
    const User admin = ctx.requireUser(Permission::Administer, event);
    const OutboundMessage message = OutboundService(ctx.store(), ctx.clock()).retry(id, admin);
    ctx.print(QJsonObject {{QStringLiteral("message"), messageJson(message)}},
        QStringLiteral("Outbound message %1 (%2) is queued again.").arg(message.id).arg(message.messageType));
    return ExitOk;
}

/// The transport the settings name. The outbox folder is written here; MLLP goes through the network
/// library's client.
OutboundTransport transportFor(const OutboundSettings &settings)
{
    switch (settings.destination) {
    case OutboundSettings::Destination::Folder:
        return OutboxFolder(settings.folder);
    case OutboundSettings::Destination::Mllp: {
        // One connection kept across messages; any failure drops it and the next try connects again.
        MllpClient::Options options;
        options.host = settings.host;
        options.port = quint16(settings.port);
        auto client = std::make_shared<MllpClient>(options);
        return [client](const QByteArray &message) {
            const MllpClient::Result result = client->send(message);
            if (!result.ok())
                return DeliveryResult::failed(result.error);
            return DeliveryResult::fromAck(result.answer, Hl7Message::parse(message).controlId());
        };
    }
    case OutboundSettings::Destination::None:
        break;
    }
    throw Error(Error::Kind::Refused,
        QStringLiteral("No destination is configured for the outbound interface; set one with \"interface "
                       "outbound --folder DIR\" or \"--host H --port P\"."),
        QStringLiteral("destination"));
}

QString roundText(const OutboundDelivery::Round &r)
{
    return QStringLiteral("sent %1, refused %2, failed %3; %4 waiting%5")
        .arg(r.sent)
        .arg(r.refused)
        .arg(r.failed)
        .arg(r.waiting)
        .arg(r.nextDueUtc.isValid() ? QStringLiteral(", next due %1").arg(isoUtc(r.nextDueUtc)) : QString());
}

int deliver(Context &ctx)
{
    const User admin = ctx.requireUser(Permission::Administer, refusal(QStringLiteral("outbound_message")));
    Store &store = ctx.store();
    const OutboundSettings settings = OutboundService(store, ctx.clock()).settings(admin);
    OutboundDelivery delivery(store, ctx.clock(), transportFor(settings));

    OutboundDelivery::Round total;
    const auto add = [&total](const OutboundDelivery::Round &r) {
        total.sent += r.sent;
        total.refused += r.refused;
        total.failed += r.failed;
        total.waiting = r.waiting;
        total.nextDueUtc = r.nextDueUtc;
    };
    if (ctx.has(QStringLiteral("once"))) {
        add(delivery.deliverDue());
    } else {
        // SIGTERM and SIGINT ask the delivery to stop after the message in hand.
        const StopSignals stop;
        const auto stopAsked = [&stop] {
            QCoreApplication::processEvents();
            return stop.lastSignal() != 0;
        };
        ctx.err << QStringLiteral("Delivering the outbound queue (%1); stop with SIGTERM or Ctrl+C.\n")
                       .arg(settings.summary());
        ctx.err.flush();
        // A round a second: the queue's index makes an idle look a single seek. Sleeping in short steps
        // answers a stop within a tenth of a second.
        while (!stopAsked()) {
            const OutboundDelivery::Round round = delivery.deliverDue();
            add(round);
            if (round.sent + round.refused + round.failed > 0) {
                ctx.err << roundText(round) << QLatin1Char('\n');
                ctx.err.flush();
            }
            for (int i = 0; i < 10 && !stopAsked(); ++i)
                QThread::msleep(100);
        }
    }
    ctx.print(QJsonObject {{QStringLiteral("sent"), total.sent}, {QStringLiteral("refused"), total.refused},
                  {QStringLiteral("failed"), total.failed}, {QStringLiteral("waiting"), total.waiting},
                  {QStringLiteral("next_due"), isoUtc(total.nextDueUtc)}},
        roundText(total));
    return ExitOk;
}

} // namespace

void addOutboundCommands(QList<Command> &commands)
{
    commands << Command {{QStringLiteral("interface"), QStringLiteral("outbound")},
        QStringLiteral("Configure what Chairside sends to other systems (admin)."),
        {{QStringLiteral("folder"), QStringLiteral("DIR"),
             QStringLiteral("write each message to this outbox folder")},
            {QStringLiteral("host"), QStringLiteral("H"),
                QStringLiteral("send over MLLP to this host (with --port)")},
            {QStringLiteral("port"), QStringLiteral("P"), QStringLiteral("the MLLP receiver's port")},
            {QStringLiteral("off"), {}, QStringLiteral("stop queueing messages (what is queued stays)")},
            {QStringLiteral("events"), QStringLiteral("LIST"),
                QStringLiteral("checked-in, arrived, no-show, completed, comma-separated")},
            {QStringLiteral("sending-application"), QStringLiteral("A"),
                QStringLiteral("MSH-3 (default CHAIRSIDE)")},
            {QStringLiteral("sending-facility"), QStringLiteral("F"), QStringLiteral("MSH-4")},
            {QStringLiteral("receiving-application"), QStringLiteral("A"), QStringLiteral("MSH-5")},
            {QStringLiteral("receiving-facility"), QStringLiteral("F"), QStringLiteral("MSH-6")}},
        {},
        QStringLiteral(
            "With --folder, --host H --port P or --off, and any of the other options, changes the settings "
            "(audited); with none, shows them. Once on, an ADT^A04 is queued when a patient is checked in, "
            "and "
            "an SIU^S14 with the new status (SCH-25 ARRIVED, NOSHOW, COMPLETE) on arrival, no-show and "
            "completion for the events chosen (default: checked-in), each in the same transaction as the "
            "change it reports; \"interface deliver\" sends them. With --json: {\"outbound\": {\"enabled\", "
            "\"destination\" (folder, mllp, none), \"folder\", \"host\", \"port\", \"events\", "
            "\"sending_application\", \"sending_facility\", \"receiving_application\", "
            "\"receiving_facility\"}}."),
        configure};

    commands << Command {{QStringLiteral("interface"), QStringLiteral("queue")},
        QStringLiteral("List the outbound queue, oldest first (admin)."),
        {{QStringLiteral("state"), QStringLiteral("S"),
             QStringLiteral("only queued, sent, refused or failed")},
            {QStringLiteral("limit"), QStringLiteral("N"),
                QStringLiteral("at most N messages (default 1000)")}},
        {},
        QStringLiteral(
            "A refused message (answered AE or AR) stays, with the answer, until it is retried with "
            "\"interface retry-outbound --id N\"; a failed one is tried again at its next attempt, the wait "
            "doubling from 30 seconds to an hour. With --json: {\"messages\": [{\"id\", \"event\", \"type\", "
            "\"appointment\", \"state\", \"attempts\", \"next_attempt\" (UTC, empty when none), "
            "\"last_error\"}]}."),
        queue};

    commands << Command {{QStringLiteral("interface"), QStringLiteral("deliver")},
        QStringLiteral("Deliver the outbound queue to its destination (admin)."),
        {{QStringLiteral("once"), {}, QStringLiteral("deliver what is due now, then stop")}}, {},
        QStringLiteral(
            "Sends the waiting messages oldest first to the configured outbox folder (one file per message, "
            "named by control id, written whole then renamed into place). Without --once it keeps running, a "
            "round a second, until SIGTERM or Ctrl+C, which finish the message in hand. A message is never "
            "sent before an older one still waiting. With --json: {\"sent\", \"refused\", \"failed\", "
            "\"waiting\", \"next_due\"}."),
        deliver};

    commands << Command {{QStringLiteral("interface"), QStringLiteral("retry-outbound")},
        QStringLiteral("Queue a refused or failed outbound message again (admin)."),
        {{QStringLiteral("id"), QStringLiteral("N"), QStringLiteral("the message's number"), true}}, {},
        QStringLiteral("Audited. With --json: {\"message\": {...}} as in \"interface queue\"."), retry};
}

} // namespace chairside::cli
