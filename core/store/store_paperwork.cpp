// Store: what makes a patient ready for an infusion: prescribers' orders, insurance coverage and the
// payers' prior authorizations.

#include "common/error.h"
#include "scopedtransaction.h"
#include "sqlitestatement.h"
#include "sqlquery.h"
#include "statementcache.h"
#include "store.h"
#include "storevalues.h"

namespace chairside {

namespace {

using namespace StoreValues;

// Each entity's columns and its row mapping, once: a column added to one is added to every read.

/// A date as the store writes it, "yyyy-MM-dd", read digit by digit: the readiness queue reads thousands
/// of them per refresh, and QDate::fromString's general parser costs several times more. Any
/// other text goes to dateFromText().
QDate storedDate(const QString &text)
{
    if (text.size() != 10 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-'))
        return dateFromText(text);
    int parts[3] = {0, 0, 0};
    int part = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i == 4 || i == 7) {
            ++part;
            continue;
        }
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return dateFromText(text);
        parts[part] = parts[part] * 10 + (c - u'0');
    }
    return QDate(parts[0], parts[1], parts[2]); // null when no such day, as fromString's
}

const char *const kOrderColumns
    = "id, patient_id, therapy_id, prescriber, valid_from, valid_to, doses_authorized, doses_used";

PrescriberOrder orderFrom(const SqlQuery &q)
{
    PrescriberOrder o;
    o.id = q.value(0).toLongLong();
    o.patientId = q.value(1).toLongLong();
    o.therapyId = q.value(2).toLongLong();
    o.prescriber = q.value(3).toString();
    o.validFrom = dateFrom(q.value(4));
    o.validTo = dateFrom(q.value(5));
    o.dosesAuthorized = q.value(6).toInt();
    o.dosesUsed = q.value(7).toInt();
    return o;
}

PrescriberOrder orderFrom(const SqliteStatement &q)
{
    PrescriberOrder o;
    o.id = q.integer(0);
    o.patientId = q.integer(1);
    o.therapyId = q.integer(2);
    o.prescriber = q.text(3);
    o.validFrom = storedDate(q.text(4));
    o.validTo = storedDate(q.text(5));
    o.dosesAuthorized = int(q.integer(6));
    o.dosesUsed = int(q.integer(7));
    return o;
}

QString orderSelect(const char *rest)
{
    return QStringLiteral("SELECT %1 FROM prescriber_order %2")
        .arg(QLatin1String(kOrderColumns), QLatin1String(rest));
}

const char *const kCoverageColumns = "id, patient_id, payer, member_id, eligibility_verified_on, "
                                     "eligibility_verified_by, eligibility_verified_at";

Coverage coverageFrom(const SqlQuery &q)
{
    Coverage c;
    c.id = q.value(0).toLongLong();
    c.patientId = q.value(1).toLongLong();
    c.payer = q.value(2).toString();
    c.memberId = q.value(3).toString();
    c.eligibilityVerifiedOn = dateFrom(q.value(4));
    c.eligibilityVerifiedBy = q.value(5).toString();
    c.eligibilityVerifiedAtUtc = instantFrom(q.value(6));
    return c;
}

Coverage coverageFrom(const SqliteStatement &q)
{
    Coverage c;
    c.id = q.integer(0);
    c.patientId = q.integer(1);
    c.payer = q.text(2);
    c.memberId = q.text(3);
    c.eligibilityVerifiedOn = storedDate(q.text(4));
    c.eligibilityVerifiedBy = q.text(5);
    c.eligibilityVerifiedAtUtc = instantFromSeconds(q.isNull(6), q.integer(6));
    return c;
}

QString coverageSelect(const char *rest)
{
    return QStringLiteral("SELECT %1 FROM coverage %2")
        .arg(QLatin1String(kCoverageColumns), QLatin1String(rest));
}

const char *const kAuthorizationColumns = "id, patient_id, therapy_id, payer, valid_from, valid_to, "
                                          "visits_approved, visits_used, status, reference";

PriorAuthorization authorizationFrom(const SqlQuery &q)
{
    PriorAuthorization a;
    a.id = q.value(0).toLongLong();
    a.patientId = q.value(1).toLongLong();
    a.therapyId = q.value(2).toLongLong();
    a.payer = q.value(3).toString();
    a.validFrom = dateFrom(q.value(4));
    a.validTo = dateFrom(q.value(5));
    a.visitsApproved = q.value(6).toInt();
    a.visitsUsed = q.value(7).toInt();
    a.status = PriorAuthorization::statusFromName(q.value(8).toString())
                   .value_or(PriorAuthorization::Status::Pending);
    a.reference = q.value(9).toString();
    return a;
}

PriorAuthorization authorizationFrom(const SqliteStatement &q)
{
    PriorAuthorization a;
    a.id = q.integer(0);
    a.patientId = q.integer(1);
    a.therapyId = q.integer(2);
    a.payer = q.text(3);
    a.validFrom = storedDate(q.text(4));
    a.validTo = storedDate(q.text(5));
    a.visitsApproved = int(q.integer(6));
    a.visitsUsed = int(q.integer(7));
    a.status = PriorAuthorization::statusFromName(q.text(8)).value_or(PriorAuthorization::Status::Pending);
    a.reference = q.text(9);
    return a;
}

QString authorizationSelect(const char *rest)
{
    return QStringLiteral("SELECT %1 FROM prior_authorization %2")
        .arg(QLatin1String(kAuthorizationColumns), QLatin1String(rest));
}

} // namespace

