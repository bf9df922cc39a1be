// book, prep: putting a patient in a chair's day and readying the dose.

#include "access/permission.h"
#include "command.h"
#include "common/error.h"
#include "context.h"
#include "pharmacy/doseservice.h"
#include "scheduling/bookingservice.h"
#include "scheduling/centertime.h"
#include "store/store.h"

#include <QJsonObject>

namespace chairside::cli {

namespace {

qint64 appointmentId(Context &ctx)
{
    bool ok = false;
    const QString text = ctx.value(QStringLiteral("appointment"));
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok)
        throw Error::badData(QStringLiteral("appointment"),
            QStringLiteral("--appointment \"%1\" is not an appointment number.").arg(text));
    return id;
}

int book(Context &ctx)
{
    const User user = ctx.requireUser(Permission::Book);
    Store &store = ctx.store();
    const Center center = ctx.center();
    const QString mrn = ctx.value(QStringLiteral("mrn")).trimmed();
    const auto patient = store.patientByMrn(mrn);
    if (!patient)
        throw Error(
            Error::Kind::NotFound, QStringLiteral("No patient has MRN %1.").arg(mrn), QStringLiteral("mrn"));
    const QString therapyName = ctx.value(QStringLiteral("therapy")).trimmed();
    const auto therapy = store.therapyByName(therapyName);
    if (!therapy)
        throw Error(Error::Kind::NotFound,
            QStringLiteral("There is no therapy called \"%1\".").arg(therapyName), QStringLiteral("therapy"));

    BookingRequest request;
    request.patientId = patient->id;
    request.therapyId = therapy->id;
    request.centerId = center.id;
    request.startUtc = ctx.instantValue(QStringLiteral("start"), center);
    request.minutes = ctx.intValue(QStringLiteral("minutes"), 0, 1, 720);
    request.user = user.name;
    if (ctx.has(QStringLiteral("chair"))) {
        const QString label = ctx.value(QStringLiteral("chair"));
        const auto chair = store.chairByLabel(center.id, label);
        if (!chair)
            throw Error(Error::Kind::NotFound,
                QStringLiteral("%1 has no chair labelled \"%2\".").arg(center.name, label),
                QStringLiteral("chair"));
        request.chairId = chair->id;
    }

    BookingService booking(store, ctx.clock());
    const auto nurses = booking.nurseProblem(
        center, request.startUtc, request.minutes > 0 ? request.minutes : therapy->defaultMinutes);
    const Appointment appointment = booking.book(request);
    if (nurses)
        ctx.note(QStringLiteral("Booked beyond what the nurses can take: %1.").arg(nurses->describe()));
    const auto chair = store.chair(appointment.chairId);
    const QString start = CenterTime::toLocal(center, appointment.startUtc).toString(Qt::ISODate);
    QJsonObject document {{QStringLiteral("appointment"),
        QJsonObject {{QStringLiteral("id"), appointment.id}, {QStringLiteral("start"), start},
            {QStringLiteral("chair"), chair ? chair->label : QString()},
            {QStringLiteral("minutes"), appointment.minutes}, {QStringLiteral("therapy"), therapy->name},
            {QStringLiteral("status"), statusCode(appointment.status)}}}};
    if (nurses) {
        // What the nurses could not take, for a script to act on without reading the note's words.
        document.insert(QStringLiteral("nurse_warning"),
            QJsonObject {{QStringLiteral("limit"),
                             nurses->limit == NurseProblem::Limit::Starts ? QStringLiteral("starts")
                                                                          : QStringLiteral("patients")},
                {QStringLiteral("at"),
                    QStringLiteral("%1:%2")
                        .arg(nurses->stepMinute / 60, 2, 10, QLatin1Char('0'))
                        .arg(nurses->stepMinute % 60, 2, 10, QLatin1Char('0'))},
                {QStringLiteral("count"), nurses->count}, {QStringLiteral("capacity"), nurses->capacity},
                {QStringLiteral("message"), nurses->describe()}});
    }
    ctx.print(document, QString::number(appointment.id));
    if (!ctx.json) {
        ctx.err
            << QStringLiteral("Booked %1 for %2 on %3 at %4, chair %5.\n")
                   .arg(patient->displayName(), therapy->displayName(),
                       CenterTime::toLocal(center, appointment.startUtc)
                           .toString(QStringLiteral("dddd d MMMM yyyy")),
                       CenterTime::toLocal(center, appointment.startUtc).toString(QStringLiteral("HH:mm")),
                       chair ? chair->label : QString());
    }
    return 0;
}

int prep(Context &ctx)
{
    const User user = ctx.requireUser(Permission::PrepareDose);
    const qint64 id = appointmentId(ctx);
    const PrepState state = DoseService::stateNamed(ctx.value(QStringLiteral("state")));
    const Appointment appointment = DoseService(ctx.store(), ctx.clock())
                                        .record(user, id, state, ctx.valueOr(QStringLiteral("reason"), {}));
    QJsonObject json {
        {QStringLiteral("id"), appointment.id}, {QStringLiteral("prep"), prepStateCode(appointment.prep)}};
    if (appointment.prep == PrepState::Wasted)
        json.insert(QStringLiteral("wasted_reason"), appointment.wastedReason);
    ctx.print(QJsonObject {{QStringLiteral("appointment"), json}},
        QStringLiteral("Dose for appointment %1 is %2 (recorded by %3)%4.")
            .arg(appointment.id)
            .arg(prepStateCode(appointment.prep), user.name,
                appointment.prep == PrepState::Wasted ? QStringLiteral(": ") + appointment.wastedReason
                                                      : QString()));
    return 0;
}

} // namespace

