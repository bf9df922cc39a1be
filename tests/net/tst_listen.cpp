// The real chairside-cli interface listen, driven by a third-party MLLP client: mllp_send from Debian's
// python3-hl7 sends every HL7 sample, and each answer must be an ACK of that very message.

#include "catchqstring.h"
#include "cli/commandline.h"
#include "interop/hl7message.h"
#include "net/mllpclient.h"
#include "nethelpers.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <csignal>

using namespace chairside;
using namespace chairside::test;

namespace {

/// A running `chairside-cli interface listen --port 0 ...`, its port read from its first log line.
struct Listener
{
    QProcess process;
    QByteArray log;
    quint16 port = 0;

    explicit Listener(const QStringList &extra = {})
    {
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(QStringLiteral(CHAIRSIDE_CLI_PATH),
            QStringList {QStringLiteral("interface"), QStringLiteral("listen"), QStringLiteral("--port"),
                QStringLiteral("0")}
                + extra);
        REQUIRE(process.waitForStarted(10000));
        const QRegularExpression listening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
        REQUIRE(waitUntil(
            [&] {
                log += process.readAllStandardError();
                const auto match = listening.match(QString::fromUtf8(log));
                if (match.hasMatch())
                    port = quint16(match.captured(1).toUInt());
                return port != 0 || process.state() == QProcess::NotRunning;
            },
            20000));
        INFO(log.toStdString());
        REQUIRE(port != 0);
    }

    ~Listener()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
    }

    int stop()
    {
        ::kill(pid_t(process.processId()), SIGTERM);
        REQUIRE(process.waitForFinished(10000));
        log += process.readAllStandardError();
        REQUIRE(process.exitStatus() == QProcess::NormalExit);
        return process.exitCode();
    }
};

/// mllp_send's output: each answer as received (framing included), then a newline.
QList<QByteArray> mllpSend(quint16 port, const QString &file)
{
    QProcess send;
    send.start(QStringLiteral(CHAIRSIDE_MLLP_SEND),
        {QStringLiteral("-p"), QString::number(port), QStringLiteral("-f"), file, QStringLiteral("--loose"),
            QStringLiteral("127.0.0.1")});
    REQUIRE(send.waitForFinished(30000));
    INFO(send.readAllStandardError().toStdString());
    REQUIRE(send.exitCode() == 0);
    MllpFramer framer;
    return framer.feed(send.readAllStandardOutput()).messages;
}

} // namespace

TEST_CASE("interface listen answers every sample sent by mllp_send with an ACK of that message, and stops on "
          "SIGTERM")
{
    Listener listener;
    const QDir samples(QStringLiteral(CHAIRSIDE_INTEROP_SAMPLES));
    const QStringList files = samples.entryList({QStringLiteral("*.hl7")}, QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 10);
    for (const QString &name : files) {
        INFO(name.toStdString());
        QFile file(samples.filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const Hl7Message sent = Hl7Message::parse(file.readAll());
        REQUIRE_FALSE(sent.controlId().isEmpty());

        const QList<QByteArray> answers = mllpSend(listener.port, samples.filePath(name));
        REQUIRE(answers.size() == 1);
        const Hl7Message ack = Hl7Message::parse(answers.first());
        REQUIRE(ack.isValid());
        REQUIRE(ack.messageType() == QStringLiteral("ACK"));
        REQUIRE(ack.text("MSA-1") == QStringLiteral("AA"));
        REQUIRE(ack.text("MSA-2") == sent.controlId());
        // The log names the message.
        REQUIRE(waitUntil([&] {
            listener.log += listener.process.readAllStandardError();
            return listener.log.contains(QStringLiteral("control id %1: AA").arg(sent.controlId()).toUtf8());
        }));
    }
    REQUIRE(listener.stop() == 0);
    REQUIRE(listener.log.contains("stopping on SIGTERM"));
}

TEST_CASE("interface listen answers an unreadable message AR with an ERR naming what is wrong")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("bad.hl7"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    // No message type: MSH-9 is missing.
    file.write("MSH|^~\\&|SENDER|FAC|CHAIRSIDE|CENTER|20250301120000||^|BAD-1|P|2.5\r");
    file.close();

    Listener listener;
    const QList<QByteArray> answers = mllpSend(listener.port, path);
    REQUIRE(answers.size() == 1);
    const Hl7Message ack = Hl7Message::parse(answers.first());
    INFO(answers.first().toStdString());
    REQUIRE(ack.text("MSA-1") == QStringLiteral("AR"));
    REQUIRE(ack.text("MSA-2") == QStringLiteral("BAD-1"));
    REQUIRE_FALSE(ack.segment("ERR").isNull());
    REQUIRE(ack.text("ERR-2.1") == QStringLiteral("MSH"));
    REQUIRE(listener.stop() == 0);
}

TEST_CASE("interface listen refuses a peer outside --allow, and bad options before it listens")
{
    {
        Listener listener({QStringLiteral("--allow"), QStringLiteral("10.9.0.0/16,192.0.2.7")});
        QProcess send;
        send.start(QStringLiteral(CHAIRSIDE_MLLP_SEND),
            {QStringLiteral("-p"), QString::number(listener.port), QStringLiteral("-f"),
                QStringLiteral(CHAIRSIDE_INTEROP_SAMPLES "/siu-s12-mesa-v2.3.hl7"), QStringLiteral("--loose"),
                QStringLiteral("127.0.0.1")});
        REQUIRE(send.waitForFinished(30000));
        REQUIRE_FALSE(send.readAllStandardOutput().contains("MSA|"));
        REQUIRE(listener.stop() == 0);
        REQUIRE(listener.log.contains("refused a connection from 127.0.0.1"));
    }
    const auto bad = cli::execute({QStringLiteral("chairside-cli"), QStringLiteral("interface"),
        QStringLiteral("listen"), QStringLiteral("--allow"), QStringLiteral("10.0.0.0/99")});
    REQUIRE(bad.exitCode == cli::ExitBadData);
    REQUIRE(bad.err.contains(QLatin1String("--allow \"10.0.0.0/99\"")));
    const auto half = cli::execute({QStringLiteral("chairside-cli"), QStringLiteral("interface"),
        QStringLiteral("listen"), QStringLiteral("--cert"), QStringLiteral("c.pem")});
    REQUIRE(half.exitCode == cli::ExitUsage);
    const auto port = cli::execute({QStringLiteral("chairside-cli"), QStringLiteral("interface"),
        QStringLiteral("listen"), QStringLiteral("--port"), QStringLiteral("70000")});
    REQUIRE(port.exitCode == cli::ExitBadData);
}

TEST_CASE("interface listen with --cert and --key answers over TLS")
{
    const TestCertificate &certificate = testCertificate();
    Listener listener({QStringLiteral("--cert"), certificate.certificateFile, QStringLiteral("--key"),
        certificate.keyFile});
    REQUIRE(listener.log.contains("with TLS"));
    MllpClient::Options options = clientOptions(QStringLiteral("localhost"), listener.port);
    options.tls = true;
    options.caCertificates = QSslCertificate::fromPath(certificate.certificateFile);
    MllpClient client(options);
    const MllpClient::Result result
        = client.send("MSH|^~\\&|S|F|CHAIRSIDE|C|20250301120000||SIU^S12|TLS-1|P|2.3\rSCH|1\r");
    INFO(result.error.toStdString());
    REQUIRE(result.ok());
    const Hl7Message ack = Hl7Message::parse(result.answer);
    REQUIRE(ack.text("MSA-2") == QStringLiteral("TLS-1"));
    client.disconnectFromServer();
    REQUIRE(listener.stop() == 0);
}
