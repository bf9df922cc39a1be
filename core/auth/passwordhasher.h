#pragma once

#include "model/securitypolicy.h"

#include <QString>

namespace chairside {

/// Argon2id password hashes in libsodium's crypto_pwhash_str form ("$argon2id$v=19$m=65536,t=2,p=1$..."),
/// which carries its own salt and limits. The limits come from the security policy and are never below
/// libsodium's interactive ones. The UTF-8 copy of a password made here is wiped once used.
class PasswordHasher final
{
public:
    explicit PasswordHasher(const SecurityPolicy &policy);

    quint64 opsLimit() const { return m_opsLimit; }
    quint64 memLimit() const { return m_memLimit; }

    /// A new hash with a fresh random salt. Throws Error::Store when the memory it needs is not there.
    QString hash(const QString &password) const;
    /// True when the password is the one the hash was made from. False for an empty or malformed hash.
    static bool verify(const QString &hash, const QString &password);
    /// True when the hash was made with other limits (or another algorithm) than this hasher's.
    bool needsRehash(const QString &hash) const;

    /// The bounds a policy may set: libsodium's interactive limits at least, and at most what a desk
    /// computer hashes within a few seconds.
    static quint64 minimumOpsLimit();
    static quint64 maximumOpsLimit();
    static quint64 minimumMemLimit();
    static quint64 maximumMemLimit();

private:
    quint64 m_opsLimit;
    quint64 m_memLimit;
};

} // namespace chairside
