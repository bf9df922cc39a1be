#include "tlsfiles.h"

#include "common/error.h"

#include <QFile>
#include <QSslKey>
#include <QSslSocket>

namespace chairside::TlsFiles {

namespace {

void requireTls(const QString &field)
{
    if (!QSslSocket::supportsSsl())
        throw Error::badData(field,
            QStringLiteral("TLS is not available: Qt found no TLS library (OpenSSL 3) on this machine."));
}

QByteArray readFile(const QString &file, const QString &field)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        throw Error::badData(field, QStringLiteral("Cannot read %1: %2.").arg(file, f.errorString()));
    return f.readAll();
}

} // namespace

QList<QSslCertificate> certificates(const QString &file, const QString &field)
{
    requireTls(field);
    const QByteArray pem = readFile(file, field);
    QList<QSslCertificate> found = QSslCertificate::fromData(pem, QSsl::Pem);
    if (found.isEmpty())
        throw Error::badData(field, QStringLiteral("%1 holds no PEM certificate.").arg(file));
    return found;
}

QSslConfiguration serverConfiguration(const QString &certificateFile, const QString &keyFile)
{
    const QList<QSslCertificate> chain = certificates(certificateFile, QStringLiteral("cert"));
    const QByteArray keyPem = readFile(keyFile, QStringLiteral("key"));
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
        key = QSslKey(keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        throw Error::badData(QStringLiteral("key"),
            QStringLiteral("%1 holds no unencrypted RSA or EC private key in PEM.").arg(keyFile));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    return configuration;
}

} // namespace chairside::TlsFiles
