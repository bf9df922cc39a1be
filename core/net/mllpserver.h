#pragma once

#include "mllpframer.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslConfiguration>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace chairside {

class MllpConnection;

/// The MLLP listener: accepts TCP (or TLS) connections, frames what each sends and answers every message
/// with what the handler returns, in the order the messages came on that connection.
///
/// The handler runs on the server's thread, one message at a time; the answer is written only after it
/// returns, so a handler that commits durably before returning answers only what is kept. A handler that
/// throws gets no answer sent: the connection is closed, and the sender sends the message again.
///
/// A connection from an address outside the allow-list is closed at once. A frame larger than the
/// maximum is dropped (the connection goes on with the next frame); a begun frame that does not end
/// within the frame timeout is dropped and its connection closed; a connection silent for the idle
/// timeout is closed. Each is a line in the "chairside.net" log category, never a crash.
class MllpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MllpServer)

public:
    /// The answer's bytes for one message (without framing); empty sends nothing back.
    using Handler = std::function<QByteArray(const QByteArray &message, const QHostAddress &peer)>;
    using Subnet = QPair<QHostAddress, int>;

    struct Options
    {
        QHostAddress bindAddress = QHostAddress(QHostAddress::LocalHost);
        quint16 port = 2575; ///< 0 picks a free port: see port() after listen()
        /// The senders let in (an address is a subnet of its full length); empty lets in any peer that
        /// can reach the bound address.
        QList<Subnet> allowed;
        /// TLS with this configuration (certificate and key set) when there is one; plain TCP otherwise.
        std::optional<QSslConfiguration> tls;
        qsizetype maxFrameBytes = MllpFramer::kDefaultMaxFrameBytes;
        int frameTimeoutMs = 30'000; ///< a begun frame must end within this; 0: no limit
        int idleTimeoutMs = 600'000; ///< a connection silent this long is closed; 0: never
    };

    MllpServer(Options options, Handler handler, QObject *parent = nullptr);
    ~MllpServer() override;

    /// Starts listening; false, with errorString(), when the address and port cannot be bound.
    bool listen();
    /// Stops accepting, sends what is already answered and closes every connection.
    void close();

    bool isListening() const;
    QHostAddress address() const;
    quint16 port() const;
    QString errorString() const { return m_error; }
    int connectionCount() const { return int(m_connections.size()); }
    const Options &options() const { return m_options; }

    /// Whether the peer may connect under the allow-list.
    bool isAllowed(const QHostAddress &peer) const;
    /// An allow-list entry: "10.1.2.3", "10.1.0.0/16", "::1", "fd00::/8"; nullopt when unreadable.
    static std::optional<Subnet> parseSubnet(const QString &text);
    /// "127.0.0.1:2575", "[::1]:2575".
    static QString endpointText(const QHostAddress &address, quint16 port);

Q_SIGNALS:
    void connectionRefused(const QHostAddress &peer);
    /// A frame was dropped (too large, or cut off, or stalled) or bytes outside a frame were skipped.
    void frameDropped(const QHostAddress &peer, const QString &reason);
    void connectionClosed(const QHostAddress &peer);

private:
    friend class MllpConnection;

    void accept(qintptr descriptor);
    void forget(MllpConnection *connection);

    Options m_options;
    Handler m_handler;
    std::unique_ptr<class MllpListener> m_listener;
    QList<MllpConnection *> m_connections;
    QString m_error;
};

} // namespace chairside
