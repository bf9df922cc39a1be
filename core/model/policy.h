#pragma once

#include <QString>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

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

/// How the slot finder orders what it offers: the earliest first, or the ones that level the day first
/// (the earliest is still offered, marked as such).
enum class SlotOffers
{
    Earliest,
    Level
};

QString slotOffersName(SlotOffers offers);
std::optional<SlotOffers> slotOffersNamed(const QString &name);

/// What the nurses of a center can do, per weekday and hour: how many are on shift, how many infusions
/// one can start in a 15-minute step, and how many patients one may have in chairs at once. An hour
/// with no number set has as many nurses as the chairs need (chairs / patients per nurse, rounded up).
struct NursePolicy
{
    static constexpr int kStepMinutes = 15; ///< the step starts are counted in
    static constexpr int kUnset = -1;
    /// With levelled offers no step is offered more starts than this share of what the nurses can make:
    /// the rest is kept for late arrivals and infusions that run long. (The desk may still book more.)
    static constexpr double kLevelStartShare = 0.75;

    int startsPerNurseStep = 2;
    int patientsPerNurse = 4;
    /// Earliest first unless the admin chooses to level: levelled offers serve fewer patients in the
    /// simulator for now (README, "A level day").
    SlotOffers offers = SlotOffers::Earliest;
    /// nurses[weekday - 1][hour]; kUnset for the default.
    std::array<std::array<int, 24>, 7> nurses = unsetWeek();

    /// Nurses on shift in the local hour of a weekday (1 Monday .. 7 Sunday) at a center of `chairs`.
    int nursesAt(int weekday, int hour, int chairs) const;
    /// Infusions that may start in one step of that hour.
    int startCapacity(int weekday, int hour, int chairs) const
    {
        return nursesAt(weekday, hour, chairs) * startsPerNurseStep;
    }
    /// The starts offered in one step of that hour: all the nurses can make, or with levelled offers
    /// their kLevelStartShare (at least one).
    int offeredStartCapacity(int weekday, int hour, int chairs) const
    {
        const int all = startCapacity(weekday, hour, chairs);
        if (offers == SlotOffers::Earliest || all <= 1)
            return all;
        return std::max(1, int(std::ceil(all * kLevelStartShare)));
    }
    /// Patients that may be in chairs at once in that hour.
    int chairCapacity(int weekday, int hour, int chairs) const
    {
        return nursesAt(weekday, hour, chairs) * patientsPerNurse;
    }
    bool isSet(int weekday, int hour) const
    {
        return nurses[std::size_t(weekday - 1)][std::size_t(hour)] >= 0;
    }

    /// The week's shifts as "mon-fri 07-19=6; sat 08-14=3" (only the hours set), empty when none is.
    QString shiftsText() const;
    /// Reads that form into `nurses`: later entries overwrite earlier ones, "mon 07-19=default" clears
    /// hours back to the default. Throws Error::BadData naming `field` for anything else.
    void applyShifts(const QString &text, const QString &field);

    bool operator==(const NursePolicy &) const = default;

private:
    static std::array<std::array<int, 24>, 7> unsetWeek()
    {
        std::array<std::array<int, 24>, 7> week {};
        for (auto &day : week)
            day.fill(kUnset);
        return week;
    }
};

} // namespace chairside
