#include "mllpserver.h"

#include "netlog.h"

#include <QSslCipher>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <exception>
#include <unistd.h>

namespace chairside {

/// A QTcpServer that hands each accepted descriptor to the MllpServer before any socket is made, so a
/// refused peer never reaches a TLS handshake.
class MllpListener final : public QTcpServer
{
public:
    explicit MllpListener(std::function<void(qintptr)> onIncoming)
        : m_onIncoming(std::move(onIncoming))
    { }

protected:
    void incomingConnection(qintptr descriptor) override { m_onIncoming(descriptor); }

private:
    std::function<void(qintptr)> m_onIncoming;
};

namespace {

/// An IPv4 peer reached through a dual-stack socket is named as IPv4, so "10.0.0.0/8" matches it.
QHostAddress plainPeer(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

} // namespace

/// One accepted connection: its socket, its framer and its two timers. Owned by the server, deleted
/// (later) when the socket disconnects.
class MllpConnection final : public QObject
{
public:
    MllpConnection(MllpServer &server, QTcpSocket *socket, const QHostAddress &peer, quint16 peerPort)
        : QObject(&server)
        , m_server(server)
        , m_socket(socket)
        , m_peer(peer)
        , m_peerText(MllpServer::endpointText(peer, peerPort))
        , m_framer(server.options().maxFrameBytes)
    {
        m_socket->setParent(this);
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_frameTimer.setSingleShot(true);
        m_idleTimer.setSingleShot(true);
        connect(&m_frameTimer, &QTimer::timeout, this, [this] { frameStalled(); });
        connect(&m_idleTimer, &QTimer::timeout, this, [this] { idle(); });
        connect(m_socket, &QTcpSocket::readyRead, this, [this] { read(); });
        connect(m_socket, &QTcpSocket::disconnected, this, [this] { closed(); });
        connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
            if (error != QAbstractSocket::RemoteHostClosedError)
                qCWarning(lcNet).noquote()
                    << QStringLiteral("connection from %1: %2").arg(m_peerText, m_socket->errorString());
        });
        restartIdle();
    }

    void start(const std::optional<QSslConfiguration> &tls)
    {
        if (auto *ssl = qobject_cast<QSslSocket *>(m_socket); ssl && tls) {
            ssl->setSslConfiguration(*tls);
            connect(ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
                for (const QSslError &error : errors)
                    qCWarning(lcNet).noquote()
                        << QStringLiteral("TLS with %1: %2").arg(m_peerText, error.errorString());
            });
            connect(ssl, &QSslSocket::encrypted, this, [this, ssl] {
                qCInfo(lcNet).noquote()
                    << QStringLiteral("TLS with %1: %2").arg(m_peerText, ssl->sessionCipher().name());
            });
            ssl->startServerEncryption();
        }
        // Bytes that came with the connection itself.
        if (m_socket->bytesAvailable() > 0)
            read();
    }

    void shutDown()
    {
        m_frameTimer.stop();
        m_idleTimer.stop();
        m_socket->flush();
        m_socket->disconnectFromHost();
    }

    const QHostAddress &peer() const { return m_peer; }

private:
    void restartIdle()
    {
        if (m_server.options().idleTimeoutMs > 0)
            m_idleTimer.start(m_server.options().idleTimeoutMs);
    }

    void drop(const QString &reason)
    {
        qCWarning(lcNet).noquote() << QStringLiteral("%1: %2").arg(m_peerText, reason);
        Q_EMIT m_server.frameDropped(m_peer, reason);
    }

    void read()
    {
        if (m_reading)
            return; // the loop below reads what came while a handler ran
        m_reading = true;
        while (m_socket->bytesAvailable() > 0 && m_socket->state() == QAbstractSocket::ConnectedState) {
            const QByteArray chunk = m_socket->readAll();
            restartIdle();
            const bool wasInFrame = m_framer.inFrame();
            const MllpFramer::Output out = m_framer.feed(chunk);
            if (out.skippedBytes > 0)
                drop(QStringLiteral("skipped %1 bytes outside a frame").arg(out.skippedBytes));
            for (int i = 0; i < out.oversizedFrames; ++i)
                drop(QStringLiteral("dropped a frame larger than the maximum of %1 bytes")
                         .arg(m_framer.maxFrameBytes()));
            for (int i = 0; i < out.interruptedFrames; ++i)
                drop(QStringLiteral("dropped an unfinished frame: a new frame began before its end"));
            for (const QByteArray &message : out.messages) {
                if (!answer(message)) {
                    m_reading = false;
                    return;
                }
            }
            // A begun frame must end within the frame timeout, counted from when it began.
            const int frameTimeout = m_server.options().frameTimeoutMs;
            if (!m_framer.inFrame() || frameTimeout <= 0)
                m_frameTimer.stop();
            else if (!wasInFrame || !out.messages.isEmpty() || out.oversizedFrames > 0
                || out.interruptedFrames > 0 || !m_frameTimer.isActive())
                m_frameTimer.start(frameTimeout);
        }
        m_reading = false;
    }

    /// Hands the message to the handler and sends its answer; false when the connection is closed.
    bool answer(const QByteArray &message)
    {
        QByteArray ack;
        try {
            ack = m_server.m_handler(message, m_peer);
        } catch (const std::exception &error) {
            qCWarning(lcNet).noquote()
                << QStringLiteral("%1: the message could not be handled (%2); no answer is sent and the "
                                  "connection is closed, so the sender sends it again")
                       .arg(m_peerText, QString::fromLocal8Bit(error.what()));
            m_socket->abort();
            return false;
        }
        ++m_messages;
        if (ack.isEmpty()) {
            qCWarning(lcNet).noquote() << QStringLiteral("%1: the handler gave no answer").arg(m_peerText);
            return true;
        }
        m_socket->write(MllpFramer::frame(ack));
        return true;
    }

    void frameStalled()
    {
        drop(QStringLiteral("dropped a half-sent frame (%1 bytes so far): it did not end within %2 ms; "
                            "the connection is closed")
                 .arg(m_framer.pendingBytes())
                 .arg(m_server.options().frameTimeoutMs));
        m_framer.reset();
        shutDown();
    }

    void idle()
    {
        qCInfo(lcNet).noquote() << QStringLiteral("%1: closed after %2 ms without a byte")
                                       .arg(m_peerText)
                                       .arg(m_server.options().idleTimeoutMs);
        shutDown();
    }

    void closed()
    {
        if (m_closed)
            return;
        m_closed = true;
        m_frameTimer.stop();
        m_idleTimer.stop();
        if (m_framer.inFrame() && m_framer.pendingBytes() > 0)
            drop(QStringLiteral("dropped a half-sent frame (%1 bytes): the connection closed before its end")
                     .arg(m_framer.pendingBytes()));
        qCInfo(lcNet).noquote()
            << QStringLiteral("%1: connection closed after %2 messages").arg(m_peerText).arg(m_messages);
        Q_EMIT m_server.connectionClosed(m_peer);
        m_server.forget(this);
        deleteLater();
    }

    MllpServer &m_server;
    QTcpSocket *m_socket;
    QHostAddress m_peer;
    QString m_peerText;
    MllpFramer m_framer;
    QTimer m_frameTimer;
    QTimer m_idleTimer;
    quint64 m_messages = 0;
    bool m_reading = false;
    bool m_closed = false;
};

