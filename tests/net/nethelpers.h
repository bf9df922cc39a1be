#pragma once

#include "net/mllpclient.h"
#include "net/mllpframer.h"
#include "net/mllpserver.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <functional>

class QTcpSocket;

namespace chairside::test {

/// Runs the event loop until the condition holds or the time is up.
bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 5000);

/// A listener on 127.0.0.1, a free port, answering each message with "ACK:" and the message.
MllpServer::Options loopbackOptions();
QByteArray echoAnswer(const QByteArray &message);
MllpClient::Options clientOptions(const QString &host, quint16 port);

/// Reads framed answers from a plain socket until `count` came (or the time is up).
QList<QByteArray> readAnswers(QTcpSocket &socket, MllpFramer &framer, int count, int timeoutMs = 5000);

/// A self-signed certificate for localhost and 127.0.0.1, made once by openssl in a temporary folder.
struct TestCertificate
{
    QString certificateFile;
    QString keyFile;
};
const TestCertificate &testCertificate();

} // namespace chairside::test
