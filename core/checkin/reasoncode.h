#pragma once

#include "outcome.h"

#include <QList>
#include <QString>

#include <optional>

namespace chairside {

/// Why the check-in decision came out as it did. The code strings are the upper-case names below and
/// are part of the CLI's contract.
enum class ReasonCode
{
    PatientNotFound,
    IdentityMismatch,
    IdentityAmbiguous, ///< two patients share the name and date of birth: ask for the MRN
    NoAppointmentToday,
    WrongCenter,
    TooEarly,
    LateWithinGrace, ///< a note: admitted all the same
    LateBeyondGrace,
    OrderMissing,
    OrderExpired,
    OrderDosesUsed,
    AuthMissing,
    AuthPending,
    AuthDenied,
    AuthExpired,
    AuthVisitsUsed,
    EligibilityStale,
    MedicationNotReady,
    DoseExpired,
    ChairNotFree,
    AlreadyCheckedIn, ///< a note: nothing is done again
    AppointmentCancelled,
};

/// "PATIENT_NOT_FOUND", "LATE_WITHIN_GRACE", ...
QString reasonCodeName(ReasonCode code);
/// Reads a code name, case-insensitive.
std::optional<ReasonCode> reasonCodeFromName(const QString &name);
QList<ReasonCode> allReasonCodes();

/// What the reason alone makes of the check-in: Admit for the notes that do not block.
Outcome outcomeOf(ReasonCode code);
inline bool isBlocking(ReasonCode code)
{
    return outcomeOf(code) != Outcome::Admit;
}

} // namespace chairside
