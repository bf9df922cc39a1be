// backup: a consistent copy of the database, with its audit key and head beside it; the daily backup and
// its settings; restore.

#include "access/permission.h"
#include "audit/auditevent.h"
#include "backup/backupschedule.h"
#include "backup/backupservice.h"
#include "backup/restoreservice.h"
#include "command.h"
#include "commandline.h"
#include "common/error.h"
#include "context.h"
#include "store/databaselocation.h"
#include "store/store.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace chairside::cli {

namespace {

int backup(Context &ctx)
{
    if (!ctx.has(QStringLiteral("to")))
        throw UsageError(QStringLiteral("backup needs --to FILE: the new file to write the copy to."));
    // A refused attempt is recorded like any other refusal.
    AuditEvent refusal;
    refusal.action = AuditAction::BackupMade;
    refusal.recordKind = QStringLiteral("database");
    const User admin = ctx.requireUser(Permission::Administer, refusal);
    const BackupResult result
        = BackupService(ctx.store(), ctx.clock()).backup(admin, ctx.value(QStringLiteral("to")));
    const QJsonObject json {{QStringLiteral("file"), result.file},
        {QStringLiteral("keyFile"), result.keyFile}, {QStringLiteral("headFile"), result.headFile},
        {QStringLiteral("bytes"), double(result.bytes)},
        {QStringLiteral("auditEntries"), double(result.auditEntries)}};
    ctx.print(json,
        QStringLiteral(
            "Backed up to %1 (%2 KiB); its audit trail of %3 entries verified against the key copied "
            "beside it%4.")
            .arg(QDir::toNativeSeparators(result.file))
            .arg((result.bytes + 1023) / 1024)
            .arg(result.auditEntries)
            .arg(result.keyFile.isEmpty()
                    ? QString()
                    : QStringLiteral(" (%1)").arg(QDir::toNativeSeparators(result.keyFile))));
    return ExitOk;
}

QJsonObject settingsJson(BackupSchedule &schedule)
{
    const BackupSettings settings = schedule.settings();
    const auto last = schedule.last();
    return {{QStringLiteral("automatic"), settings.automatic}, {QStringLiteral("folder"), settings.folder},
        {QStringLiteral("keepDays"), settings.keepDays},
        {QStringLiteral("lastBackupAt"),
            last ? QJsonValue(last->atUtc.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("lastBackupFile"), last ? QJsonValue(last->file) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("stale"), schedule.isStale()}};
}

int backupSettings(Context &ctx)
{
    BackupSchedule schedule(ctx.store(), ctx.clock());
    const bool changing = ctx.has(QStringLiteral("folder")) || ctx.has(QStringLiteral("keep-days"))
        || ctx.has(QStringLiteral("automatic"));
    if (changing) {
        AuditEvent refusal;
        refusal.action = AuditAction::SetupChanged;
        refusal.recordKind = QStringLiteral("setting");
        refusal.reason = QStringLiteral("backup settings");
        const User admin = ctx.requireUser(Permission::Administer, refusal);
        BackupSettings next = schedule.settings();
        if (ctx.has(QStringLiteral("folder")))
            next.folder = QFileInfo(ctx.value(QStringLiteral("folder"))).absoluteFilePath();
        next.keepDays = ctx.wholeNumber(QStringLiteral("keep-days"), next.keepDays);
        if (ctx.has(QStringLiteral("automatic"))) {
            const QString value = ctx.value(QStringLiteral("automatic"));
            if (value != QLatin1String("on") && value != QLatin1String("off"))
                throw UsageError(QStringLiteral("--automatic takes on or off, not \"%1\".").arg(value));
            next.automatic = value == QLatin1String("on");
        }
        schedule.setSettings(admin, next);
    } else {
        ctx.actingUser();
    }
    const QJsonObject json = settingsJson(schedule);
    const auto last = schedule.last();
    QString lastText = last
        ? QStringLiteral("the last was made %1 to %2%3")
              .arg(last->atUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                  QDir::toNativeSeparators(last->file),
                  schedule.isStale() ? QStringLiteral(", more than a day ago") : QString())
        : QStringLiteral("none has been made yet");
    ctx.print(json,
        QStringLiteral("Daily backup %1, to %2, kept %3 days; %4.")
            .arg(json.value(QStringLiteral("automatic")).toBool() ? QStringLiteral("on")
                                                                  : QStringLiteral("off"),
                QDir::toNativeSeparators(json.value(QStringLiteral("folder")).toString()))
            .arg(json.value(QStringLiteral("keepDays")).toInt())
            .arg(lastText));
    return ExitOk;
}

int backupDaily(Context &ctx)
{
    const User session = ctx.actingUser();
    BackupSchedule schedule(ctx.store(), ctx.clock());
    const DailyBackup daily = schedule.runDaily(session);
    QJsonArray removed;
    for (const QString &file : daily.removed)
        removed << file;
    const QJsonObject json {{QStringLiteral("made"), daily.made},
        {QStringLiteral("file"), daily.made ? QJsonValue(daily.backup.file) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("bytes"), double(daily.backup.bytes)},
        {QStringLiteral("auditEntries"), double(daily.backup.auditEntries)},
        {QStringLiteral("removed"), removed}};
    QString text;
    if (daily.made) {
        text = QStringLiteral(
            "Backed up to %1 (%2 KiB, %3 audit entries verified); %4 older daily copies removed.")
                   .arg(QDir::toNativeSeparators(daily.backup.file))
                   .arg((daily.backup.bytes + 1023) / 1024)
                   .arg(daily.backup.auditEntries)
                   .arg(daily.removed.size());
    } else if (!schedule.settings().automatic) {
        text = QStringLiteral(
            "The daily backup is off (backup settings --automatic on turns it on); nothing made.");
    } else {
        text = QStringLiteral("Today's backup was made already; nothing to do.");
    }
    ctx.print(json, text);
    return ExitOk;
}

QJsonObject checkJson(const BackupCheck &check)
{
    return {{QStringLiteral("file"), check.file}, {QStringLiteral("good"), check.good},
        {QStringLiteral("problem"), check.good ? QJsonValue(QJsonValue::Null) : QJsonValue(check.problem)},
        {QStringLiteral("auditEntries"), double(check.auditEntries)},
        {QStringLiteral("bytes"), double(check.bytes)}};
}

int restore(Context &ctx)
{
    if (!ctx.has(QStringLiteral("from")))
        throw UsageError(QStringLiteral("restore needs --from FILE: the backup to restore."));
    QString path;
    try {
        path = DatabaseLocation::resolve(ctx.dbPath);
    } catch (const Error &notAFile) {
        throw UsageError(notAFile.message());
    }
    RestoreService service(path, ctx.clock());
    const QString from = ctx.value(QStringLiteral("from"));
    if (ctx.has(QStringLiteral("check"))) {
        const BackupCheck check = service.check(from);
        ctx.print(checkJson(check),
            check.good ? QStringLiteral(
                "%1 is a good backup: it passes SQLite's integrity check and its audit trail "
                "of %2 entries verifies.")
                             .arg(QDir::toNativeSeparators(check.file))
                             .arg(check.auditEntries)
                       : QStringLiteral("%1 cannot be restored: %2.")
                             .arg(QDir::toNativeSeparators(check.file), check.problem));
        return check.good ? ExitOk : ExitBadData;
    }
    const QString name = ctx.userName.isEmpty() ? QStringLiteral("admin") : ctx.userName;
    const QString password = ctx.secret(
        "CHAIRSIDE_PASSWORD", QStringLiteral("Password for %1 (an admin of the backup): ").arg(name));
    const RestoreResult result = service.restore(from, name, password);
    const QJsonObject json {{QStringLiteral("database"), result.database},
        {QStringLiteral("from"), result.from},
        {QStringLiteral("setAside"),
            result.setAside.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(result.setAside)},
        {QStringLiteral("auditEntries"), double(result.auditEntries)}};
    ctx.print(json,
        QStringLiteral("Restored %1 from %2; its audit trail of %3 entries verified%4.")
            .arg(QDir::toNativeSeparators(result.database), QDir::toNativeSeparators(result.from))
            .arg(result.auditEntries)
            .arg(result.setAside.isEmpty() ? QString()
                                           : QStringLiteral(". The database it replaced is kept as %1")
                                                 .arg(QDir::toNativeSeparators(result.setAside))));
    return ExitOk;
}

} // namespace

void addBackupCommands(QList<Command> &commands)
{
    commands << Command {{QStringLiteral("backup")},
        QStringLiteral("Copy the database, with its audit key, while the desks work (admins only)."),
        {{QStringLiteral("to"), QStringLiteral("FILE"),
            QStringLiteral("the new file to write (never overwritten)")}},
        {},
        QStringLiteral(
            "Writes one consistent moment of the database to FILE with SQLite's online backup (the desks "
            "keep working; what they commit meanwhile is in the next backup), the audit key beside it as "
            "FILE.audit-key and the record of the trail's last entry as FILE.audit-key.head, each readable "
            "by "
            "its owner only. The copy must pass SQLite's integrity check and its audit trail must verify "
            "against the copied key; otherwise nothing is left at FILE. An existing FILE is never "
            "overwritten (exit 3). The backup is recorded in the audit trail as backup-made. Keep the key "
            "with the copy: without it the trail cannot be verified or added to. With --json: {\"file\", "
            "\"keyFile\", \"headFile\", \"bytes\", \"auditEntries\"}.\n"
            "Example: chairside-cli backup --to /media/backup/chairside-2026-12-05.sqlite"),
        backup};
    commands << Command {{QStringLiteral("backup"), QStringLiteral("settings")},
        QStringLiteral("Show or set the daily backup: on or off, its folder, the days kept (admins set)."),
        {{QStringLiteral("automatic"), QStringLiteral("on|off"),
             QStringLiteral("whether the daily backup runs")},
            {QStringLiteral("folder"), QStringLiteral("DIR"), QStringLiteral("where the daily copies go")},
            {QStringLiteral("keep-days"), QStringLiteral("N"),
                QStringLiteral(
                    "daily copies older than this are removed (1 to 3650; the newest is always kept)")}},
        {},
        QStringLiteral(
            "The daily backup is on from the start and writes to the database's own backups folder, keeping "
            "14 "
            "days; the desktop makes it at the first desk that finds the day's copy missing, and \"backup "
            "daily\" does the same from cron or a systemd timer. Without options it shows the settings and "
            "the "
            "last backup; with any, an admin changes them (recorded in the audit trail as setup-changed). "
            "With "
            "--json: {\"automatic\", \"folder\", \"keepDays\", \"lastBackupAt\", \"lastBackupFile\", "
            "\"stale\"} (stale: no backup in the last 24 hours; the last backup's fields are null before the "
            "first).\n"
            "Example: chairside-cli backup settings --folder /media/backup/chairside --keep-days 30"),
        backupSettings};
    commands << Command {{QStringLiteral("backup"), QStringLiteral("daily")},
        QStringLiteral("Make today's daily backup when it is due, and remove the copies past the days kept."),
        {}, {},
        QStringLiteral(
            "For cron or a systemd timer: when the daily backup is on and no backup was made today, writes "
            "FOLDER/chairside-YYYY-MM-DD-HHMM.sqlite as \"backup\" does (checked, with its audit key), then "
            "removes "
            "daily copies older than the days kept, never the newest and never a copy made by hand. Any user "
            "may "
            "run it: the admin chose it. With --json: {\"made\", \"file\" (null when nothing was due), "
            "\"bytes\", \"auditEntries\", \"removed\": [files]}.\n"
            "Example: chairside-cli backup daily --json"),
        backupDaily};
    commands << Command {{QStringLiteral("restore")},
        QStringLiteral("Put a backup in the database's place, after checking it (an admin of the backup)."),
        {{QStringLiteral("from"), QStringLiteral("FILE"), QStringLiteral("the backup to restore")},
            {QStringLiteral("check"), {},
                QStringLiteral("only check the backup; replace nothing, sign in as nobody")}},
        {},
        QStringLiteral(
            "Copies FILE beside the database and checks the copy: SQLite's integrity check, this version's "
            "schema, and its audit trail against the key beside the backup (FILE.audit-key). The acting user "
            "(--user, default admin, password from CHAIRSIDE_PASSWORD or asked for) must be an admin in the "
            "backup, the database about to be in force. Refused while Chairside has the database open "
            "anywhere (exit 3): close every desk, the nurse station and the listener first. The database it "
            "replaces is never deleted: it is kept, with its key and head, as DB.replaced-YYYYMMDD-HHMMSS. "
            "The "
            "restore is recorded in the restored trail as database-restored. Exit 3 when the backup fails a "
            "check (nothing replaced), 4 for a user who is not an admin of the backup. With --json: "
            "{\"database\", \"from\", \"setAside\" (null when there was no database), \"auditEntries\"}; "
            "with --check: {\"file\", \"good\", \"problem\", \"auditEntries\", \"bytes\"}.\n"
            "Example: chairside-cli restore --from /media/backup/chairside-2026-12-05.sqlite"),
        restore};
}

} // namespace chairside::cli
