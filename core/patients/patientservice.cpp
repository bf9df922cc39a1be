#include "patientservice.h"

#include "access/permission.h"
#include "common/clock.h"
#include "common/error.h"
#include "scheduling/centertime.h"
#include "store/scopedtransaction.h"
#include "store/store.h"
#include "text/namenormalizer.h"

#include <QCoreApplication>
#include <QStringList>

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
        throw Error::badData(QStringLiteral("from"),
            QCoreApplication::translate("PatientService", "The %1 needs the date it starts.").arg(what));
    if (!to.isValid())
        throw Error::badData(QStringLiteral("to"),
            QCoreApplication::translate("PatientService", "The %1 needs the date it ends.").arg(what));
    if (to < from) {
        throw Error::badData(QStringLiteral("to"),
            QCoreApplication::translate(
                "PatientService", "The %1 ends on %2, before it starts on %3; check the two dates.")
                .arg(what, iso(to), iso(from)));
    }
}

/// A count that must lie in [minimum, maximum], and a count used of it that cannot exceed it.
void requireCounts(int count, int minimum, int maximum, const QString &countField, int used,
    const QString &usedField, const QString &noun)
{
    if (count < minimum || count > maximum) {
        throw Error::badData(countField,
            QCoreApplication::translate(
                "PatientService", "%1 %2 is not possible; give a number from %3 to %4.")
                .arg(count)
                .arg(noun)
                .arg(minimum)
                .arg(maximum));
    }
    if (used < 0 || used > count) {
        throw Error::badData(usedField,
            QCoreApplication::translate(
                "PatientService", "%1 %2 used is not possible out of %3; give a number from 0 to %3.")
                .arg(used)
                .arg(noun)
                .arg(count));
    }
}

/// What changed between two values, as the audit trail may say it: "doses 6 to 8".
void noteChange(QStringList &changes, const QString &what, const QString &before, const QString &after)
{
    if (before != after) {
        changes << QStringLiteral("%1 %2 to %3")
                       .arg(what, before.isEmpty() ? QStringLiteral("none") : before,
                           after.isEmpty() ? QStringLiteral("none") : after);
    }
}

void noteChange(QStringList &changes, const QString &what, int before, int after)
{
    noteChange(changes, what, QString::number(before), QString::number(after));
}

/// That a value changed, without saying it: for names, dates of birth and contact details.
void noteChanged(QStringList &changes, const QString &what, bool changed)
{
    if (changed)
        changes << QStringLiteral("%1 changed").arg(what);
}

Error notFound(const QString &field, const QString &message)
{
    return Error(Error::Kind::NotFound, message, field);
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
        throw Error(Error::Kind::NotFound,
            QCoreApplication::translate("PatientService", "There is no patient number %1.").arg(patientId),
            QStringLiteral("patient"));
    }
}

void PatientService::requireTherapy(qint64 therapyId)
{
    if (!m_store.therapy(therapyId)) {
        throw Error(Error::Kind::NotFound,
            QCoreApplication::translate(
                "PatientService", "There is no therapy number %1; an admin adds therapies.")
                .arg(therapyId),
            QStringLiteral("therapy"));
    }
}

