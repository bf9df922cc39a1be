// interface listen: the MLLP listener, a long-running command that answers every HL7 message it is sent.

#include "command.h"
#include "commandline.h"
#include "common/error.h"
#include "context.h"
#include "interface/interfaceservice.h"
#include "interop/hl7ack.h"
#include "interop/hl7message.h"
#include "model/user.h"
#include "net/mllpframer.h"
#include "net/mllpserver.h"
#include "net/tlsfiles.h"
#include "stopsignals.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonObject>
#include <QLoggingCategory>

#include <csignal>
#include <memory>

namespace chairside::cli {

namespace {

Q_LOGGING_CATEGORY(lcListen, "chairside.listen")

QHostAddress bindAddress(const QString &text)
{
    const QString t = text.trimmed();
    if (t == QLatin1String("localhost"))
        return QHostAddress(QHostAddress::LocalHost);
    if (t == QLatin1String("any") || t == QLatin1String("*"))
        return QHostAddress(QHostAddress::Any);
    const QHostAddress address(t);
    if (address.isNull())
        throw Error::badData(QStringLiteral("bind"),
            QStringLiteral("--bind \"%1\" is not an IP address (127.0.0.1, 0.0.0.0, ::1, any).").arg(text));
    return address;
}

QList<MllpServer::Subnet> allowList(const QStringList &values)
{
    QList<MllpServer::Subnet> allowed;
    for (const QString &value : values) {
        for (const QString &entry : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto subnet = MllpServer::parseSubnet(entry);
            if (!subnet)
                throw Error::badData(QStringLiteral("allow"),
                    QStringLiteral("--allow \"%1\" is not an address or a subnet (10.1.2.3, 10.1.0.0/16, "
                                   "fd00::/8).")
                        .arg(entry.trimmed()));
            allowed << *subnet;
        }
    }
    if (!values.isEmpty() && allowed.isEmpty())
        throw Error::badData(QStringLiteral("allow"), QStringLiteral("--allow names no address."));
    return allowed;
}

/// What answers each message: InterfaceService records it, applies it whole or quarantines it, and commits,
/// all before the answer is written (a resent message is answered AA without a second effect). The
/// listener acts as the signed-in admin, checked once at start, so a wrong password stops it at once.
///
/// The service answers every HL7 v2 message; what is not HL7 v2 at all (FHIR or CSV sent over MLLP, or
/// noise) it keeps as quarantined without an ACK of its own, and it is answered AR here. A store failure
/// throws: the server then sends nothing and closes the connection, and the sender sends again.
MllpServer::Handler messageHandler(Context &ctx)
{
    const User user = ctx.requireUser(Permission::Administer);
    auto service = std::make_shared<InterfaceService>(ctx.store(), ctx.clock());
    const QString idPrefix
        = QStringLiteral("CS%1.").arg(QString::number(ctx.nowUtc().toMSecsSinceEpoch(), 36).toUpper());
    return [&ctx, service, user, idPrefix, counter = quint64(0)](
               const QByteArray &bytes, const QHostAddress &peer) mutable {
        const InterfaceReceipt receipt
            = service->receive(user, bytes, {InterfaceChannel::Mllp, peer.toString()});
        if (!receipt.ack.isEmpty())
            return receipt.ack;
        const Hl7Message message = Hl7Message::parse(bytes);
        Hl7Ack::Options options;
        options.controlId = idPrefix + QString::number(++counter);
        options.nowUtc = ctx.nowUtc();
        QList<Hl7Error> errors = message.errors();
        if (errors.isEmpty()) {
            errors << Hl7Error::at(Hl7Error::Code::UnsupportedMessageType, QStringLiteral("MSH"), 9, 0,
                QStringLiteral("Only HL7 v2 messages are taken over MLLP; files of other formats are "
                               "imported (chairside-cli import)."));
        }
        return Hl7Ack::build(message, Hl7Ack::Code::Reject, options, {}, errors);
    };
}

/// The handler, with a log line for each message: the peer, the message's type and control id, and
/// the answer's code.
MllpServer::Handler loggedHandler(MllpServer::Handler handler)
{
    return
        [handler = std::move(handler)](const QByteArray &bytes, const QHostAddress &peer) {
            QByteArray answer = handler(bytes, peer);
            const Hl7Message message = Hl7Message::parse(bytes);
            const Hl7Message ack = Hl7Message::parse(answer);
            const QString type = message.triggerEvent().isEmpty()
                ? message.messageType()
                : message.messageType() + QLatin1Char('^') + message.triggerEvent();
            const QString code = answer.isEmpty() ? QStringLiteral("no answer") : ack.text("MSA-1");
            const QString why = ack.text("MSA-3");
            qCInfo(lcListen).noquote()
                << QStringLiteral("%1 %2 control id %3: %4%5")
                       .arg(peer.toString(), type.isEmpty() ? QStringLiteral("?") : type,
                           message.controlId().isEmpty() ? QStringLiteral("(none)") : message.controlId(),
                           code, why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why));
            return answer;
        };
}

int listen(Context &ctx)
{
    MllpServer::Options options;
    options.bindAddress = bindAddress(ctx.valueOr(QStringLiteral("bind"), QStringLiteral("127.0.0.1")));
    options.port = quint16(ctx.intValue(QStringLiteral("port"), 2575, 0, 65535));
    options.allowed = allowList(ctx.valueList(QStringLiteral("allow")));
    options.maxFrameBytes = ctx.intValue(
        QStringLiteral("max-frame"), int(MllpFramer::kDefaultMaxFrameBytes), 1024, 256 * 1024 * 1024);
    const bool hasCert = ctx.has(QStringLiteral("cert"));
    if (hasCert != ctx.has(QStringLiteral("key")))
        throw UsageError(QStringLiteral("interface listen needs --cert and --key together for TLS."));
    if (hasCert)
        options.tls = TlsFiles::serverConfiguration(
            ctx.value(QStringLiteral("cert")), ctx.value(QStringLiteral("key")));

    MllpServer server(options, loggedHandler(messageHandler(ctx)));
    StopSignals stop;
    if (!server.listen()) {
        ctx.err << "chairside-cli: " << server.errorString() << '\n';
        if (ctx.json)
            ctx.print(QJsonObject {{QStringLiteral("error"),
                          QJsonObject {{QStringLiteral("kind"), QStringLiteral("network")},
                              {QStringLiteral("message"), server.errorString()}}}},
                {});
        return ExitFailure;
    }
    const bool loopback = options.bindAddress.isLoopback();
    qCInfo(lcListen).noquote()
        << QStringLiteral("listening on %1%2%3")
               .arg(MllpServer::endpointText(server.address(), server.port()),
                   options.tls ? QStringLiteral(" with TLS") : QString(),
                   options.allowed.isEmpty()
                       ? QString()
                       : QStringLiteral(", %1 allow-list entries").arg(options.allowed.size()));
    if (!loopback && options.allowed.isEmpty())
        qCWarning(lcListen).noquote()
            << QStringLiteral("no --allow list: any host that can reach %1 may send messages")
                   .arg(options.bindAddress.toString());

    QEventLoop loop;
    QObject::connect(&stop, &StopSignals::stopRequested, &loop, [&](int signalNumber) {
        qCInfo(lcListen).noquote() << QStringLiteral("stopping on %1")
                                          .arg(signalNumber == SIGTERM ? QStringLiteral("SIGTERM")
                                                                       : QStringLiteral("SIGINT"));
        loop.quit();
    });
    loop.exec();
    server.close();
    // Answers already written reach the kernel before the sockets close.
    QCoreApplication::processEvents();
    qCInfo(lcListen).noquote() << QStringLiteral("stopped");
    return ExitOk;
}

} // namespace

