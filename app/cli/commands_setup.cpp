// init, center add, chair add, therapy add: setting up a center. (user ...: commands_users.cpp.)

#include "access/permission.h"
#include "auth/accountservice.h"
#include "command.h"
#include "common/error.h"
#include "context.h"
#include "store/scopedtransaction.h"
#include "store/store.h"

#include <QDir>
#include <QJsonObject>

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

int init(Context &ctx)
{
    Store &store = ctx.store();
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
    QJsonObject json {{QStringLiteral("database"), QDir::toNativeSeparators(store.path())},
        {QStringLiteral("schema"), store.database().version()}, {QStringLiteral("admin_created"), created}};
    if (created)
        json.insert(QStringLiteral("admin"), adminName);
    ctx.print(json,
        created ? QStringLiteral("Created %1 with the first admin, \"%2\".")
                      .arg(QDir::toNativeSeparators(store.path()), adminName)
                : QStringLiteral("%1 is ready (schema version %2).")
                      .arg(QDir::toNativeSeparators(store.path()))
                      .arg(store.database().version()));
    return 0;
}

/// A refused set-up command is recorded like a refused change.
AuditEvent setupRefusal(const QString &recordKind)
{
    AuditEvent event;
    event.action = AuditAction::SetupChanged;
    event.recordKind = recordKind;
    return event;
}

void auditSetup(
    Context &ctx, const User &admin, const QString &recordKind, qint64 recordId, const QString &what)
{
    AuditEvent event;
    event.action = AuditAction::SetupChanged;
    event.userName = admin.name;
    event.recordKind = recordKind;
    event.recordId = recordId;
    event.reason = what;
    ctx.store().audit(event, ctx.nowUtc());
}

int centerAdd(Context &ctx)
{
    const User admin = ctx.requireUser(Permission::Administer, setupRefusal(QStringLiteral("center")));
    Center center;
    center.name = ctx.value(QStringLiteral("name")).trimmed();
    center.timeZoneId = ctx.value(QStringLiteral("tz")).trimmed().toUtf8();
    center.hours = OpeningHours::parse(ctx.value(QStringLiteral("hours")));
    // An option not given keeps the policy's own default: Policy is where those numbers live.
    Policy &p = center.policy;
    p.earlyArrivalMinutes = ctx.intValue(QStringLiteral("early-minutes"), p.earlyArrivalMinutes, 0, 24 * 60);
    p.graceMinutes = ctx.intValue(QStringLiteral("grace-minutes"), p.graceMinutes, 0, 24 * 60);
    p.eligibilityFreshDays
        = ctx.intValue(QStringLiteral("eligibility-days"), p.eligibilityFreshDays, 0, 3650);
    p.pharmacyLeadHours = ctx.intValue(QStringLiteral("lead-hours"), p.pharmacyLeadHours, 0, 24 * 30);
    p.slotGridMinutes = ctx.intValue(QStringLiteral("grid-minutes"), p.slotGridMinutes, 5, 240);
    p.noShowFeeCents = ctx.intValue(QStringLiteral("no-show-fee-cents"), p.noShowFeeCents, 0, 10'000'000);
    ScopedTransaction transaction(ctx.store().database());
    center.id = ctx.store().addCenter(center);
    auditSetup(ctx, admin, QStringLiteral("center"), center.id,
        QStringLiteral("center added, open %1").arg(center.hours.toString()));
    transaction.commit();
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
    chair.label = ctx.value(QStringLiteral("label")).trimmed();
    const QString kind = ctx.valueOr(QStringLiteral("kind"), QStringLiteral("chair")).trimmed().toLower();
    if (kind != QLatin1String("chair") && kind != QLatin1String("suite"))
        throw Error::badData(
            QStringLiteral("kind"), QStringLiteral("--kind is chair or suite, not \"%1\".").arg(kind));
    chair.kind = kind == QLatin1String("suite") ? Chair::Kind::Suite : Chair::Kind::Chair;
    ScopedTransaction transaction(ctx.store().database());
    chair.id = ctx.store().addChair(chair);
    auditSetup(ctx, admin, QStringLiteral("chair"), chair.id,
        QStringLiteral("%1 %2 added to center %3")
            .arg(Chair::kindName(chair.kind), chair.label)
            .arg(center.id));
    transaction.commit();
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
    therapy.name = ctx.value(QStringLiteral("name")).trimmed();
    therapy.brand = ctx.valueOr(QStringLiteral("brand"), {}).trimmed();
    therapy.defaultMinutes = ctx.intValue(QStringLiteral("minutes"), 0, 1, 720);
    therapy.intervalWeeks = ctx.intValue(QStringLiteral("interval-weeks"), 0, 0, 104);
    therapy.compounded = yesNo(
        ctx.valueOr(QStringLiteral("compounded"), QStringLiteral("yes")), QStringLiteral("compounded"));
    therapy.beyondUseHours
        = ctx.intValue(QStringLiteral("beyond-use-hours"), therapy.compounded ? 24 : 0, 0, 24 * 60);
    ScopedTransaction transaction(ctx.store().database());
    therapy.id = ctx.store().addTherapy(therapy);
    auditSetup(ctx, admin, QStringLiteral("therapy"), therapy.id,
        QStringLiteral("therapy %1 added").arg(therapy.name));
    transaction.commit();
    ctx.print(
        QJsonObject {{QStringLiteral("therapy"),
            QJsonObject {{QStringLiteral("id"), therapy.id}, {QStringLiteral("name"), therapy.name},
                {QStringLiteral("brand"), therapy.brand}, {QStringLiteral("minutes"), therapy.defaultMinutes},
                {QStringLiteral("interval_weeks"), therapy.intervalWeeks},
                {QStringLiteral("compounded"), therapy.compounded},
                {QStringLiteral("beyond_use_hours"), therapy.beyondUseHours}}}},
        QStringLiteral("Added %1, %2 minutes.").arg(therapy.displayName()).arg(therapy.defaultMinutes));
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
                QStringLiteral("no-show fee in cents (%1)").arg(defaults.noShowFeeCents)}},
        {},
        QStringLiteral("Later entries of --hours replace earlier ones for their days; \"wed closed\" closes "
                       "a day. Admins only."),
        centerAdd};

    commands << Command {{QStringLiteral("chair"), QStringLiteral("add")},
        QStringLiteral("Add a chair or private suite to a center."),
        {{QStringLiteral("center"), QStringLiteral("N"),
             QStringLiteral("the center (default: the only one)")},
            {QStringLiteral("label"), QStringLiteral("L"),
                QStringLiteral("what the chair is called on the floor, e.g. 7"), true},
            {QStringLiteral("kind"), QStringLiteral("chair|suite"),
                QStringLiteral("chair (default) or private suite")}},
        {}, QStringLiteral("Admins only."), chairAdd};

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
                QStringLiteral("how long a prepared dose stays usable (24)")}},
        {}, QStringLiteral("Admins only."), therapyAdd};
}

} // namespace chairside::cli
