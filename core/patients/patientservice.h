#pragma once

#include "audit/auditevent.h"
#include "model/center.h"
#include "model/coverage.h"
#include "model/patient.h"
#include "model/prescriberorder.h"
#include "model/priorauthorization.h"
#include "model/user.h"
#include "mrnpattern.h"

#include <QList>
#include <QString>

#include <optional>

namespace chairside {

class Clock;
class Store;

/// Intake: registering a patient and recording what makes them ready for an infusion (the prescriber's
/// order, the insurance coverage and its eligibility check, the payer's prior authorization), and
/// correcting each of them later. Every action needs Permission::RegisterPatient, which every role has:
/// the receptionist registers and re-verifies on the phone, the nurse corrects what the chair shows, the
/// admin anything; a disabled account is refused, and the refusal is written to the audit trail. Each
/// write and its audit entry commit together; the entry names the records by key and says what changed
/// from what to what, never the patient's name or birth date ("phone changed", "status pending to
/// approved, visits 0 to 6"). Errors name the field at fault: "mrn", "first", "last", "dob", "phone",
/// "email", "patient", "therapy", "order", "from", "to", "doses", "used", "prescriber", "payer", "member",
/// "verified", "visits", "status", "coverage", "authorization", "pattern".
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
    /// A phone number must have from kFewestPhoneDigits to kMostPhoneDigits digits, and an e-mail address
    /// one "@" between a name and a domain with a dot. `duplicatesShown`, the patients DuplicateFinder
    /// offered and the user declared to be other people, are named by key in the audit entry.
    Patient registerPatient(const User &user, Patient patient, const QList<qint64> &duplicatesShown = {});

    /// Corrects the patient's demographics (patient.id names them) under the rules of registerPatient;
    /// a new MRN is refused (Error::Conflict on "mrn") when another patient has it. Returns the record as
    /// now stored; nothing is written when nothing changed.
    Patient updatePatient(const User &user, Patient patient);

    /// Records a prescriber's order. Error::NotFound for an unknown patient or therapy; Error::BadData
    /// for dates out of order, doses outside 1..kMostDoses or more used than authorized.
    PrescriberOrder addOrder(const User &user, PrescriberOrder order);

    /// Changes an order's prescriber, dates and doses (order.id names it; its patient and therapy stay),
    /// under the rules of addOrder. Error::NotFound on "order" for an unknown order.
    PrescriberOrder updateOrder(const User &user, PrescriberOrder order);

    /// Records the patient's insurance and when its eligibility was verified, which cannot be later than
    /// today. Error::BadData for a missing payer, member id or date.
    Coverage addCoverage(const User &user, Coverage coverage);

    /// Records that the payer confirmed the coverage's eligibility today on the center's calendar (the
    /// desk calls the payer before admitting, story 10). Error::NotFound for an unknown coverage.
    Coverage verifyEligibility(const User &user, qint64 coverageId, const Center &center);

    /// Changes a coverage's payer and member id (coverage.id names it); the eligibility check stays.
    Coverage updateCoverage(const User &user, Coverage coverage);

    /// The coverage whose eligibility to verify: the patient's coverage by `payer` (any case; the most
    /// recently verified when the payer is there twice), or, without a payer, the only one. Error::NotFound
    /// on "payer" or "coverage" when there is none; Error::BadData on "payer" when the patient has coverage
    /// by several payers and none was named: verifying the wrong payer would clear the desk wrongly.
    Coverage coverageToVerify(qint64 patientId, const QString &payer);

    /// Records a payer's prior authorization. Error::NotFound for an unknown patient or therapy;
    /// Error::BadData for dates out of order, visits outside 0..kMostVisits or more used than approved.
    PriorAuthorization addAuthorization(const User &user, PriorAuthorization authorization);

    /// Changes an authorization's status, payer, dates, visits and reference (authorization.id names it;
    /// its patient and therapy stay), under the rules of addAuthorization; an approved one needs at least
    /// one visit. Any status may follow any other: a denial may be overturned on appeal.
    PriorAuthorization updateAuthorization(const User &user, PriorAuthorization authorization);

    /// The organization's MRN pattern, or nothing when none was set.
    std::optional<MrnPattern> mrnPattern();
    /// Sets the MRN pattern (an admin's act, Permission::Administer, audited as a setting).
    MrnPattern setMrnPattern(const User &user, const QString &text);
    /// The MRN after the highest one on file that fits the pattern (the first when none does).
    /// Error::Refused on "mrn" when no pattern is set or its numbers are used up.
    QString nextMrn();
    /// The same for a pattern not yet set: what nextMrn() would give once it is (a preview for the admin).
    QString nextMrn(const MrnPattern &pattern);

    static constexpr int kFewestPhoneDigits = 7;
    static constexpr int kMostPhoneDigits = 15;

    /// The status a name stands for: approved, pending or denied (as typed, any case). Error::BadData on
    /// "status" for any other word.
    static PriorAuthorization::Status authorizationStatusNamed(const QString &name);

private:
    void requireMay(const User &user, AuditAction action, qint64 patientId);
    void checkPatient(Patient &patient, const QDateTime &nowUtc) const;
    void requirePatient(qint64 patientId);
    void requireTherapy(qint64 therapyId);

    Store &m_store;
    const Clock &m_clock;
};

} // namespace chairside
