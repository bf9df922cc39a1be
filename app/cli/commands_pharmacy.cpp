// pharmacy: the doses a center compounds for a day, and how each stands.

#include "access/permission.h"
#include "alignedtext.h"
#include "command.h"
#include "commandline.h"
#include "context.h"
#include "pharmacy/pharmacyday.h"
#include "scheduling/centertime.h"
#include "store/store.h"
#include "text/desktext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace chairside::cli {

namespace {

QJsonValue isoOrNull(const Center &center, const QDateTime &utc)
{
    return utc.isValid() ? QJsonValue(CenterTime::toLocal(center, utc).toString(Qt::ISODate))
                         : QJsonValue(QJsonValue::Null);
}

/// "Tue 16:05" on the center's clock.
QString shortWhen(const Center &center, const QDateTime &utc)
{
    return CenterTime::toLocal(center, utc).toString(QStringLiteral("ddd HH:mm"));
}

QString doseText(const Center &center, const DoseLine &line)
{
    const Appointment &a = line.appointment;
    switch (a.prep) {
    case PrepState::Ready:
        if (!a.preparedAtUtc.isValid())
            return QStringLiteral("ready");
        return line.usableUntilUtc.isValid()
            ? QStringLiteral("ready %1, usable to %2")
                  .arg(shortWhen(center, a.preparedAtUtc), shortWhen(center, line.usableUntilUtc))
            : QStringLiteral("ready %1").arg(shortWhen(center, a.preparedAtUtc));
    case PrepState::Wasted: {
        QString text = QStringLiteral("wasted");
        if (a.wastedAtUtc.isValid())
            text += QLatin1Char(' ') + shortWhen(center, a.wastedAtUtc);
        if (!a.wastedReason.isEmpty())
            text += QStringLiteral(": ") + a.wastedReason;
        return text;
    }
    case PrepState::NotReady:
    case PrepState::NotNeeded:
        break;
    }
    return QStringLiteral("not ready");
}

QString noteText(const Center &center, const DoseLine &line)
{
    switch (line.lateChange) {
    case LateChange::None:
        return {};
    case LateChange::BookedLate:
        return QStringLiteral("late change: booked %1, after the cut-off %2")
            .arg(shortWhen(center, line.appointment.createdAtUtc), shortWhen(center, line.cutoffUtc));
    case LateChange::MovedLate:
        return QStringLiteral("late change: moved here %1 from #%2, after the cut-off %3")
            .arg(shortWhen(center, line.appointment.createdAtUtc))
            .arg(line.appointment.replacesId)
            .arg(shortWhen(center, line.cutoffUtc));
    case LateChange::ClosedAfterPrepared:
        if (line.replacedById != 0)
            return QStringLiteral("orphan dose: appointment moved to #%1").arg(line.replacedById);
        return QStringLiteral("orphan dose: appointment %1")
            .arg(statusLabel(line.appointment.status).toLower());
    }
    return {};
}

int pharmacy(Context &ctx)
{
    ctx.requireUser(Permission::ViewSchedule);
    const Center center = ctx.center();
    const QDate date = ctx.has(QStringLiteral("date")) ? ctx.dateValue(QStringLiteral("date"))
                                                       : PharmacyDay::defaultDate(center, ctx.nowUtc());
    const PharmacyDay day = PharmacyDay::load(ctx.store(), center, date);

    QJsonArray doses;
    QList<std::array<QString, 8>> rows {{QStringLiteral("APPT"), QStringLiteral("TIME"),
        QStringLiteral("PATIENT"), QStringLiteral("MRN"), QStringLiteral("THERAPY"), QStringLiteral("CHAIR"),
        QStringLiteral("DOSE"), QStringLiteral("NOTE")}};
    for (const DoseLine &line : day.doses) {
        const Appointment &a = line.appointment;
        doses << QJsonObject {{QStringLiteral("appointment"), a.id},
            {QStringLiteral("start"), isoOrNull(center, a.startUtc)},
            {QStringLiteral("mrn"), line.patient.mrn}, {QStringLiteral("therapy"), line.therapy.name},
            {QStringLiteral("prep"), prepStateCode(a.prep)},
            {QStringLiteral("patient"), line.patient.displayName()},
            {QStringLiteral("chair"),
                line.chair.label.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(line.chair.label)},
            {QStringLiteral("status"), statusCode(a.status)},
            {QStringLiteral("prepared_at"), isoOrNull(center, a.preparedAtUtc)},
            {QStringLiteral("usable_until"), isoOrNull(center, line.usableUntilUtc)},
            {QStringLiteral("wasted_at"),
                isoOrNull(center, a.prep == PrepState::Wasted ? a.wastedAtUtc : QDateTime())},
            {QStringLiteral("wasted_reason"),
                a.prep == PrepState::Wasted ? QJsonValue(a.wastedReason) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("late_change"), line.isLateChange()},
            {QStringLiteral("late_change_reason"),
                line.isLateChange() ? QJsonValue(lateChangeCode(line.lateChange))
                                    : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("orphan"), line.orphan},
            {QStringLiteral("replaced_by"),
                line.replacedById ? QJsonValue(line.replacedById) : QJsonValue(QJsonValue::Null)}};
        rows << std::array<QString, 8> {QStringLiteral("#%1").arg(a.id), DeskText::time(center, a.startUtc),
            line.patient.displayName(), line.patient.mrn, line.therapy.name,
            line.chair.label.isEmpty() ? QStringLiteral("-") : line.chair.label, doseText(center, line),
            noteText(center, line)};
    }

    QString text = QStringLiteral("%1, doses for %2: ")
                       .arg(center.name, date.toString(QStringLiteral("dddd d MMMM yyyy")));
    if (day.doses.isEmpty()) {
        text += QStringLiteral("none to prepare.\n");
    } else {
        text += QStringLiteral("%1 to prepare, %2 ready").arg(day.toPrepare()).arg(day.ready());
        if (day.orphans() > 0)
            text += QStringLiteral(", %1 orphan").arg(day.orphans());
        if (day.lateChanges() > 0)
            text += QStringLiteral(", %1 late change%2")
                        .arg(day.lateChanges())
                        .arg(day.lateChanges() == 1 ? QString() : QStringLiteral("s"));
        text += QStringLiteral(".\n\n") + alignedText(rows);
    }
    ctx.print(QJsonObject {{QStringLiteral("doses"), doses}}, text);
    return ExitOk;
}

} // namespace

