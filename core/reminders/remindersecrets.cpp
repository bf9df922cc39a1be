#include "remindersecrets.h"

#include "common/error.h"
#include "store/databaselocation.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace chairside {

namespace {

QString readSecret(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(Error::Kind::Store,
            QStringLiteral("Could not read %1: %2. Check its owner and permissions.")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return QString::fromUtf8(file.readAll()).trimmed();
}

void writeSecret(const QString &path, const QString &secret)
{
    if (secret.isEmpty()) {
        if (QFile::exists(path) && !QFile::remove(path))
            throw Error(Error::Kind::Store,
                QStringLiteral("Could not remove %1. Check the folder's permissions.")
                    .arg(QDir::toNativeSeparators(path)));
        return;
    }
    QSaveFile file(path);
    const QByteArray content = secret.toUtf8() + '\n';
    // Owner-only before a byte is written, so the secret is never readable by others even for a moment.
    const bool written = file.open(QIODevice::WriteOnly)
        && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && file.write(content) == content.size() && file.commit();
    if (!written) {
        throw Error(Error::Kind::Store,
            QStringLiteral("Could not write %1: %2. Check the folder's permissions and free space.")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
}

} // namespace

ReminderSecrets::ReminderSecrets(const QString &databasePath)
{
    if (databasePath.isEmpty() || databasePath == QLatin1String(":memory:")) {
        throw Error(Error::Kind::Store,
            QStringLiteral("An in-memory database has no folder to keep the mail server's password in."));
    }
    m_smtpPath = DatabaseLocation::beside(databasePath, QStringLiteral(".smtp-password"));
    m_smsPath = DatabaseLocation::beside(databasePath, QStringLiteral(".sms-token"));
}

QString ReminderSecrets::smtpPassword() const
{
    return readSecret(m_smtpPath);
}

QString ReminderSecrets::smsToken() const
{
    return readSecret(m_smsPath);
}

void ReminderSecrets::setSmtpPassword(const QString &password) const
{
    writeSecret(m_smtpPath, password);
}

void ReminderSecrets::setSmsToken(const QString &token) const
{
    writeSecret(m_smsPath, token);
}

} // namespace chairside
