#include "readinessreasons.h"

namespace chairside::ReadinessReasons {

std::optional<ReadinessLine::Item> itemOf(ReasonCode code)
{
    // The queue asks the check-in engine what it would say if the patient walked in at the appointment's
    // start, and keeps only what can be put right before that day by a phone call, the prescriber, the
    // payer or the pharmacy: the paperwork and the dose. Every other reason is about the arrival itself,
    // which has not happened yet, and so is not the queue's to report:
    // - who is at the desk (PATIENT_NOT_FOUND, IDENTITY_MISMATCH, IDENTITY_AMBIGUOUS): the queue asks with
    //   the record's own MRN and date of birth;
    // - when and where they come (NO_APPOINTMENT_TODAY, WRONG_CENTER, TOO_EARLY, LATE_WITHIN_GRACE,
    //   LATE_BEYOND_GRACE): the clock is the start, at the booked center;
    // - the appointment's own state (ALREADY_CHECKED_IN, APPOINTMENT_CANCELLED): only booked ones are
    //   listed;
    // - CHAIR_NOT_FREE: who is still in the chairs depends on the infusions before it that day, which
    //   booking already keeps apart; it is the nurse's on the day, not the intake's days ahead.
    switch (code) {
    case ReasonCode::OrderMissing:
    case ReasonCode::OrderExpired:
    case ReasonCode::OrderDosesUsed:
        return ReadinessLine::Item::Order;
    case ReasonCode::AuthMissing:
    case ReasonCode::AuthPending:
    case ReasonCode::AuthDenied:
    case ReasonCode::AuthExpired:
    case ReasonCode::AuthVisitsUsed:
        return ReadinessLine::Item::Authorization;
    case ReasonCode::EligibilityStale:
        return ReadinessLine::Item::Eligibility;
    // A dose is compounded for its slot within the pharmacy's lead time, so before then "not prepared"
    // is simply not yet (isDoseReason). A wasted or too-early dose is made again in the same window.
    case ReasonCode::MedicationNotReady:
    case ReasonCode::DoseExpired:
        return ReadinessLine::Item::Dose;
    case ReasonCode::PatientNotFound:
    case ReasonCode::IdentityMismatch:
    case ReasonCode::IdentityAmbiguous:
    case ReasonCode::NoAppointmentToday:
    case ReasonCode::WrongCenter:
    case ReasonCode::TooEarly:
    case ReasonCode::LateWithinGrace:
    case ReasonCode::LateBeyondGrace:
    case ReasonCode::ChairNotFree:
    case ReasonCode::AlreadyCheckedIn:
    case ReasonCode::AppointmentCancelled:
        return std::nullopt;
    }
    return std::nullopt;
}

QList<ReasonCode> codes()
{
    QList<ReasonCode> result;
    for (const ReasonCode code : allReasonCodes()) {
        if (itemOf(code))
            result << code;
    }
    return result;
}

bool isDoseReason(ReasonCode code)
{
    return itemOf(code) == ReadinessLine::Item::Dose;
}

} // namespace chairside::ReadinessReasons
