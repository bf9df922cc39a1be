#include "auditcsv.h"

#include <QStringList>

namespace chairside {

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

/// Free text (a name typed at a failed log-in, a stated reason) that a spreadsheet would run as a formula
/// gets a leading apostrophe, which spreadsheets show as text: an export opened by an admin must not
/// run what a stranger typed at the log-in screen.
QString defused(const QString &text)
{
    static const QString triggers = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && triggers.contains(text.front()))
        return QLatin1Char('\'') + text;
    return text;
}

void writeLine(QTextStream &out, const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out << QLatin1Char(',');
        out << csvField(fields[i]);
    }
    out << QLatin1String("\r\n");
}

} // namespace

void writeAuditCsv(QTextStream &out, const QList<AuditEntry> &entries)
{
    writeLine(out,
        {QStringLiteral("sequence"), QStringLiteral("at_utc"), QStringLiteral("user"),
            QStringLiteral("workstation"), QStringLiteral("action"), QStringLiteral("record_kind"),
            QStringLiteral("record_id"), QStringLiteral("patient_id"), QStringLiteral("result"),
            QStringLiteral("reason"), QStringLiteral("break_glass"), QStringLiteral("hash")});
    for (const AuditEntry &entry : entries) {
        const AuditEvent &e = entry.event;
        writeLine(out,
            {QString::number(entry.sequence), entry.atUtc.toUTC().toString(Qt::ISODateWithMs),
                defused(e.userName), defused(entry.workstation), auditActionName(e.action),
                defused(e.recordKind), e.recordId ? QString::number(e.recordId) : QString(),
                e.patientId ? QString::number(e.patientId) : QString(), auditResultName(e.result),
                defused(e.reason), e.breakGlass ? QStringLiteral("yes") : QStringLiteral("no"),
                QString::fromLatin1(entry.hash)});
    }
}

} // namespace chairside
