// slots, reschedule, roster: finding a free chair, moving an appointment to it, and the day at a glance.

#include "access/permission.h"
#include "command.h"
#include "common/error.h"
#include "context.h"
#include "export/rostercsv.h"
#include "scheduling/centertime.h"
#include "scheduling/rescheduleservice.h"
#include "scheduling/rosterservice.h"
#include "scheduling/slotservice.h"
#include "store/store.h"
#include "text/desktext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace chairside::cli {

namespace {

qint64 appointmentId(Context &ctx)
{
    bool ok = false;
    const QString text = ctx.value(QStringLiteral("appointment"));
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok || id <= 0)
        throw Error::badData(QStringLiteral("appointment"),
            QStringLiteral("--appointment \"%1\" is not an appointment number.").arg(text));
    return id;
}

Appointment appointmentById(Context &ctx)
{
    const qint64 id = appointmentId(ctx);
    const auto appointment = ctx.store().appointment(id);
    if (!appointment)
        throw Error(Error::Kind::NotFound, QStringLiteral("There is no appointment number %1.").arg(id),
            QStringLiteral("appointment"));
    return *appointment;
}

Center centerById(Context &ctx, qint64 id)
{
    const auto center = ctx.store().center(id);
    if (!center)
        throw Error(Error::Kind::NotFound, QStringLiteral("There is no center number %1.").arg(id),
            QStringLiteral("center"));
    return *center;
}

/// "chair 7", or a suite's own label.
QString chairName(const Chair &chair)
{
    return DeskText::chairPhrase(chair);
}

QString isoLocal(const Center &center, const QDateTime &utc)
{
    return CenterTime::toLocal(center, utc).toString(Qt::ISODate);
}

QString hhmm(const Center &center, const QDateTime &utc)
{
    return CenterTime::toLocal(center, utc).toString(QStringLiteral("HH:mm"));
}

