#include "passwordhasher.h"

#include "common/error.h"

#include <QByteArray>

#include <algorithm>
#include <sodium.h>

namespace chairside {

namespace {

void requireSodium()
{
    // sodium_init() is idempotent and thread-safe; it fails only when the system has no random source.
    if (sodium_init() < 0) {
        throw Error(Error::Kind::Store,
            QStringLiteral(
                "The password library could not start: the system has no source of random numbers."));
    }
}

/// A password as UTF-8 in a buffer of our own, zeroed when it goes out of scope.
class Utf8Secret final
{
public:
    explicit Utf8Secret(const QString &text)
        : m_bytes(text.toUtf8())
    { }
    ~Utf8Secret()
    {
        if (!m_bytes.isEmpty())
            sodium_memzero(m_bytes.data(), size_t(m_bytes.size()));
    }
    Q_DISABLE_COPY_MOVE(Utf8Secret)

    const char *data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

} // namespace

PasswordHasher::PasswordHasher(const SecurityPolicy &policy)
    : m_opsLimit(std::clamp(policy.passwordOpsLimit, minimumOpsLimit(), maximumOpsLimit()))
    , m_memLimit(std::clamp(policy.passwordMemLimit, minimumMemLimit(), maximumMemLimit()))
{ }

quint64 PasswordHasher::minimumOpsLimit()
{
    return crypto_pwhash_OPSLIMIT_INTERACTIVE;
}

quint64 PasswordHasher::maximumOpsLimit()
{
    return 4 * quint64(crypto_pwhash_OPSLIMIT_SENSITIVE);
}

quint64 PasswordHasher::minimumMemLimit()
{
    return crypto_pwhash_MEMLIMIT_INTERACTIVE;
}

quint64 PasswordHasher::maximumMemLimit()
{
    return crypto_pwhash_MEMLIMIT_SENSITIVE;
}

QString PasswordHasher::hash(const QString &password) const
{
    requireSodium();
    const Utf8Secret secret(password);
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, secret.data(), secret.size(), m_opsLimit, size_t(m_memLimit)) != 0) {
        throw Error(Error::Kind::Store,
            QStringLiteral(
                "The password could not be hashed: the computer could not spare the %1 MB it needs.")
                .arg(m_memLimit / (1024 * 1024)));
    }
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &hash, const QString &password)
{
    if (hash.isEmpty())
        return false;
    requireSodium();
    const QByteArray stored = hash.toLatin1();
    if (stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    const Utf8Secret secret(password);
    return crypto_pwhash_str_verify(stored.constData(), secret.data(), secret.size()) == 0;
}

bool PasswordHasher::needsRehash(const QString &hash) const
{
    requireSodium();
    const QByteArray stored = hash.toLatin1();
    if (stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES)
        return true;
    // 1 means other limits, -1 a string that is not this algorithm's: either way, hash it anew.
    return crypto_pwhash_str_needs_rehash(stored.constData(), m_opsLimit, size_t(m_memLimit)) != 0;
}

} // namespace chairside
