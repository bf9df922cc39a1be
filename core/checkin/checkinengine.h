#pragma once

#include "access/permission.h"
#include "checkinfacts.h"
#include "decision.h"

#include <QList>
#include <QSet>

#include <optional>

namespace chairside {

/// The check-in decision as a pure function of plain values: the rules of the domain primer applied
/// with the center's policy. Every time it compares or speaks of is the center's wall clock.
class CheckInEngine final
{
public:
    /// Who a request identifies: the patient and which two identifiers matched, or why nobody is.
    struct Identity
    {
        std::optional<Patient> patient;
        QString identifiers; ///< "mrn+dob" or "name+dob"
        std::optional<Reason> problem; ///< PATIENT_NOT_FOUND, IDENTITY_MISMATCH or IDENTITY_AMBIGUOUS
    };

    /// Two identifiers must agree with one record: the MRN's holder must have the date of birth (and the
    /// name, when one is given too); a name and date of birth must belong to exactly one patient.
    static Identity identify(const CheckInRequest &request, const QList<Patient> &candidates);

    /// The answer for the patient at the desk, with every reason that applies, not only the first.
    static Decision decide(const CheckInFacts &facts);

    /// The other centers the decision on these facts speaks of by name (a booking elsewhere, where the next
    /// appointment is), whether or not facts.centerNames has them: most decisions name none, so the
    /// loader reads only these.
    static QSet<qint64> centersNamed(const CheckInFacts &facts);

    /// What a user needs to override a reason: OverrideLate for LATE_BEYOND_GRACE, OverrideEligibility for
    /// ELIGIBILITY_STALE; nothing for any other reason, since nothing overrides identity, paperwork, the
    /// dose or the clock.
    static std::optional<Permission> overridePermission(ReasonCode code);

    /// What an admin may pass with "break glass" in an emergency: the clock's grace and the paperwork and
    /// payer (LATE_BEYOND_GRACE, ELIGIBILITY_STALE, AUTH_MISSING, AUTH_PENDING, AUTH_EXPIRED,
    /// AUTH_VISITS_USED). Never identity, the prescriber's order, the dose, the chair or a cancelled
    /// appointment: those are facts about the patient's safety that no emergency changes.
    static bool emergencyOverridable(ReasonCode code);

    /// The same as applyOverride, for an admin's break glass: any emergencyOverridable() code may be
    /// passed. The late arrival's infusion must still end before closing.
    static Decision applyBreakGlass(const CheckInFacts &facts, const QList<ReasonCode> &codes);

    /// The decision with these reasons overridden: admit. Throws Error::Refused, in words the nurse can
    /// act on, when a code does not apply or cannot be overridden, when a late arrival's infusion would
    /// run past closing, or when any other blocking reason remains.
    static Decision applyOverride(const CheckInFacts &facts, const QList<ReasonCode> &codes);

private:
    /// Admits past these codes, once each is known to be one the caller may pass.
    static Decision admitPast(const CheckInFacts &facts, const QList<ReasonCode> &codes);
};

} // namespace chairside
