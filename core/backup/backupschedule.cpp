#include "backup/backupschedule.h"

#include "access/permission.h"
#include "audit/auditevent.h"
#include "common/clock.h"
#include "common/error.h"
#include "store/scopedtransaction.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace chairside {

namespace {

constexpr QLatin1String kAutomaticKey("backup.automatic");
constexpr QLatin1String kFolderKey("backup.folder");
constexpr QLatin1String kKeepDaysKey("backup.keepDays");
/// When a desk set out to make the day's copy (ISO 8601, UTC), so that the others do not.
constexpr QLatin1String kClaimKey("backup.dailyClaim");
constexpr qint64 kClaimSeconds = 30 * 60;

/// "chairside-2026-12-05-0730.sqlite": the daily copy's name, its date and time the workstation's.
const QRegularExpression &dailyName()
{
    static const QRegularExpression pattern(
        QStringLiteral("^chairside-(\\d{4}-\\d{2}-\\d{2})-(\\d{4})\\.sqlite$"));
    return pattern;
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

BackupSchedule::BackupSchedule(Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{ }

QString BackupSchedule::defaultFolder(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

bool BackupSchedule::isDailyName(const QString &fileName)
{
    return dailyName().match(fileName).hasMatch();
}

BackupSettings BackupSchedule::settings()
{
    BackupSettings settings;
    settings.automatic
        = m_store.setting(kAutomaticKey).value_or(QStringLiteral("on")) != QLatin1String("off");
    settings.folder = m_store.setting(kFolderKey).value_or(QString());
    if (settings.folder.isEmpty())
        settings.folder = defaultFolder(m_store.path());
    bool ok = false;
    const int days = m_store.setting(kKeepDaysKey).value_or(QString()).toInt(&ok);
    if (ok && days >= BackupSettings::kMinKeepDays && days <= BackupSettings::kMaxKeepDays)
        settings.keepDays = days;
    return settings;
}

void BackupSchedule::setSettings(const User &admin, const BackupSettings &next)
{
    const QDateTime now = m_clock.nowUtc();
    AuditEvent event;
    event.action = AuditAction::SetupChanged;
    event.userName = admin.name;
    event.recordKind = QStringLiteral("setting");
    AuditEvent refusal = event;
    refusal.result = AuditResult::Refused;
    refusal.reason = QStringLiteral("backup settings");
    requirePermission(m_store, now, admin, Permission::Administer, refusal);

    if (next.keepDays < BackupSettings::kMinKeepDays || next.keepDays > BackupSettings::kMaxKeepDays) {
        throw Error::badData(QStringLiteral("keep_days"),
            QCoreApplication::translate("BackupSchedule", "Keep daily backups from %1 to %2 days, not %3.")
                .arg(BackupSettings::kMinKeepDays)
                .arg(BackupSettings::kMaxKeepDays)
                .arg(next.keepDays));
    }
    const QString folder = next.folder.trimmed();
    if (folder.isEmpty() || !QDir::isAbsolutePath(folder)) {
        throw Error::badData(QStringLiteral("folder"),
            QCoreApplication::translate("BackupSchedule",
                "Name the backup folder by its full path (for example /srv/chairside/backups), not "
                "\"%1\".")
                .arg(folder));
    }
    if (!QDir().mkpath(folder) || !QFileInfo(folder).isWritable()) {
        throw Error::badData(QStringLiteral("folder"),
            QCoreApplication::translate("BackupSchedule", "The folder %1 cannot be made or written.")
                .arg(nativePath(folder)));
    }

    ScopedTransaction transaction(m_store.database());
    const BackupSettings before = settings();
    QStringList changes;
    const auto save = [&](QLatin1String key, const QString &was, const QString &value) {
        if (was == value)
            return;
        m_store.setSetting(key, value);
        changes << QStringLiteral("%1 %2 to %3").arg(key, was, value);
    };
    const auto onOff = [](bool on) { return on ? QStringLiteral("on") : QStringLiteral("off"); };
    save(kAutomaticKey, onOff(before.automatic), onOff(next.automatic));
    save(kFolderKey, before.folder, QDir::cleanPath(folder));
    save(kKeepDaysKey, QString::number(before.keepDays), QString::number(next.keepDays));
    if (changes.isEmpty())
        return;
    event.reason = changes.join(QStringLiteral("; "));
    m_store.audit(event, now);
    transaction.commit();
}

std::optional<LastBackup> BackupSchedule::last()
{
    const QDateTime at = QDateTime::fromString(
        m_store.setting(QLatin1String(BackupService::kLastAtKey)).value_or(QString()), Qt::ISODate);
    if (!at.isValid())
        return std::nullopt;
    return LastBackup {
        at.toUTC(), m_store.setting(QLatin1String(BackupService::kLastFileKey)).value_or(QString())};
}

bool BackupSchedule::isDue()
{
    // A server's database is backed up on the server (BackupService says so when asked).
    if (m_store.database().isPostgreSql() || !settings().automatic)
        return false;
    const auto made = last();
    return !made || made->atUtc.toLocalTime().date() < m_clock.nowUtc().toLocalTime().date();
}

bool BackupSchedule::isStale()
{
    if (m_store.database().isPostgreSql())
        return false; // the server's own backups, which Chairside cannot see
    const auto made = last();
    return !made || made->atUtc.secsTo(m_clock.nowUtc()) > 24 * 60 * 60;
}

DailyBackup BackupSchedule::runDaily(const User &session)
{
    DailyBackup result;
    if (!isDue())
        return result;
    {
        // Desks signed in at opening time all find the day's copy missing at once: the first to claim the
        // day makes it; the others leave it to that one for half an hour (then a failed one is retried).
        const QDateTime now = m_clock.nowUtc();
        ScopedTransaction claim(m_store.database());
        const QDateTime claimed
            = QDateTime::fromString(m_store.setting(kClaimKey).value_or(QString()), Qt::ISODate);
        if (!isDue() || (claimed.isValid() && claimed <= now && claimed.secsTo(now) < kClaimSeconds))
            return result;
        m_store.setSetting(kClaimKey, now.toString(Qt::ISODate));
        claim.commit();
    }
    const BackupSettings set = settings();
    const QDir folder(set.folder);
    if (!folder.exists()) {
        if (!QDir().mkpath(set.folder)) {
            throw Error(Error::Kind::Store,
                QCoreApplication::translate("BackupSchedule",
                    "The daily backup could not make its folder %1. Choose another in Settings, Backups.")
                    .arg(nativePath(set.folder)));
        }
        QFile::setPermissions(
            set.folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    const QDateTime local = m_clock.nowUtc().toLocalTime();
    const QString name
        = QStringLiteral("chairside-%1.sqlite").arg(local.toString(QStringLiteral("yyyy-MM-dd-HHmm")));
    result.backup = BackupService(m_store, m_clock).backupAutomatically(session, folder.filePath(name));
    result.made = true;
    result.removed = prune();
    return result;
}

QStringList BackupSchedule::prune()
{
    const BackupSettings set = settings();
    QDir folder(set.folder);
    QStringList daily;
    for (const QString &name : folder.entryList({QStringLiteral("chairside-*.sqlite")}, QDir::Files)) {
        if (isDailyName(name))
            daily << name;
    }
    // The names sort by their date and time; the newest is never removed, however old.
    std::sort(daily.begin(), daily.end());
    if (!daily.isEmpty())
        daily.removeLast();
    const QDate oldestKept = m_clock.nowUtc().toLocalTime().date().addDays(-set.keepDays);
    QStringList removed;
    for (const QString &name : std::as_const(daily)) {
        const QDate made = QDate::fromString(dailyName().match(name).captured(1), Qt::ISODate);
        if (!made.isValid() || made >= oldestKept)
            continue;
        const QString path = folder.filePath(name);
        const QString key = path + QStringLiteral(".audit-key");
        QFile::remove(key + QStringLiteral(".head"));
        QFile::remove(key);
        if (QFile::remove(path))
            removed << path;
    }
    return removed;
}

} // namespace chairside