qint64 Store::addOrder(const PrescriberOrder &order)
{
    if (!order.validFrom.isValid() || !order.validTo.isValid() || order.validTo < order.validFrom) {
        throw Error::badData(
            QStringLiteral("to"), QStringLiteral("The order's dates are missing or end before they begin."));
    }
    if (order.dosesAuthorized <= 0)
        throw Error::badData(
            QStringLiteral("doses"), QStringLiteral("An order must authorize at least one dose."));
    ScopedTransaction transaction(*m_db);
    const auto qLease = m_statements->take(
        QStringLiteral(
            "INSERT INTO prescriber_order (patient_id, therapy_id, prescriber, valid_from, valid_to, "
            "doses_authorized, doses_used) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        "add the order");
    SqlQuery &q = *qLease;
    q.exec({order.patientId, order.therapyId, order.prescriber, dateValue(order.validFrom),
        dateValue(order.validTo), order.dosesAuthorized, order.dosesUsed});
    const qint64 id = q.lastInsertId();
    transaction.commit();
    return id;
}

std::optional<PrescriberOrder> Store::order(qint64 id)
{
    static const QString sql = orderSelect("WHERE id = ?");
    const auto qLease = m_statements->take(sql, "read the order");
    SqlQuery &q = *qLease;
    q.exec({id});
    if (!q.next())
        return std::nullopt;
    return orderFrom(q);
}

void Store::updateOrder(const PrescriberOrder &order)
{
    if (!order.validFrom.isValid() || !order.validTo.isValid() || order.validTo < order.validFrom) {
        throw Error::badData(
            QStringLiteral("to"), QStringLiteral("The order's dates are missing or end before they begin."));
    }
    if (order.dosesAuthorized <= 0)
        throw Error::badData(
            QStringLiteral("doses"), QStringLiteral("An order must authorize at least one dose."));
    ScopedTransaction transaction(*m_db);
    const auto qLease = m_statements->take(
        QStringLiteral("UPDATE prescriber_order SET prescriber = ?, valid_from = ?, valid_to = ?, "
                       "doses_authorized = ?, doses_used = ? WHERE id = ?"),
        "change the order");
    SqlQuery &q = *qLease;
    q.exec({order.prescriber.trimmed(), dateValue(order.validFrom), dateValue(order.validTo),
        order.dosesAuthorized, order.dosesUsed, order.id});
    if (q.numRowsAffected() != 1) {
        throw Error(Error::Kind::NotFound, QStringLiteral("There is no order number %1.").arg(order.id),
            QStringLiteral("order"));
    }
    transaction.commit();
}

QList<PrescriberOrder> Store::orders(qint64 patientId, qint64 therapyId)
{
    static const QString sql
        = orderSelect("WHERE patient_id = ? AND therapy_id = ? ORDER BY valid_to DESC, id DESC");
    const auto qLease = m_statements->take(sql, "read the patient's orders");
    SqlQuery &q = *qLease;
    q.exec({patientId, therapyId});
    QList<PrescriberOrder> result;
    while (q.next())
        result << orderFrom(q);
    return result;
}

void Store::useOrderDose(qint64 orderId)
{
    ScopedTransaction transaction(*m_db);
    const auto qLease
        = m_statements->take(QStringLiteral("UPDATE prescriber_order SET doses_used = doses_used + 1 WHERE "
                                            "id = ? AND doses_used < doses_authorized"),
            "count the dose against the order");
    SqlQuery &q = *qLease;
    q.exec({orderId});
    if (q.numRowsAffected() != 1)
        throw Error(Error::Kind::Refused,
            QStringLiteral("The order has no doses left to count this infusion against."));
    transaction.commit();
}

qint64 Store::addCoverage(const Coverage &coverage)
{
    requireText(coverage.payer, "payer", QStringLiteral("The payer"));
    requireText(coverage.memberId, "member", QStringLiteral("The member id"));
    ScopedTransaction transaction(*m_db);
    const auto qLease
        = m_statements->take(QStringLiteral("INSERT INTO coverage (patient_id, payer, member_id, "
                                            "eligibility_verified_on, eligibility_verified_by, "
                                            "eligibility_verified_at) VALUES (?, ?, ?, ?, ?, ?)"),
            "add the coverage");
    SqlQuery &q = *qLease;
    q.exec({coverage.patientId, coverage.payer.trimmed(), coverage.memberId.trimmed(),
        dateValue(coverage.eligibilityVerifiedOn), coverage.eligibilityVerifiedBy,
        instantValue(coverage.eligibilityVerifiedAtUtc)});
    const qint64 id = q.lastInsertId();
    transaction.commit();
    return id;
}

QList<Coverage> Store::coverages(qint64 patientId)
{
    static const QString sql
        = coverageSelect("WHERE patient_id = ? ORDER BY eligibility_verified_on DESC, id DESC");
    const auto qLease = m_statements->take(sql, "read the patient's coverage");
    SqlQuery &q = *qLease;
    q.exec({patientId});
    QList<Coverage> result;
    while (q.next())
        result << coverageFrom(q);
    return result;
}

std::optional<Coverage> Store::coverage(qint64 id)
{
    static const QString sql = coverageSelect("WHERE id = ?");
    const auto qLease = m_statements->take(sql, "read the coverage");
    SqlQuery &q = *qLease;
    q.exec({id});
    if (!q.next())
        return std::nullopt;
    return coverageFrom(q);
}

void Store::updateCoverage(const Coverage &coverage)
{
    requireText(coverage.payer, "payer", QStringLiteral("The payer"));
    requireText(coverage.memberId, "member", QStringLiteral("The member id"));
    ScopedTransaction transaction(*m_db);
    const auto qLease = m_statements->take(
        QStringLiteral("UPDATE coverage SET payer = ?, member_id = ? WHERE id = ?"), "change the coverage");
    SqlQuery &q = *qLease;
    q.exec({coverage.payer.trimmed(), coverage.memberId.trimmed(), coverage.id});
    if (q.numRowsAffected() != 1) {
        throw Error(Error::Kind::NotFound, QStringLiteral("There is no coverage number %1.").arg(coverage.id),
            QStringLiteral("coverage"));
    }
    transaction.commit();
}

void Store::setEligibilityVerified(
    qint64 coverageId, const QDate &verifiedOn, const QString &verifiedBy, const QDateTime &atUtc)
{
    if (!verifiedOn.isValid())
        throw Error::badData(
            QStringLiteral("verified"), QStringLiteral("The eligibility check has no date."));
    ScopedTransaction transaction(*m_db);
    const auto qLease = m_statements->take(
        QStringLiteral("UPDATE coverage SET eligibility_verified_on = ?, eligibility_verified_by = ?, "
                       "eligibility_verified_at = ? WHERE id = ?"),
        "record the eligibility check");
    SqlQuery &q = *qLease;
    q.exec({dateValue(verifiedOn), verifiedBy, instantValue(atUtc), coverageId});
    if (q.numRowsAffected() != 1) {
        throw Error(Error::Kind::NotFound, QStringLiteral("There is no coverage number %1.").arg(coverageId),
            QStringLiteral("coverage"));
    }
    transaction.commit();
}

qint64 Store::addAuthorization(const PriorAuthorization &a)
{
    if (!a.validFrom.isValid() || !a.validTo.isValid() || a.validTo < a.validFrom) {
        throw Error::badData(QStringLiteral("to"),
            QStringLiteral("The authorization's dates are missing or end before they begin."));
    }
    if (a.visitsApproved < 0)
        throw Error::badData(
            QStringLiteral("visits"), QStringLiteral("The number of visits cannot be negative."));
    ScopedTransaction transaction(*m_db);
    const auto qLease = m_statements->take(
        QStringLiteral(
            "INSERT INTO prior_authorization (patient_id, therapy_id, payer, valid_from, valid_to, "
            "visits_approved, visits_used, status, reference) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        "add the prior authorization");
    SqlQuery &q = *qLease;
    q.exec({a.patientId, a.therapyId, a.payer, dateValue(a.validFrom), dateValue(a.validTo), a.visitsApproved,
        a.visitsUsed, PriorAuthorization::statusName(a.status), a.reference.trimmed()});
    const qint64 id = q.lastInsertId();
    transaction.commit();
    return id;
}

std::optional<PriorAuthorization> Store::authorization(qint64 id)
{
    static const QString sql = authorizationSelect("WHERE id = ?");
    const auto qLease = m_statements->take(sql, "read the prior authorization");
    SqlQuery &q = *qLease;
    q.exec({id});
    if (!q.next())
        return std::nullopt;
    return authorizationFrom(q);
}

void Store::updateAuthorization(const PriorAuthorization &a)
{
    if (!a.validFrom.isValid() || !a.validTo.isValid() || a.validTo < a.validFrom) {
        throw Error::badData(QStringLiteral("to"),
            QStringLiteral("The authorization's dates are missing or end before they begin."));
    }
    if (a.visitsApproved < 0 || a.visitsUsed < 0)
        throw Error::badData(
            QStringLiteral("visits"), QStringLiteral("The number of visits cannot be negative."));
    ScopedTransaction transaction(*m_db);
    const auto qLease = m_statements->take(
        QStringLiteral("UPDATE prior_authorization SET payer = ?, valid_from = ?, valid_to = ?, "
                       "visits_approved = ?, visits_used = ?, status = ?, reference = ? WHERE id = ?"),
        "change the prior authorization");
    SqlQuery &q = *qLease;
    q.exec({a.payer.trimmed(), dateValue(a.validFrom), dateValue(a.validTo), a.visitsApproved, a.visitsUsed,
        PriorAuthorization::statusName(a.status), a.reference.trimmed(), a.id});
    if (q.numRowsAffected() != 1) {
        throw Error(Error::Kind::NotFound,
            QStringLiteral("There is no prior authorization number %1.").arg(a.id),
            QStringLiteral("authorization"));
    }
    transaction.commit();
}

QList<PriorAuthorization> Store::authorizations(qint64 patientId, qint64 therapyId)
{
    static const QString sql
        = authorizationSelect("WHERE patient_id = ? AND therapy_id = ? ORDER BY valid_to DESC, id DESC");
    const auto qLease = m_statements->take(sql, "read the patient's prior authorizations");
    SqlQuery &q = *qLease;
    q.exec({patientId, therapyId});
    QList<PriorAuthorization> result;
    while (q.next())
        result << authorizationFrom(q);
    return result;
}

void Store::useAuthorizationVisit(qint64 authorizationId)
{
    ScopedTransaction transaction(*m_db);
    const auto qLease
        = m_statements->take(QStringLiteral("UPDATE prior_authorization SET visits_used = visits_used + 1 "
                                            "WHERE id = ? AND visits_used < visits_approved"),
            "count the visit against the prior authorization");
    SqlQuery &q = *qLease;
    q.exec({authorizationId});
    if (q.numRowsAffected() != 1)
        throw Error(Error::Kind::Refused, QStringLiteral("The prior authorization has no visits left."));
    transaction.commit();
}

QList<PrescriberOrder> Store::ordersOfPatient(qint64 patientId)
{
    static const QString sql = orderSelect("WHERE patient_id = ? ORDER BY valid_to DESC, id DESC");
    const auto qLease = m_statements->take(sql, "read the patient's orders");
    SqlQuery &q = *qLease;
    q.exec({patientId});
    QList<PrescriberOrder> result;
    while (q.next())
        result << orderFrom(q);
    return result;
}

QList<PriorAuthorization> Store::authorizationsOfPatient(qint64 patientId)
{
    static const QString sql = authorizationSelect("WHERE patient_id = ? ORDER BY valid_to DESC, id DESC");
    const auto qLease = m_statements->take(sql, "read the patient's prior authorizations");
    SqlQuery &q = *qLease;
    q.exec({patientId});
    QList<PriorAuthorization> result;
    while (q.next())
        result << authorizationFrom(q);
    return result;
}

namespace {

// The booked patients' orders and authorizations come in their covering index's own order (patient,
// therapy, id), which SQLite then need not sort: the check-in engine looks at one therapy's at a time.

/// The rows of a query over the booked patients, each made into a record by `from`. Thousands of rows:
/// read on SQLite directly, without a variant per value.
template<typename From>
auto readBooked(Database &db, const QString &sql, const char *what, const BookedPatients &booked, From from)
{
    SqliteStatement q(db, sql, what);
    q.exec(booked.values());
    QList<decltype(from(q))> result;
    result.reserve(booked.patientIds.size());
    while (q.next())
        result << from(q);
    return result;
}

} // namespace

QList<PrescriberOrder> Store::ordersOfPatientsBooked(const BookedPatients &booked)
{
    const QString sql = orderSelect("WHERE patient_id IN %1 ORDER BY patient_id, therapy_id, id")
                            .arg(BookedPatients::idsSql(m_db->isPostgreSql()));
    return readBooked(*m_db, sql, "read the booked patients' orders", booked,
        [](const SqliteStatement &q) { return orderFrom(q); });
}

QList<PriorAuthorization> Store::authorizationsOfPatientsBooked(const BookedPatients &booked)
{
    const QString sql = authorizationSelect("WHERE patient_id IN %1 ORDER BY patient_id, therapy_id, id")
                            .arg(BookedPatients::idsSql(m_db->isPostgreSql()));
    return readBooked(*m_db, sql, "read the booked patients' prior authorizations", booked,
        [](const SqliteStatement &q) { return authorizationFrom(q); });
}

QList<Coverage> Store::coveragesOfPatientsBooked(const BookedPatients &booked)
{
    const QString sql = coverageSelect("WHERE patient_id IN %1 ORDER BY patient_id, id")
                            .arg(BookedPatients::idsSql(m_db->isPostgreSql()));
    return readBooked(*m_db, sql, "read the booked patients' coverage", booked,
        [](const SqliteStatement &q) { return coverageFrom(q); });
}

} // namespace chairside
