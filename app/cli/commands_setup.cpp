// init, center add|set, chair add|set, therapy add|set: setting up a center. (user ...: commands_users.cpp.)

#include "access/permission.h"
#include "audit/auditkeyfile.h"
#include "auth/accountservice.h"
#include "command.h"
#include "common/error.h"
#include "context.h"
#include "setup/setupservice.h"
#include "store/store.h"

#include <QDir>
#include <QJsonObject>

#include <optional>

namespace chairside::cli {

namespace {

bool yesNo(const QString &text, const QString &option)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("yes") || t == QLatin1String("y") || t == QLatin1String("true")
        || t == QLatin1String("1"))
        return true;
    if (t == QLatin1String("no") || t == QLatin1String("n") || t == QLatin1String("false")
        || t == QLatin1String("0"))
        return false;
    throw Error::badData(option, QStringLiteral("--%1 takes yes or no, not \"%2\".").arg(option, text));
}

QJsonObject therapyJson(const Therapy &therapy);

int init(Context &ctx)
{
    Store &store = ctx.store();
    store.makeAuditKeyIfNone();
    AccountService accounts(store, ctx.clock());
    QString adminName;
    if (accounts.needsFirstAdmin()) {
        adminName = ctx.valueOr(QStringLiteral("name"), QStringLiteral("admin")).trimmed();
        const QString password = ctx.secret("CHAIRSIDE_PASSWORD",
            QStringLiteral("Password for the first admin, \"%1\" (at least %2 characters): ")
                .arg(adminName)
                .arg(AccountService::kMinimumPasswordLength),
            true);
        adminName = accounts.createFirstAdmin(adminName, password).name;
    }
    const bool created = !adminName.isEmpty();
    QJsonObject json {{QStringLiteral("database"), store.database().displayName()},
        {QStringLiteral("schema"), store.database().version()}, {QStringLiteral("admin_created"), created}};
    if (created)
        json.insert(QStringLiteral("admin"), adminName);
    ctx.print(json,
        created ? QStringLiteral("Created %1 with the first admin, \"%2\".")
                      .arg(store.database().displayName(), adminName)
                : QStringLiteral("%1 is ready (schema version %2).")
                      .arg(store.database().displayName())
                      .arg(store.database().version()));
    return 0;
}

int migrate(Context &ctx)
{
    // Opening brings the schema up to date (in one transaction, nothing changed when it fails).
    Database &db = ctx.store().database();
    const int from = db.versionAtOpen();
    const int to = db.version();
    // The first time, the audit key too: the one every workstation of a server's database copies.
    const bool keyMade = ctx.store().makeAuditKeyIfNone();
    const QString keyPath = QDir::toNativeSeparators(AuditKeyFile(ctx.store().path()).keyPath());
    const QJsonObject json {{QStringLiteral("database"), db.displayName()}, {QStringLiteral("from"), from},
        {QStringLiteral("to"), to}, {QStringLiteral("migrated"), from != to},
        {QStringLiteral("audit_key"), keyPath}, {QStringLiteral("audit_key_made"), keyMade}};
    QString text = from == to
        ? QStringLiteral("%1 is at schema version %2 already.").arg(db.displayName()).arg(to)
        : from == 0
        ? QStringLiteral("Created %1 at schema version %2.").arg(db.displayName()).arg(to)
        : QStringLiteral("Brought %1 from schema version %2 to %3.").arg(db.displayName()).arg(from).arg(to);
    if (keyMade && db.isPostgreSql()) {
        text += QStringLiteral(
            "\nMade the audit key %1. Copy it to the same place on every workstation of this database (or "
            "point CHAIRSIDE_AUDIT_KEY at a copy there), and keep a copy with the server's backups.")
                    .arg(keyPath);
    }
    ctx.print(json, text);
    return 0;
}

/// A refused set-up command is recorded like a refused change, before any option is read.
AuditEvent setupRefusal(const QString &recordKind)
{
    AuditEvent event;
    event.action = AuditAction::SetupChanged;
    event.recordKind = recordKind;
    return event;
}

