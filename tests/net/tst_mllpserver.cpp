#include "catchqstring.h"
#include "common/error.h"
#include "net/mllpclient.h"
#include "net/mllpserver.h"
#include "net/tlsfiles.h"
#include "nethelpers.h"

#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

#include <catch2/catch.hpp>
#include <memory>
#include <vector>

using namespace chairside;
using namespace chairside::test;

namespace {

std::unique_ptr<QTcpSocket> connectTo(const MllpServer &server)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress(QHostAddress::LocalHost), server.port());
    REQUIRE(waitUntil([&] { return socket->state() == QAbstractSocket::ConnectedState; }));
    return socket;
}

QByteArray message(int connection, int index)
{
    return QStringLiteral("MSH|^~\\&|C%1|M%2\r").arg(connection).arg(index).toLatin1();
}

} // namespace

TEST_CASE("MllpServer serves several connections at once, each one's answers in its messages' order")
{
    QList<QHostAddress> peers;
    MllpServer server(loopbackOptions(), [&](const QByteArray &m, const QHostAddress &peer) {
        peers << peer;
        return echoAnswer(m);
    });
    REQUIRE(server.listen());
    REQUIRE(server.port() != 0);

    constexpr int kConnections = 4;
    constexpr int kMessages = 25;
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    sockets.reserve(kConnections);
    for (int c = 0; c < kConnections; ++c)
        sockets.push_back(connectTo(server));
    REQUIRE(waitUntil([&] { return server.connectionCount() == kConnections; }));

    // Interleaved: message i of every connection before message i + 1 of any.
    for (int i = 0; i < kMessages; ++i) {
        for (int c = 0; c < kConnections; ++c)
            sockets[size_t(c)]->write(MllpFramer::frame(message(c, i)));
    }
    for (int c = 0; c < kConnections; ++c) {
        MllpFramer framer;
        const QList<QByteArray> answers = readAnswers(*sockets[size_t(c)], framer, kMessages);
        REQUIRE(answers.size() == kMessages);
        for (int i = 0; i < kMessages; ++i)
            REQUIRE(answers[i] == echoAnswer(message(c, i)));
    }
    REQUIRE(peers.size() == kConnections * kMessages);
    REQUIRE(peers.first() == QHostAddress(QHostAddress::LocalHost));

    sockets.clear();
    REQUIRE(waitUntil([&] { return server.connectionCount() == 0; }));
}

TEST_CASE("MllpServer reads a frame sent in pieces, and several frames sent in one write")
{
    MllpServer server(
        loopbackOptions(), [](const QByteArray &m, const QHostAddress &) { return echoAnswer(m); });
    REQUIRE(server.listen());
    auto socket = connectTo(server);
    MllpFramer framer;

    const QByteArray framed = MllpFramer::frame("MSH|^~\\&|PIECES\rPID|1||M1\r");
    socket->write(framed.left(5));
    socket->flush();
    QTest::qWait(50);
    socket->write(framed.mid(5, 10));
    socket->flush();
    QTest::qWait(50);
    REQUIRE(socket->bytesAvailable() == 0); // nothing answered before the end block
    socket->write(framed.mid(15));
    REQUIRE(
        readAnswers(*socket, framer, 1) == QList<QByteArray> {echoAnswer("MSH|^~\\&|PIECES\rPID|1||M1\r")});

    socket->write(MllpFramer::frame("one") + MllpFramer::frame("two") + MllpFramer::frame("three"));
    REQUIRE(readAnswers(*socket, framer, 3)
        == QList<QByteArray> {echoAnswer("one"), echoAnswer("two"), echoAnswer("three")});
}

