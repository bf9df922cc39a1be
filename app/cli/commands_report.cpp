// report: the manager's reports of a center over some days (core/reports), for nurses and admins.

#include "alignedtext.h"
#include "command.h"
#include "commandline.h"
#include "context.h"
#include "reports/noshowreport.h"
#include "reports/reportservice.h"
#include "reports/reschedulereport.h"
#include "reports/startsreport.h"
#include "reports/utilizationreport.h"
#include "reports/waitreport.h"
#include "reports/walkinreport.h"
#include "scheduling/centertime.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>

namespace chairside::cli {

namespace {

QString clockText(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

QJsonValue localValue(const Center &center, const QDateTime &utc)
{
    return utc.isValid() ? QJsonValue(CenterTime::toLocal(center, utc).toString(Qt::ISODate)) : QJsonValue();
}

double rounded(double value, int decimals)
{
    const double scale = decimals == 1 ? 10.0 : 1000.0;
    return std::round(value * scale) / scale;
}

QJsonObject noShowRowJson(const NoShowReport::Row &row)
{
    return QJsonObject {{QStringLiteral("therapy"), row.therapy},
        {QStringLiteral("appointments"), row.appointments}, {QStringLiteral("settled"), row.settled},
        {QStringLiteral("no_shows"), row.noShows},
        {QStringLiteral("no_show_rate"), rounded(row.noShowRate(), 3)},
        {QStringLiteral("late_cancellations"), row.lateCancellations},
        {QStringLiteral("wasted_doses"), row.wastedDoses},
        {QStringLiteral("wasted_cost_cents"), row.wastedCostCents},
        {QStringLiteral("fees_cents"), row.feesCents}};
}

QJsonObject rateJson(int settled, int noShows)
{
    return QJsonObject {{QStringLiteral("settled"), settled}, {QStringLiteral("no_shows"), noShows},
        {QStringLiteral("rate"), settled > 0 ? rounded(double(noShows) / settled, 3) : 0.0}};
}

QString percent(int part, int whole)
{
    return whole > 0 ? QStringLiteral("%1%").arg(100.0 * part / whole, 0, 'f', 1) : QStringLiteral("-");
}

/// Fills `json` and returns the lines said above the table.
QString noShows(const ReportRecords &records, QJsonObject &json, ReportTable &table)
{
    const NoShowReport report = NoShowReport::of(records);
    QJsonArray therapies;
    for (const NoShowReport::Row &row : report.therapies) {
        QJsonObject o = noShowRowJson(row);
        o.insert(QStringLiteral("therapy_id"), row.therapyId);
        therapies << o;
    }
    json.insert(QStringLiteral("late_cancel_hours"), report.lateCancelHours);
    json.insert(QStringLiteral("therapies"), therapies);
    json.insert(QStringLiteral("total"), noShowRowJson(report.total));
    json.insert(QStringLiteral("confirmation"),
        QJsonObject {
            {QStringLiteral("confirmed"), rateJson(report.confirmedSettled, report.confirmedNoShows)},
            {QStringLiteral("unconfirmed"), rateJson(report.unconfirmedSettled, report.unconfirmedNoShows)}});
    table = report.table();
    return QStringLiteral(
        "No-show rate: %1 of confirmed appointments (%2 of %3), %4 of unconfirmed (%5 of %6). "
        "Late cancellations: within %7 hours of the start.\n")
        .arg(percent(report.confirmedNoShows, report.confirmedSettled))
        .arg(report.confirmedNoShows)
        .arg(report.confirmedSettled)
        .arg(percent(report.unconfirmedNoShows, report.unconfirmedSettled))
        .arg(report.unconfirmedNoShows)
        .arg(report.unconfirmedSettled)
        .arg(report.lateCancelHours);
}

QJsonObject cellJson(const UtilizationReport::Cell &cell)
{
    return QJsonObject {{QStringLiteral("open_chair_minutes"), cell.openChairMinutes},
        {QStringLiteral("used_chair_minutes"), cell.usedChairMinutes},
        {QStringLiteral("share"), rounded(cell.share(), 3)}};
}

QString utilization(const ReportRecords &records, QJsonObject &json, ReportTable &table)
{
    const UtilizationReport report = UtilizationReport::of(records);
    QJsonArray cells;
    for (int weekday = 1; weekday <= 7; ++weekday) {
        for (int hour = 0; hour < 24; ++hour) {
            const UtilizationReport::Cell &c = report.cell(weekday, hour);
            if (!c.isOpen() && c.usedChairMinutes == 0)
                continue;
            QJsonObject o = cellJson(c);
            o.insert(QStringLiteral("weekday"), weekday);
            o.insert(QStringLiteral("day"), QString(weekdayName(weekday)));
            o.insert(QStringLiteral("hour"), hour);
            cells << o;
        }
    }
    json.insert(QStringLiteral("chairs"), records.chairs);
    json.insert(QStringLiteral("cells"), cells);
    json.insert(QStringLiteral("total"), cellJson(report.total));
    table = report.table();
    return QStringLiteral("%1 chairs; %2 of the open chair-minutes used.\n")
        .arg(records.chairs)
        .arg(report.total.isOpen() ? QStringLiteral("%1%").arg(100.0 * report.total.share(), 0, 'f', 1)
                                   : QStringLiteral("none"));
}

QJsonObject statsJson(const WaitReport::Stats &s)
{
    return QJsonObject {{QStringLiteral("count"), s.count},
        {QStringLiteral("mean_minutes"), rounded(s.meanMinutes, 1)},
        {QStringLiteral("median_minutes"), rounded(s.medianMinutes, 1)},
        {QStringLiteral("p90_minutes"), rounded(s.p90Minutes, 1)},
        {QStringLiteral("longest_minutes"), rounded(s.longestMinutes, 1)}};
}

QString waits(const ReportRecords &records, QJsonObject &json, ReportTable &table)
{
    const WaitReport report = WaitReport::of(records);
    QJsonArray days;
    for (const WaitReport::Day &day : report.days) {
        QJsonObject o = statsJson(day.stats);
        o.insert(QStringLiteral("date"), day.date.toString(Qt::ISODate));
        days << o;
    }
    json.insert(QStringLiteral("overall"), statsJson(report.overall));
    json.insert(QStringLiteral("days"), days);
    table = report.table();
    return QStringLiteral("From arrival (or check-in) to the infusion's start, %1 infusions.\n")
        .arg(report.overall.count);
}

QString starts(const ReportRecords &records, QJsonObject &json, ReportTable &table)
{
    const StartsReport report = StartsReport::of(records);
    QJsonArray steps;
    for (const StartsReport::Step &s : report.steps) {
        steps << QJsonObject {{QStringLiteral("time"), clockText(s.minute)}, {QStringLiteral("days"), s.days},
            {QStringLiteral("starts"), s.starts}, {QStringLiteral("mean_starts"), rounded(s.meanStarts(), 3)},
            {QStringLiteral("most_starts"), s.mostStarts},
            {QStringLiteral("least_capacity"), s.leastCapacity}, {QStringLiteral("days_over"), s.daysOver}};
    }
    QJsonArray days;
    for (const StartsReport::Day &d : report.days) {
        days << QJsonObject {{QStringLiteral("date"), d.date.toString(Qt::ISODate)},
            {QStringLiteral("starts"), d.starts}, {QStringLiteral("peak_starts"), d.peakStarts},
            {QStringLiteral("peak_time"), clockText(d.peakMinute)},
            {QStringLiteral("steps_over"), d.stepsOver}};
    }
    json.insert(QStringLiteral("step_minutes"), NursePolicy::kStepMinutes);
    json.insert(QStringLiteral("peak_starts"), report.peakStarts);
    json.insert(QStringLiteral("steps_over"), report.stepsOver);
    json.insert(QStringLiteral("steps"), steps);
    json.insert(QStringLiteral("days"), days);
    table = report.table();
    return QStringLiteral(
        "At most %1 infusions started in one 15-minute step; %2 steps had more than the nurses "
        "could start.\n")
        .arg(report.peakStarts)
        .arg(report.stepsOver);
}

QString walkIns(const ReportRecords &records, QJsonObject &json, ReportTable &table)
{
    const WalkInReport report = WalkInReport::of(records);
    QJsonArray rows;
    for (const WalkInRow &row : report.rows) {
        QJsonArray offered;
        for (const OfferedSlot &slot : row.walkIn.offered)
            offered << localValue(records.center, slot.startUtc);
        rows << QJsonObject {{QStringLiteral("id"), row.walkIn.id},
            {QStringLiteral("at"), localValue(records.center, row.walkIn.atUtc)},
            {QStringLiteral("mrn"), row.mrn}, {QStringLiteral("patient"), row.patientName},
            {QStringLiteral("user"), row.walkIn.user},
            {QStringLiteral("next_start"), localValue(records.center, row.nextStartUtc)},
            {QStringLiteral("offered"), offered},
            {QStringLiteral("booked_id"), row.bookedId != 0 ? QJsonValue(row.bookedId) : QJsonValue()},
            {QStringLiteral("booked_start"), localValue(records.center, row.bookedStartUtc)}};
    }
    json.insert(QStringLiteral("booked"), report.booked);
    json.insert(QStringLiteral("walk_ins"), rows);
    table = report.table(records.center);
    return QStringLiteral("%1 walk-ins turned away, %2 booked at the desk.\n")
        .arg(report.rows.size())
        .arg(report.booked);
}

QString reschedules(const ReportRecords &records, QJsonObject &json, ReportTable &table)
{
    const RescheduleReport report = RescheduleReport::of(records);
    QJsonArray reasons;
    for (const RescheduleReport::Reason &r : report.reasons) {
        reasons << QJsonObject {{QStringLiteral("code"), reasonCodeName(r.code)},
            {QStringLiteral("readiness"), r.readiness}, {QStringLiteral("appointments"), r.appointments},
            {QStringLiteral("moved"), r.moved}};
    }
    json.insert(QStringLiteral("appointments"), report.appointments);
    json.insert(QStringLiteral("readiness_appointments"), report.readinessAppointments);
    json.insert(QStringLiteral("moved"), report.moved);
    json.insert(QStringLiteral("reasons"), reasons);
    table = report.table();
    return QStringLiteral(
        "%1 appointments sent to be rescheduled at the desk, %2 for a readiness problem; %3 "
        "moved.\n")
        .arg(report.appointments)
        .arg(report.readinessAppointments)
        .arg(report.moved);
}

int report(Context &ctx)
{
    if (ctx.positional.size() != 1)
        throw UsageError(QStringLiteral("Name one report: no-shows, utilization, waits, starts, walk-ins or "
                                        "reschedules."));
    const std::optional<ReportKind> kind = reportKindFromName(ctx.positional.first());
    if (!kind) {
        throw UsageError(
            QStringLiteral("There is no report \"%1\"; name one of no-shows, utilization, waits, "
                           "starts, walk-ins or reschedules.")
                .arg(ctx.positional.first()));
    }
    const User user = ctx.actingUser(); // ReportService checks the role and audits a refusal
    const Center center = ctx.center();
    const QDate from = ctx.dateValue(QStringLiteral("from"));
    const QDate to = ctx.dateValue(QStringLiteral("to"));
    const ReportRecords records
        = ReportService(ctx.store(), ctx.clock()).load(user, *kind, center.id, from, to);

    QJsonObject json {{QStringLiteral("report"), reportKindName(*kind)},
        {QStringLiteral("center"),
            QJsonObject {{QStringLiteral("id"), center.id}, {QStringLiteral("name"), center.name}}},
        {QStringLiteral("from"), from.toString(Qt::ISODate)},
        {QStringLiteral("to"), to.toString(Qt::ISODate)}};
    ReportTable table;
    QString summary;
    switch (*kind) {
    case ReportKind::NoShows:
        summary = noShows(records, json, table);
        break;
    case ReportKind::Utilization:
        summary = utilization(records, json, table);
        break;
    case ReportKind::Waits:
        summary = waits(records, json, table);
        break;
    case ReportKind::Starts:
        summary = starts(records, json, table);
        break;
    case ReportKind::WalkIns:
        summary = walkIns(records, json, table);
        break;
    case ReportKind::Reschedules:
        summary = reschedules(records, json, table);
        break;
    }
    QList<QStringList> rows {table.header};
    rows << table.rows;
    ctx.print(json,
        QStringLiteral("%1, %2, %3 to %4.\n")
                .arg(
                    reportKindLabel(*kind), center.name, from.toString(Qt::ISODate), to.toString(Qt::ISODate))
            + summary + QLatin1Char('\n') + alignedText(rows));
    return ExitOk;
}

} // namespace

void addReportCommands(QList<Command> &commands)
{
    commands << Command {{QStringLiteral("report")},
        QStringLiteral("Show one of the manager's reports for a center over some days."),
        {{QStringLiteral("center"), QStringLiteral("C"),
             QStringLiteral("the center, by id or name (default: the first)")},
            {QStringLiteral("from"), QStringLiteral("DATE"), QStringLiteral("the first day"), true},
            {QStringLiteral("to"), QStringLiteral("DATE"),
                QStringLiteral("the last day, at most 367 days on"), true}},
        QStringLiteral("KIND"),
        QStringLiteral(
            "KIND is one of:\n"
            "  no-shows     no-shows and late cancellations by therapy, with the doses wasted, their cost "
            "(the "
            "therapy's drug cost, \"therapy set --drug-cost-cents\") and the fees recorded; and the no-show "
            "rate "
            "of confirmed and unconfirmed appointments. A late cancellation is one within the pharmacy's "
            "lead "
            "time of the start and not a move; a rate is no-shows over the appointments settled (the patient "
            "came or was marked a no-show).\n"
            "  utilization  the share of chair-minutes inside opening hours an infusion held, by weekday and "
            "hour.\n"
            "  waits        minutes from arrival (or check-in) to the infusion's start: mean, median, 90th "
            "percentile (nearest rank) and longest, overall and by day.\n"
            "  starts       infusion starts per 15-minute step against what the nurses on shift can start.\n"
            "  walk-ins     the patients turned away for having no appointment that day: when, who, their "
            "next "
            "booking, the slots offered and the booking made at the desk after, if any.\n"
            "  reschedules  the appointments the desk sent to be rescheduled, by reason code, readiness "
            "problems marked.\n"
            "Days are the center's local days, both ends included. Nurses and admins only (exit 4 for anyone "
            "else); exit 2 for an unknown KIND, 3 for an unknown center or a range that ends before it "
            "starts "
            "or is longer than 367 days. Each report is recorded in the audit trail (report-viewed).\n"
            "--json: {\"report\", \"center\": {\"id\", \"name\"}, \"from\", \"to\", ...} and, by KIND:\n"
            "  no-shows: \"late_cancel_hours\", \"therapies\": [{\"therapy_id\", \"therapy\", "
            "\"appointments\", "
            "\"settled\", \"no_shows\", \"no_show_rate\", \"late_cancellations\", \"wasted_doses\", "
            "\"wasted_cost_cents\", \"fees_cents\"}], \"total\" (the same but therapy_id), \"confirmation\": "
            "{\"confirmed\", \"unconfirmed\": {\"settled\", \"no_shows\", \"rate\"}}\n"
            "  utilization: \"chairs\", \"cells\": [{\"weekday\" (1 Monday), \"day\", \"hour\", "
            "\"open_chair_minutes\", \"used_chair_minutes\", \"share\"}], \"total\": {the same three}\n"
            "  waits: \"overall\": {\"count\", \"mean_minutes\", \"median_minutes\", \"p90_minutes\", "
            "\"longest_minutes\"}, \"days\": [{\"date\", the same}]\n"
            "  starts: \"step_minutes\", \"peak_starts\", \"steps_over\", \"steps\": [{\"time\", \"days\", "
            "\"starts\", \"mean_starts\", \"most_starts\", \"least_capacity\", \"days_over\"}], \"days\": "
            "[{\"date\", \"starts\", \"peak_starts\", \"peak_time\", \"steps_over\"}]\n"
            "  walk-ins: \"booked\", \"walk_ins\": [{\"id\", \"at\", \"mrn\", \"patient\", \"user\", "
            "\"next_start\", \"offered\": [start], \"booked_id\", \"booked_start\"}], times on the center's "
            "clock, null when none\n"
            "  reschedules: \"appointments\", \"readiness_appointments\", \"moved\", \"reasons\": "
            "[{\"code\", "
            "\"readiness\", \"appointments\", \"moved\"}]"),
        report};
}

} // namespace chairside::cli
