#pragma once

#include "audit/auditevent.h"
#include "model/user.h"

#include <QString>

namespace chairside {

class Clock;
class Store;

/// What a backup wrote.
struct BackupResult
{
    QString file; ///< the copy of the database
    QString keyFile; ///< the audit key beside it ("<file>.audit-key"), empty when the trail has no key yet
    QString headFile; ///< the record of the trail's last entry beside it, empty when there is none yet
    qint64 bytes = 0; ///< the copy's size
    qint64 auditEntries = 0; ///< entries in the copy's trail, all verified against the copied key
};

/// A consistent copy of the open database while the desks go on working: SQLite's online backup reads
/// one snapshot of the file (the writes committed before it began, none after), so no desk waits for it.
/// The audit key and its head go beside the copy under the same name, so that `audit verify` and a
/// restore work on the copy alone. Admins only; recorded in the audit trail.
class BackupService final
{
public:
    BackupService(Store &store, const Clock &clock);

    /// Writes the copy to `file` (a new file: an existing one is never overwritten), then checks it: the
    /// copy must pass SQLite's integrity check and its audit trail must verify against the copied key.
    /// Nothing is left at `file` when any step fails. Throws Error: Forbidden for a non-admin, Conflict
    /// when `file` exists or is the database itself, BadData for a folder that cannot be written, Store
    /// when the copy or its check fails.
    BackupResult backup(const User &user, const QString &file);

    /// The daily backup the admin turned on (BackupSchedule): no role is needed, as the admin chose it;
    /// recorded in the trail under `session`, the user whose desk ran it, as automatic.
    BackupResult backupAutomatically(const User &session, const QString &file);

    /// The setting keys of the last backup made, by hand or daily: when (ISO 8601, UTC) and where.
    static constexpr const char *kLastAtKey = "backup.lastAt";
    static constexpr const char *kLastFileKey = "backup.lastFile";

private:
    BackupResult write(const QString &file, AuditEvent event);

    Store &m_store;
    const Clock &m_clock;
};

} // namespace chairside