int centerAdd(Context &ctx)
{
    const User admin = ctx.requireUser(Permission::Administer, setupRefusal(QStringLiteral("center")));
    Center center;
    center.name = ctx.value(QStringLiteral("name"));
    center.timeZoneId = ctx.value(QStringLiteral("tz")).toUtf8();
    center.hours = OpeningHours::parse(ctx.value(QStringLiteral("hours")));
    center.phone = ctx.valueOr(QStringLiteral("phone"), {});
    // An option not given keeps the policy's own default: Policy is where those numbers live.
    Policy &p = center.policy;
    p.earlyArrivalMinutes = ctx.wholeNumber(QStringLiteral("early-minutes"), p.earlyArrivalMinutes);
    p.graceMinutes = ctx.wholeNumber(QStringLiteral("grace-minutes"), p.graceMinutes);
    p.eligibilityFreshDays = ctx.wholeNumber(QStringLiteral("eligibility-days"), p.eligibilityFreshDays);
    p.pharmacyLeadHours = ctx.wholeNumber(QStringLiteral("lead-hours"), p.pharmacyLeadHours);
    p.slotGridMinutes = ctx.wholeNumber(QStringLiteral("grid-minutes"), p.slotGridMinutes);
    p.noShowFeeCents = ctx.wholeNumber(QStringLiteral("no-show-fee-cents"), p.noShowFeeCents);
    p.readinessDays = ctx.wholeNumber(QStringLiteral("readiness-days"), p.readinessDays);
    center = SetupService(ctx.store(), ctx.clock()).addCenter(admin, center);
    ctx.print(QJsonObject {{QStringLiteral("center"),
                  QJsonObject {{QStringLiteral("id"), center.id}, {QStringLiteral("name"), center.name},
                      {QStringLiteral("tz"), QString::fromUtf8(center.timeZoneId)},
                      {QStringLiteral("hours"), center.hours.toString()}}}},
        QStringLiteral("Added center %1 (%2), open %3.")
            .arg(center.name, QString::fromUtf8(center.timeZoneId), center.hours.toString()));
    return 0;
}

int chairAdd(Context &ctx)
{
    const User admin = ctx.requireUser(Permission::Administer, setupRefusal(QStringLiteral("chair")));
    const Center center = ctx.center();
    Chair chair;
    chair.centerId = center.id;
    chair.label = ctx.value(QStringLiteral("label"));
    chair.kind
        = SetupService::chairKindNamed(ctx.valueOr(QStringLiteral("kind"), Chair::kindName(chair.kind)));
    chair = SetupService(ctx.store(), ctx.clock()).addChair(admin, chair);
    ctx.print(QJsonObject {{QStringLiteral("chair"),
                  QJsonObject {{QStringLiteral("id"), chair.id}, {QStringLiteral("label"), chair.label},
                      {QStringLiteral("kind"), Chair::kindName(chair.kind)},
                      {QStringLiteral("center"), center.name}}}},
        QStringLiteral("Added %1 %2 at %3.").arg(Chair::kindName(chair.kind), chair.label, center.name));
    return 0;
}

int therapyAdd(Context &ctx)
{
    const User admin = ctx.requireUser(Permission::Administer, setupRefusal(QStringLiteral("therapy")));
    Therapy therapy;
    therapy.name = ctx.value(QStringLiteral("name"));
    therapy.brand = ctx.valueOr(QStringLiteral("brand"), {});
    therapy.defaultMinutes = ctx.wholeNumber(QStringLiteral("minutes"), 0);
    therapy.intervalWeeks = ctx.wholeNumber(QStringLiteral("interval-weeks"), 0);
    therapy.compounded = yesNo(
        ctx.valueOr(QStringLiteral("compounded"), QStringLiteral("yes")), QStringLiteral("compounded"));
    therapy.beyondUseHours = ctx.wholeNumber(
        QStringLiteral("beyond-use-hours"), therapy.compounded ? SetupService::kDefaultBeyondUseHours : 0);
    therapy.drugCostCents = ctx.wholeNumber(QStringLiteral("drug-cost-cents"), 0);
    therapy = SetupService(ctx.store(), ctx.clock()).addTherapy(admin, therapy);
    ctx.print(QJsonObject {{QStringLiteral("therapy"), therapyJson(therapy)}},
        QStringLiteral("Added %1, %2 minutes.").arg(therapy.displayName()).arg(therapy.defaultMinutes));
    return 0;
}

