#pragma once

#include "remindertransport.h"

#include <QByteArray>
#include <QString>

namespace chairside {

/// What one attempt to hand a reminder over came to.
struct HandOver
{
    bool ok = false;
    QString error; ///< why not, in words; never a password or token
};

/// Email through the center's mail server, with libcurl's SMTP: STARTTLS required unless the settings say
/// otherwise (only for this machine), authentication when a user is set.
class SmtpMailer final
{
public:
    SmtpMailer(ReminderTransport::Smtp settings, QString password);
    HandOver send(const QString &to, const QByteArray &mail) const;

private:
    ReminderTransport::Smtp m_settings;
    QString m_password;
};

/// Texts through the center's SMS gateway: a POST to its URL with the configured body, {to} and {text}
/// escaped for the content type, and the token as "Authorization: Bearer" when there is one. Any 2xx is
/// taken as accepted.
class SmsGateway final
{
public:
    SmsGateway(ReminderTransport::Sms settings, QString token);
    HandOver send(const QString &to, const QString &text) const;

    /// The body as sent: JSON-escaped for a JSON content type, form-encoded for a form, as is otherwise.
    static QByteArray requestBody(
        const ReminderTransport::Sms &settings, const QString &to, const QString &text);

private:
    ReminderTransport::Sms m_settings;
    QString m_token;
};

} // namespace chairside
