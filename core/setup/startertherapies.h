#pragma once

#include "model/therapy.h"

#include <QList>

namespace chairside {

/// The infusion therapies a new center most often gives, with their usual chair time, dosing interval
/// and whether the pharmacy compounds each dose for one patient: the first-run wizard offers them to be
/// ticked and adjusted. Chair time is the infusion with its usual observation, for a maintenance dose;
/// a center changes any number to its own practice.
class StarterTherapies final
{
public:
    StarterTherapies() = delete;

    /// By generic name, without ids.
    static QList<Therapy> all();
    /// The ones ticked at first: the four the primer names (infliximab, vedolizumab, ocrelizumab, IVIG).
    static bool isCommon(const Therapy &therapy);
};

} // namespace chairside