/// The center as `center set` prints it: `center add`'s fields, then its phone and policy.
QJsonObject centerJson(const Center &center)
{
    const Policy &p = center.policy;
    return QJsonObject {{QStringLiteral("id"), center.id}, {QStringLiteral("name"), center.name},
        {QStringLiteral("tz"), QString::fromUtf8(center.timeZoneId)},
        {QStringLiteral("hours"), center.hours.toString()}, {QStringLiteral("phone"), center.phone},
        {QStringLiteral("early_minutes"), p.earlyArrivalMinutes},
        {QStringLiteral("grace_minutes"), p.graceMinutes},
        {QStringLiteral("eligibility_days"), p.eligibilityFreshDays},
        {QStringLiteral("lead_hours"), p.pharmacyLeadHours},
        {QStringLiteral("grid_minutes"), p.slotGridMinutes},
        {QStringLiteral("no_show_fee_cents"), p.noShowFeeCents},
        {QStringLiteral("readiness_days"), p.readinessDays}};
}

QJsonObject therapyJson(const Therapy &therapy)
{
    return QJsonObject {{QStringLiteral("id"), therapy.id}, {QStringLiteral("name"), therapy.name},
        {QStringLiteral("brand"), therapy.brand}, {QStringLiteral("minutes"), therapy.defaultMinutes},
        {QStringLiteral("interval_weeks"), therapy.intervalWeeks},
        {QStringLiteral("compounded"), therapy.compounded},
        {QStringLiteral("beyond_use_hours"), therapy.beyondUseHours},
        {QStringLiteral("drug_cost_cents"), therapy.drugCostCents}};
}

int centerSet(Context &ctx)
{
    const User admin = ctx.requireUser(Permission::Administer, setupRefusal(QStringLiteral("center")));
    Center center = ctx.center();
    if (ctx.has(QStringLiteral("name")))
        center.name = ctx.value(QStringLiteral("name"));
    if (ctx.has(QStringLiteral("tz")))
        center.timeZoneId = ctx.value(QStringLiteral("tz")).toUtf8();
    if (ctx.has(QStringLiteral("phone")))
        center.phone = ctx.value(QStringLiteral("phone"));
    if (ctx.has(QStringLiteral("hours")))
        center.hours = OpeningHours::parse(ctx.value(QStringLiteral("hours")));
    Policy &p = center.policy;
    p.earlyArrivalMinutes = ctx.wholeNumber(QStringLiteral("early-minutes"), p.earlyArrivalMinutes);
    p.graceMinutes = ctx.wholeNumber(QStringLiteral("grace-minutes"), p.graceMinutes);
    p.eligibilityFreshDays = ctx.wholeNumber(QStringLiteral("eligibility-days"), p.eligibilityFreshDays);
    p.pharmacyLeadHours = ctx.wholeNumber(QStringLiteral("lead-hours"), p.pharmacyLeadHours);
    p.slotGridMinutes = ctx.wholeNumber(QStringLiteral("grid-minutes"), p.slotGridMinutes);
    p.noShowFeeCents = ctx.wholeNumber(QStringLiteral("no-show-fee-cents"), p.noShowFeeCents);
    p.readinessDays = ctx.wholeNumber(QStringLiteral("readiness-days"), p.readinessDays);
    center = SetupService(ctx.store(), ctx.clock()).updateCenter(admin, center);
    ctx.print(QJsonObject {{QStringLiteral("center"), centerJson(center)}},
        QStringLiteral("%1 (%2), phone %3, open %4.")
            .arg(center.name, QString::fromUtf8(center.timeZoneId),
                center.phone.isEmpty() ? QStringLiteral("not given") : center.phone,
                center.hours.toString()));
    return 0;
}

