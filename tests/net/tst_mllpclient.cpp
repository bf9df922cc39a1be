#include "catchqstring.h"
#include "net/mllpclient.h"
#include "nethelpers.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>

#include <catch2/catch.hpp>

using namespace chairside;
using namespace chairside::test;

TEST_CASE("MllpClient says the connection was refused when nothing listens")
{
    quint16 port = 0;
    {
        QTcpServer taken;
        REQUIRE(taken.listen(QHostAddress(QHostAddress::LocalHost), 0));
        port = taken.serverPort();
    }
    MllpClient client(clientOptions(QStringLiteral("127.0.0.1"), port));
    const MllpClient::Result result = client.send("MSH|^~\\&|X\r");
    REQUIRE(result.failure == MllpClient::Failure::Refused);
    REQUIRE(result.error.contains(QStringLiteral("127.0.0.1:%1 refused the connection").arg(port)));
    REQUIRE_FALSE(client.isConnected());
}

TEST_CASE("MllpClient times out when the peer never answers, and drops the connection")
{
    QTcpServer silent;
    REQUIRE(silent.listen(QHostAddress(QHostAddress::LocalHost), 0));
    MllpClient::Options options = clientOptions(QStringLiteral("127.0.0.1"), silent.serverPort());
    options.answerTimeoutMs = 300;
    MllpClient client(options);
    QElapsedTimer timer;
    timer.start();
    const MllpClient::Result result = client.send("MSH|^~\\&|X\r");
    REQUIRE(result.failure == MllpClient::Failure::TimedOut);
    REQUIRE(timer.elapsed() >= 250);
    REQUIRE(result.error.contains(QLatin1String("did not answer within 300 ms")));
    REQUIRE_FALSE(client.isConnected());
}

TEST_CASE("MllpClient says the peer closed the connection before answering")
{
    QTcpServer closing;
    REQUIRE(closing.listen(QHostAddress(QHostAddress::LocalHost), 0));
    QObject::connect(&closing, &QTcpServer::newConnection, &closing, [&] {
        QTcpSocket *socket = closing.nextPendingConnection();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            socket->readAll();
            socket->disconnectFromHost();
        });
    });
    MllpClient client(clientOptions(QStringLiteral("127.0.0.1"), closing.serverPort()));
    const MllpClient::Result result = client.send("MSH|^~\\&|X\r");
    REQUIRE(result.failure == MllpClient::Failure::Closed);
    REQUIRE(result.error.contains(QLatin1String("closed the connection before answering")));
}

TEST_CASE("MllpClient keeps one connection for many messages and reads answers split across reads")
{
    // A peer that answers in two writes, byte pieces apart, and counts its connections.
    QTcpServer peer;
    int connections = 0;
    REQUIRE(peer.listen(QHostAddress(QHostAddress::LocalHost), 0));
    QObject::connect(&peer, &QTcpServer::newConnection, &peer, [&] {
        ++connections;
        QTcpSocket *socket = peer.nextPendingConnection();
        auto *framer = new MllpFramer;
        QObject::connect(socket, &QObject::destroyed, socket, [framer] { delete framer; });
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, framer] {
            for (const QByteArray &m : framer->feed(socket->readAll()).messages) {
                const QByteArray answer = MllpFramer::frame(QByteArray("ACK:" + m));
                socket->write(answer.left(3));
                socket->flush();
                socket->write(answer.mid(3));
            }
        });
    });
    MllpClient client(clientOptions(QStringLiteral("127.0.0.1"), peer.serverPort()));
    for (int i = 0; i < 20; ++i) {
        const QByteArray m = "message " + QByteArray::number(i);
        const MllpClient::Result result = client.send(m);
        REQUIRE(result.ok());
        REQUIRE(result.answer == "ACK:" + m);
    }
    REQUIRE(connections == 1);
    REQUIRE(client.isConnected());
}

TEST_CASE("MllpClient says a host name that does not resolve was not found")
{
    MllpClient::Options options = clientOptions(QStringLiteral("no-such-host.invalid"), 2575);
    options.connectTimeoutMs = 5000;
    MllpClient client(options);
    const MllpClient::Result result = client.send("x");
    REQUIRE(result.failure == MllpClient::Failure::HostNotFound);
    REQUIRE(result.error.contains(QLatin1String("no-such-host.invalid")));
}