TEST_CASE("MllpServer drops an oversized frame with a log line and goes on serving")
{
    MllpServer::Options options = loopbackOptions();
    options.maxFrameBytes = 1024;
    int handled = 0;
    MllpServer server(options, [&](const QByteArray &m, const QHostAddress &) {
        ++handled;
        return echoAnswer(m);
    });
    QSignalSpy dropped(&server, &MllpServer::frameDropped);
    REQUIRE(server.listen());

    auto socket = connectTo(server);
    MllpFramer framer;
    socket->write(MllpFramer::frame(QByteArray(200'000, 'x')) + MllpFramer::frame("after the big one"));
    REQUIRE(readAnswers(*socket, framer, 1) == QList<QByteArray> {echoAnswer("after the big one")});
    REQUIRE(handled == 1);
    REQUIRE(dropped.size() == 1);
    REQUIRE(
        dropped.first().at(1).toString().contains(QLatin1String("larger than the maximum of 1024 bytes")));

    // The same connection and a new one are still served.
    socket->write(MllpFramer::frame("again"));
    REQUIRE(readAnswers(*socket, framer, 1) == QList<QByteArray> {echoAnswer("again")});
    auto other = connectTo(server);
    MllpFramer otherFramer;
    other->write(MllpFramer::frame("other"));
    REQUIRE(readAnswers(*other, otherFramer, 1) == QList<QByteArray> {echoAnswer("other")});
}

TEST_CASE("MllpServer drops a half-sent frame that stalls past the frame timeout and closes its connection")
{
    MllpServer::Options options = loopbackOptions();
    options.frameTimeoutMs = 200;
    int handled = 0;
    MllpServer server(options, [&](const QByteArray &m, const QHostAddress &) {
        ++handled;
        return echoAnswer(m);
    });
    QSignalSpy dropped(&server, &MllpServer::frameDropped);
    REQUIRE(server.listen());

    auto socket = connectTo(server);
    socket->write(QByteArray(1, '\x0b') + "MSH|^~\\&|HALF");
    REQUIRE(waitUntil([&] { return socket->state() == QAbstractSocket::UnconnectedState; }, 3000));
    REQUIRE(handled == 0);
    REQUIRE(dropped.size() == 1);
    REQUIRE(dropped.first().at(1).toString().contains(QLatin1String("half-sent frame (13 bytes so far)")));

    auto other = connectTo(server);
    MllpFramer framer;
    other->write(MllpFramer::frame("whole"));
    REQUIRE(readAnswers(*other, framer, 1) == QList<QByteArray> {echoAnswer("whole")});
    REQUIRE(handled == 1);
}

TEST_CASE("MllpServer closes a connection idle past the idle timeout")
{
    MllpServer::Options options = loopbackOptions();
    options.idleTimeoutMs = 200;
    MllpServer server(options, [](const QByteArray &m, const QHostAddress &) { return echoAnswer(m); });
    QSignalSpy closed(&server, &MllpServer::connectionClosed);
    REQUIRE(server.listen());
    auto socket = connectTo(server);
    MllpFramer framer;
    socket->write(MllpFramer::frame("before"));
    REQUIRE(readAnswers(*socket, framer, 1).size() == 1);
    REQUIRE(waitUntil([&] { return socket->state() == QAbstractSocket::UnconnectedState; }, 3000));
    REQUIRE(closed.size() == 1);
}

TEST_CASE("MllpServer closes a connection from outside the allow-list at once, without reading it")
{
    MllpServer::Options options = loopbackOptions();
    options.allowed = {*MllpServer::parseSubnet(QStringLiteral("10.0.0.0/8"))};
    int handled = 0;
    MllpServer server(options, [&](const QByteArray &m, const QHostAddress &) {
        ++handled;
        return echoAnswer(m);
    });
    QSignalSpy refused(&server, &MllpServer::connectionRefused);
    REQUIRE(server.listen());

    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), server.port());
    socket.write(MllpFramer::frame("let me in"));
    REQUIRE(waitUntil([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, 3000));
    REQUIRE(refused.size() == 1);
    REQUIRE(refused.first().at(0).value<QHostAddress>() == QHostAddress(QHostAddress::LocalHost));
    REQUIRE(handled == 0);
    REQUIRE(server.connectionCount() == 0);

    // Letting loopback in lets the same client through.
    MllpServer::Options open = loopbackOptions();
    open.allowed = {*MllpServer::parseSubnet(QStringLiteral("10.0.0.0/8")),
        *MllpServer::parseSubnet(QStringLiteral("127.0.0.1"))};
    MllpServer allowed(open, [](const QByteArray &m, const QHostAddress &) { return echoAnswer(m); });
    REQUIRE(allowed.listen());
    MllpClient client(clientOptions(QStringLiteral("127.0.0.1"), allowed.port()));
    REQUIRE(client.send("let me in").answer == echoAnswer("let me in"));
}

TEST_CASE("MllpServer allow-list entries: addresses, subnets, both address families")
{
    REQUIRE_FALSE(MllpServer::parseSubnet(QStringLiteral("not an address")));
    REQUIRE_FALSE(MllpServer::parseSubnet(QStringLiteral("10.0.0.0/33")));
    REQUIRE_FALSE(MllpServer::parseSubnet(QString()));
    REQUIRE(MllpServer::parseSubnet(QStringLiteral("10.1.2.3"))->second == 32);
    REQUIRE(MllpServer::parseSubnet(QStringLiteral("::1"))->second == 128);

    MllpServer::Options options = loopbackOptions();
    options.allowed = {*MllpServer::parseSubnet(QStringLiteral("10.1.0.0/16")),
        *MllpServer::parseSubnet(QStringLiteral("fd00::/8"))};
    const MllpServer server(options, {});
    REQUIRE(server.isAllowed(QHostAddress(QStringLiteral("10.1.200.7"))));
    REQUIRE(server.isAllowed(QHostAddress(QStringLiteral("::ffff:10.1.0.9")))); // through a dual-stack socket
    REQUIRE(server.isAllowed(QHostAddress(QStringLiteral("fd12::5"))));
    REQUIRE_FALSE(server.isAllowed(QHostAddress(QStringLiteral("10.2.0.1"))));
    REQUIRE_FALSE(server.isAllowed(QHostAddress(QStringLiteral("127.0.0.1"))));
    REQUIRE(MllpServer(loopbackOptions(), {}).isAllowed(QHostAddress(QStringLiteral("192.0.2.1"))));
}

TEST_CASE("MllpServer closes the connection without an answer when the handler fails")
{
    MllpServer server(loopbackOptions(), [](const QByteArray &m, const QHostAddress &) -> QByteArray {
        if (m == "fail")
            throw std::runtime_error("the disk is full");
        return echoAnswer(m);
    });
    REQUIRE(server.listen());
    MllpClient client(clientOptions(QStringLiteral("127.0.0.1"), server.port()));
    const MllpClient::Result failed = client.send("fail");
    REQUIRE(failed.failure == MllpClient::Failure::Closed);
    REQUIRE(failed.answer.isEmpty());
    // The sender sends again on a new connection.
    REQUIRE(client.send("retry").answer == echoAnswer("retry"));
}

TEST_CASE("MllpServer refuses a port already taken, saying which")
{
    MllpServer first(loopbackOptions(), {});
    REQUIRE(first.listen());
    MllpServer::Options options = loopbackOptions();
    options.port = first.port();
    MllpServer second(options, {});
    REQUIRE_FALSE(second.listen());
    REQUIRE(second.errorString().contains(QStringLiteral("127.0.0.1:%1").arg(first.port())));
}

TEST_CASE("MllpServer with a certificate speaks TLS: a client trusting it is answered, others are not")
{
    REQUIRE(QSslSocket::supportsSsl());
    const TestCertificate &certificate = testCertificate();
    MllpServer::Options options = loopbackOptions();
    options.tls = TlsFiles::serverConfiguration(certificate.certificateFile, certificate.keyFile);
    MllpServer server(options, [](const QByteArray &m, const QHostAddress &) { return echoAnswer(m); });
    REQUIRE(server.listen());

    MllpClient::Options trusting = clientOptions(QStringLiteral("localhost"), server.port());
    trusting.tls = true;
    trusting.caCertificates = TlsFiles::certificates(certificate.certificateFile, QStringLiteral("ca"));
    MllpClient client(trusting);
    REQUIRE(client.send("MSH|^~\\&|TLS\r").answer == echoAnswer("MSH|^~\\&|TLS\r"));
    REQUIRE(
        client.send("second on the same connection").answer == echoAnswer("second on the same connection"));

    SECTION("a client that does not trust the certificate fails the handshake")
    {
        MllpClient::Options untrusting = clientOptions(QStringLiteral("localhost"), server.port());
        untrusting.tls = true;
        untrusting.caCertificates = {};
        MllpClient stranger(untrusting);
        const MllpClient::Result result = stranger.send("hello");
        REQUIRE(result.failure == MllpClient::Failure::Tls);
        REQUIRE(result.error.contains(QLatin1String("TLS")));
    }
    SECTION("a plain TCP client gets no answer")
    {
        MllpClient::Options plain = clientOptions(QStringLiteral("127.0.0.1"), server.port());
        plain.answerTimeoutMs = 500;
        MllpClient cleartext(plain);
        const MllpClient::Result result = cleartext.send("MSH|^~\\&|PLAIN\r");
        REQUIRE_FALSE(result.ok());
        REQUIRE(result.answer.isEmpty());
    }
}

TEST_CASE("TlsFiles refuses a missing or wrong file, naming the option")
{
    const TestCertificate &certificate = testCertificate();
    try {
        TlsFiles::serverConfiguration(QStringLiteral("/nonexistent/cert.pem"), certificate.keyFile);
        FAIL("a missing certificate was taken");
    } catch (const Error &error) {
        REQUIRE(error.field() == QStringLiteral("cert"));
        REQUIRE(error.message().contains(QLatin1String("/nonexistent/cert.pem")));
    }
    try {
        // The certificate where the key should be.
        TlsFiles::serverConfiguration(certificate.certificateFile, certificate.certificateFile);
        FAIL("a certificate was taken for a key");
    } catch (const Error &error) {
        REQUIRE(error.field() == QStringLiteral("key"));
    }
}