int chairSet(Context &ctx)
{
    const User admin = ctx.requireUser(Permission::Administer, setupRefusal(QStringLiteral("chair")));
    const Center center = ctx.center();
    const QString label = ctx.value(QStringLiteral("label"));
    std::optional<Chair> found = ctx.store().chairByLabel(center.id, label);
    if (!found) {
        throw Error(Error::Kind::NotFound,
            QStringLiteral("%1 has no chair labelled \"%2\".").arg(center.name, label.trimmed()),
            QStringLiteral("label"));
    }
    Chair chair = *found;
    if (ctx.has(QStringLiteral("new-label")))
        chair.label = ctx.value(QStringLiteral("new-label"));
    if (ctx.has(QStringLiteral("kind")))
        chair.kind = SetupService::chairKindNamed(ctx.value(QStringLiteral("kind")));
    if (ctx.has(QStringLiteral("active")))
        chair.active = yesNo(ctx.value(QStringLiteral("active")), QStringLiteral("active"));
    chair = SetupService(ctx.store(), ctx.clock()).updateChair(admin, chair);
    ctx.print(QJsonObject {{QStringLiteral("chair"),
                  QJsonObject {{QStringLiteral("id"), chair.id}, {QStringLiteral("label"), chair.label},
                      {QStringLiteral("kind"), Chair::kindName(chair.kind)},
                      {QStringLiteral("center"), center.name}, {QStringLiteral("active"), chair.active}}}},
        QStringLiteral("%1 %2 at %3, %4.")
            .arg(Chair::kindName(chair.kind), chair.label, center.name,
                chair.active ? QStringLiteral("in use") : QStringLiteral("out of use")));
    return 0;
}

int therapySet(Context &ctx)
{
    const User admin = ctx.requireUser(Permission::Administer, setupRefusal(QStringLiteral("therapy")));
    const QString name = ctx.value(QStringLiteral("name"));
    const std::optional<Therapy> found = ctx.store().therapyByName(name);
    if (!found) {
        throw Error(Error::Kind::NotFound,
            QStringLiteral("There is no therapy named \"%1\".").arg(name.trimmed()), QStringLiteral("name"));
    }
    Therapy therapy = *found;
    if (ctx.has(QStringLiteral("new-name")))
        therapy.name = ctx.value(QStringLiteral("new-name"));
    if (ctx.has(QStringLiteral("brand")))
        therapy.brand = ctx.value(QStringLiteral("brand"));
    therapy.defaultMinutes = ctx.wholeNumber(QStringLiteral("minutes"), therapy.defaultMinutes);
    therapy.intervalWeeks = ctx.wholeNumber(QStringLiteral("interval-weeks"), therapy.intervalWeeks);
    if (ctx.has(QStringLiteral("compounded"))) {
        const bool compounded = yesNo(ctx.value(QStringLiteral("compounded")), QStringLiteral("compounded"));
        // A dose newly compounded gets the usual beyond-use time, one no longer compounded none, unless
        // the command says otherwise.
        if (compounded != therapy.compounded && !ctx.has(QStringLiteral("beyond-use-hours")))
            therapy.beyondUseHours = compounded ? SetupService::kDefaultBeyondUseHours : 0;
        therapy.compounded = compounded;
    }
    therapy.beyondUseHours = ctx.wholeNumber(QStringLiteral("beyond-use-hours"), therapy.beyondUseHours);
    therapy.drugCostCents = ctx.wholeNumber(QStringLiteral("drug-cost-cents"), therapy.drugCostCents);
    therapy = SetupService(ctx.store(), ctx.clock()).updateTherapy(admin, therapy);
    ctx.print(QJsonObject {{QStringLiteral("therapy"), therapyJson(therapy)}},
        QStringLiteral("%1, %2 minutes, every %3 weeks, %4.")
            .arg(therapy.displayName())
            .arg(therapy.defaultMinutes)
            .arg(therapy.intervalWeeks)
            .arg(therapy.compounded
                    ? QStringLiteral("compounded, usable %1 hours").arg(therapy.beyondUseHours)
                    : QStringLiteral("not compounded")));
    return 0;
}

} // namespace

