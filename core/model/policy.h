#pragma once

namespace chairside {

/// The numbers a center's admin sets. The defaults are the ones the domain primer gives.
struct Policy
{
    int earlyArrivalMinutes = 60; ///< how long before the start a patient may check in
    int graceMinutes = 15; ///< how late a patient may be and still be admitted
    int eligibilityFreshDays = 30; ///< an eligibility check older than this must be repeated
    int pharmacyLeadHours = 24; ///< no new slot sooner than this: the dose must be compounded
    int slotGridMinutes = 15; ///< slots start on this grid, counted from midnight local time
    int noShowFeeCents = 5000; ///< charged to a patient who does not come
    int readinessDays = 7; ///< how many days ahead the readiness queue looks

    bool operator==(const Policy &) const = default;
};

} // namespace chairside
