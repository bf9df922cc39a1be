#pragma once

#include <QString>

namespace chairside {

/// The mail server's password and the SMS gateway's token, kept as the audit key is: in files beside the
/// database ("<database>.smtp-password", "<database>.sms-token"), readable by their owner only, never in
/// the database, a log or the audit trail.
class ReminderSecrets final
{
public:
    /// Throws Error::Store for an in-memory database, which has no folder to keep them in.
    explicit ReminderSecrets(const QString &databasePath);

    /// Empty when none is kept. Throws Error::Store when the file exists but cannot be read.
    QString smtpPassword() const;
    QString smsToken() const;
    /// Writes the secret, owner-only; an empty one removes the file. Throws Error::Store.
    void setSmtpPassword(const QString &password) const;
    void setSmsToken(const QString &token) const;

    const QString &smtpPasswordPath() const { return m_smtpPath; }
    const QString &smsTokenPath() const { return m_smsPath; }

private:
    QString m_smtpPath;
    QString m_smsPath;
};

} // namespace chairside