void PatientService::checkPatient(Patient &patient, const QDateTime &nowUtc) const
{
    patient.mrn = patient.mrn.trimmed();
    patient.firstName = patient.firstName.trimmed();
    patient.lastName = patient.lastName.trimmed();
    patient.preferredName = patient.preferredName.trimmed();
    patient.phone = patient.phone.trimmed();
    patient.email = patient.email.trimmed();
    if (patient.mrn.isEmpty())
        throw Error::badData(
            QStringLiteral("mrn"), QCoreApplication::translate("PatientService", "The MRN is empty."));
    if (patient.mrn.contains(QLatin1Char(' '))) {
        throw Error::badData(QStringLiteral("mrn"),
            QCoreApplication::translate(
                "PatientService", "The MRN \"%1\" has a space in it; an MRN is one word.")
                .arg(patient.mrn));
    }
    if (patient.firstName.isEmpty())
        throw Error::badData(QStringLiteral("first"),
            QCoreApplication::translate("PatientService", "The first name is empty."));
    if (patient.lastName.isEmpty())
        throw Error::badData(
            QStringLiteral("last"), QCoreApplication::translate("PatientService", "The last name is empty."));
    if (!patient.dateOfBirth.isValid()) {
        throw Error::badData(QStringLiteral("dob"),
            QCoreApplication::translate("PatientService", "The date of birth is missing or not a date."));
    }
    if (patient.dateOfBirth > nowUtc.date()) {
        throw Error::badData(QStringLiteral("dob"),
            QCoreApplication::translate("PatientService", "The date of birth %1 is in the future.")
                .arg(iso(patient.dateOfBirth)));
    }
    if (patient.dateOfBirth.year() < kEarliestBirthYear) {
        throw Error::badData(QStringLiteral("dob"),
            QCoreApplication::translate("PatientService", "The date of birth %1 is too long ago to be right.")
                .arg(iso(patient.dateOfBirth)));
    }
    if (!patient.phone.isEmpty()) {
        const qsizetype digits = NameNormalizer::phoneDigits(patient.phone).size();
        if (digits < kFewestPhoneDigits || digits > kMostPhoneDigits) {
            throw Error::badData(QStringLiteral("phone"),
                QCoreApplication::translate(
                    "PatientService", "The phone number \"%1\" has %2 digits; a phone number has %3 to %4.")
                    .arg(patient.phone)
                    .arg(digits)
                    .arg(kFewestPhoneDigits)
                    .arg(kMostPhoneDigits));
        }
    }
    if (!patient.email.isEmpty()) {
        const qsizetype at = patient.email.indexOf(QLatin1Char('@'));
        const bool looksRight = at > 0 && patient.email.count(QLatin1Char('@')) == 1
            && patient.email.indexOf(QLatin1Char('.'), at + 2) > at + 1
            && !patient.email.endsWith(QLatin1Char('.')) && !patient.email.contains(QLatin1Char(' '));
        if (!looksRight) {
            throw Error::badData(QStringLiteral("email"),
                QCoreApplication::translate(
                    "PatientService", "\"%1\" is not an e-mail address; one reads like name@example.org.")
                    .arg(patient.email));
        }
    }
}

Patient PatientService::registerPatient(
    const User &user, Patient patient, const QList<qint64> &duplicatesShown)
{
    requireMay(user, AuditAction::PatientAdded, 0);
    const QDateTime now = m_clock.nowUtc();
    checkPatient(patient, now);
    QString reason;
    if (!duplicatesShown.isEmpty()) {
        QStringList ids;
        for (const qint64 id : duplicatesShown)
            ids << QString::number(id);
        reason
            = QStringLiteral("registered as a different person than likely duplicate %1 %2")
                  .arg(duplicatesShown.size() == 1 ? QStringLiteral("patient") : QStringLiteral("patients"),
                      ids.join(QStringLiteral(", ")));
    }
    // The store refuses a taken MRN under the same write lock as the insert: a second desk registering
    // the same MRN at the same moment is refused rather than duplicated.
    ScopedTransaction transaction(m_store.database());
    patient.id = m_store.addPatient(patient);
    m_store.audit(recordEvent(AuditAction::PatientAdded, user, QStringLiteral("patient"), patient.id,
                      patient.id, reason),
        now);
    transaction.commit();
    return patient;
}

Patient PatientService::updatePatient(const User &user, Patient patient)
{
    requireMay(user, AuditAction::PatientChanged, patient.id);
    const QDateTime now = m_clock.nowUtc();
    checkPatient(patient, now);
    ScopedTransaction transaction(m_store.database());
    const auto before = m_store.patient(patient.id);
    if (!before)
        throw notFound(QStringLiteral("patient"),
            QCoreApplication::translate("PatientService", "There is no patient number %1.").arg(patient.id));
    QStringList changes;
    noteChange(changes, QStringLiteral("MRN"), before->mrn, patient.mrn);
    noteChanged(changes, QStringLiteral("first name"), before->firstName != patient.firstName);
    noteChanged(changes, QStringLiteral("last name"), before->lastName != patient.lastName);
    noteChanged(changes, QStringLiteral("preferred name"), before->preferredName != patient.preferredName);
    noteChanged(changes, QStringLiteral("date of birth"), before->dateOfBirth != patient.dateOfBirth);
    noteChanged(changes, QStringLiteral("phone"), before->phone != patient.phone);
    noteChanged(changes, QStringLiteral("email"), before->email != patient.email);
    if (changes.isEmpty())
        return *before;
    m_store.updatePatient(patient);
    m_store.audit(recordEvent(AuditAction::PatientChanged, user, QStringLiteral("patient"), patient.id,
                      patient.id, changes.join(QStringLiteral(", "))),
        now);
    transaction.commit();
    return patient;
}

