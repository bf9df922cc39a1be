#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace chairside {

class Clock;

/// What checking a backup found.
struct BackupCheck
{
    QString file;
    bool good = false;
    QString problem; ///< in words, when not good
    qint64 auditEntries = 0; ///< verified against the key beside the copy
    qint64 bytes = 0;
    QDateTime modifiedUtc; ///< when the copy was written
};

/// What a restore did.
struct RestoreResult
{
    QString database; ///< the database now in force: the backup, brought to this version's schema
    QString from; ///< the backup it came from (left as it was)
    QString setAside; ///< where the database it replaced was kept, empty when there was none
    qint64 auditEntries = 0; ///< the restored trail's entries, all verified, the restore's own included
};

/// Puts a backup in the database's place, and checks databases and backups on the way.
///
/// A restore never trusts the backup: it is copied beside the database, the copy must pass SQLite's
/// integrity check, take this version's schema and have its audit trail verify against the key copied
/// beside the backup; the admin signs in with an account of the backup (the database about to be in
/// force: the current one may be damaged). Only then is the current database, its key and head, set aside
/// under a "replaced" name (never deleted) and the copy renamed into place, with the restore recorded
/// in its trail. A database open on another workstation or program is never replaced.
class RestoreService final
{
public:
    RestoreService(const QString &databasePath, const Clock &clock);

    /// The check of the database file at start: empty when the file passes or does not exist yet, else
    /// what SQLite found. A file up to `wholeFileBytes` gets SQLite's quick check of every page (about a
    /// second for 64 MiB); a larger one, whose whole check would keep the desk waiting, gets its schema and
    /// its set-up tables checked (centers, chairs, therapies, users, settings): what every screen needs.
    /// The whole of a large file is checked each day by the daily backup's integrity check of its copy.
    static QString quickCheck(const QString &databasePath, qint64 wholeFileBytes = kWholeFileCheckBytes);
    static constexpr qint64 kWholeFileCheckBytes = 64LL * 1024 * 1024;

    /// The copies in these folders (*.sqlite, not a partial one), newest first.
    static QStringList backupsIn(const QStringList &folders);

    /// Checks a backup without changing it (on a copy beside the database, removed after).
    BackupCheck check(const QString &backup);

    /// Restores `backup`. Throws Error: NotFound for no backup there, Refused when it fails a check (its
    /// problem in words; nothing replaced), Forbidden unless `userName` is an admin of the backup with that
    /// password, Conflict while the database is open elsewhere, Newer for a backup of a later version,
    /// Store when a file cannot be moved (what was moved is moved back).
    RestoreResult restore(const QString &backup, const QString &userName, const QString &password);

private:
    QString m_path;
    const Clock &m_clock;
};

} // namespace chairside
