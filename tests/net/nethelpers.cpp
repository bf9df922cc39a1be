#include "nethelpers.h"

#include <QProcess>
#include <QTcpSocket>
#include <QTest>

#include <catch2/catch.hpp>

namespace chairside::test {

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

MllpServer::Options loopbackOptions()
{
    MllpServer::Options options;
    options.bindAddress = QHostAddress(QHostAddress::LocalHost);
    options.port = 0;
    return options;
}

QByteArray echoAnswer(const QByteArray &message)
{
    return "ACK:" + message;
}

MllpClient::Options clientOptions(const QString &host, quint16 port)
{
    MllpClient::Options options;
    options.host = host;
    options.port = port;
    return options;
}

QList<QByteArray> readAnswers(QTcpSocket &socket, MllpFramer &framer, int count, int timeoutMs)
{
    QList<QByteArray> answers;
    waitUntil(
        [&] {
            if (socket.bytesAvailable() > 0)
                answers += framer.feed(socket.readAll()).messages;
            return answers.size() >= count;
        },
        timeoutMs);
    return answers;
}

const TestCertificate &testCertificate()
{
    static QTemporaryDir folder;
    static const TestCertificate made = [] {
        REQUIRE(folder.isValid());
        TestCertificate c {
            folder.filePath(QStringLiteral("cert.pem")), folder.filePath(QStringLiteral("key.pem"))};
        QProcess openssl;
        openssl.start(QStringLiteral(CHAIRSIDE_OPENSSL),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"),
                QStringLiteral("-keyout"), c.keyFile, QStringLiteral("-out"), c.certificateFile});
        REQUIRE(openssl.waitForFinished(60000));
        INFO(openssl.readAllStandardError().toStdString());
        REQUIRE(openssl.exitCode() == 0);
        return c;
    }();
    return made;
}

} // namespace chairside::test
