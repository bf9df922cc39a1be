// backup: a consistent copy of the database, with its audit key and head beside it.

#include "access/permission.h"
#include "audit/auditevent.h"
#include "backup/backupservice.h"
#include "command.h"
#include "commandline.h"
#include "context.h"

#include <QDir>
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
}

} // namespace chairside::cli