PrescriberOrder PatientService::addOrder(const User &user, PrescriberOrder order)
{
    requireMay(user, AuditAction::OrderAdded, order.patientId);
    order.prescriber = order.prescriber.trimmed();
    requireDates(order.validFrom, order.validTo, QCoreApplication::translate("PatientService", "order"));
    requireCounts(order.dosesAuthorized, 1, kMostDoses, QStringLiteral("doses"), order.dosesUsed,
        QStringLiteral("used"), QCoreApplication::translate("PatientService", "doses"));
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

PrescriberOrder PatientService::updateOrder(const User &user, PrescriberOrder order)
{
    const auto stored = m_store.order(order.id);
    requireMay(user, AuditAction::OrderChanged, stored ? stored->patientId : 0);
    if (!stored)
        throw notFound(QStringLiteral("order"),
            QCoreApplication::translate("PatientService", "There is no order number %1.").arg(order.id));
    order.patientId = stored->patientId;
    order.therapyId = stored->therapyId;
    order.prescriber = order.prescriber.trimmed();
    requireDates(order.validFrom, order.validTo, QCoreApplication::translate("PatientService", "order"));
    requireCounts(order.dosesAuthorized, 1, kMostDoses, QStringLiteral("doses"), order.dosesUsed,
        QStringLiteral("used"), QCoreApplication::translate("PatientService", "doses"));
    const QDateTime now = m_clock.nowUtc();
    ScopedTransaction transaction(m_store.database());
    const auto before = m_store.order(order.id);
    if (!before)
        throw notFound(QStringLiteral("order"),
            QCoreApplication::translate("PatientService", "There is no order number %1.").arg(order.id));
    QStringList changes;
    noteChange(changes, QStringLiteral("prescriber"), before->prescriber, order.prescriber);
    noteChange(changes, QStringLiteral("start"), iso(before->validFrom), iso(order.validFrom));
    noteChange(changes, QStringLiteral("end"), iso(before->validTo), iso(order.validTo));
    noteChange(changes, QStringLiteral("doses"), before->dosesAuthorized, order.dosesAuthorized);
    noteChange(changes, QStringLiteral("used"), before->dosesUsed, order.dosesUsed);
    if (changes.isEmpty())
        return *before;
    m_store.updateOrder(order);
    m_store.audit(recordEvent(AuditAction::OrderChanged, user, QStringLiteral("order"), order.id,
                      order.patientId, changes.join(QStringLiteral(", "))),
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
            QCoreApplication::translate(
                "PatientService", "Give the date the payer last confirmed eligibility."));
    }
    // Today at the center may be tomorrow in UTC, or yesterday: a day's leeway either way of the UTC date.
    const QDateTime now = m_clock.nowUtc();
    if (coverage.eligibilityVerifiedOn > now.date().addDays(1)) {
        throw Error::badData(QStringLiteral("verified"),
            QCoreApplication::translate("PatientService", "The eligibility check's date %1 is in the future.")
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
        throw Error(Error::Kind::NotFound,
            QCoreApplication::translate("PatientService", "There is no coverage number %1.").arg(coverageId),
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

Coverage PatientService::updateCoverage(const User &user, Coverage coverage)
{
    const auto stored = m_store.coverage(coverage.id);
    requireMay(user, AuditAction::CoverageChanged, stored ? stored->patientId : 0);
    if (!stored) {
        throw notFound(QStringLiteral("coverage"),
            QCoreApplication::translate("PatientService", "There is no coverage number %1.")
                .arg(coverage.id));
    }
    coverage.payer = coverage.payer.trimmed();
    coverage.memberId = coverage.memberId.trimmed();
    if (coverage.payer.isEmpty())
        throw Error::badData(
            QStringLiteral("payer"), QCoreApplication::translate("PatientService", "The payer is empty."));
    if (coverage.memberId.isEmpty())
        throw Error::badData(QStringLiteral("member"),
            QCoreApplication::translate("PatientService", "The member id is empty."));
    const QDateTime now = m_clock.nowUtc();
    ScopedTransaction transaction(m_store.database());
    auto before = m_store.coverage(coverage.id);
    if (!before) {
        throw notFound(QStringLiteral("coverage"),
            QCoreApplication::translate("PatientService", "There is no coverage number %1.")
                .arg(coverage.id));
    }
    QStringList changes;
    noteChange(changes, QStringLiteral("payer"), before->payer, coverage.payer);
    noteChanged(changes, QStringLiteral("member id"), before->memberId != coverage.memberId);
    if (changes.isEmpty())
        return *before;
    m_store.updateCoverage(coverage);
    m_store.audit(recordEvent(AuditAction::CoverageChanged, user, QStringLiteral("coverage"), coverage.id,
                      before->patientId, changes.join(QStringLiteral(", "))),
        now);
    transaction.commit();
    before->payer = coverage.payer;
    before->memberId = coverage.memberId;
    return *before;
}

Coverage PatientService::coverageToVerify(qint64 patientId, const QString &payer)
{
    const QList<Coverage> all = m_store.coverages(patientId); // the most recently verified first
    const QString wanted = payer.trimmed();
    QStringList payers;
    for (const Coverage &c : all) {
        if (!payers.contains(c.payer, Qt::CaseInsensitive))
            payers << c.payer;
    }
    if (!wanted.isEmpty()) {
        for (const Coverage &c : all) {
            if (c.payer.compare(wanted, Qt::CaseInsensitive) == 0)
                return c;
        }
        throw notFound(QStringLiteral("payer"),
            all.isEmpty() ? QCoreApplication::translate(
                "PatientService", "The patient has no coverage on file; add it first.")
                          : QCoreApplication::translate(
                              "PatientService", "The patient has no coverage by %1; their payers: %2.")
                                .arg(wanted, payers.join(QStringLiteral(", "))));
    }
    if (all.isEmpty()) {
        throw notFound(QStringLiteral("coverage"),
            QCoreApplication::translate(
                "PatientService", "The patient has no coverage on file; add the insurance first."));
    }
    if (payers.size() > 1) {
        throw Error::badData(QStringLiteral("payer"),
            QCoreApplication::translate(
                "PatientService", "The patient has coverage by %1 payers (%2); name the one you verified.")
                .arg(payers.size())
                .arg(payers.join(QStringLiteral(", "))));
    }
    return all.first();
}

PriorAuthorization PatientService::addAuthorization(const User &user, PriorAuthorization authorization)
{
    requireMay(user, AuditAction::AuthorizationAdded, authorization.patientId);
    authorization.payer = authorization.payer.trimmed();
    requireDates(authorization.validFrom, authorization.validTo,
        QCoreApplication::translate("PatientService", "authorization"));
    requireCounts(authorization.visitsApproved, 0, kMostVisits, QStringLiteral("visits"),
        authorization.visitsUsed, QStringLiteral("used"),
        QCoreApplication::translate("PatientService", "visits"));
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

PriorAuthorization PatientService::updateAuthorization(const User &user, PriorAuthorization authorization)
{
    const auto stored = m_store.authorization(authorization.id);
    requireMay(user, AuditAction::AuthorizationChanged, stored ? stored->patientId : 0);
    if (!stored) {
        throw notFound(QStringLiteral("authorization"),
            QCoreApplication::translate("PatientService", "There is no prior authorization number %1.")
                .arg(authorization.id));
    }
    authorization.patientId = stored->patientId;
    authorization.therapyId = stored->therapyId;
    authorization.payer = authorization.payer.trimmed();
    authorization.reference = authorization.reference.trimmed();
    requireDates(authorization.validFrom, authorization.validTo,
        QCoreApplication::translate("PatientService", "authorization"));
    requireCounts(authorization.visitsApproved, 0, kMostVisits, QStringLiteral("visits"),
        authorization.visitsUsed, QStringLiteral("used"),
        QCoreApplication::translate("PatientService", "visits"));
    if (authorization.status == PriorAuthorization::Status::Approved && authorization.visitsApproved < 1) {
        throw Error::badData(QStringLiteral("visits"),
            QCoreApplication::translate("PatientService",
                "An approved authorization needs the number of visits the payer approved."));
    }
    const QDateTime now = m_clock.nowUtc();
    ScopedTransaction transaction(m_store.database());
    const auto before = m_store.authorization(authorization.id);
    if (!before) {
        throw notFound(QStringLiteral("authorization"),
            QCoreApplication::translate("PatientService", "There is no prior authorization number %1.")
                .arg(authorization.id));
    }
    QStringList changes;
    noteChange(changes, QStringLiteral("status"), PriorAuthorization::statusName(before->status),
        PriorAuthorization::statusName(authorization.status));
    noteChange(changes, QStringLiteral("payer"), before->payer, authorization.payer);
    noteChange(changes, QStringLiteral("start"), iso(before->validFrom), iso(authorization.validFrom));
    noteChange(changes, QStringLiteral("end"), iso(before->validTo), iso(authorization.validTo));
    noteChange(changes, QStringLiteral("visits"), before->visitsApproved, authorization.visitsApproved);
    noteChange(changes, QStringLiteral("used"), before->visitsUsed, authorization.visitsUsed);
    noteChanged(changes, QStringLiteral("reference"), before->reference != authorization.reference);
    if (changes.isEmpty())
        return *before;
    m_store.updateAuthorization(authorization);
    m_store.audit(recordEvent(AuditAction::AuthorizationChanged, user, QStringLiteral("authorization"),
                      authorization.id, authorization.patientId, changes.join(QStringLiteral(", "))),
        now);
    transaction.commit();
    return authorization;
}

std::optional<MrnPattern> PatientService::mrnPattern()
{
    const auto text = m_store.setting(QString::fromLatin1(MrnPattern::kSettingKey));
    if (!text || text->trimmed().isEmpty())
        return std::nullopt;
    return MrnPattern::parse(*text);
}

MrnPattern PatientService::setMrnPattern(const User &user, const QString &text)
{
    const QDateTime now = m_clock.nowUtc();
    AuditEvent event;
    event.action = AuditAction::SetupChanged;
    event.recordKind = QStringLiteral("setting");
    requirePermission(m_store, now, user, Permission::Administer, event);
    MrnPattern pattern = MrnPattern::parse(text);
    ScopedTransaction transaction(m_store.database());
    const QString before = m_store.setting(QString::fromLatin1(MrnPattern::kSettingKey)).value_or(QString());
    if (before == pattern.text())
        return pattern;
    m_store.setSetting(QString::fromLatin1(MrnPattern::kSettingKey), pattern.text());
    event.userName = user.name;
    event.reason = QStringLiteral("%1 %2 to %3")
                       .arg(QString::fromLatin1(MrnPattern::kSettingKey),
                           before.isEmpty() ? QStringLiteral("none") : before, pattern.text());
    m_store.audit(event, now);
    transaction.commit();
    return pattern;
}

QString PatientService::nextMrn()
{
    const auto pattern = mrnPattern();
    if (!pattern) {
        throw Error(Error::Kind::Refused,
            QCoreApplication::translate("PatientService",
                "The center has no MRN pattern yet; type the MRN, or ask an admin to set the "
                "pattern."),
            QStringLiteral("mrn"));
    }
    return nextMrn(*pattern);
}

QString PatientService::nextMrn(const MrnPattern &pattern)
{
    const auto highest = m_store.highestMrnBetween(pattern.format(0), pattern.format(pattern.largest()),
        [&](const QString &mrn) { return pattern.numberOf(mrn).has_value(); });
    const qint64 next = highest ? *pattern.numberOf(*highest) + 1 : 1;
    if (next > pattern.largest()) {
        throw Error(Error::Kind::Refused,
            QCoreApplication::translate(
                "PatientService", "Every MRN of the pattern %1 is taken; an admin sets a longer one.")
                .arg(pattern.text()),
            QStringLiteral("mrn"));
    }
    return pattern.format(next);
}

PriorAuthorization::Status PatientService::authorizationStatusNamed(const QString &name)
{
    const QString word = name.trimmed().toLower();
    if (const auto status = PriorAuthorization::statusFromName(word))
        return *status;
    throw Error::badData(QStringLiteral("status"),
        QCoreApplication::translate(
            "PatientService", "An authorization's status is approved, pending or denied, not \"%1\".")
            .arg(word));
}

} // namespace chairside