void addScheduleCommands(QList<Command> &commands)
{
    commands << Command {{QStringLiteral("book")},
        QStringLiteral("Book an infusion; prints the appointment id."),
        {{QStringLiteral("mrn"), QStringLiteral("M"), QStringLiteral("the patient's MRN"), true},
            {QStringLiteral("therapy"), QStringLiteral("T"), QStringLiteral("therapy name or brand"), true},
            {QStringLiteral("center"), QStringLiteral("C"),
                QStringLiteral("the center (default: the only one)")},
            {QStringLiteral("start"), QStringLiteral("TIME"),
                QStringLiteral("e.g. 2026-12-02T10:00 on the center's clock"), true},
            {QStringLiteral("chair"), QStringLiteral("L"),
                QStringLiteral("a chair label (default: the first free chair)")},
            {QStringLiteral("minutes"), QStringLiteral("M"),
                QStringLiteral("length, if not the therapy's usual")}},
        {},
        QStringLiteral(
            "Refuses a chair taken for any minute of the infusion, hours the center is closed (the infusion "
            "must end by closing), a time already past, and a patient already booked then. Books, with a "
            "note (on "
            "stderr, and in \"notes\" with --json), a time where the nurses on shift could not start one "
            "more "
            "infusion in its 15 minutes or take one more patient (center capacity); with --json it is also "
            "in "
            "\"nurse_warning\": {\"limit\" (starts or patients), \"at\" (HH:MM, the first step beyond), "
            "\"count\", \"capacity\", \"message\"}."),
        book};

    commands << Command {{QStringLiteral("prep")},
        QStringLiteral("Record the pharmacy's preparation of a dose."),
        {{QStringLiteral("appointment"), QStringLiteral("ID"), QStringLiteral("the appointment"), true},
            {QStringLiteral("state"), QStringLiteral("S"), QStringLiteral("ready, not-ready or wasted"),
                true},
            {QStringLiteral("reason"), QStringLiteral("TEXT"),
                QStringLiteral("why the dose was wasted (needed with --state wasted)")}},
        {},
        QStringLiteral(
            "A dose marked ready is usable for the therapy's beyond-use hours from now. A wasted dose needs "
            "--reason; the dose made for a cancelled, moved or missed appointment can be marked wasted, "
            "nothing "
            "else. Nurses and admins. With --json: {\"appointment\": {\"id\", \"prep\"}}, and "
            "\"wasted_reason\" for a wasted dose."),
        prep};
}

} // namespace chairside::cli
