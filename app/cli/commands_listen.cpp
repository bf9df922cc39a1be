// interface listen: the MLLP listener, a long-running command that answers every HL7 message it is sent.

#include "command.h"
#include "commandline.h"
#include "common/error.h"
#include "context.h"
#include "interop/hl7ack.h"
#include "interop/hl7message.h"
#include "net/mllpframer.h"
#include "net/mllpserver.h"
#include "net/tlsfiles.h"
#include "stopsignals.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonObject>
#include <QLoggingCategory>

#include <csignal>

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

/// What answers each message: the one place the listener is joined to what applies messages.
///
/// It reads the message with the HL7 v2 reader and acknowledges it: AA when it reads, AR with an ERR for
/// each problem when it does not. Nothing is stored here.
MllpServer::Handler messageHandler(Context &ctx)
{
    const QString idPrefix
        = QStringLiteral("CS%1.").arg(QString::number(ctx.nowUtc().toMSecsSinceEpoch(), 36).toUpper());
    return [&ctx, idPrefix, counter = quint64(0)](const QByteArray &bytes, const QHostAddress &) mutable {
        const Hl7Message message = Hl7Message::parse(bytes);
        Hl7Ack::Options options;
        options.controlId = idPrefix + QString::number(++counter);
        options.nowUtc = ctx.nowUtc();
        if (message.isValid())
            return Hl7Ack::build(message, Hl7Ack::Code::Accept, options);
        return Hl7Ack::build(message, Hl7Ack::Code::Reject, options, {}, message.errors());
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
