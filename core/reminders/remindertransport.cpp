#include "remindertransport.h"

#include "common/error.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace chairside {

namespace {

const QString kSmtpHost = QStringLiteral("reminders.smtp.host");
const QString kSmtpPort = QStringLiteral("reminders.smtp.port");
const QString kSmtpStartTls = QStringLiteral("reminders.smtp.starttls");
const QString kSmtpUser = QStringLiteral("reminders.smtp.user");
const QString kSmtpFrom = QStringLiteral("reminders.smtp.from");
const QString kSmtpCaFile = QStringLiteral("reminders.smtp.ca-file");
const QString kSmsUrl = QStringLiteral("reminders.sms.url");
const QString kSmsContentType = QStringLiteral("reminders.sms.content_type");
const QString kSmsBody = QStringLiteral("reminders.sms.body");

bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    // 127.0.0.0/8 and ::1: the only addresses plain text may go to.
    static const QRegularExpression v4(QStringLiteral("^127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$"));
    return v4.match(host).hasMatch() || host == QLatin1String("::1") || host == QLatin1String("[::1]");
}

} // namespace

ReminderTransport ReminderTransport::load(Store &store)
{
    ReminderTransport t;
    t.smtp.host = store.setting(kSmtpHost).value_or(QString());
    t.smtp.port = store.setting(kSmtpPort).value_or(QStringLiteral("587")).toInt();
    t.smtp.startTls = store.setting(kSmtpStartTls).value_or(QStringLiteral("1")) != QLatin1String("0");
    t.smtp.user = store.setting(kSmtpUser).value_or(QString());
    t.smtp.from = store.setting(kSmtpFrom).value_or(QString());
    t.smtp.caFile = store.setting(kSmtpCaFile).value_or(QString());
    t.sms.url = store.setting(kSmsUrl).value_or(QString());
    t.sms.contentType = store.setting(kSmsContentType).value_or(t.sms.contentType);
    t.sms.body = store.setting(kSmsBody).value_or(t.sms.body);
    return t;
}

void ReminderTransport::save(Store &store) const
{
    store.setSetting(kSmtpHost, smtp.host);
    store.setSetting(kSmtpPort, QString::number(smtp.port));
    store.setSetting(kSmtpStartTls, smtp.startTls ? QStringLiteral("1") : QStringLiteral("0"));
    store.setSetting(kSmtpUser, smtp.user);
    store.setSetting(kSmtpFrom, smtp.from);
    store.setSetting(kSmtpCaFile, smtp.caFile);
    store.setSetting(kSmsUrl, sms.url);
    store.setSetting(kSmsContentType, sms.contentType);
    store.setSetting(kSmsBody, sms.body);
}

void ReminderTransport::validate() const
{
    if (!smtp.host.isEmpty()) {
        if (smtp.host.contains(QLatin1Char(' ')) || smtp.host.contains(QLatin1Char('/')))
            throw Error::badData(QStringLiteral("smtp-host"),
                QCoreApplication::translate("ReminderTransport",
                    "Give the mail server's host name alone, e.g. mail.clinic.example."));
        if (smtp.port < 1 || smtp.port > 65535)
            throw Error::badData(QStringLiteral("smtp-port"),
                QCoreApplication::translate("ReminderTransport",
                    "The mail server's port must be a number from 1 to 65535 (587 for STARTTLS)."));
        const int at = smtp.from.indexOf(QLatin1Char('@'));
        if (at <= 0 || at == smtp.from.size() - 1 || smtp.from.contains(QLatin1Char(' '))
            || smtp.from.contains(QLatin1Char('<')))
            throw Error::badData(QStringLiteral("smtp-from"),
                QCoreApplication::translate("ReminderTransport",
                    "Reminders need a sender's address, e.g. reminders@clinic.example."));
        if (!smtp.caFile.isEmpty() && !QFileInfo(smtp.caFile).isReadable())
            throw Error::badData(QStringLiteral("smtp-ca"),
                QCoreApplication::translate("ReminderTransport",
                    "The mail server's certificate authority file %1 cannot be read. Give the path of its "
                    "PEM file, or leave it empty for the system's.")
                    .arg(QDir::toNativeSeparators(smtp.caFile)));
        if (!smtp.startTls && !isLoopback(smtp.host))
            throw Error::badData(QStringLiteral("smtp-starttls"),
                QCoreApplication::translate("ReminderTransport",
                    "Mail to another machine is sent only with STARTTLS: patients' appointments never cross "
                    "the "
                    "network in clear text."));
    }
    if (!sms.url.isEmpty()) {
        const QUrl url(sms.url, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty()
            || (scheme != QLatin1String("https")
                && !(scheme == QLatin1String("http") && isLoopback(url.host()))))
            throw Error::badData(QStringLiteral("sms-url"),
                QCoreApplication::translate("ReminderTransport",
                    "The SMS gateway must be an https:// address (plain http only to this machine)."));
        if (!sms.body.contains(QLatin1String("{to}")) || !sms.body.contains(QLatin1String("{text}")))
            throw Error::badData(QStringLiteral("sms-body"),
                QCoreApplication::translate("ReminderTransport",
                    "The gateway's request must carry {to} and {text}, e.g. {\"to\": \"{to}\", \"text\": "
                    "\"{text}\"}."));
        if (sms.contentType.trimmed().isEmpty() || sms.contentType.contains(QLatin1Char('\n')))
            throw Error::badData(QStringLiteral("sms-content-type"),
                QCoreApplication::translate(
                    "ReminderTransport", "Name the request's content type, e.g. application/json."));
    }
}

QString ReminderTransport::summary() const
{
    const QString mail = smtp.configured()
        ? QStringLiteral("email via %1:%2%3%4 from %5%6")
              .arg(smtp.host)
              .arg(smtp.port)
              .arg(smtp.startTls ? QStringLiteral(" STARTTLS") : QString(),
                  smtp.user.isEmpty() ? QString() : QStringLiteral(" as ") + smtp.user, smtp.from,
                  smtp.caFile.isEmpty() ? QString()
                                        : QStringLiteral(" trusting the authority in ") + smtp.caFile)
        : QStringLiteral("email not configured");
    const QString text = sms.configured() ? QStringLiteral("texts via %1 (%2)").arg(sms.url, sms.contentType)
                                          : QStringLiteral("texts not configured");
    return mail + QStringLiteral("; ") + text;
}

} // namespace chairside