QString minuteText(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

int listSlots(Context &ctx)
{
    ctx.requireUser(Permission::ViewSchedule);
    Store &store = ctx.store();
    const bool byAppointment = ctx.has(QStringLiteral("appointment"));
    const bool byPatient = ctx.has(QStringLiteral("mrn")) || ctx.has(QStringLiteral("therapy"));
    if (byAppointment == byPatient)
        throw UsageError(
            QStringLiteral("slots needs either --appointment ID or --mrn M --therapy T; see slots --help."));
    if (byAppointment && ctx.has(QStringLiteral("center")))
        throw UsageError(
            QStringLiteral("slots --appointment takes the appointment's own center; leave out --center."));
    const int count = ctx.intValue(QStringLiteral("count"), 10, 1, 100);

    SlotService service(store, ctx.clock());
    Center center;
    QList<Slot> found;
    BookingWindow window;
    const auto notBefore = [&](const Center &c) {
        const auto from = ctx.optionalDate(QStringLiteral("from"));
        return from ? CenterTime::dayStartUtc(c, *from) : QDateTime();
    };
    if (byAppointment) {
        const Appointment appointment = appointmentById(ctx);
        center = centerById(ctx, appointment.centerId);
        found = service.forAppointment(appointment.id, count, notBefore(center));
        if (found.isEmpty())
            window = service.window(center, appointment.patientId, appointment.therapyId, false);
    } else {
        const QString mrn = ctx.value(QStringLiteral("mrn")).trimmed();
        const auto patient = store.patientByMrn(mrn);
        if (!patient)
            throw Error(Error::Kind::NotFound, QStringLiteral("No patient has MRN %1.").arg(mrn),
                QStringLiteral("mrn"));
        const QString therapyName = ctx.value(QStringLiteral("therapy")).trimmed();
        const auto therapy = store.therapyByName(therapyName);
        if (!therapy)
            throw Error(Error::Kind::NotFound,
                QStringLiteral("There is no therapy called \"%1\".").arg(therapyName),
                QStringLiteral("therapy"));
        center = ctx.center();
        found = service.forPatient(patient->id, therapy->id, center.id, count, notBefore(center));
        if (found.isEmpty())
            window = service.window(center, patient->id, therapy->id, true);
    }

    QHash<qint64, Chair> chairs;
    for (const Chair &chair : store.chairs(center.id, false))
        chairs.insert(chair.id, chair);

    QJsonArray list;
    QStringList lines;
    for (const Slot &slot : found) {
        list << QJsonObject {{QStringLiteral("start"), isoLocal(center, slot.startUtc)},
            {QStringLiteral("chair"), slot.chairLabel}, {QStringLiteral("earliest"), slot.earliest}};
        const Chair chair = chairs.value(slot.chairId, Chair {slot.chairId, center.id, slot.chairLabel});
        lines << QStringLiteral("%1  %2-%3  %4")
                     .arg(CenterTime::toLocal(center, slot.startUtc)
                              .toString(QStringLiteral("ddd d MMM yyyy")),
                         hhmm(center, slot.startUtc), hhmm(center, slot.endUtc()), chairName(chair))
                + (slot.earliest && !(slot == found.first()) ? QStringLiteral("  (earliest)") : QString());
    }
    if (found.isEmpty()) {
        lines << (window.isOpen()
                ? QStringLiteral("No chair at %1 is free for this infusion before the order or the "
                                 "authorization lapses.")
                      .arg(center.name)
                : QStringLiteral("No slot can be offered: %1").arg(window.closedReason));
    }
    ctx.print(QJsonObject {{QStringLiteral("slots"), list}}, lines.join(QLatin1Char('\n')));
    return 0;
}

int reschedule(Context &ctx)
{
    const User user = ctx.requireUser(Permission::Book);
    Store &store = ctx.store();
    const Appointment old = appointmentById(ctx);
    const Center center = centerById(ctx, old.centerId);

    RescheduleRequest request;
    request.appointmentId = old.id;
    request.startUtc = ctx.instantValue(QStringLiteral("to"), center);
    request.reason = ctx.valueOr(QStringLiteral("reason"), {});
    if (ctx.has(QStringLiteral("chair"))) {
        const QString label = ctx.value(QStringLiteral("chair")).trimmed();
        const auto chair = store.chairByLabel(center.id, label);
        if (!chair)
            throw Error(Error::Kind::NotFound,
                QStringLiteral("%1 has no chair labelled \"%2\".").arg(center.name, label),
                QStringLiteral("chair"));
        request.chairId = chair->id;
    }

    const Appointment moved = RescheduleService(store, ctx.clock()).reschedule(user, request);
    const auto chair = store.chair(moved.chairId);
    ctx.print(QJsonObject {{QStringLiteral("appointment"),
                  QJsonObject {{QStringLiteral("id"), moved.id},
                      {QStringLiteral("start"), isoLocal(center, moved.startUtc)},
                      {QStringLiteral("chair"), chair ? chair->label : QString()},
                      {QStringLiteral("replaces"), old.id}}}},
        QString::number(moved.id));
    if (!ctx.json) {
        ctx.err << QStringLiteral("Moved appointment %1 to %2 at %3, %4; it is now appointment %5.\n")
                       .arg(QString::number(old.id),
                           CenterTime::toLocal(center, moved.startUtc)
                               .toString(QStringLiteral("dddd d MMMM yyyy")),
                           hhmm(center, moved.startUtc), chair ? chairName(*chair) : QString(),
                           QString::number(moved.id));
    }
    return 0;
}

QString prepText(PrepState prep)
{
    switch (prep) {
    case PrepState::Ready:
        return QStringLiteral("dose ready");
    case PrepState::NotReady:
        return QStringLiteral("dose not ready");
    case PrepState::Wasted:
        return QStringLiteral("dose wasted");
    case PrepState::NotNeeded:
        return QStringLiteral("no dose to prepare");
    }
    return {};
}

QJsonObject rosterJson(const Roster &roster, const Center &center)
{
    QJsonArray hours;
    for (const OpenSpan &span : roster.hours)
        hours << QString(minuteText(span.opensMinute) + QLatin1Char('-') + minuteText(span.closesMinute));
    QJsonArray chairs;
    for (const RosterChair &row : roster.chairs) {
        QJsonArray appointments;
        for (const RosterEntry &e : row.entries) {
            appointments << QJsonObject {{QStringLiteral("id"), e.appointmentId},
                {QStringLiteral("patient_id"), e.patientId}, {QStringLiteral("patient"), e.patientName},
                {QStringLiteral("therapy"), e.therapyName},
                {QStringLiteral("start"), isoLocal(center, e.startUtc)},
                {QStringLiteral("end"), isoLocal(center, e.endUtc)}, {QStringLiteral("minutes"), e.minutes},
                {QStringLiteral("status"), statusCode(e.status)},
                {QStringLiteral("prep"), prepStateCode(e.prep)}, {QStringLiteral("chair"), e.chairLabel},
                {QStringLiteral("rescheduled"), e.rescheduled}};
        }
        chairs << QJsonObject {{QStringLiteral("label"), row.chair.label},
            {QStringLiteral("kind"), Chair::kindName(row.chair.kind)},
            {QStringLiteral("active"), row.chair.active}, {QStringLiteral("appointments"), appointments}};
    }
    const RosterCounts &c = roster.counts;
    return QJsonObject {{QStringLiteral("center"), roster.centerName},
        {QStringLiteral("date"), roster.date.toString(Qt::ISODate)}, {QStringLiteral("hours"), hours},
        {QStringLiteral("chairs"), chairs},
        {QStringLiteral("counts"),
            QJsonObject {{QStringLiteral("booked"), c.booked}, {QStringLiteral("arrived"), c.arrived},
                {QStringLiteral("checked_in"), c.checkedIn}, {QStringLiteral("in_chair"), c.inChair},
                {QStringLiteral("done"), c.done}, {QStringLiteral("noshow"), c.noShow},
                {QStringLiteral("rescheduled"), c.rescheduled}, {QStringLiteral("cancelled"), c.cancelled}}},
        {QStringLiteral("utilization"), roster.utilization},
        {QStringLiteral("held_minutes"), roster.heldMinutes},
        {QStringLiteral("capacity_minutes"), roster.capacityMinutes}};
}

QString rosterText(const Roster &roster, const Center &center)
{
    QStringList hours;
    for (const OpenSpan &span : roster.hours)
        hours << minuteText(span.opensMinute) + QLatin1Char('-') + minuteText(span.closesMinute);
    QString text = QStringLiteral("%1, %2 (%3)\n")
                       .arg(roster.centerName, roster.date.toString(QStringLiteral("dddd d MMMM yyyy")),
                           hours.isEmpty() ? QStringLiteral("closed") : hours.join(QStringLiteral(", ")));
    for (const RosterChair &row : roster.chairs) {
        QString heading = chairName(row.chair);
        heading[0] = heading[0].toUpper();
        text += QLatin1Char('\n') + heading
            + (row.chair.active ? QString() : QStringLiteral(" (out of service)")) + QLatin1Char('\n');
        if (row.entries.isEmpty())
            text += QStringLiteral("  free all day\n");
        for (const RosterEntry &e : row.entries) {
            const QString status
                = statusLabel(e.status) + (e.rescheduled ? QStringLiteral(" (moved)") : QString());
            text += QStringLiteral("  %1-%2  %3  %4  %5  %6  #%7\n")
                        .arg(hhmm(center, e.startUtc), hhmm(center, e.endUtc),
                            e.patientName.leftJustified(24), e.therapyName.leftJustified(16),
                            status.leftJustified(18), prepText(e.prep).leftJustified(18))
                        .arg(e.appointmentId);
        }
    }
    const RosterCounts &c = roster.counts;
    text += QStringLiteral(
        "\nBooked %1, arrived %2, checked in and waiting %3, in chair %4, done %5, no-show %6, "
        "rescheduled %7, cancelled %8. Chairs %9% full.\n")
                .arg(c.booked)
                .arg(c.arrived)
                .arg(c.checkedIn)
                .arg(c.inChair)
                .arg(c.done)
                .arg(c.noShow)
                .arg(c.rescheduled)
                .arg(c.cancelled)
                .arg(qRound(roster.utilization * 100));
    return text;
}

int roster(Context &ctx)
{
    ctx.requireUser(Permission::ViewSchedule);
    const Center center = ctx.center();
    const QDate date = ctx.has(QStringLiteral("date")) ? ctx.dateValue(QStringLiteral("date"))
                                                       : CenterTime::localDate(center, ctx.nowUtc());
    const Roster day = RosterService(ctx.store()).build(center, date);
    if (ctx.has(QStringLiteral("csv"))) {
        if (ctx.json)
            throw UsageError(QStringLiteral("roster takes --csv or --json, not both."));
        ctx.out << RosterCsv::write(day, center);
        ctx.out.flush();
        return 0;
    }
    ctx.print(rosterJson(day, center), rosterText(day, center));
    return 0;
}

} // namespace

