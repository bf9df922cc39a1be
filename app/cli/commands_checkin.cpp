// checkin, override, start, complete, noshow-sweep, history: the desk's answer and the day's path.

#include "access/permission.h"
#include "checkin/checkinservice.h"
#include "checkin/noshowsweep.h"
#include "command.h"
#include "commandline.h"
#include "common/error.h"
#include "context.h"
#include "scheduling/centertime.h"
#include "store/store.h"
#include "text/desktext.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace chairside::cli {

namespace {

/// Chair labels and center time zones by id, each read once per command.
class Names final
{
public:
    explicit Names(Store &store)
        : m_store(store)
    { }

    QString chairLabel(qint64 chairId) { return chairById(chairId).label; }

    static QString chairPhrase(const Chair &chair) { return DeskText::chairPhrase(chair); }
    QString chairPhrase(qint64 chairId) { return chairId == 0 ? QString() : chairPhrase(chairById(chairId)); }

    const Center &center(qint64 centerId)
    {
        if (!m_centers.contains(centerId)) {
            const auto center = m_store.center(centerId);
            if (!center)
                throw Error(Error::Kind::NotFound,
                    QStringLiteral("There is no center number %1.").arg(centerId), QStringLiteral("center"));
            m_centers.insert(centerId, *center);
        }
        return m_centers[centerId];
    }

    /// The center's local ISO 8601 with its offset, e.g. 2026-12-02T10:00:00-05:00.
    QString localIso(qint64 centerId, const QDateTime &utc)
    {
        return utc.isValid() ? CenterTime::toLocal(center(centerId), utc).toString(Qt::ISODate) : QString();
    }

    QString localText(qint64 centerId, const QDateTime &utc)
    {
        return CenterTime::toLocal(center(centerId), utc).toString(QStringLiteral("ddd d MMM yyyy HH:mm"));
    }

private:
    Chair chairById(qint64 chairId)
    {
        if (chairId == 0)
            return {};
        if (!m_chairs.contains(chairId))
            m_chairs.insert(chairId, m_store.chair(chairId).value_or(Chair {}));
        return m_chairs.value(chairId);
    }