MllpServer::MllpServer(Options options, Handler handler, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_handler(std::move(handler))
    , m_listener(std::make_unique<MllpListener>([this](qintptr descriptor) { accept(descriptor); }))
{ }

MllpServer::~MllpServer()
{
    m_listener->close();
    // The connections are children: they go with the server, without telling it.
    const QList<MllpConnection *> connections = m_connections;
    m_connections.clear();
    for (MllpConnection *connection : connections)
        delete connection;
}

bool MllpServer::listen()
{
    if (m_options.tls && !QSslSocket::supportsSsl()) {
        m_error = QStringLiteral("TLS is not available: Qt found no TLS library on this machine.");
        return false;
    }
    if (!m_listener->listen(m_options.bindAddress, m_options.port)) {
        m_error = QStringLiteral("Cannot listen on %1: %2.")
                      .arg(endpointText(m_options.bindAddress, m_options.port), m_listener->errorString());
        return false;
    }
    m_error.clear();
    return true;
}

void MllpServer::close()
{
    m_listener->close();
    const QList<MllpConnection *> connections = m_connections;
    for (MllpConnection *connection : connections)
        connection->shutDown();
}

bool MllpServer::isListening() const
{
    return m_listener->isListening();
}

QHostAddress MllpServer::address() const
{
    return m_listener->serverAddress();
}

quint16 MllpServer::port() const
{
    return m_listener->serverPort();
}

bool MllpServer::isAllowed(const QHostAddress &peer) const
{
    if (m_options.allowed.isEmpty())
        return true;
    const QHostAddress plain = plainPeer(peer);
    for (const Subnet &subnet : m_options.allowed) {
        if (plain.isInSubnet(subnet))
            return true;
    }
    return false;
}

std::optional<MllpServer::Subnet> MllpServer::parseSubnet(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (!trimmed.contains(QLatin1Char('/'))) {
        const QHostAddress address(trimmed);
        if (address.isNull())
            return std::nullopt;
        return Subnet {address, address.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32};
    }
    const Subnet subnet = QHostAddress::parseSubnet(trimmed);
    if (subnet.first.isNull() || subnet.second < 0)
        return std::nullopt;
    return subnet;
}

QString MllpServer::endpointText(const QHostAddress &address, quint16 port)
{
    const QHostAddress plain = plainPeer(address);
    const QString host = plain.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + plain.toString() + QLatin1Char(']')
        : plain.toString();
    return host + QLatin1Char(':') + QString::number(port);
}

void MllpServer::accept(qintptr descriptor)
{
    QTcpSocket *socket = m_options.tls ? new QSslSocket : new QTcpSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        qCWarning(lcNet).noquote()
            << QStringLiteral("a connection could not be taken: %1").arg(socket->errorString());
        delete socket;
        ::close(int(descriptor));
        return;
    }
    const QHostAddress peer = plainPeer(socket->peerAddress());
    if (!isAllowed(peer)) {
        qCWarning(lcNet).noquote() << QStringLiteral("refused a connection from %1: not in the allow-list")
                                          .arg(endpointText(peer, socket->peerPort()));
        socket->abort();
        delete socket;
        Q_EMIT connectionRefused(peer);
        return;
    }
    qCInfo(lcNet).noquote() << QStringLiteral("connection from %1%2")
                                   .arg(endpointText(peer, socket->peerPort()),
                                       m_options.tls ? QStringLiteral(" (TLS)") : QString());
    auto *connection = new MllpConnection(*this, socket, peer, socket->peerPort());
    m_connections.append(connection);
    connection->start(m_options.tls);
}

void MllpServer::forget(MllpConnection *connection)
{
    m_connections.removeOne(connection);
}

} // namespace chairside
