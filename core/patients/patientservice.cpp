#include "patientservice.h"

#include "access/permission.h"
#include "common/clock.h"
#include "common/error.h"
#include "scheduling/centertime.h"
#include "store/scopedtransaction.h"
#include "store/store.h"

namespace chairside {

namespace {

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

/// An entry about one of the patient's records, by key: the trail never holds a name or a birth date.
AuditEvent recordEvent(AuditAction action, const User &user, const QString &recordKind, qint64 recordId,
    qint64 patientId, const QString &reason = {})
{
    AuditEvent event;
    event.action = action;
    event.userName = user.name;
    event.recordKind = recordKind;
    event.recordId = recordId;
    event.patientId = patientId;
    event.reason = reason;
    return event;
}

void requireDates(const QDate &from, const QDate &to, const QString &what)
{
    if (!from.isValid())
        throw Error::badData(
            QStringLiteral("from"), QStringLiteral("The %1 needs the date it starts.").arg(what));
    if (!to.isValid())
        throw Error::badData(
            QStringLiteral("to"), QStringLiteral("The %1 needs the date it ends.").arg(what));
    if (to < from) {
        throw Error::badData(QStringLiteral("to"),
            QStringLiteral("The %1 ends on %2, before it starts on %3; check the two dates.")
                .arg(what, iso(to), iso(from)));
    }
}

/// A count that must lie in [minimum, maximum], and a count used of it that cannot exceed it.
void requireCounts(int count, int minimum, int maximum, const QString &countField, int used,
    const QString &usedField, const QString &noun)
{
    if (count < minimum || count > maximum) {
        throw Error::badData(countField,
            QStringLiteral("%1 %2 is not possible; give a number from %3 to %4.")
                .arg(count)
                .arg(noun)
                .arg(minimum)
                .arg(maximum));
    }
    if (used < 0 || used > count) {
        throw Error::badData(usedField,
            QStringLiteral("%1 %2 used is not possible out of %3; give a number from 0 to %3.")
                .arg(used)
                .arg(noun)
                .arg(count));
    }
}

} // namespace

PatientService::PatientService(Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{ }

void PatientService::requireMay(const User &user, AuditAction action, qint64 patientId)
{
    AuditEvent refusal;
    refusal.action = action;
    refusal.recordKind = QStringLiteral("patient");
    refusal.recordId = patientId;
    refusal.patientId = patientId;
    requirePermission(m_store, m_clock.nowUtc(), user, Permission::RegisterPatient, refusal);
}

void PatientService::requirePatient(qint64 patientId)
{
    if (!m_store.patient(patientId)) {
        throw Error(Error::Kind::NotFound, QStringLiteral("There is no patient number %1.").arg(patientId),
            QStringLiteral("patient"));
    }
}

void PatientService::requireTherapy(qint64 therapyId)
{
    if (!m_store.therapy(therapyId)) {
        throw Error(Error::Kind::NotFound,
            QStringLiteral("There is no therapy number %1; an admin adds therapies.").arg(therapyId),
            QStringLiteral("therapy"));
    }
}

Patient PatientService::registerPatient(const User &user, Patient patient)
{
    requireMay(user, AuditAction::PatientAdded, 0);
    patient.mrn = patient.mrn.trimmed();
    patient.firstName = patient.firstName.trimmed();
    patient.lastName = patient.lastName.trimmed();
    patient.preferredName = patient.preferredName.trimmed();
    patient.phone = patient.phone.trimmed();
    patient.email = patient.email.trimmed();
    if (!patient.dateOfBirth.isValid()) {
        throw Error::badData(
            QStringLiteral("dob"), QStringLiteral("The date of birth is missing or not a date."));
    }
    const QDateTime now = m_clock.nowUtc();
    if (patient.dateOfBirth > now.date()) {
        throw Error::badData(QStringLiteral("dob"),
            QStringLiteral("The date of birth %1 is in the future.").arg(iso(patient.dateOfBirth)));
    }
    if (patient.dateOfBirth.year() < kEarliestBirthYear) {
        throw Error::badData(QStringLiteral("dob"),
            QStringLiteral("The date of birth %1 is too long ago to be right.")
                .arg(iso(patient.dateOfBirth)));
    }
    if (patient.mrn.contains(QLatin1Char(' '))) {
        throw Error::badData(QStringLiteral("mrn"),
            QStringLiteral("The MRN \"%1\" has a space in it; an MRN is one word.").arg(patient.mrn));
    }
    // The store refuses an empty name or MRN, and a taken MRN, under the same write lock as the insert: a
    // second desk registering the same MRN at the same moment is refused rather than duplicated.
    ScopedTransaction transaction(m_store.database());
    patient.id = m_store.addPatient(patient);
    m_store.audit(
        recordEvent(AuditAction::PatientAdded, user, QStringLiteral("patient"), patient.id, patient.id), now);
    transaction.commit();
    return patient;
}

PrescriberOrder PatientService::addOrder(const User &user, PrescriberOrder order)
{
    requireMay(user, AuditAction::OrderAdded, order.patientId);
    order.prescriber = order.prescriber.trimmed();
    requireDates(order.validFrom, order.validTo, QStringLiteral("order"));
    requireCounts(order.dosesAuthorized, 1, kMostDoses, QStringLiteral("doses"), order.dosesUsed,
        QStringLiteral("used"), QStringLiteral("doses"));
    const QDateTime now = m_clock.nowUtc();
    ScopedTransaction transaction(m_store.database());
    requirePatient(order.patientId);
    requireTherapy(order.therapyId);
    order.id = m_store.addOrder(order);
    m_store.audit(
        recordEvent(AuditAction::OrderAdded, user, QStringLiteral("order"), order.id, order.patientId,
            QStringLiteral("therapy %1, %2 to %3, %4 doses, %5 used")
                .arg(order.therapyId)
                .arg(iso(order.validFrom), iso(order.validTo))
                .arg(order.dosesAuthorized)
                .arg(order.dosesUsed)),
        now);
    transaction.commit();
    return order;
}

Coverage PatientService::addCoverage(const User &user, Coverage coverage)
{
    requireMay(user, AuditAction::CoverageAdded, coverage.patientId);
    coverage.payer = coverage.payer.trimmed();
    coverage.memberId = coverage.memberId.trimmed();
    if (!coverage.eligibilityVerifiedOn.isValid()) {
        throw Error::badData(QStringLiteral("verified"),
            QStringLiteral("Give the date the payer last confirmed eligibility."));
    }
    // Today at the center may be tomorrow in UTC, or yesterday: a day's leeway either way of the UTC date.
    const QDateTime now = m_clock.nowUtc();
    if (coverage.eligibilityVerifiedOn > now.date().addDays(1)) {
        throw Error::badData(QStringLiteral("verified"),
            QStringLiteral("The eligibility check's date %1 is in the future.")
                .arg(iso(coverage.eligibilityVerifiedOn)));
    }
    ScopedTransaction transaction(m_store.database());
    requirePatient(coverage.patientId);
    coverage.id = m_store.addCoverage(coverage);
    m_store.audit(recordEvent(AuditAction::CoverageAdded, user, QStringLiteral("coverage"), coverage.id,
                      coverage.patientId,
                      QStringLiteral("eligibility verified %1").arg(iso(coverage.eligibilityVerifiedOn))),
        now);
    transaction.commit();
    return coverage;
}

Coverage PatientService::verifyEligibility(const User &user, qint64 coverageId, const Center &center)
{
    const auto before = m_store.coverage(coverageId);
    requireMay(user, AuditAction::EligibilityVerified, before ? before->patientId : 0);
    const QDateTime now = m_clock.nowUtc();
    const QDate today = CenterTime::localDate(center, now);
    ScopedTransaction transaction(m_store.database());
    auto coverage = m_store.coverage(coverageId);
    if (!coverage) {
        throw Error(Error::Kind::NotFound, QStringLiteral("There is no coverage number %1.").arg(coverageId),
            QStringLiteral("coverage"));
    }
    const QDate previous = coverage->eligibilityVerifiedOn;
    m_store.setEligibilityVerified(coverageId, today, user.name, now);
    m_store.audit(recordEvent(AuditAction::EligibilityVerified, user, QStringLiteral("coverage"), coverageId,
                      coverage->patientId,
                      QStringLiteral("verified %1 to %2")
                          .arg(previous.isValid() ? iso(previous) : QStringLiteral("never"), iso(today))),
        now);
    transaction.commit();
    coverage->eligibilityVerifiedOn = today;
    coverage->eligibilityVerifiedBy = user.name;
    coverage->eligibilityVerifiedAtUtc = now;
    return *coverage;
}

PriorAuthorization PatientService::addAuthorization(const User &user, PriorAuthorization authorization)
{
    requireMay(user, AuditAction::AuthorizationAdded, authorization.patientId);
    authorization.payer = authorization.payer.trimmed();
    requireDates(authorization.validFrom, authorization.validTo, QStringLiteral("authorization"));
    requireCounts(authorization.visitsApproved, 0, kMostVisits, QStringLiteral("visits"),
        authorization.visitsUsed, QStringLiteral("used"), QStringLiteral("visits"));
    const QDateTime now = m_clock.nowUtc();
    ScopedTransaction transaction(m_store.database());
    requirePatient(authorization.patientId);
    requireTherapy(authorization.therapyId);
    authorization.id = m_store.addAuthorization(authorization);
    m_store.audit(recordEvent(AuditAction::AuthorizationAdded, user, QStringLiteral("authorization"),
                      authorization.id, authorization.patientId,
                      QStringLiteral("therapy %1, %2, %3 to %4, %5 visits, %6 used")
                          .arg(authorization.therapyId)
                          .arg(PriorAuthorization::statusName(authorization.status),
                              iso(authorization.validFrom), iso(authorization.validTo))
                          .arg(authorization.visitsApproved)
                          .arg(authorization.visitsUsed)),
        now);
    transaction.commit();
    return authorization;
}

PriorAuthorization::Status PatientService::authorizationStatusNamed(const QString &name)
{
    const QString word = name.trimmed().toLower();
    if (const auto status = PriorAuthorization::statusFromName(word))
        return *status;
    throw Error::badData(QStringLiteral("status"),
        QStringLiteral("An authorization's status is approved, pending or denied, not \"%1\".").arg(word));
}

} // namespace chairside
