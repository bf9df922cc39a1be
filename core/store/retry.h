#pragma once

#include "common/error.h"
#include "store/database.h"

#include <QThread>

namespace chairside {

/// How many times retryingTransient() runs its work at most, in all.
inline constexpr int kTransientAttempts = 4;

/// Runs `work`, a whole transaction of its own, and runs it again when the database calls it off as one
/// side of a race (Error::isTransient(): a serialization failure or a deadlock on a server, where nothing
/// was written): at most kTransientAttempts times in all, a little longer apart each time (10, 20, 40 ms).
/// The last refusal is thrown as it came, in words (the store's "busy" sentence), never the server's.
/// Inside a caller's transaction it runs once: the caller's whole transaction is what was lost, and the
/// caller's to run again.
template<typename Work>
auto retryingTransient(Database &db, Work &&work) -> decltype(work())
{
    for (int attempt = 1;; ++attempt) {
        try {
            return work();
        } catch (const Error &error) {
            if (!error.isTransient() || attempt >= kTransientAttempts || db.transactionDepth() > 0)
                throw;
        }
        QThread::msleep(10UL << (attempt - 1));
    }
}

} // namespace chairside
