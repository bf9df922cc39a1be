#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>

namespace chairside {

/// TLS settings read from PEM files. Each refusal is an Error::BadData naming the field ("cert", "key",
/// "ca") and saying what is wrong with the file.
namespace TlsFiles {

/// A listener's configuration: the certificate (the chain may follow it in the same file) and its
/// private key (RSA or EC, unencrypted). Peers are not asked for a certificate.
QSslConfiguration serverConfiguration(const QString &certificateFile, const QString &keyFile);

/// Every certificate in a PEM file (a CA bundle, or a peer's self-signed certificate to trust).
QList<QSslCertificate> certificates(const QString &file, const QString &field);

} // namespace TlsFiles

} // namespace chairside
