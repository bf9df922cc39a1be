#pragma once

#include "mllpframer.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>

#include <memory>

class QTcpSocket;

namespace chairside {

/// Sends HL7 messages over MLLP and waits for each answer: one connection, kept open between messages.
///
/// send() connects when not connected, writes the framed message and waits, running a local event loop
/// (so a server on the same thread goes on serving), for one framed answer. Each failure says what
/// happened in a sentence and a Failure the caller can act on (a queue retries on any of them). After a
/// failure the connection is closed: an answer arriving late must not be taken for the next message's.
class MllpClient final
{
public:
    struct Options
    {
        QString host = QStringLiteral("127.0.0.1");
        quint16 port = 2575;
        bool tls = false;
        /// The certificates to trust for TLS; empty trusts the system's.
        QList<QSslCertificate> caCertificates;
        int connectTimeoutMs = 5'000;
        int answerTimeoutMs = 10'000;
        qsizetype maxFrameBytes = MllpFramer::kDefaultMaxFrameBytes;
    };

    enum class Failure
    {
        None,
        Refused, ///< nothing listens there (connection refused)
        HostNotFound,
        TimedOut, ///< no connection, or no answer, within the timeout
        Closed, ///< the peer closed the connection before answering
        Tls, ///< the TLS handshake failed (an untrusted certificate, a name that does not match)
        Network, ///< any other socket error
    };

    struct Result
    {
        QByteArray answer; ///< the answer's bytes without framing
        Failure failure = Failure::None;
        QString error; ///< a sentence naming the host and what went wrong
        bool ok() const { return failure == Failure::None; }
    };

    explicit MllpClient(Options options);
    ~MllpClient();
    Q_DISABLE_COPY_MOVE(MllpClient)

    Result send(const QByteArray &message);
    /// Connects now (send() does it when needed); a Result without an answer.
    Result connectToServer();
    bool isConnected() const;
    void disconnectFromServer();

    const Options &options() const { return m_options; }

private:
    Result fail(Failure failure, const QString &error);
    Result failFromSocket(const QString &during);

    Options m_options;
    std::unique_ptr<QTcpSocket> m_socket;
    MllpFramer m_framer;
    QList<QByteArray> m_answers;
};

} // namespace chairside
