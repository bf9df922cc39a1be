#pragma once

#include "simulation.h"

namespace chairside {

/// Runs a month of demand at one center on a throwaway database (in memory): a panel of patients on
/// their therapies' dosing intervals and new referrals ask for slots through the real slot finder
/// (SlotService, with the center's nurse policy and slot offers), choose among the offers and are booked
/// through BookingService; cancellations, no-shows and late arrivals happen at the settings' rates; each
/// day's floor starts infusions as chairs and the nurses allow and records the statuses in the store.
/// Deterministic for a seed.
class Simulator final
{
public:
    explicit Simulator(const SimulationSettings &settings);

    SimulationResult run();

    /// The simulated center's first day: a fixed Monday, so a seed gives the same month on any date.
    static QDate firstDay() { return {2027, 1, 4}; }
    static QString hoursText() { return QStringLiteral("mon-fri 08:00-18:00"); }

private:
    SimulationSettings m_settings;
};

} // namespace chairside
