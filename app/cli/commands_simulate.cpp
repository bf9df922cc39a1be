// simulate: a month of demand at a center, booked through the real slot finder, under one slot policy.

#include "command.h"
#include "common/error.h"
#include "context.h"
#include "simulation/simulator.h"

#include <QJsonObject>

namespace chairside::cli {

namespace {

int simulate(Context &ctx)
{
    SimulationSettings settings;
    settings.chairs = ctx.intValue(QStringLiteral("chairs"), settings.chairs, 1, 200);
    settings.days = ctx.intValue(QStringLiteral("days"), settings.days, 1, 366);
    if (ctx.has(QStringLiteral("seed"))) {
        bool ok = false;
        const QString text = ctx.value(QStringLiteral("seed"));
        settings.seed = text.trimmed().toULongLong(&ok);
        if (!ok)
            throw Error::badData(QStringLiteral("seed"),
                QStringLiteral("--seed \"%1\" is not a whole number from 0 up.").arg(text));
    }
    const QString policyText = ctx.valueOr(QStringLiteral("policy"), slotOffersName(settings.offers));
    const auto offers = slotOffersNamed(policyText);
    if (!offers)
        throw Error::badData(QStringLiteral("policy"),
            QStringLiteral("--policy takes earliest or level, not \"%1\".").arg(policyText));
    settings.offers = *offers;

    const SimulationResult r = Simulator(settings).run();
    const auto rounded = [](double value) { return std::round(value * 10.0) / 10.0; };
    const QJsonObject json {{QStringLiteral("simulation"),
        QJsonObject {{QStringLiteral("chairs"), r.settings.chairs}, {QStringLiteral("days"), r.settings.days},
            {QStringLiteral("seed"), QString::number(r.settings.seed)},
            {QStringLiteral("policy"), slotOffersName(r.settings.offers)}, {QStringLiteral("hours"), r.hours},
            {QStringLiteral("peak_starts"), r.peakStarts},
            {QStringLiteral("nurse_overload_minutes"), r.nurseOverloadMinutes},
            {QStringLiteral("mean_wait_minutes"), rounded(r.meanWaitMinutes)},
            {QStringLiteral("p90_wait_minutes"), rounded(r.p90WaitMinutes)},
            {QStringLiteral("utilization"), std::round(r.utilization * 1000.0) / 1000.0},
            {QStringLiteral("patients_served"), r.patientsServed},
            {QStringLiteral("minutes_past_closing"), r.minutesPastClosing},
            {QStringLiteral("bookings"), r.bookings}, {QStringLiteral("cancellations"), r.cancellations},
            {QStringLiteral("no_shows"), r.noShows}, {QStringLiteral("late_rebooked"), r.lateRebooked},
            {QStringLiteral("referrals"), r.referrals}}}};
    const QString text = QStringLiteral(
        "%1 chairs, %2 days, seed %3, slots offered %4 (%5)\n"
        "peak starts in 15 minutes   %6\n"
        "nurse overload minutes      %7\n"
        "wait to chair, mean         %8 min\n"
        "wait to chair, 90th pct     %9 min\n"
        "chair utilization           %10%\n"
        "patients served             %11\n"
        "minutes past closing        %12\n"
        "bookings %13, cancellations %14, no-shows %15, late and rebooked %16, referrals %17")
                             .arg(r.settings.chairs)
                             .arg(r.settings.days)
                             .arg(r.settings.seed)
                             .arg(slotOffersName(r.settings.offers), r.hours)
                             .arg(r.peakStarts)
                             .arg(r.nurseOverloadMinutes)
                             .arg(r.meanWaitMinutes, 0, 'f', 1)
                             .arg(r.p90WaitMinutes, 0, 'f', 1)
                             .arg(r.utilization * 100.0, 0, 'f', 1)
                             .arg(r.patientsServed)
                             .arg(r.minutesPastClosing)
                             .arg(r.bookings)
                             .arg(r.cancellations)
                             .arg(r.noShows)
                             .arg(r.lateRebooked)
                             .arg(r.referrals);
    ctx.print(json, text);
    return 0;
}

} // namespace

void addSimulateCommands(QList<Command> &commands)
{
    const SimulationSettings d;
    using S = SimulationSettings;
    commands << Command {{QStringLiteral("simulate")},
        QStringLiteral("Run a month of demand at a simulated center under one slot policy."),
        {{QStringLiteral("chairs"), QStringLiteral("N"),
             QStringLiteral("chairs at the center (%1)").arg(d.chairs)},
            {QStringLiteral("days"), QStringLiteral("D"), QStringLiteral("days simulated (%1)").arg(d.days)},
            {QStringLiteral("seed"), QStringLiteral("S"), QStringLiteral("the random seed (%1)").arg(d.seed)},
            {QStringLiteral("policy"), QStringLiteral("earliest|level"),
                QStringLiteral("how slots are offered (%1)").arg(slotOffersName(d.offers))}},
        {},
        QStringLiteral(
            "Works on a throwaway database in memory; --db is not touched and no log-in is needed. The "
            "center "
            "is open %1 (America/Chicago) from Monday %2, with the default nurse policy (center capacity). "
            "Bookings start four weeks earlier. A panel of patients on their dosing intervals asks for its "
            "doses 7 to 21 days ahead, and about %3 new referrals a day ask for a slot 2 to 7 days out; the "
            "panel is sized so that demand is %4% of the chairs' open minutes. Therapy mix (length, "
            "interval, "
            "share of visits): vedolizumab 30 min 8 wk 18%, natalizumab 60 min 4 wk 14%, infliximab 120 min "
            "8 wk "
            "24%, tocilizumab 60 min 4 wk 12%, immune globulin 180 min 4 wk 12%, ocrelizumab 210 min 26 wk "
            "8%, "
            "rituximab 240 min 26 wk 6%, iron sucrose 30 min 1 wk 6%. Each request is offered %5 slots by "
            "the "
            "real slot finder and booked through the real booking service: %6% take the slot marked "
            "earliest, "
            "%7% the first offered, the rest the second or third. Rates: %8% of bookings are cancelled 1-4 "
            "days "
            "ahead and booked again; %9% of patients do not come; %10% arrive 1-%11 minutes late (past the "
            "15-minute grace they are sent to book again), the rest 0-%12 minutes early. Infusions run "
            "%13-%14% "
            "of their booked length. On the floor an infusion starts when the patient is there, the booked "
            "time has come, the chair is free and a nurse can start it in that 15-minute step.\n"
            "Prints: peak starts in one 15-minute step; nurse overload minutes (more patients in chairs than "
            "the nurses on shift may have); mean and 90th-percentile wait from arrival (or the booked start, "
            "if later) to the chair; chair utilization inside opening hours; patients served; infusion "
            "minutes "
            "past closing. The same seed gives the same month.\n"
            "With --json: {\"simulation\": {\"chairs\", \"days\", \"seed\" (text), \"policy\", \"hours\", "
            "\"peak_starts\", \"nurse_overload_minutes\", \"mean_wait_minutes\", \"p90_wait_minutes\", "
            "\"utilization\" (0 to 1), \"patients_served\", \"minutes_past_closing\", \"bookings\", "
            "\"cancellations\", \"no_shows\", \"late_rebooked\", \"referrals\"}}. Exit status 0, or 3 for a "
            "bad "
            "--chairs (1-200), --days (1-366), --seed or --policy.")
            .arg(Simulator::hoursText(), Simulator::firstDay().toString(Qt::ISODate))
            .arg(S::kReferralsPerDay)
            .arg(S::kLoad * 100)
            .arg(S::kOffered)
            .arg(S::kTakesEarliest * 100)
            .arg(S::kTakesFirst * 100)
            .arg(S::kCancelRate * 100)
            .arg(S::kNoShowRate * 100)
            .arg(S::kLateRate * 100)
            .arg(S::kMostLateMinutes)
            .arg(S::kMostEarlyMinutes)
            .arg(S::kShortestRun * 100)
            .arg(S::kLongestRun * 100),
        simulate};
}

} // namespace chairside::cli
