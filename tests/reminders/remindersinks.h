#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace chairside::test {

/// A local server started by a test: the mail server (aiosmtpd) or the SMS gateway (http.server), each a
/// Python script beside these tests that writes what it receives to a folder. Stopped when it goes.
class Sink final
{
public:
    enum class Kind
    {
        Smtp,
        Gateway
    };
    Sink(Kind kind, const QStringList &arguments = {});
    ~Sink();
    Q_DISABLE_COPY_MOVE(Sink)

    int port() const { return m_port; }
    QString folder() const { return m_dir.path(); }
    /// The files received so far, in order.
    QStringList files() const;
    /// Each received message (SMTP) or request (gateway, its JSON), in order.
    QList<QByteArray> received() const;
    /// Waits until at least `count` have arrived, up to `ms`.
    bool waitFor(int count, int ms = 10000) const;
    void stop();

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
};

/// A MIME part of a message: its headers (lower-case names) and its decoded body.
struct MailPart
{
    QByteArray contentType;
    QByteArray body;
};
/// The header's value ("subject", "message-id", ...), unfolded; empty when absent.
QByteArray mailHeader(const QByteArray &message, const QByteArray &name);
/// The parts of a multipart message, their base64 decoded.
QList<MailPart> mailParts(const QByteArray &message);

} // namespace chairside::test
