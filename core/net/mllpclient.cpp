#include "mllpclient.h"

#include "netlog.h"

#include <QEventLoop>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <functional>

namespace chairside {

namespace {

/// Runs a local event loop until `done` holds, the socket fails or closes, or the time is up. True when
/// `done` holds.
bool waitFor(QTcpSocket &socket, int timeoutMs, const std::function<bool()> &done, bool *timedOut)
{
    *timedOut = false;
    if (done())
        return true;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool failed = false;
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        *timedOut = true;
        loop.quit();
    });
    const auto check = [&] {
        if (done())
            loop.quit();
    };
    QObject::connect(&socket, &QTcpSocket::connected, &loop, check);
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, check);
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, [&] {
        failed = true;
        loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, [&] {
        failed = true;
        loop.quit();
    });
    if (auto *ssl = qobject_cast<QSslSocket *>(&socket))
        QObject::connect(ssl, &QSslSocket::encrypted, &loop, check);
    timer.start(timeoutMs);
    while (!done() && !failed && !*timedOut)
        loop.exec();
    return done();
}

} // namespace

MllpClient::MllpClient(Options options)
    : m_options(std::move(options))
    , m_framer(m_options.maxFrameBytes)
{ }

MllpClient::~MllpClient()
{
    disconnectFromServer();
}

bool MllpClient::isConnected() const
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return false;
    if (const auto *ssl = qobject_cast<const QSslSocket *>(m_socket.get()))
        return ssl->isEncrypted();
    return true;
}

void MllpClient::disconnectFromServer()
{
    if (m_socket) {
        QObject::disconnect(m_socket.get(), nullptr, nullptr, nullptr);
        m_socket->abort();
        m_socket.reset();
    }
    m_framer.reset();
    m_answers.clear();
}

MllpClient::Result MllpClient::fail(Failure failure, const QString &error)
{
    disconnectFromServer();
    qCWarning(lcNet).noquote() << error;
    return Result {{}, failure, error};
}

MllpClient::Result MllpClient::failFromSocket(const QString &during)
{
    const QString where = m_options.host + QLatin1Char(':') + QString::number(m_options.port);
    const QString reason = m_socket ? m_socket->errorString() : QString();
    switch (m_socket ? m_socket->error() : QAbstractSocket::UnknownSocketError) {
    case QAbstractSocket::ConnectionRefusedError:
        return fail(
            Failure::Refused, QStringLiteral("%1 refused the connection: nothing listens there.").arg(where));
    case QAbstractSocket::HostNotFoundError:
        return fail(Failure::HostNotFound, QStringLiteral("The host %1 was not found.").arg(m_options.host));
    case QAbstractSocket::RemoteHostClosedError:
        return fail(Failure::Closed, QStringLiteral("%1 closed the connection %2.").arg(where, during));
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return fail(Failure::Tls, QStringLiteral("TLS with %1 failed: %2.").arg(where, reason));
    case QAbstractSocket::SocketTimeoutError:
        return fail(Failure::TimedOut, QStringLiteral("%1 did not answer in time %2.").arg(where, during));
    default:
        if (m_socket && m_socket->state() == QAbstractSocket::UnconnectedState
            && m_socket->error() == QAbstractSocket::UnknownSocketError)
            return fail(Failure::Closed, QStringLiteral("%1 closed the connection %2.").arg(where, during));
        return fail(Failure::Network,
            QStringLiteral("The connection to %1 failed %2: %3.").arg(where, during, reason));
    }
}

MllpClient::Result MllpClient::connectToServer()
{
    if (isConnected())
        return {};
    disconnectFromServer();
    const QString where = m_options.host + QLatin1Char(':') + QString::number(m_options.port);
    if (m_options.tls) {
        if (!QSslSocket::supportsSsl())
            return fail(Failure::Tls,
                QStringLiteral("TLS is not available: Qt found no TLS library on this machine."));
        auto ssl = std::make_unique<QSslSocket>();
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setProtocol(QSsl::TlsV1_2OrLater);
        if (!m_options.caCertificates.isEmpty())
            configuration.setCaCertificates(m_options.caCertificates);
        ssl->setSslConfiguration(configuration);
        ssl->connectToHostEncrypted(m_options.host, m_options.port);
        m_socket = std::move(ssl);
    } else {
        m_socket = std::make_unique<QTcpSocket>();
        m_socket->connectToHost(m_options.host, m_options.port);
    }
    bool timedOut = false;
    const bool up = waitFor(
        *m_socket, m_options.connectTimeoutMs, [this] { return isConnected(); }, &timedOut);
    if (!up) {
        if (timedOut)
            return fail(Failure::TimedOut,
                QStringLiteral("No connection to %1 within %2 ms.")
                    .arg(where)
                    .arg(m_options.connectTimeoutMs));
        return failFromSocket(QStringLiteral("while connecting"));
    }
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    return {};
}

MllpClient::Result MllpClient::send(const QByteArray &message)
{
    if (Result connected = connectToServer(); !connected.ok())
        return connected;
    m_answers.clear();
    m_socket->write(MllpFramer::frame(message));
    const QString where = m_options.host + QLatin1Char(':') + QString::number(m_options.port);
    const auto answered = [this] {
        if (m_socket->bytesAvailable() > 0) {
            const MllpFramer::Output out = m_framer.feed(m_socket->readAll());
            m_answers.append(out.messages);
            if (out.oversizedFrames > 0 || out.skippedBytes > 0 || out.interruptedFrames > 0)
                qCWarning(lcNet).noquote()
                    << QStringLiteral("%1 sent bytes outside a frame, or a frame too large; they are skipped")
                           .arg(m_options.host);
        }
        return !m_answers.isEmpty();
    };
    bool timedOut = false;
    if (!waitFor(*m_socket, m_options.answerTimeoutMs, answered, &timedOut)) {
        if (timedOut)
            return fail(Failure::TimedOut,
                QStringLiteral("%1 did not answer within %2 ms.").arg(where).arg(m_options.answerTimeoutMs));
        return failFromSocket(QStringLiteral("before answering"));
    }
    if (m_answers.size() > 1) {
        // An answer to nothing sent: the stream is out of step, so it is not trusted further.
        const QByteArray first = m_answers.first();
        const qsizetype count = m_answers.size();
        disconnectFromServer();
        qCWarning(lcNet).noquote() << QStringLiteral(
            "%1 sent %2 answers to one message; the connection is closed")
                                          .arg(where)
                                          .arg(count);
        return Result {first, Failure::None, {}};
    }
    Result result {m_answers.takeFirst(), Failure::None, {}};
    return result;
}

} // namespace chairside