void addSetupCommands(QList<Command> &commands)
{
    const Policy defaults;
    commands << Command {{QStringLiteral("init")},
        QStringLiteral("Create the database (if needed) and the first admin."),
        {{QStringLiteral("name"), QStringLiteral("N"),
            QStringLiteral("the first admin's user name (default: admin)")}},
        {},
        QStringLiteral(
            "The first admin's password comes from CHAIRSIDE_PASSWORD or, at a terminal, is asked for twice "
            "without echo; at least 8 characters. Safe to run again: once the database has an admin, it is "
            "only checked and migrated, and no password is asked for."),
        init};

    commands << Command {{QStringLiteral("migrate")},
        QStringLiteral("Bring the database's schema up to this program's version."), {}, {},
        QStringLiteral(
            "On a PostgreSQL server, run it as the database's owner (a member of chairside_owner) whenever "
            "Chairside is upgraded: the workstations' accounts may not change the schema. It also grants the "
            "chairside_user role its rights. A database file is migrated by any program that opens it; "
            "this only does it at once. The first time it also makes the audit key (for a server, the one "
            "every "
            "workstation copies). Prints the versions before and after; --json gives {\"database\", "
            "\"from\", "
            "\"to\", \"migrated\", \"audit_key\", \"audit_key_made\"}."),
        migrate};

    commands << Command {{QStringLiteral("center"), QStringLiteral("add")},
        QStringLiteral("Add an infusion center."),
        {{QStringLiteral("name"), QStringLiteral("N"), QStringLiteral("the center's name"), true},
            {QStringLiteral("tz"), QStringLiteral("ZONE"),
                QStringLiteral("IANA time zone, e.g. America/New_York"), true},
            {QStringLiteral("hours"), QStringLiteral("HOURS"),
                QStringLiteral("e.g. \"mon-fri 07:00-19:00; thu 07:00-21:00; sat 08:00-14:00\""), true},
            {QStringLiteral("early-minutes"), QStringLiteral("M"),
                QStringLiteral("how early a patient may check in (%1)").arg(defaults.earlyArrivalMinutes)},
            {QStringLiteral("grace-minutes"), QStringLiteral("M"),
                QStringLiteral("grace period for late arrivals (%1)").arg(defaults.graceMinutes)},
            {QStringLiteral("eligibility-days"), QStringLiteral("D"),
                QStringLiteral("days an eligibility check stays fresh (%1)")
                    .arg(defaults.eligibilityFreshDays)},
            {QStringLiteral("lead-hours"), QStringLiteral("H"),
                QStringLiteral("pharmacy lead time before a new slot (%1)").arg(defaults.pharmacyLeadHours)},
            {QStringLiteral("grid-minutes"), QStringLiteral("M"),
                QStringLiteral("slot grid (%1)").arg(defaults.slotGridMinutes)},
            {QStringLiteral("no-show-fee-cents"), QStringLiteral("C"),
                QStringLiteral("no-show fee in cents (%1)").arg(defaults.noShowFeeCents)},
            {QStringLiteral("phone"), QStringLiteral("P"),
                QStringLiteral("the center's phone number, printed on the slip")},
            {QStringLiteral("readiness-days"), QStringLiteral("D"),
                QStringLiteral("how many days ahead the readiness queue looks (%1)")
                    .arg(defaults.readinessDays)}},
        {},
        QStringLiteral("Later entries of --hours replace earlier ones for their days; \"wed closed\" closes "
                       "a day. Admins only."),
        centerAdd};

    commands << Command {{QStringLiteral("center"), QStringLiteral("set")},
        QStringLiteral("Change a center's name, time zone, phone, hours or policy."),
        {{QStringLiteral("center"), QStringLiteral("C"),
             QStringLiteral("the center (default: the only one)")},
            {QStringLiteral("name"), QStringLiteral("N"), QStringLiteral("a new name")},
            {QStringLiteral("tz"), QStringLiteral("ZONE"), QStringLiteral("IANA time zone")},
            {QStringLiteral("phone"), QStringLiteral("P"), QStringLiteral("phone number (\"\" clears it)")},
            {QStringLiteral("hours"), QStringLiteral("HOURS"),
                QStringLiteral("the whole week's hours, as for center add")},
            {QStringLiteral("early-minutes"), QStringLiteral("M"),
                QStringLiteral("how early a patient may check in")},
            {QStringLiteral("grace-minutes"), QStringLiteral("M"),
                QStringLiteral("grace period for late arrivals")},
            {QStringLiteral("eligibility-days"), QStringLiteral("D"),
                QStringLiteral("days an eligibility check stays fresh")},
            {QStringLiteral("lead-hours"), QStringLiteral("H"),
                QStringLiteral("pharmacy lead time before a new slot")},
            {QStringLiteral("grid-minutes"), QStringLiteral("M"), QStringLiteral("slot grid")},
            {QStringLiteral("no-show-fee-cents"), QStringLiteral("C"),
                QStringLiteral("no-show fee in cents")},
            {QStringLiteral("readiness-days"), QStringLiteral("D"),
                QStringLiteral("how many days ahead the readiness queue looks")}},
        {},
        QStringLiteral("What is not given stays as it is. Each change is audited with its old and new "
                       "value. With --json prints the center as it now is: id, name, tz, hours, phone and "
                       "the policy numbers. Admins only."),
        centerSet};

    commands << Command {{QStringLiteral("chair"), QStringLiteral("add")},
        QStringLiteral("Add a chair or private suite to a center."),
        {{QStringLiteral("center"), QStringLiteral("N"),
             QStringLiteral("the center (default: the only one)")},
            {QStringLiteral("label"), QStringLiteral("L"),
                QStringLiteral("what the chair is called on the floor, e.g. 7"), true},
            {QStringLiteral("kind"), QStringLiteral("chair|suite"),
                QStringLiteral("chair (default) or private suite")}},
        {}, QStringLiteral("Admins only."), chairAdd};

    commands << Command {{QStringLiteral("chair"), QStringLiteral("set")},
        QStringLiteral("Relabel a chair, change its kind, or take it out of use or back."),
        {{QStringLiteral("center"), QStringLiteral("C"),
             QStringLiteral("the center (default: the only one)")},
            {QStringLiteral("label"), QStringLiteral("L"), QStringLiteral("the chair's label now"), true},
            {QStringLiteral("active"), QStringLiteral("yes|no"),
                QStringLiteral("in use (yes) or out of use (no)")},
            {QStringLiteral("new-label"), QStringLiteral("L2"), QStringLiteral("a new label")},
            {QStringLiteral("kind"), QStringLiteral("chair|suite"),
                QStringLiteral("chair or private suite")}},
        {},
        QStringLiteral("A chair with appointments from now on is not taken out of use: move them first. "
                       "Admins only."),
        chairSet};

    commands << Command {{QStringLiteral("therapy"), QStringLiteral("add")},
        QStringLiteral("Add a therapy the center infuses."),
        {{QStringLiteral("name"), QStringLiteral("N"), QStringLiteral("generic name, e.g. infliximab"), true},
            {QStringLiteral("brand"), QStringLiteral("B"), QStringLiteral("brand name, e.g. Remicade")},
            {QStringLiteral("minutes"), QStringLiteral("M"), QStringLiteral("usual length of the infusion"),
                true},
            {QStringLiteral("interval-weeks"), QStringLiteral("W"),
                QStringLiteral("dosing interval (0: none)")},
            {QStringLiteral("compounded"), QStringLiteral("yes|no"),
                QStringLiteral("compounded per patient by the pharmacy (yes)")},
            {QStringLiteral("beyond-use-hours"), QStringLiteral("H"),
                QStringLiteral("how long a prepared dose stays usable (%1)")
                    .arg(SetupService::kDefaultBeyondUseHours)},
            {QStringLiteral("drug-cost-cents"), QStringLiteral("C"),
                QStringLiteral("what one dose costs the center, in cents (0: not set); the reports price "
                               "wasted doses with it")}},
        {}, QStringLiteral("Admins only."), therapyAdd};

    commands << Command {{QStringLiteral("therapy"), QStringLiteral("set")},
        QStringLiteral("Change a therapy's name, brand, length, interval, preparation or dose cost."),
        {{QStringLiteral("name"), QStringLiteral("T"),
             QStringLiteral("the therapy, by generic or brand name"), true},
            {QStringLiteral("new-name"), QStringLiteral("N"), QStringLiteral("a new generic name")},
            {QStringLiteral("brand"), QStringLiteral("B"), QStringLiteral("brand name")},
            {QStringLiteral("minutes"), QStringLiteral("M"), QStringLiteral("usual length of the infusion")},
            {QStringLiteral("interval-weeks"), QStringLiteral("W"),
                QStringLiteral("dosing interval (0: none)")},
            {QStringLiteral("compounded"), QStringLiteral("yes|no"),
                QStringLiteral("compounded per patient by the pharmacy")},
            {QStringLiteral("beyond-use-hours"), QStringLiteral("H"),
                QStringLiteral("how long a prepared dose stays usable")},
            {QStringLiteral("drug-cost-cents"), QStringLiteral("C"),
                QStringLiteral("what one dose costs the center, in cents; the reports price wasted doses "
                               "with it")}},
        {},
        QStringLiteral("What is not given stays as it is; a therapy made compounded without "
                       "--beyond-use-hours gets %1 hours, one no longer compounded 0. Lengths already booked "
                       "keep theirs. Admins only.")
            .arg(SetupService::kDefaultBeyondUseHours),
        therapySet};
}

} // namespace chairside::cli
