// readiness: the booked appointments of the coming days that would not be admitted, and why.

#include "alignedtext.h"
#include "command.h"
#include "commandline.h"
#include "context.h"
#include "readiness/readinessservice.h"
#include "scheduling/centertime.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

#include <array>

namespace chairside::cli {

namespace {

QString dayText(QDate date)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(date, QStringLiteral("ddd d MMM yyyy"));
}

int readiness(Context &ctx)
{
    const User user = ctx.requireUser(Permission::ViewSchedule);
    const Center center = ctx.center();
    const QDate from = ctx.has(QStringLiteral("from")) ? ctx.dateValue(QStringLiteral("from"))
                                                       : CenterTime::localDate(center, ctx.nowUtc());
    const int days = ctx.wholeNumber(QStringLiteral("days"), center.policy.readinessDays);
    const QList<ReadinessRow> rows
        = ReadinessService(ctx.store(), ctx.clock()).queue(user, center, from, days);

    QJsonArray list;
    QList<std::array<QString, 6>> table {
        {QStringLiteral("START"), QStringLiteral("APPT"), QStringLiteral("MRN"), QStringLiteral("PATIENT"),
            QStringLiteral("THERAPY"), QStringLiteral("NOT READY")}};
    for (const ReadinessRow &row : rows) {
        QJsonArray reasons;
        QStringList codes;
        for (const Reason &r : row.reasons) {
            reasons << QJsonObject {
                {QStringLiteral("code"), reasonCodeName(r.code)}, {QStringLiteral("message"), r.message}};
            codes << reasonCodeName(r.code);
        }
        const Appointment &a = row.appointment;
        const QDateTime local = CenterTime::toLocal(center, a.startUtc);
        list << QJsonObject {{QStringLiteral("id"), a.id},
            {QStringLiteral("start"), local.toString(Qt::ISODate)}, {QStringLiteral("mrn"), row.patient.mrn},
            {QStringLiteral("therapy"), row.therapy.name}, {QStringLiteral("reasons"), reasons}};
        QStringList words;
        for (const ReadinessLine &line : row.lines)
            words << line.text;
        table << std::array<QString, 6> {QLocale(QLocale::English, QLocale::UnitedStates)
                                             .toString(local, QStringLiteral("ddd d MMM HH:mm")),
            QString::number(a.id), row.patient.mrn, row.patient.displayName(), row.therapy.name,
            codes.join(QStringLiteral(", ")) + QStringLiteral(": ") + words.join(QStringLiteral("; "))};
    }
    const QString span = days == 1
        ? dayText(from)
        : QStringLiteral("%1 to %2").arg(dayText(from), dayText(from.addDays(days - 1)));
    QString text;
    if (rows.isEmpty()) {
        text = QStringLiteral("Every booked appointment at %1, %2, is ready.").arg(center.name, span);
    } else {
        text = QStringLiteral("%1 at %2, %3, would not be admitted as things stand:\n\n")
                   .arg(rows.size() == 1 ? QStringLiteral("1 booked appointment")
                                         : QStringLiteral("%1 booked appointments").arg(rows.size()),
                       center.name, span)
            + alignedText(table);
    }
    ctx.print(QJsonObject {{QStringLiteral("appointments"), list}}, text);
    return ExitOk;
}

} // namespace

void addReadinessCommands(QList<Command> &commands)
{
    commands << Command {{QStringLiteral("readiness")},
        QStringLiteral("List the booked appointments of the coming days that are not ready."),
        {{QStringLiteral("center"), QStringLiteral("C"),
             QStringLiteral("the center (default: the only one)")},
            {QStringLiteral("from"), QStringLiteral("DATE"),
                QStringLiteral("the first day (default: today on the center's clock)")},
            {QStringLiteral("days"), QStringLiteral("N"),
                QStringLiteral("how many days, 1 to 60 (default: the center's readiness days)")}},
        {},
        QStringLiteral(
            "Each booked appointment is judged by the check-in engine as if the patient arrived at its "
            "start: "
            "the prescriber's order (ended, used up or missing by then, counting the doses of the patient's "
            "bookings before it), the prior authorization (missing, pending, denied, expired or out of "
            "visits), eligibility that will be stale by then and, inside the pharmacy's lead time from now, "
            "a dose not prepared or no longer usable. The reason codes and messages are the check-in's. "
            "Earliest first. Exit 0 whether or not any are listed.\n"
            "--json: {\"appointments\": [{\"id\", \"start\", \"mrn\", \"therapy\", \"reasons\": [{\"code\", "
            "\"message\"}]}]}, start on the center's clock."),
        readiness};
}

} // namespace chairside::cli
