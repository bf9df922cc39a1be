#pragma once

#include <QtGlobal>

namespace chairside {

/// The organization's security settings, kept in the setting table and changed only by an admin.
struct SecurityPolicy
{
    int idleLockMinutes = 5; ///< the desktop hides patient details after this long without input
    int lockoutAttempts = 5; ///< failed log-ins in a row that lock an account
    int lockoutMinutes = 15; ///< how long a locked account waits before it may try again
    /// Argon2id limits for new hashes; never below libsodium's interactive limits. A hash made with
    /// lower limits is remade at the next successful log-in.
    quint64 passwordOpsLimit = 2; ///< crypto_pwhash_OPSLIMIT_INTERACTIVE
    quint64 passwordMemLimit = 67108864; ///< crypto_pwhash_MEMLIMIT_INTERACTIVE, bytes

    bool operator==(const SecurityPolicy &) const = default;
};

} // namespace chairside
