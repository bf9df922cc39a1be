#pragma once

#include "model/center.h"
#include "model/chair.h"
#include "model/therapy.h"
#include "model/user.h"

#include <QString>

namespace chairside {

class Clock;
class Store;

/// Setting up a center: the center with its hours and policy, its chairs, the therapies it infuses.
/// Admins only (Permission::Administer); a refusal is written to the audit trail, and each addition is
/// written with its entry in one transaction. Errors name the field at fault: "name", "tz", "hours",
/// "label", "kind", "minutes", "interval-weeks", "beyond-use-hours", and for the policy "early-minutes",
/// "grace-minutes", "eligibility-days", "lead-hours", "grid-minutes", "no-show-fee-cents", "readiness-days".
class SetupService final
{
public:
    SetupService(Store &store, const Clock &clock);

    // What a center's policy may say. Its defaults are Policy's own.
    static constexpr int kMostEarlyMinutes = 24 * 60;
    static constexpr int kMostGraceMinutes = 24 * 60;
    static constexpr int kMostEligibilityDays = 3650;
    static constexpr int kMostLeadHours = 24 * 30;
    static constexpr int kFewestGridMinutes = 5;
    static constexpr int kMostGridMinutes = 240;
    static constexpr int kMostNoShowFeeCents = 10'000'000;
    static constexpr int kMostReadinessDays = 60; ///< the schema's own limit

    // What a therapy may say.
    static constexpr int kMostInfusionMinutes = 12 * 60;
    static constexpr int kMostIntervalWeeks = 104;
    static constexpr int kMostBeyondUseHours = 24 * 60;
    /// A compounded dose's beyond-use time when none is given (USP 797's room-temperature day).
    static constexpr int kDefaultBeyondUseHours = 24;

    /// Adds the center and its opening hours. Error::BadData for an empty name, an unknown time zone
    /// or a policy number out of range (validatePolicy); Error::Conflict for a name already taken.
    Center addCenter(const User &admin, Center center);

    /// Adds a chair or suite to its center. Error::BadData for an empty label; Error::NotFound for an
    /// unknown center; Error::Conflict for a label the center already has.
    Chair addChair(const User &admin, Chair chair);

    /// Adds a therapy. Error::BadData for an empty name or a length, interval or beyond-use time out of
    /// range; Error::Conflict for a name already taken.
    Therapy addTherapy(const User &admin, Therapy therapy);

    /// Throws Error::BadData naming the first number of the policy that is out of range.
    static void validatePolicy(const Policy &policy);

    /// The kind a word names: chair or suite (any case). Error::BadData on "kind" for any other word.
    static Chair::Kind chairKindNamed(const QString &name);

private:
    void requireAdmin(const User &admin, const QString &recordKind);

    Store &m_store;
    const Clock &m_clock;
};

} // namespace chairside
