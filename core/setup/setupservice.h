#pragma once

#include "model/center.h"
#include "model/chair.h"
#include "model/therapy.h"
#include "model/user.h"

#include <QList>
#include <QString>

namespace chairside {

class Clock;
class Store;

/// A new center with what it needs to open: the first-run wizard's result, written whole or not at all.
struct CenterPlan
{
    Center center;
    QList<Chair> chairs; ///< their centerId is filled in
    QList<Therapy> therapies; ///< one already known by its name is left as it is
};

/// Setting up a center: the center with its hours and policy, its chairs, the therapies it infuses.
/// Admins only (Permission::Administer); a refusal is written to the audit trail, and each addition or
/// change is written with its entry in one transaction; a change's entry names each field that changed
/// with its old and new value. Errors name the field at fault: "name", "tz", "phone", "hours", "label",
/// "kind", "active", "minutes", "interval-weeks", "beyond-use-hours", and for the policy "early-minutes",
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
    /// A dose of the dearest biologics costs tens of thousands of dollars; more than a hundred thousand is a
    /// typo.
    static constexpr int kMostDrugCostCents = 10000000;
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

    /// Writes the center's name, time zone, phone, hours and policy (found by its id). The same checks as
    /// addCenter; Error::NotFound for an unknown center; Error::Conflict for another center's name. Returns
    /// the center as stored; nothing is written or audited when nothing changed.
    Center updateCenter(const User &admin, Center center);

    /// Writes the chair's label, kind and whether it is in use (found by its id; its center stays).
    /// Error::Conflict on "label" for another chair's label, and on "active" for a chair taken out of use
    /// while appointments from now on are booked on it.
    Chair updateChair(const User &admin, Chair chair);

    /// Writes every field of the therapy (found by its id). The same checks as addTherapy;
    /// Error::Conflict for a name another therapy has.
    Therapy updateTherapy(const User &admin, Therapy therapy);

    /// Adds the center, its chairs and the therapies not yet known in one transaction: all of it, or on
    /// any error (which names its field as above) nothing.
    Center setUpCenter(const User &admin, CenterPlan plan);

    /// The first run on a new database: the first admin (AccountService::createFirstAdmin) and then
    /// setUpCenter by that admin, in one transaction. Returns the admin, who may then log in.
    User setUpFirstRun(const QString &adminName, const QString &password, CenterPlan plan);

    /// Throws Error::BadData naming the first number of the policy that is out of range.
    static void validatePolicy(const Policy &policy);
    /// The center's own checks (name, time zone, phone, hours) and its policy's.
    static void validateCenter(const Center &center);
    /// Throws Error::BadData on "phone" for a phone number no one could dial; an empty one is allowed.
    static void validatePhone(const QString &phone);
    /// Throws Error::BadData naming the therapy's field that is empty or out of range.
    static void validateTherapy(const Therapy &therapy);

    /// The kind a word names: chair or suite (any case). Error::BadData on "kind" for any other word.
    static Chair::Kind chairKindNamed(const QString &name);

private:
    void requireAdmin(const User &admin, const QString &recordKind);
    Center addCenterAs(const User &admin, Center center);
    Chair addChairAs(const User &admin, Chair chair);
    Therapy addTherapyAs(const User &admin, Therapy therapy);

    Store &m_store;
    const Clock &m_clock;
};

} // namespace chairside
