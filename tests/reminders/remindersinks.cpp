#include "remindersinks.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QThread>

namespace chairside::test {

Sink::Sink(Kind kind, const QStringList &arguments)
{
    const QString script = QStringLiteral(CHAIRSIDE_REMINDER_TEST_DIR "/")
        + (kind == Kind::Smtp ? QStringLiteral("smtpsink.py") : QStringLiteral("gatewaysink.py"));
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // Debian's python3-aiosmtpd is installed for the system's Python, which another python3 earlier on
    // the PATH would not see.
    const QString python = QFile::exists(QStringLiteral("/usr/bin/python3"))
        ? QStringLiteral("/usr/bin/python3")
        : QStringLiteral("python3");
    m_process.start(python, QStringList {script, QStringLiteral("--folder"), m_dir.path()} + arguments);
    if (!m_process.waitForStarted(10000))
        return;
    QElapsedTimer timer;
    timer.start();
    while (!m_process.canReadLine() && timer.elapsed() < 15000)
        m_process.waitForReadyRead(200);
    m_port = m_process.readLine().trimmed().toInt();
}

Sink::~Sink()
{
    stop();
}

void Sink::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

QStringList Sink::files() const
{
    QStringList names
        = QDir(m_dir.path())
              .entryList({QStringLiteral("*.eml"), QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (QString &name : names)
        name = m_dir.filePath(name);
    return names;
}

QList<QByteArray> Sink::received() const
{
    QList<QByteArray> all;
    const QStringList names = files();
    for (const QString &name : names) {
        QFile file(name);
        if (file.open(QIODevice::ReadOnly))
            all << file.readAll();
    }
    return all;
}

bool Sink::waitFor(int count, int ms) const
{
    QElapsedTimer timer;
    timer.start();
    while (files().size() < count) {
        if (timer.elapsed() > ms)
            return false;
        QThread::msleep(20);
    }
    return true;
}

QByteArray mailHeader(const QByteArray &message, const QByteArray &name)
{
    const qsizetype end = message.indexOf("\r\n\r\n");
    const QList<QByteArray> lines = message.left(end).split('\n');
    QByteArray value;
    bool in = false;
    for (QByteArray line : lines) {
        line = line.chopped(line.endsWith('\r') ? 1 : 0);
        if (in && (line.startsWith(' ') || line.startsWith('\t'))) {
            value += ' ' + line.trimmed();
            continue;
        }
        in = false;
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower()) {
            value = line.mid(colon + 1).trimmed();
            in = true;
        }
    }
    return value;
}

QList<MailPart> mailParts(const QByteArray &message)
{
    const QByteArray type = mailHeader(message, "content-type");
    static const QRegularExpression boundaryPattern(QStringLiteral("boundary=\"([^\"]+)\""));
    const QString boundary = boundaryPattern.match(QString::fromLatin1(type)).captured(1);
    QList<MailPart> parts;
    if (boundary.isEmpty())
        return parts;
    const QList<QByteArray> pieces = message.split('\n');
    const QByteArray marker = "--" + boundary.toLatin1();
    QByteArray current;
    bool inPart = false;
    const auto finish = [&parts](const QByteArray &raw) {
        const qsizetype split = raw.indexOf("\r\n\r\n");
        if (split < 0)
            return;
        MailPart part;
        part.contentType = mailHeader(raw.left(split) + "\r\n\r\n", "content-type");
        QByteArray body = raw.mid(split + 4);
        body.replace("\r\n", "");
        part.body = QByteArray::fromBase64(body);
        parts << part;
    };
    for (const QByteArray &line : pieces) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed == marker || trimmed == marker + "--") {
            if (inPart)
                finish(current);
            current.clear();
            inPart = trimmed == marker;
            continue;
        }
        if (inPart)
            current += line + '\n';
    }
    return parts;
}

} // namespace chairside::test
