#pragma once

#include "audit/auditevent.h"
#include "model/center.h"
#include "model/coverage.h"
#include "model/patient.h"
#include "model/prescriberorder.h"
#include "model/priorauthorization.h"
#include "model/user.h"

#include <QString>

namespace chairside {

class Clock;
class Store;

/// Intake: registering a patient and recording what makes them ready for an infusion (the prescriber's
/// order, the insurance coverage and its eligibility check, the payer's prior authorization). Every action
/// needs Permission::RegisterPatient; a refusal is written to the audit trail. Each write and its audit
/// entry commit together; the entry names the records by key, never by the patient's name or birth date.
/// Errors name the field at fault: "mrn", "first", "last", "dob", "patient", "therapy", "from", "to",
/// "doses", "used", "payer", "member", "verified", "visits", "status", "coverage".
class PatientService final
{
public:
    PatientService(Store &store, const Clock &clock);

    static constexpr int kEarliestBirthYear = 1890; ///< a date of birth before this is a typing mistake
    static constexpr int kMostDoses = 1000; ///< doses one order may authorize
    static constexpr int kMostVisits = 1000; ///< visits one prior authorization may approve

    /// Registers the patient (names, MRN, phone and e-mail trimmed) and returns it with its id.
    /// Error::BadData for a missing name or MRN, an MRN of more than one word, or a date of birth that is
    /// missing, in the future or before kEarliestBirthYear; Error::Conflict when the MRN is taken.
    Patient registerPatient(const User &user, Patient patient);

    /// Records a prescriber's order. Error::NotFound for an unknown patient or therapy; Error::BadData
    /// for dates out of order, doses outside 1..kMostDoses or more used than authorized.
    PrescriberOrder addOrder(const User &user, PrescriberOrder order);

    /// Records the patient's insurance and when its eligibility was verified, which cannot be later than
    /// today. Error::BadData for a missing payer, member id or date.
    Coverage addCoverage(const User &user, Coverage coverage);

    /// Records that the payer confirmed the coverage's eligibility today on the center's calendar (the
    /// desk calls the payer before admitting, story 10). Error::NotFound for an unknown coverage.
    Coverage verifyEligibility(const User &user, qint64 coverageId, const Center &center);

    /// Records a payer's prior authorization. Error::NotFound for an unknown patient or therapy;
    /// Error::BadData for dates out of order, visits outside 0..kMostVisits or more used than approved.
    PriorAuthorization addAuthorization(const User &user, PriorAuthorization authorization);

    /// The status a name stands for: approved, pending or denied (as typed, any case). Error::BadData on
    /// "status" for any other word.
    static PriorAuthorization::Status authorizationStatusNamed(const QString &name);

private:
    void requireMay(const User &user, AuditAction action, qint64 patientId);
    void requirePatient(qint64 patientId);
    void requireTherapy(qint64 therapyId);

    Store &m_store;
    const Clock &m_clock;
};

} // namespace chairside