    Store &m_store;
    QHash<qint64, Chair> m_chairs;
    QHash<qint64, Center> m_centers;
};

qint64 appointmentId(Context &ctx)
{
    const QString text = ctx.value(QStringLiteral("appointment")).trimmed();
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        throw Error::badData(QStringLiteral("appointment"),
            QStringLiteral("--appointment \"%1\" is not an appointment number.").arg(text));
    return id;
}

QJsonValue appointmentJson(
    Names &names, const std::optional<Appointment> &a, const std::optional<Chair> &chair = {})
{
    if (!a)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject {{QStringLiteral("id"), a->id},
        {QStringLiteral("start"), names.localIso(a->centerId, a->startUtc)},
        {QStringLiteral("chair"), chair ? chair->label : names.chairLabel(a->chairId)},
        {QStringLiteral("status"), statusCode(a->status)}, {QStringLiteral("minutes"), a->minutes},
        {QStringLiteral("center"), names.center(a->centerId).name}};
}

QJsonObject decisionJson(Names &names, const Decision &d, qint64 centerId)
{
    QJsonArray reasons;
    for (const Reason &r : d.reasons) {
        QJsonObject reason {
            {QStringLiteral("code"), reasonCodeName(r.code)}, {QStringLiteral("message"), r.message}};
        if (r.overridden)
            reason.insert(QStringLiteral("overridden"), true);
        reasons << reason;
    }
    QJsonArray offered;
    for (const Slot &s : d.freeSlots) {
        offered << QJsonObject {{QStringLiteral("start"), names.localIso(centerId, s.startUtc)},
            {QStringLiteral("chair"), s.chairLabel}};
    }
    QJsonArray readiness;
    for (const ReadinessLine &line : d.readiness) {
        readiness << QJsonObject {{QStringLiteral("item"), ReadinessLine::itemName(line.item)},
            {QStringLiteral("ok"), line.ok}, {QStringLiteral("text"), line.text}};
    }
    QJsonValue patient(QJsonValue::Null);
    if (d.patient) {
        patient = QJsonObject {{QStringLiteral("id"), d.patient->id}, {QStringLiteral("mrn"), d.patient->mrn},
            {QStringLiteral("name"), d.patient->displayName()}};
    }
    return QJsonObject {{QStringLiteral("outcome"), outcomeCode(d.outcome)},
        {QStringLiteral("reasons"), reasons},
        {QStringLiteral("appointment"),
            appointmentJson(
                names, d.appointment, d.outcome == Outcome::Admit ? d.chair : std::optional<Chair>())},
        {QStringLiteral("next_appointment"), appointmentJson(names, d.nextAppointment)},
        {QStringLiteral("slots"), offered}, {QStringLiteral("identifiers"), d.identifiers},
        {QStringLiteral("patient"), patient},
        {QStringLiteral("chair"), d.chair ? QJsonValue(d.chair->label) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("readiness"), readiness}};
}

QString headline(const Decision &d)
{
    switch (d.outcome) {
    case Outcome::Admit:
        return d.chair ? QStringLiteral("ADMIT to ") + Names::chairPhrase(*d.chair) : QStringLiteral("ADMIT");
    case Outcome::Wait:
        return QStringLiteral("WAIT");
    case Outcome::Reschedule:
        return QStringLiteral("RESCHEDULE");
    case Outcome::Unidentified:
        return QStringLiteral("NOT IDENTIFIED");
    }
    return {};
}

QString decisionText(Names &names, const Decision &d, qint64 centerId)
{
    QString text = headline(d) + QLatin1Char('\n');
    for (const Reason &r : d.reasons) {
        text += QStringLiteral("  %1%2\n    %3\n")
                    .arg(reasonCodeName(r.code), r.overridden ? QStringLiteral(" (overridden)") : QString(),
                        r.message);
    }
    if (d.patient) {
        text += QStringLiteral("Patient: %1, MRN %2 (identified by %3)\n")
                    .arg(d.patient->displayName(), d.patient->mrn, d.identifiers);
    }
    if (d.appointment) {
        const Appointment &a = *d.appointment;
        text += QStringLiteral("Appointment %1: %2, %3 minutes, %4, %5\n")
                    .arg(a.id)
                    .arg(names.localText(a.centerId, a.startUtc))
                    .arg(a.minutes)
                    .arg(names.chairPhrase(a.chairId), statusLabel(a.status).toLower());
    }
    if (!d.readiness.isEmpty()) {
        text += QStringLiteral("Readiness:\n");
        for (const ReadinessLine &line : d.readiness) {
            text += QStringLiteral("  [%1] %2: %3\n")
                        .arg(line.ok ? QStringLiteral("ok") : QStringLiteral("!!"),
                            ReadinessLine::itemName(line.item), line.text);
        }
    }
    if (d.nextAppointment) {
        const Appointment &n = *d.nextAppointment;
        text += QStringLiteral("Next appointment %1: %2 at %3, %4\n")
                    .arg(n.id)
                    .arg(names.localText(n.centerId, n.startUtc), names.center(n.centerId).name,
                        names.chairPhrase(n.chairId));
    }
    if (!d.freeSlots.isEmpty()) {
        text += QStringLiteral("Free slots:\n");
        for (const Slot &s : d.freeSlots)
            text += QStringLiteral("  %1  %2\n")
                        .arg(names.localText(centerId, s.startUtc), names.chairPhrase(s.chairId));
    }
    return text;
}

int checkin(Context &ctx)
{
    const bool dryRun = ctx.has(QStringLiteral("dry-run"));
    if (ctx.has(QStringLiteral("mrn")) == ctx.has(QStringLiteral("name")))
        throw UsageError(
            QStringLiteral("checkin needs either --mrn or --name (\"Last, First\"), with --dob."));
    const Center center = ctx.center();
    CheckInRequest request;
    request.centerId = center.id;
    request.dateOfBirth = ctx.dateValue(QStringLiteral("dob"));
    if (ctx.has(QStringLiteral("mrn")))
        request.mrn = ctx.value(QStringLiteral("mrn")).trimmed();
    else
        request.setFullName(ctx.value(QStringLiteral("name")));

    Store &store = ctx.store();
    CheckInService service(store, ctx.clock());
    const int count = ctx.intValue(QStringLiteral("count"), CheckInService::kDefaultSlots, 0, 50);
    Decision decision;
    if (dryRun) {
        ctx.requireUser(Permission::ViewSchedule);
        decision = service.evaluate(request, count);
    } else {
        decision = service.checkIn(request, ctx.actingUser(), count);
    }
    Names names(store);
    QJsonObject json = decisionJson(names, decision, center.id);
    json.insert(QStringLiteral("dry_run"), dryRun);
    QString text = decisionText(names, decision, center.id);
    if (dryRun)
        text += QStringLiteral("(dry run: nothing was recorded)\n");
    ctx.print(json, text);
    return ExitOk;
}

int overrideCommand(Context &ctx)
{
    QList<ReasonCode> codes;
    for (const QString &text : ctx.valueList(QStringLiteral("code"))) {
        const auto code = reasonCodeFromName(text);
        if (!code) {
            throw Error::badData(QStringLiteral("code"),
                QStringLiteral(
                    "--code \"%1\" is not a reason code; use LATE_BEYOND_GRACE or ELIGIBILITY_STALE "
                    "(or, with --break-glass, an AUTH_ code).")
                    .arg(text));
        }
        codes << *code;
    }
    const User user = ctx.actingUser();
    Store &store = ctx.store();
    CheckInService service(store, ctx.clock());
    const QString reason = ctx.value(QStringLiteral("reason"));
    const Decision decision = ctx.has(QStringLiteral("break-glass"))
        ? service.breakGlass(appointmentId(ctx), codes, reason, user)
        : service.override(appointmentId(ctx), codes, reason, user);
    Names names(store);
    const qint64 centerId = decision.appointment ? decision.appointment->centerId : ctx.center().id;
    ctx.print(decisionJson(names, decision, centerId), decisionText(names, decision, centerId));
    return ExitOk;
}

int step(Context &ctx, bool starting)
{
    const User user = ctx.actingUser();
    Store &store = ctx.store();
    CheckInService service(store, ctx.clock());
    const qint64 id = appointmentId(ctx);
    const Appointment a = starting ? service.start(id, user) : service.complete(id, user);
    Names names(store);
    ctx.print(QJsonObject {{QStringLiteral("appointment"), appointmentJson(names, a)}},
        QStringLiteral("Appointment %1 is %2 (%3, by %4 at %5).")
            .arg(a.id)
            .arg(statusLabel(a.status).toLower(), names.chairPhrase(a.chairId), user.name,
                CenterTime::toLocal(names.center(a.centerId), ctx.nowUtc())
                    .toString(QStringLiteral("HH:mm"))));
    return ExitOk;
}

int startCommand(Context &ctx)
{
    return step(ctx, true);
}

int completeCommand(Context &ctx)
{
    return step(ctx, false);
}

int noShowSweep(Context &ctx)
{
    const User user = ctx.actingUser();
    Store &store = ctx.store();
    const qint64 centerId = ctx.has(QStringLiteral("center")) ? ctx.center().id : 0;
    NoShowSweep sweep(store, ctx.clock());
    const NoShowReport report = sweep.run(user, centerId);

    Names names(store);
    QJsonArray list;
    QString text = report.noShows.isEmpty()
        ? QStringLiteral("No appointments to mark as no-show.")
        : QStringLiteral("Marked %1 as no-show:")
              .arg(report.noShows.size() == 1 ? QStringLiteral("1 appointment")
                                              : QStringLiteral("%1 appointments").arg(report.noShows.size()));
    for (const NoShow &n : report.noShows) {
        const auto patient = store.patient(n.patientId);
        const QString who = patient ? patient->displayName() : QString();
        list << QJsonObject {{QStringLiteral("appointment"), n.appointmentId},
            {QStringLiteral("patient_id"), n.patientId}, {QStringLiteral("patient"), who},
            {QStringLiteral("start"), names.localIso(n.centerId, n.startUtc)},
            {QStringLiteral("fee_cents"), n.feeCents}, {QStringLiteral("dose_wasted"), n.doseWasted}};
        text += QStringLiteral("\n  appointment %1, %2, %3: fee %4%5")
                    .arg(n.appointmentId)
                    .arg(names.localText(n.centerId, n.startUtc), who,
                        QStringLiteral("$%1.%2")
                            .arg(n.feeCents / 100)
                            .arg(n.feeCents % 100, 2, 10, QLatin1Char('0')),
                        n.doseWasted ? QStringLiteral(", prepared dose wasted") : QString());
    }
    ctx.print(QJsonObject {{QStringLiteral("noshows"), list},
                  {QStringLiteral("count"), qint64(report.noShows.size())}},
        text);
    return ExitOk;
}

int history(Context &ctx)
{
    const User user = ctx.actingUser();
    Store &store = ctx.store();
    CheckInService service(store, ctx.clock());
    const CheckInHistory h = service.history(appointmentId(ctx), user);
    Names names(store);
    const qint64 centerId = h.appointment.centerId;

    QJsonArray changes;
    QString text
        = QStringLiteral("Appointment %1: %2, %3, now %4\n")
              .arg(h.appointment.id)
              .arg(names.localText(centerId, h.appointment.startUtc),
                  names.chairPhrase(h.appointment.chairId), statusLabel(h.appointment.status).toLower());
    text += QStringLiteral("Status:\n");
    for (const StatusChange &c : h.statusChanges) {
        const QString from = c.from ? statusCode(*c.from) : QString();
        changes << QJsonObject {{QStringLiteral("at"), names.localIso(centerId, c.atUtc)},
            {QStringLiteral("user"), c.user},
            {QStringLiteral("from"), c.from ? QJsonValue(from) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("to"), statusCode(c.to)}, {QStringLiteral("reason"), c.reason}};
        text += QStringLiteral("  %1  %2  %3 -> %4%5\n")
                    .arg(names.localText(centerId, c.atUtc), c.user,
                        from.isEmpty() ? QStringLiteral("(new)") : from, statusCode(c.to),
                        c.reason.isEmpty() ? QString() : QStringLiteral("  (") + c.reason + QLatin1Char(')'));
    }
    QJsonArray decisions;
    if (!h.decisions.isEmpty())
        text += QStringLiteral("Check-in decisions:\n");
    for (const CheckInRecord &r : h.decisions) {
        QJsonArray codes;
        for (const QString &code : r.reasons)
            codes << code;
        decisions << QJsonObject {{QStringLiteral("at"), names.localIso(centerId, r.atUtc)},
            {QStringLiteral("user"), r.user}, {QStringLiteral("outcome"), r.outcome},
            {QStringLiteral("reasons"), codes}, {QStringLiteral("identifiers"), r.identifiers},
            {QStringLiteral("chair"),
                r.chairId ? QJsonValue(names.chairLabel(r.chairId)) : QJsonValue(QJsonValue::Null)}};
        text += QStringLiteral("  %1  %2  %3%4 (%5)%6\n")
                    .arg(names.localText(centerId, r.atUtc), r.user, r.outcome,
                        r.reasons.isEmpty() ? QString()
                                            : QStringLiteral(": ") + r.reasons.join(QStringLiteral(", ")),
                        r.identifiers,
                        r.chairId ? QStringLiteral(", ") + names.chairPhrase(r.chairId) : QString());
    }
    QJsonArray overrides;
    if (!h.overrides.isEmpty())
        text += QStringLiteral("Overrides:\n");
    for (const OverrideRecord &o : h.overrides) {
        overrides << QJsonObject {{QStringLiteral("at"), names.localIso(centerId, o.atUtc)},
            {QStringLiteral("user"), o.user}, {QStringLiteral("code"), o.code},
            {QStringLiteral("reason"), o.reason}};
        text += QStringLiteral("  %1  %2  %3: %4\n")
                    .arg(names.localText(centerId, o.atUtc), o.user, o.code, o.reason);
    }
    QJsonObject document {{QStringLiteral("appointment"), appointmentJson(names, h.appointment)},
        {QStringLiteral("history"), changes}, {QStringLiteral("decisions"), decisions},
        {QStringLiteral("overrides"), overrides}};
    // What the appointment cost when it did not go as booked: present only when there was any.
    const Appointment &a = h.appointment;
    if (a.noShowFeeCents > 0) {
        document.insert(QStringLiteral("no_show_fee_cents"), a.noShowFeeCents);
        text += QStringLiteral("No-show fee: $%1.%2\n")
                    .arg(a.noShowFeeCents / 100)
                    .arg(a.noShowFeeCents % 100, 2, 10, QLatin1Char('0'));
    }
    if (a.prep == PrepState::Wasted) {
        const auto isoOrNull = [&](const QDateTime &utc) {
            return utc.isValid() ? QJsonValue(names.localIso(centerId, utc)) : QJsonValue(QJsonValue::Null);
        };
        document.insert(QStringLiteral("wasted_dose"),
            QJsonObject {{QStringLiteral("at"), isoOrNull(a.wastedAtUtc)},
                {QStringLiteral("reason"), a.wastedReason},
                {QStringLiteral("prepared_at"), isoOrNull(a.preparedAtUtc)}});
        text += QStringLiteral("Dose wasted: %1%2%3\n")
                    .arg(a.wastedAtUtc.isValid() ? names.localText(centerId, a.wastedAtUtc)
                                                 : QStringLiteral("time not recorded"),
                        a.preparedAtUtc.isValid()
                            ? QStringLiteral(" (prepared %1)").arg(names.localText(centerId, a.preparedAtUtc))
                            : QString(),
                        a.wastedReason.isEmpty() ? QString() : QStringLiteral(": ") + a.wastedReason);
    }
    ctx.print(document, text);
    return ExitOk;
}

} // namespace

