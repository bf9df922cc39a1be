#pragma once

#include "backup/backupservice.h"
#include "model/user.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace chairside {

class Clock;
class Store;

/// How the daily backup is set: whether it runs, where it writes, and how many days of copies it keeps.
struct BackupSettings
{
    bool automatic = true;
    QString folder; ///< where the daily copies go; the database's own "backups" folder when not set
    int keepDays = 14; ///< daily copies older than this are removed (the newest is always kept)

    static constexpr int kMinKeepDays = 1;
    static constexpr int kMaxKeepDays = 3650;

    bool operator==(const BackupSettings &) const = default;
};

/// The last backup made of this database, by hand or daily.
struct LastBackup
{
    QDateTime atUtc;
    QString file;
};

/// What a run of the daily backup did.
struct DailyBackup
{
    bool made = false; ///< false when today's copy was already made, or the daily backup is off
    BackupResult backup; ///< the copy, when made
    QStringList removed; ///< older daily copies removed under the retention
};

/// The daily backup: on by default, into a folder beside the database unless the admin names another, its
/// copies kept for a number of days. Whichever workstation (or `chairside-cli backup daily` from cron)
/// finds the day's copy missing makes it; the others then see it made. The settings live in the database,
/// so every workstation follows the same ones.
class BackupSchedule final
{
public:
    BackupSchedule(Store &store, const Clock &clock);

    /// "<the database's folder>/backups"
    static QString defaultFolder(const QString &databasePath);
    /// Whether `fileName` is a daily copy's name ("chairside-2026-12-05-0730.sqlite"): only these are ever
    /// removed by the retention, never a copy made by hand.
    static bool isDailyName(const QString &fileName);

    BackupSettings settings();
    /// Admins only; audited as a set-up change. Error::BadData naming the field: a folder that is not an
    /// absolute path or cannot be made and written, days out of range.
    void setSettings(const User &admin, const BackupSettings &settings);

    std::optional<LastBackup> last();
    /// When the daily backup is on and no backup was made yet today (the workstation's local day).
    bool isDue();
    /// True when no backup was made in the last 24 hours: Settings warns.
    bool isStale();

    /// Makes today's copy when due and not claimed by another desk in the last half hour (in the folder,
    /// made owner-only when new), then removes daily copies past the retention. Throws what
    /// BackupService::backupAutomatically throws.
    DailyBackup runDaily(const User &session);

    /// Removes daily copies (and their key files) in the folder older than the kept days, never the newest.
    QStringList prune();

private:
    Store &m_store;
    const Clock &m_clock;
};

} // namespace chairside