void addRosterCommands(QList<Command> &commands)
{
    commands << Command {{QStringLiteral("slots")},
        QStringLiteral("List free slots for a patient's infusion."),
        {{QStringLiteral("appointment"), QStringLiteral("ID"),
             QStringLiteral("slots to move this appointment to")},
            {QStringLiteral("mrn"), QStringLiteral("M"),
                QStringLiteral("the patient's MRN (with --therapy)")},
            {QStringLiteral("therapy"), QStringLiteral("T"),
                QStringLiteral("therapy name or brand (with --mrn)")},
            {QStringLiteral("center"), QStringLiteral("C"),
                QStringLiteral("the center (default: the only one)")},
            {QStringLiteral("count"), QStringLiteral("N"), QStringLiteral("how many slots (default 10)")},
            {QStringLiteral("from"), QStringLiteral("DATE"), QStringLiteral("no slot before this day")}},
        {},
        QStringLiteral(
            "Give --appointment ID, or --mrn M --therapy T. Slots start on the center's grid, inside its "
            "opening hours (the infusion ends by closing), on a chair free for the whole infusion, no "
            "sooner than the pharmacy's lead time and not after the order or the authorization lapses; for "
            "--mrn, not before the therapy's dosing interval since the last dose, less a week, and never "
            "where the nurses on shift could not take it (center capacity). Ordered as the center's policy "
            "says: "
            "earliest first (the default), or the slots of the first three days with one that level the day "
            "best, the earliest slot marked. With --json: {\"slots\": [{\"start\": ..., \"chair\": ..., "
            "\"earliest\": true|false}]}, start on the center's clock."),
        listSlots};

    commands << Command {{QStringLiteral("reschedule")},
        QStringLiteral("Move an appointment; prints the new appointment's id."),
        {{QStringLiteral("appointment"), QStringLiteral("ID"), QStringLiteral("the appointment to move"),
             true},
            {QStringLiteral("to"), QStringLiteral("TIME"),
                QStringLiteral("the new start, e.g. 2026-12-04T10:00 on the center's clock"), true},
            {QStringLiteral("chair"), QStringLiteral("L"),
                QStringLiteral("a chair label (default: the first free chair)")},
            {QStringLiteral("reason"), QStringLiteral("TEXT"),
                QStringLiteral("kept in the old appointment's history")}},
        {},
        QStringLiteral(
            "Books the new time and cancels the old appointment, linked to the new one, in one step. Refuses "
            "a time inside the pharmacy's lead time or after the order or the authorization lapses, and an "
            "appointment already checked in, cancelled or moved. With --json: {\"appointment\": {\"id\", "
            "\"start\", \"chair\", \"replaces\"}}."),
        reschedule};

    commands << Command {{QStringLiteral("roster")},
        QStringLiteral("Show a day's chairs and their appointments."),
        {{QStringLiteral("date"), QStringLiteral("D"),
             QStringLiteral("the day (default: today on the center's clock)")},
            {QStringLiteral("center"), QStringLiteral("C"),
                QStringLiteral("the center (default: the only one)")},
            {QStringLiteral("csv"), {}, QStringLiteral("one CSV row per appointment, with a header row")}},
        {},
        QStringLiteral(
            "Every chair in label order with its appointments (patient, therapy, times, status, dose), then "
            "the counts and how full the chairs are. With --json: center, date, hours, chairs (each with its "
            "appointments), counts and utilization (0 to 1). With --csv (RFC 4180, CRLF line ends): date, "
            "chair, start, "
            "end, minutes, appointment, patient_id, patient, therapy, status, prep, rescheduled, times on "
            "the "
            "center's clock."),
        roster};
}

} // namespace chairside::cli
