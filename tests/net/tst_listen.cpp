// The real chairside-cli interface listen, driven by a third-party MLLP client: mllp_send from Debian's
// python3-hl7 sends every HL7 sample to the listener on a real store, each answer must be an ACK of that
// very message, and what the messages say must be in the store afterwards.

#include "catchqstring.h"
#include "cli/commandline.h"
#include "interfacefixture.h"
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

    /// On the store at `db`, acting as its admin (the password comes from CHAIRSIDE_PASSWORD, which the
    /// test main sets).
    explicit Listener(const QString &db, const QStringList &extra = {})
    {
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(QStringLiteral(CHAIRSIDE_CLI_PATH),
            QStringList {QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin"),
                QStringLiteral("interface"), QStringLiteral("listen"), QStringLiteral("--port"),
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

TEST_CASE("interface listen applies every sample sent by mllp_send, answers each with an ACK of that "
          "message, and stops on SIGTERM")
{
    test::InterfaceFixture f;
    // The senders' locations and services, mapped as an admin would before going live.
    for (const char *location : {"2", "OFFICE", "MainOffi", "RNJ Renal OPD", "RNJ Renal SBH", "HHR"})
        f.mapLocation(QString::fromLatin1(location));
    for (const char *service : {"office visit", "reason for the appointment", "OFFICE VISIT-15",
             "Nephrology New", "HLCK", "Test Appointment", "Nephrology Haemodialysis F/Up"})
        f.mapService(QString::fromLatin1(service), f.infliximab);

    Listener listener(f.temp.path());
    const QDir samples(QStringLiteral(CHAIRSIDE_INTEROP_SAMPLES));
    const QStringList files = samples.entryList({QStringLiteral("*.hl7")}, QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 10);
    QHash<QString, QString> codes; // control id -> MSA-1
    for (const QString &name : files) {
        INFO(name.toStdString());
        QFile file(samples.filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const Hl7Message sent = Hl7Message::parse(file.readAll());
        REQUIRE_FALSE(sent.controlId().isEmpty());

        const QList<QByteArray> answers = mllpSend(listener.port, samples.filePath(name));
        REQUIRE(answers.size() == 1);
        const Hl7Message ack = Hl7Message::parse(answers.first());
        INFO(answers.first().toStdString());
        REQUIRE(ack.isValid());
        REQUIRE(ack.messageType() == QStringLiteral("ACK"));
        REQUIRE(ack.text("MSA-2") == sent.controlId());
        const QString code = ack.text("MSA-1");
        REQUIRE((code == QStringLiteral("AA") || code == QStringLiteral("AE")));
        codes.insert(sent.controlId(), code);
        // The log names the message and the answer.
        REQUIRE(waitUntil([&] {
            listener.log += listener.process.readAllStandardError();
            return listener.log.contains(
                QStringLiteral("control id %1: %2").arg(sent.controlId(), code).toUtf8());
        }));
    }

    // Each answer matches what was recorded: AA for what was applied (or was a duplicate, or had
    // nothing to do), AE for what waits in quarantine; every message kept, none twice.
    InterfaceMessageFilter all;
    all.limit = 1000;
    const QList<InterfaceMessage> kept = f.service.messages(f.admin, all);
    REQUIRE(kept.size() == files.size());
    for (const InterfaceMessage &m : kept) {
        INFO(m.controlId.toStdString());
        REQUIRE(m.channel == InterfaceChannel::Mllp);
        REQUIRE(m.sender == QStringLiteral("127.0.0.1"));
        REQUIRE(codes.contains(m.controlId));
        REQUIRE(codes.value(m.controlId)
            == (m.state == InterfaceState::Quarantined ? QStringLiteral("AE") : QStringLiteral("AA")));
    }
    REQUIRE(std::count_if(codes.cbegin(), codes.cend(), [](const QString &c) {
        return c == QStringLiteral("AA");
    }) >= files.size() - 2);

    // What the messages said is in the store, as the importer would have put it.
    const auto athena = f.appointmentOfKey(QStringLiteral("ATHENANET^235"), QStringLiteral("347606"));
    REQUIRE(athena.has_value());
    REQUIRE(athena->centerId == f.center.id);
    REQUIRE(athena->therapyId == f.infliximab.id);
    REQUIRE(
        f.appointmentOfKey(QStringLiteral("MESA_OP^XYZ_HOSPITAL"), QStringLiteral("2196178")).has_value());
    const auto arrived = f.appointmentOfKey(QStringLiteral("GPMS^CTX"), QStringLiteral("00331839401"));
    REQUIRE(arrived.has_value());
    REQUIRE(arrived->status == AppointmentStatus::Arrived);
    REQUIRE(f.store.patientByMrn(QStringLiteral("10769852")).has_value());

    // Sent again, the same message is answered AA and changes nothing.
    const qint64 appointments = f.appointmentCount();
    const QList<QByteArray> again
        = mllpSend(listener.port, samples.filePath(QStringLiteral("siu-s12-athena-v2.2.hl7")));
    REQUIRE(again.size() == 1);
    REQUIRE(Hl7Message::parse(again.first()).text("MSA-1") == QStringLiteral("AA"));
    REQUIRE(f.appointmentCount() == appointments);
    REQUIRE(f.service.counts(f.admin).duplicate >= 1);

    REQUIRE(listener.stop() == 0);
    REQUIRE(listener.log.contains("stopping on SIGTERM"));
}

TEST_CASE(
    "interface listen refuses a message without a type with an ERR naming MSH-9, and keeps it quarantined")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("bad.hl7"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    // No message type: MSH-9 is missing.
    file.write("MSH|^~\\&|SENDER|FAC|CHAIRSIDE|CENTER|20250301120000||^|BAD-1|P|2.5\r");
    file.close();

    test::InterfaceFixture f;
    Listener listener(f.temp.path());
    const QList<QByteArray> answers = mllpSend(listener.port, path);
    REQUIRE(answers.size() == 1);
    const Hl7Message ack = Hl7Message::parse(answers.first());
    INFO(answers.first().toStdString());
    const QString code = ack.text("MSA-1");
    REQUIRE((code == QStringLiteral("AE") || code == QStringLiteral("AR")));
    REQUIRE(ack.text("MSA-2") == QStringLiteral("BAD-1"));
    REQUIRE_FALSE(ack.segment("ERR").isNull());
    REQUIRE(ack.text("ERR-2.1") == QStringLiteral("MSH"));
    REQUIRE(ack.text("ERR-2.3") == QStringLiteral("9"));
    // Kept, with its raw text, for an admin to see.
    const QList<InterfaceMessage> kept = f.service.messages(f.admin, {});
    REQUIRE(kept.size() == 1);
    REQUIRE(kept.first().state == InterfaceState::Quarantined);
    REQUIRE(kept.first().controlId == QStringLiteral("BAD-1"));
    REQUIRE(listener.stop() == 0);
}

TEST_CASE("interface listen refuses a peer outside --allow, and bad options before it listens")
{
    {
        test::InterfaceFixture f;
        Listener listener(
            f.temp.path(), {QStringLiteral("--allow"), QStringLiteral("10.9.0.0/16,192.0.2.7")});
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
    test::InterfaceFixture f;
    Listener listener(f.temp.path(),
        {QStringLiteral("--cert"), certificate.certificateFile, QStringLiteral("--key"),
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