void addPharmacyCommands(QList<Command> &commands)
{
    commands << Command {{QStringLiteral("pharmacy")},
        QStringLiteral("List the doses to compound for a day and how each stands."),
        {{QStringLiteral("center"), QStringLiteral("C"),
             QStringLiteral("the center (default: the only one)")},
            {QStringLiteral("date"), QStringLiteral("D"),
                QStringLiteral("the day (default: tomorrow on the center's clock)")}},
        {},
        QStringLiteral(
            "Every appointment that day of a compounded therapy that will or did take place, earliest first, "
            "with the dose's state: not ready, ready (when, and until when it is usable) or wasted (when and "
            "why). Cancelled and moved-away appointments drop off, unless a dose was made for them: then "
            "they stay as orphan doses. A late change is an appointment booked or moved onto the day after "
            "the pharmacy's cut-off (its start less the lead time), or an orphan dose.\n"
            "--json: {\"doses\": [{\"appointment\", \"start\", \"mrn\", \"therapy\", \"prep\": "
            "\"not-ready|ready|wasted\", \"patient\", \"chair\", \"status\", \"prepared_at\", "
            "\"usable_until\", \"wasted_at\", \"wasted_reason\", \"late_change\", \"late_change_reason\": "
            "\"booked-late|moved-late|closed-after-prepared\" or null, \"orphan\", \"replaced_by\"}]}, "
            "times on the center's clock."),
        pharmacy};
}

} // namespace chairside::cli
