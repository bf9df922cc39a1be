// center capacity: what a center's nurses can do, and how its slots are offered.

#include "access/permission.h"
#include "command.h"
#include "common/error.h"
#include "context.h"
#include "scheduling/capacityservice.h"
#include "store/store.h"

#include <QJsonObject>

namespace chairside::cli {

namespace {

int centerCapacity(Context &ctx)
{
    const bool changing = ctx.has(QStringLiteral("starts-per-nurse"))
        || ctx.has(QStringLiteral("patients-per-nurse")) || ctx.has(QStringLiteral("offers"))
        || ctx.has(QStringLiteral("nurses"));
    AuditEvent refusal;
    refusal.action = AuditAction::SetupChanged;
    refusal.recordKind = QStringLiteral("center");
    const User user = changing ? ctx.requireUser(Permission::Administer, refusal)
                               : ctx.requireUser(Permission::ViewSchedule);
    const Center center = ctx.center();
    CapacityService service(ctx.store(), ctx.clock());
    NursePolicy policy = service.policy(center.id);
    if (changing) {
        policy.startsPerNurseStep
            = ctx.wholeNumber(QStringLiteral("starts-per-nurse"), policy.startsPerNurseStep);
        policy.patientsPerNurse
            = ctx.wholeNumber(QStringLiteral("patients-per-nurse"), policy.patientsPerNurse);
        if (ctx.has(QStringLiteral("offers"))) {
            const QString text = ctx.value(QStringLiteral("offers"));
            const auto offers = slotOffersNamed(text);
            if (!offers)
                throw Error::badData(QStringLiteral("offers"),
                    QStringLiteral("--offers takes earliest or level, not \"%1\".").arg(text));
            policy.offers = *offers;
        }
        if (ctx.has(QStringLiteral("nurses")))
            policy.applyShifts(ctx.value(QStringLiteral("nurses")), QStringLiteral("nurses"));
        policy = service.update(user, center.id, policy);
    }
    const int chairs = int(ctx.store().chairs(center.id).size());
    const int defaultNurses = policy.nursesAt(0, 0, chairs);
    const QString shifts = policy.shiftsText();
    ctx.print(
        QJsonObject {{QStringLiteral("capacity"),
            QJsonObject {{QStringLiteral("center"), center.name},
                {QStringLiteral("starts_per_nurse"), policy.startsPerNurseStep},
                {QStringLiteral("patients_per_nurse"), policy.patientsPerNurse},
                {QStringLiteral("offers"), slotOffersName(policy.offers)}, {QStringLiteral("nurses"), shifts},
                {QStringLiteral("default_nurses"), defaultNurses}}}},
        QStringLiteral(
            "%1: each nurse starts up to %2 infusion(s) in 15 minutes and has up to %3 patients in "
            "chairs; nurses on shift: %4 (elsewhere %5, for %6 chairs); slots offered %7.")
            .arg(center.name)
            .arg(policy.startsPerNurseStep)
            .arg(policy.patientsPerNurse)
            .arg(shifts.isEmpty() ? QStringLiteral("not set") : shifts)
            .arg(defaultNurses)
            .arg(chairs)
            .arg(policy.offers == SlotOffers::Level ? QStringLiteral("to level the day")
                                                    : QStringLiteral("earliest first")));
    return 0;
}

} // namespace

void addCapacityCommands(QList<Command> &commands)
{
    const NursePolicy defaults;
    commands << Command {{QStringLiteral("center"), QStringLiteral("capacity")},
        QStringLiteral("Show or change what a center's nurses can do and how its slots are offered."),
        {{QStringLiteral("center"), QStringLiteral("C"),
             QStringLiteral("the center (default: the only one)")},
            {QStringLiteral("starts-per-nurse"), QStringLiteral("N"),
                QStringLiteral("infusions one nurse can start in 15 minutes (%1)")
                    .arg(defaults.startsPerNurseStep)},
            {QStringLiteral("patients-per-nurse"), QStringLiteral("N"),
                QStringLiteral("patients one nurse may have in chairs at once (%1)")
                    .arg(defaults.patientsPerNurse)},
            {QStringLiteral("offers"), QStringLiteral("earliest|level"),
                QStringLiteral("how the slot finder orders its offers (%1)")
                    .arg(slotOffersName(defaults.offers))},
            {QStringLiteral("nurses"), QStringLiteral("SHIFTS"),
                QStringLiteral("nurses on shift per hour, e.g. \"mon-fri 07-19=6; sat 08-14=3\"")}},
        {},
        QStringLiteral(
            "Without a change it shows the numbers (anyone who may read the roster). Changes are for admins "
            "and "
            "are audited with the old and new value. --nurses sets whole hours from-to on the center's "
            "clock; "
            "later entries replace earlier ones, \"=default\" clears hours; an hour not set has as many "
            "nurses "
            "as the chairs need (chairs / patients per nurse, rounded up). The slot finder never offers a "
            "slot "
            "where the nurses on shift could not start one more infusion in its 15 minutes or take one more "
            "patient while it runs; book warns when a chosen time does. With --json: {\"capacity\": "
            "{\"center\", \"starts_per_nurse\", \"patients_per_nurse\", \"offers\", \"nurses\", "
            "\"default_nurses\"}}."),
        centerCapacity};
}

} // namespace chairside::cli