void addCheckInCommands(QList<Command> &commands)
{
    commands << Command {{QStringLiteral("checkin")},
        QStringLiteral("Check a patient in: admit, wait, reschedule or not identified."),
        {{QStringLiteral("mrn"), QStringLiteral("M"), QStringLiteral("the patient's MRN (or --name)")},
            {QStringLiteral("name"), QStringLiteral("\"LAST, FIRST\""),
                QStringLiteral("the full name (or --mrn)")},
            {QStringLiteral("dob"), QStringLiteral("D"),
                QStringLiteral("date of birth, the second identifier"), true},
            {QStringLiteral("center"), QStringLiteral("C"),
                QStringLiteral("the center at the desk (default: the only one)")},
            {QStringLiteral("count"), QStringLiteral("N"),
                QStringLiteral("how many free slots to offer (default 5)")},
            {QStringLiteral("dry-run"), {}, QStringLiteral("decide only; record and change nothing")}},
        {},
        QStringLiteral(
            "Two identifiers: MRN and date of birth, or full name and date of birth (a chair or room number "
            "never counts). Every reason is listed with a sentence to say to the patient; slots are offered "
            "when the outcome is not admit. Without --dry-run the decision is carried out: admit checks the "
            "patient in to the chair and counts a dose and a visit; wait marks them arrived. Exit 0 whatever "
            "the outcome.\n"
            "--json: {\"outcome\", \"reasons\": [{\"code\", \"message\"}], \"appointment\": {\"id\", "
            "\"start\", \"chair\"} or null, \"next_appointment\", \"slots\": [{\"start\", \"chair\"}], "
            "\"identifiers\", \"patient\", \"chair\", \"readiness\": [{\"item\", \"ok\", \"text\"}]}"),
        checkin};

    commands << Command {{QStringLiteral("override")},
        QStringLiteral("Admit past a late arrival or stale eligibility, with a reason."),
        {{QStringLiteral("appointment"), QStringLiteral("ID"), QStringLiteral("the appointment"), true},
            {QStringLiteral("code"), QStringLiteral("CODE"),
                QStringLiteral("LATE_BEYOND_GRACE (nurse, admin) or ELIGIBILITY_STALE (admin)"), true, true},
            {QStringLiteral("reason"), QStringLiteral("TEXT"), QStringLiteral("why, in words; recorded"),
                true},
            {QStringLiteral("break-glass"), {},
                QStringLiteral("an admin's emergency access: also passes the authorization codes")}},
        {},
        QStringLiteral(
            "A late arrival is admitted only with a chair free for the whole infusion from now, ending "
            "before closing, and a dose within its beyond-use time. Nothing overrides identity, the order or "
            "the authorization; any other blocking reason refuses (exit 3).\n"
            "Break glass (--break-glass, admins only, exit 4 for anyone else): in an emergency an admin may "
            "pass LATE_BEYOND_GRACE, ELIGIBILITY_STALE, AUTH_MISSING, AUTH_PENDING, AUTH_EXPIRED and "
            "AUTH_VISITS_USED, with the emergency as --reason. It is recorded as an override and flagged in "
            "the audit trail for the admin's report. Never identity, the prescriber's order, the dose, the "
            "chair or a cancelled appointment.\n"
            "Example: chairside-cli override --break-glass --appointment 42 --code AUTH_PENDING --reason "
            "\"payer's line down; Dr. Okafor confirms it cannot wait\""),
        overrideCommand};

    commands << Command {{QStringLiteral("start")},
        QStringLiteral("Start a checked-in patient's infusion (nurse)."),
        {{QStringLiteral("appointment"), QStringLiteral("ID"), QStringLiteral("the appointment"), true}}, {},
        {}, startCommand};

    commands << Command {{QStringLiteral("complete")},
        QStringLiteral("Complete an infusion in progress (nurse)."),
        {{QStringLiteral("appointment"), QStringLiteral("ID"), QStringLiteral("the appointment"), true}}, {},
        {}, completeCommand};

    commands << Command {{QStringLiteral("noshow-sweep")},
        QStringLiteral("Mark appointments not arrived by start + grace as no-show."),
        {{QStringLiteral("center"), QStringLiteral("C"),
            QStringLiteral("one center (default: every center)")}},
        {},
        QStringLiteral("Looks back 14 days. Records the center's no-show fee and writes off a prepared dose. "
                       "Safe to run any number of times. Nurses and admins."),
        noShowSweep};

    commands << Command {{QStringLiteral("history")},
        QStringLiteral("An appointment's status changes, check-in decisions and overrides."),
        {{QStringLiteral("appointment"), QStringLiteral("ID"), QStringLiteral("the appointment"), true}}, {},
        QStringLiteral("Then the no-show fee charged and the dose wasted, when there were any. With --json: "
                       "{\"appointment\", \"history\", \"decisions\", \"overrides\"}, and "
                       "\"no_show_fee_cents\" and \"wasted_dose\": {\"at\", \"reason\", \"prepared_at\"} "
                       "when there were any."),
        history};
}

} // namespace chairside::cli
