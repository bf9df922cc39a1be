#include "reasoncode.h"

#include <array>
#include <utility>

namespace chairside {

namespace {

constexpr std::array<std::pair<ReasonCode, const char *>, 22> kNames = {{
    {ReasonCode::PatientNotFound, "PATIENT_NOT_FOUND"},
    {ReasonCode::IdentityMismatch, "IDENTITY_MISMATCH"},
    {ReasonCode::IdentityAmbiguous, "IDENTITY_AMBIGUOUS"},
    {ReasonCode::NoAppointmentToday, "NO_APPOINTMENT_TODAY"},
    {ReasonCode::WrongCenter, "WRONG_CENTER"},
    {ReasonCode::TooEarly, "TOO_EARLY"},
    {ReasonCode::LateWithinGrace, "LATE_WITHIN_GRACE"},
    {ReasonCode::LateBeyondGrace, "LATE_BEYOND_GRACE"},
    {ReasonCode::OrderMissing, "ORDER_MISSING"},
    {ReasonCode::OrderExpired, "ORDER_EXPIRED"},
    {ReasonCode::OrderDosesUsed, "ORDER_DOSES_USED"},
    {ReasonCode::AuthMissing, "AUTH_MISSING"},
    {ReasonCode::AuthPending, "AUTH_PENDING"},
    {ReasonCode::AuthDenied, "AUTH_DENIED"},
    {ReasonCode::AuthExpired, "AUTH_EXPIRED"},
    {ReasonCode::AuthVisitsUsed, "AUTH_VISITS_USED"},
    {ReasonCode::EligibilityStale, "ELIGIBILITY_STALE"},
    {ReasonCode::MedicationNotReady, "MEDICATION_NOT_READY"},
    {ReasonCode::DoseExpired, "DOSE_EXPIRED"},
    {ReasonCode::ChairNotFree, "CHAIR_NOT_FREE"},
    {ReasonCode::AlreadyCheckedIn, "ALREADY_CHECKED_IN"},
    {ReasonCode::AppointmentCancelled, "APPOINTMENT_CANCELLED"},
}};

} // namespace

QString reasonCodeName(ReasonCode code)
{
    for (const auto &[value, name] : kNames) {
        if (value == code)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<ReasonCode> reasonCodeFromName(const QString &name)
{
    const QString wanted = name.trimmed();
    for (const auto &[value, text] : kNames) {
        if (wanted.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

QList<ReasonCode> allReasonCodes()
{
    QList<ReasonCode> result;
    for (const auto &[value, name] : kNames)
        result << value;
    return result;
}

Outcome outcomeOf(ReasonCode code)
{
    switch (code) {
    case ReasonCode::PatientNotFound:
    case ReasonCode::IdentityMismatch:
    case ReasonCode::IdentityAmbiguous:
        return Outcome::Unidentified;
    // Each of these means there is no infusion for this patient today: no appointment here, no valid
    // paperwork to bill it, or no usable dose.
    case ReasonCode::NoAppointmentToday:
    case ReasonCode::WrongCenter:
    case ReasonCode::LateBeyondGrace:
    case ReasonCode::OrderMissing:
    case ReasonCode::OrderExpired:
    case ReasonCode::OrderDosesUsed:
    case ReasonCode::AuthMissing:
    case ReasonCode::AuthPending:
    case ReasonCode::AuthDenied:
    case ReasonCode::AuthExpired:
    case ReasonCode::AuthVisitsUsed:
    case ReasonCode::DoseExpired:
    case ReasonCode::AppointmentCancelled:
        return Outcome::Reschedule;
    // These clear up within the visit: the clock, a phone call to the payer, the pharmacy, a chair.
    case ReasonCode::TooEarly:
    case ReasonCode::EligibilityStale:
    case ReasonCode::MedicationNotReady:
    case ReasonCode::ChairNotFree:
        return Outcome::Wait;
    case ReasonCode::LateWithinGrace:
    case ReasonCode::AlreadyCheckedIn:
        return Outcome::Admit;
    }
    return Outcome::Unidentified;
}

} // namespace chairside
