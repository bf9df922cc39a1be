// audit verify, audit list: checking the tamper-evident trail and reading it as an admin.

#include "access/permission.h"
#include "alignedtext.h"
#include "audit/auditcsv.h"
#include "audit/auditevent.h"
#include "command.h"
#include "commandline.h"
#include "common/error.h"
#include "context.h"
#include "scheduling/centertime.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QTimeZone>

#include <array>

namespace chairside::cli {

namespace {

QString isoUtc(const QDateTime &instant)
{
    return instant.toUTC().toString(Qt::ISODateWithMs);
}

int verify(Context &ctx)
{
    // No acting user: the check reveals no record, and needs the key file, which only the key's owner can
    // read.
    const AuditVerdict verdict = ctx.store().verifyAudit();
    const QJsonObject json {{QStringLiteral("intact"), verdict.intact},
        {QStringLiteral("entries"), double(verdict.entries)},
        {QStringLiteral("firstBad"), double(verdict.firstBad)}, {QStringLiteral("problem"), verdict.problem}};
    if (verdict.intact) {
        ctx.print(json, QStringLiteral("The audit trail is intact: %1 entries.").arg(verdict.entries));
        return ExitOk;
    }
    ctx.print(json, QStringLiteral("The audit trail is not intact: %1.").arg(verdict.problem));
    return ExitAuditBroken;
}

/// [start of --from, end of --to) on the center's calendar, or UTC's before a center exists.
void dayRange(Context &ctx, AuditFilter &filter)
{
    const std::optional<QDate> from = ctx.optionalDate(QStringLiteral("from"));
    const std::optional<QDate> to = ctx.optionalDate(QStringLiteral("to"));
    if (from && to && *to < *from) {
        throw Error::badData(QStringLiteral("to"),
            QStringLiteral("--to %1 is before --from %2.")
                .arg(to->toString(Qt::ISODate), from->toString(Qt::ISODate)));
    }
    const QList<Center> centers = ctx.store().centers();
    std::optional<Center> center;
    if (ctx.has(QStringLiteral("center")) || !centers.isEmpty())
        center = ctx.center();
    if (from)
        filter.fromUtc
            = center ? CenterTime::dayStartUtc(*center, *from) : from->startOfDay(QTimeZone::utc());
    if (to)
        filter.toUtc
            = center ? CenterTime::dayEndUtc(*center, *to) : to->addDays(1).startOfDay(QTimeZone::utc());
}

QString recordText(const AuditEvent &e)
{
    if (e.recordKind.isEmpty())
        return {};
    return e.recordId ? QStringLiteral("%1 %2").arg(e.recordKind).arg(e.recordId) : e.recordKind;
}

QString table(const QList<AuditEntry> &entries)
{
    using Row = std::array<QString, 8>;
    QList<Row> rows {{QStringLiteral("#"), QStringLiteral("At (UTC)"), QStringLiteral("User"),
        QStringLiteral("Action"), QStringLiteral("Record"), QStringLiteral("Patient"),
        QStringLiteral("Result"), QStringLiteral("Reason")}};
    for (const AuditEntry &entry : entries) {
        const AuditEvent &e = entry.event;
        QString result = auditResultName(e.result);
        if (e.breakGlass)
            result += QStringLiteral(", BREAK GLASS");
        QString reason = e.reason;
        reason.replace(QLatin1Char('\n'), QLatin1Char(' '));
        rows << Row {QString::number(entry.sequence),
            entry.atUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.userName,
            auditActionName(e.action), recordText(e), e.patientId ? QString::number(e.patientId) : QString(),
            result, reason};
    }
    return alignedText(rows);
}

QJsonObject entryJson(const AuditEntry &entry)
{
    const AuditEvent &e = entry.event;
    return QJsonObject {{QStringLiteral("sequence"), double(entry.sequence)},
        {QStringLiteral("at"), isoUtc(entry.atUtc)}, {QStringLiteral("user"), e.userName},
        {QStringLiteral("workstation"), entry.workstation},
        {QStringLiteral("action"), auditActionName(e.action)}, {QStringLiteral("recordKind"), e.recordKind},
        {QStringLiteral("recordId"), double(e.recordId)}, {QStringLiteral("patientId"), double(e.patientId)},
        {QStringLiteral("result"), auditResultName(e.result)}, {QStringLiteral("reason"), e.reason},
        {QStringLiteral("breakGlass"), e.breakGlass}, {QStringLiteral("cli"), e.fromCli},
        {QStringLiteral("hash"), QString::fromLatin1(entry.hash)}};
}

int list(Context &ctx)
{
    const bool csv = ctx.has(QStringLiteral("csv"));
    if (csv && ctx.json)
        throw UsageError(QStringLiteral("audit list takes --csv or --json, not both."));
    const int limit = ctx.intValue(QStringLiteral("limit"), 5000, 1, 1000000);
    // A refused look at the trail is itself recorded, like any other refusal.
    AuditEvent refusal;
    refusal.action = AuditAction::AuditExported;
    refusal.recordKind = QStringLiteral("audit");
    const User admin = ctx.requireUser(Permission::Administer, refusal);
    Store &store = ctx.store();

    AuditFilter filter;
    filter.limit = limit;
    QStringList
        described; // the filter in the export's own entry: keys and names only, never a patient's name
    if (ctx.has(QStringLiteral("patient"))) {
        const QString mrn = ctx.value(QStringLiteral("patient")).trimmed();
        const auto patient = store.patientByMrn(mrn);
        if (!patient) {
            throw Error(Error::Kind::NotFound,
                QStringLiteral("There is no patient with MRN \"%1\".").arg(mrn), QStringLiteral("patient"));
        }
        filter.patientId = patient->id;
        described << QStringLiteral("patient %1").arg(patient->id);
    }
    if (ctx.has(QStringLiteral("by"))) {
        filter.userName = ctx.value(QStringLiteral("by")).trimmed();
        described << QStringLiteral("user %1").arg(filter.userName);
    }
    if (ctx.has(QStringLiteral("action"))) {
        const QString name = ctx.value(QStringLiteral("action")).trimmed();
        filter.action = auditActionFromName(name);
        if (!filter.action) {
            QStringList names;
            for (const AuditAction action : allAuditActions())
                names << auditActionName(action);
            throw Error::badData(QStringLiteral("action"),
                QStringLiteral("--action \"%1\" is not an audit action; the actions are %2.")
                    .arg(name, names.join(QStringLiteral(", "))));
        }
        described << QStringLiteral("action %1").arg(name);
    }
    dayRange(ctx, filter);
    if (ctx.has(QStringLiteral("from")))
        described << QStringLiteral("from %1").arg(ctx.value(QStringLiteral("from")).trimmed());
    if (ctx.has(QStringLiteral("to")))
        described << QStringLiteral("to %1").arg(ctx.value(QStringLiteral("to")).trimmed());
    if (ctx.has(QStringLiteral("break-glass"))) {
        filter.breakGlassOnly = true;
        described << QStringLiteral("break glass only");
    }
    if (ctx.has(QStringLiteral("hide-cli-logins"))) {
        filter.hideCliLogIns = true;
        described << QStringLiteral("without command-line log-ins");
    }

    const QList<AuditEntry> entries = store.auditEntries(filter);
    if (csv) {
        // Recorded before a single line leaves, so that no export goes unrecorded.
        AuditEvent exported;
        exported.action = AuditAction::AuditExported;
        exported.userName = admin.name;
        exported.patientId = filter.patientId;
        exported.reason
            = QStringLiteral("%1 entries as CSV%2")
                  .arg(entries.size())
                  .arg(described.isEmpty() ? QString()
                                           : QStringLiteral("; ") + described.join(QStringLiteral(", ")));
        store.audit(exported, ctx.nowUtc());
        writeAuditCsv(ctx.out, entries);
        return ExitOk;
    }

    QJsonArray array;
    for (const AuditEntry &entry : entries)
        array.append(entryJson(entry));
    ctx.print(QJsonObject {{QStringLiteral("entries"), array}},
        entries.isEmpty() ? QStringLiteral("No audit entries match.") : table(entries));
    return ExitOk;
}

} // namespace

void addAuditCommands(QList<Command> &commands)
{
    commands << Command {{QStringLiteral("audit"), QStringLiteral("verify")},
        QStringLiteral("Check that the audit trail is whole and unaltered."), {}, {},
        QStringLiteral(
            "Checks every entry against the audit key kept beside the database (or at $CHAIRSIDE_AUDIT_KEY) "
            "and "
            "the trail's end against the record of the last entry written, so that an edited, deleted, "
            "reordered or cut-off entry is found. Prints \"The audit trail is intact: N entries.\" and exits "
            "0, "
            "or names the first entry at fault and the problem, such as \"entry 812 was changed\", and exits "
            "5. "
            "With --json: {\"intact\", \"entries\", \"firstBad\", \"problem\"}."),
        verify};

    commands << Command {{QStringLiteral("audit"), QStringLiteral("list")},
        QStringLiteral("Show or export the audit trail, newest first (admins only)."),
        {{QStringLiteral("patient"), QStringLiteral("MRN"),
             QStringLiteral("only entries about this patient")},
            {QStringLiteral("by"), QStringLiteral("NAME"),
                QStringLiteral("only what this user did (or typed, for a failed log-in)")},
            {QStringLiteral("from"), QStringLiteral("DATE"),
                QStringLiteral("from this day on the center's calendar")},
            {QStringLiteral("to"), QStringLiteral("DATE"), QStringLiteral("up to and including this day")},
            {QStringLiteral("action"), QStringLiteral("NAME"),
                QStringLiteral("only this action, e.g. patient-opened")},
            {QStringLiteral("break-glass"), {}, QStringLiteral("only emergency access past a refusal")},
            {QStringLiteral("hide-cli-logins"), {},
                QStringLiteral(
                    "leave out this tool's successful log-ins (one per command); failed ones stay")},
            {QStringLiteral("center"), QStringLiteral("C"),
                QStringLiteral("whose calendar the days are on (default: the only one)")},
            {QStringLiteral("limit"), QStringLiteral("N"), QStringLiteral("at most N entries (5000)")},
            {QStringLiteral("csv"), {},
                QStringLiteral("write CSV for a spreadsheet; the export is itself recorded")}},
        {},
        QStringLiteral(
            "Filters combine; --by names the user who acted (--user is the acting user, who must be an "
            "admin). Days are the center's (UTC before a center exists). The CSV has a header line, "
            "quotes fields with commas, quotes or line breaks, and gives times in ISO 8601 UTC; an export is "
            "recorded in the trail as audit-exported. With --json: {\"entries\": [{\"sequence\", \"at\", "
            "\"user\", \"workstation\", \"action\", \"recordKind\", \"recordId\", \"patientId\", \"result\", "
            "\"reason\", \"breakGlass\", \"hash\"}]}.\n"
            "Example: chairside-cli audit list --patient M0001 --from 2026-12-01 --csv > m0001.csv"),
        list};
}

} // namespace chairside::cli