void addListenCommands(QList<Command> &commands)
{
    commands << Command {{QStringLiteral("interface"), QStringLiteral("listen")},
        QStringLiteral("Receive HL7 v2 messages over MLLP and answer each with an ACK"),
        {
            {QStringLiteral("bind"), QStringLiteral("ADDR"),
                QStringLiteral("the address to listen on (default 127.0.0.1; any for every address)")},
            {QStringLiteral("port"), QStringLiteral("PORT"),
                QStringLiteral("the TCP port (default 2575; 0 picks a free one)")},
            {QStringLiteral("allow"), QStringLiteral("ADDR[,ADDR...]"),
                QStringLiteral("senders let in: addresses or subnets (10.1.0.0/16); others are refused"),
                false, true},
            {QStringLiteral("cert"), QStringLiteral("FILE"),
                QStringLiteral("TLS: the certificate (PEM, chain after it)")},
            {QStringLiteral("key"), QStringLiteral("FILE"),
                QStringLiteral("TLS: its private key (PEM, unencrypted)")},
            {QStringLiteral("max-frame"), QStringLiteral("BYTES"),
                QStringLiteral("the largest message taken (default 4194304); a larger one is dropped")},
        },
        {},
        QStringLiteral(
            "Each message is recorded, applied whole or quarantined, and committed before its ACK is sent\n"
            "(AA; AE or AR with an ERR naming the segment, field and reason), as by import. It acts as the\n"
            "signed-in user, who must be an admin. "
            "Runs until SIGTERM or SIGINT (Ctrl+C), then stops accepting, sends the answers already\n"
            "made, closes every connection and exits 0. Logs on stderr: the start (\"listening on\n"
            "127.0.0.1:2575\"), each connection, each message (the peer, the message type, its control\n"
            "id and the answer's code), each refused peer and each dropped frame. Several connections\n"
            "are served at once; each connection's messages are answered in the order they came.\n"
            "A frame larger than --max-frame is dropped and the connection goes on; a frame begun and\n"
            "not ended within 30 seconds is dropped and its connection closed; a connection silent for\n"
            "10 minutes is closed. Exit status 1 when the address cannot be bound.\n"),
        listen};
}

} // namespace chairside::cli
