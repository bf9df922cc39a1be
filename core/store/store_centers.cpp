// Store: centers with their opening hours and policy, their chairs, and the therapies they infuse.

#include "common/error.h"
#include "scopedtransaction.h"
#include "sqlquery.h"
#include "statementcache.h"
#include "store.h"
#include "storevalues.h"

#include <array>

namespace chairside {

namespace {

using namespace StoreValues;

// Each entity's columns and its row mapping, once: a column added to one is added to every read.

const char *const kCenterColumns = "id, name, time_zone, early_arrival_minutes, grace_minutes, "
                                   "eligibility_fresh_days, pharmacy_lead_hours, "
                                   "slot_grid_minutes, no_show_fee_cents, phone, readiness_days";

Center centerFrom(const SqlQuery &q)
{
    Center c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.timeZoneId = q.value(2).toString().toUtf8();
    c.policy.earlyArrivalMinutes = q.value(3).toInt();
    c.policy.graceMinutes = q.value(4).toInt();
    c.policy.eligibilityFreshDays = q.value(5).toInt();
    c.policy.pharmacyLeadHours = q.value(6).toInt();
    c.policy.slotGridMinutes = q.value(7).toInt();
    c.policy.noShowFeeCents = q.value(8).toInt();
    c.phone = q.value(9).toString();
    c.policy.readinessDays = q.value(10).toInt();
    return c;
}

QString centerSelect(const char *rest)
{
    return QStringLiteral("SELECT %1 FROM center %2").arg(QLatin1String(kCenterColumns), QLatin1String(rest));
}

const char *const kChairColumns = "id, center_id, label, kind, active";

Chair chairFrom(const SqlQuery &q)
{
    Chair c;
    c.id = q.value(0).toLongLong();
    c.centerId = q.value(1).toLongLong();
    c.label = q.value(2).toString();
    c.kind = q.value(3).toString() == QLatin1String("suite") ? Chair::Kind::Suite : Chair::Kind::Chair;
    c.active = q.value(4).toBool();
    return c;
}

QString chairSelect(const char *rest)
{
    return QStringLiteral("SELECT %1 FROM chair %2").arg(QLatin1String(kChairColumns), QLatin1String(rest));
}

const char *const kTherapyColumns
    = "id, name, brand, default_minutes, interval_weeks, compounded, beyond_use_hours, drug_cost_cents";

Therapy therapyFrom(const SqlQuery &q)
{
    Therapy t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.brand = q.value(2).toString();
    t.defaultMinutes = q.value(3).toInt();
    t.intervalWeeks = q.value(4).toInt();
    t.compounded = q.value(5).toBool();
    t.beyondUseHours = q.value(6).toInt();
    t.drugCostCents = q.value(7).toInt();
    return t;
}

QString therapySelect(const char *rest)
{
    return QStringLiteral("SELECT %1 FROM therapy %2")
        .arg(QLatin1String(kTherapyColumns), QLatin1String(rest));
}

void writeHours(StatementCache &statements, qint64 centerId, const OpeningHours &hours)
{
    statements
        .take(QStringLiteral("DELETE FROM center_hours WHERE center_id = ?"), "replace the opening hours")
        ->exec({centerId});
    const auto insert = statements.take(
        QStringLiteral(
            "INSERT INTO center_hours (center_id, weekday, opens_minute, closes_minute) VALUES (?, ?, ?, ?)"),
        "save the opening hours");
    for (int day = 1; day <= 7; ++day) {
        for (const OpenSpan &span : hours.spans(day))
            insert->exec({centerId, day, span.opensMinute, span.closesMinute});
    }
}

void readHours(StatementCache &statements, Center &center)
{
    const auto q = statements.take(
        QStringLiteral("SELECT weekday, opens_minute, closes_minute FROM center_hours WHERE center_id = ? "
                       "ORDER BY weekday, opens_minute"),
        "read the opening hours");
    q->exec({center.id});
    std::array<QList<OpenSpan>, 7> days;
    while (q->next())
        days[std::size_t(q->value(0).toInt() - 1)] << OpenSpan {q->value(1).toInt(), q->value(2).toInt()};
    for (int day = 1; day <= 7; ++day)
        center.hours.setSpans(day, days[std::size_t(day - 1)]);
}

void validateCenter(const Center &center)
{
    requireText(center.name, "name", QStringLiteral("The center's name"));
    if (!QTimeZone(center.timeZoneId).isValid()) {
        throw Error::badData(QStringLiteral("tz"),
            QStringLiteral(
                "\"%1\" is not a time zone this computer knows; use an IANA name such as America/New_York.")
                .arg(QString::fromUtf8(center.timeZoneId)));
    }
}

} // namespace

qint64 Store::addCenter(const Center &center)
{
    validateCenter(center);
    ScopedTransaction transaction(*m_db);
    if (centerByName(center.name)) {
        throw Error(Error::Kind::Conflict,
            QStringLiteral("A center named \"%1\" already exists.").arg(center.name), QStringLiteral("name"));
    }
    const auto qLease = m_statements->take(
        QStringLiteral("INSERT INTO center (name, time_zone, early_arrival_minutes, grace_minutes, "
                       "eligibility_fresh_days, pharmacy_lead_hours, slot_grid_minutes, no_show_fee_cents, "
                       "phone, readiness_days) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        "add the center");
    SqlQuery &q = *qLease;
    const Policy &p = center.policy;
    q.exec({center.name, QString::fromUtf8(center.timeZoneId), p.earlyArrivalMinutes, p.graceMinutes,
        p.eligibilityFreshDays, p.pharmacyLeadHours, p.slotGridMinutes, p.noShowFeeCents,
        center.phone.trimmed(), p.readinessDays});
    const qint64 id = q.lastInsertId();
    writeHours(*m_statements, id, center.hours);
    transaction.commit();
    return id;
}

void Store::updateCenter(const Center &center)
{
    validateCenter(center);
    ScopedTransaction transaction(*m_db);
    const auto qLease = m_statements->take(
        QStringLiteral(
            "UPDATE center SET name = ?, time_zone = ?, early_arrival_minutes = ?, grace_minutes = ?, "
            "eligibility_fresh_days = ?, pharmacy_lead_hours = ?, slot_grid_minutes = ?, "
            "no_show_fee_cents = ?, phone = ?, readiness_days = ? WHERE id = ?"),
        "update the center");
    SqlQuery &q = *qLease;
    const Policy &p = center.policy;
    q.exec({center.name, QString::fromUtf8(center.timeZoneId), p.earlyArrivalMinutes, p.graceMinutes,
        p.eligibilityFreshDays, p.pharmacyLeadHours, p.slotGridMinutes, p.noShowFeeCents,
        center.phone.trimmed(), p.readinessDays, center.id});
    if (q.numRowsAffected() != 1)
        throw Error(Error::Kind::NotFound, QStringLiteral("There is no center number %1.").arg(center.id));
    writeHours(*m_statements, center.id, center.hours);
    transaction.commit();
}

std::optional<Center> Store::center(qint64 id)
{
    static const QString sql = centerSelect("WHERE id = ?");
    const auto qLease = m_statements->take(sql, "read the center");
    SqlQuery &q = *qLease;
    q.exec({id});
    if (!q.next())
        return std::nullopt;
    Center c = centerFrom(q);
    q.finish();
    readHours(*m_statements, c);
    return c;
}

std::optional<Center> Store::centerByName(const QString &name)
{
    static const QString sql = centerSelect("WHERE name = ? COLLATE NOCASE");
    const auto qLease = m_statements->take(sql, "find the center");
    SqlQuery &q = *qLease;
    q.exec({name.trimmed()});
    if (!q.next())
        return std::nullopt;
    Center c = centerFrom(q);
    q.finish();
    readHours(*m_statements, c);
    return c;
}

QList<Center> Store::centers()
{
    static const QString sql = centerSelect("ORDER BY name");
    const auto qLease = m_statements->take(sql, "list the centers");
    SqlQuery &q = *qLease;
    q.exec();
    QList<Center> result;
    while (q.next())
        result << centerFrom(q);
    q.finish();
    for (Center &c : result)
        readHours(*m_statements, c);
    return result;
}

qint64 Store::addChair(const Chair &chair)
{
    requireText(chair.label, "label", QStringLiteral("The chair's label"));
    ScopedTransaction transaction(*m_db);
    if (!center(chair.centerId))
        throw Error(
            Error::Kind::NotFound, QStringLiteral("There is no center number %1.").arg(chair.centerId));
    if (chairByLabel(chair.centerId, chair.label)) {
        throw Error(Error::Kind::Conflict,
            QStringLiteral("This center already has a chair labelled \"%1\".").arg(chair.label),
            QStringLiteral("label"));
    }
    const auto qLease = m_statements->take(
        QStringLiteral("INSERT INTO chair (center_id, label, kind, active) VALUES (?, ?, ?, ?)"),
        "add the chair");
    SqlQuery &q = *qLease;
    q.exec({chair.centerId, chair.label.trimmed(), Chair::kindName(chair.kind), chair.active ? 1 : 0});
    const qint64 id = q.lastInsertId();
    transaction.commit();
    return id;
}

QList<Chair> Store::chairs(qint64 centerId, bool activeOnly)
{
    // Labels sort as people count them: "2" before "10".
    static const QString sql
        = chairSelect("WHERE center_id = ? AND (active = 1 OR ? = 0) ORDER BY length(label), label");
    const auto qLease = m_statements->take(sql, "list the chairs");
    SqlQuery &q = *qLease;
    q.exec({centerId, activeOnly ? 1 : 0});
    QList<Chair> result;
    while (q.next())
        result << chairFrom(q);
    return result;
}

std::optional<Chair> Store::chair(qint64 id)
{
    static const QString sql = chairSelect("WHERE id = ?");
    const auto qLease = m_statements->take(sql, "read the chair");
    SqlQuery &q = *qLease;
    q.exec({id});
    if (!q.next())
        return std::nullopt;
    return chairFrom(q);
}

std::optional<Chair> Store::chairByLabel(qint64 centerId, const QString &label)
{
    static const QString sql = chairSelect("WHERE center_id = ? AND label = ? COLLATE NOCASE");
    const auto qLease = m_statements->take(sql, "find the chair");
    SqlQuery &q = *qLease;
    q.exec({centerId, label.trimmed()});
    if (!q.next())
        return std::nullopt;
    return chairFrom(q);
}

void Store::updateChair(const Chair &chair)
{
    requireText(chair.label, "label", QStringLiteral("The chair's label"));
    const auto qLease = m_statements->take(
        QStringLiteral("UPDATE chair SET label = ?, kind = ?, active = ? WHERE id = ?"), "update the chair");
    SqlQuery &q = *qLease;
    q.exec({chair.label.trimmed(), Chair::kindName(chair.kind), chair.active ? 1 : 0, chair.id});
    if (q.numRowsAffected() != 1)
        throw Error(Error::Kind::NotFound, QStringLiteral("There is no chair number %1.").arg(chair.id));
}

// ---- Therapies ----------------------------------------------------------------------------------

qint64 Store::addTherapy(const Therapy &therapy)
{
    requireText(therapy.name, "name", QStringLiteral("The therapy's name"));
    if (therapy.defaultMinutes <= 0 || therapy.defaultMinutes > 12 * 60) {
        throw Error::badData(QStringLiteral("minutes"),
            QStringLiteral("An infusion of %1 minutes is not possible; give between 1 and 720.")
                .arg(therapy.defaultMinutes));
    }
    if (therapy.drugCostCents < 0)
        throw Error::badData(
            QStringLiteral("drug-cost-cents"), QStringLiteral("A dose's cost cannot be negative."));
    if (therapy.intervalWeeks < 0 || therapy.beyondUseHours < 0) {
        throw Error::badData(
            therapy.intervalWeeks < 0 ? QStringLiteral("interval-weeks") : QStringLiteral("beyond-use-hours"),
            QStringLiteral("The dosing interval and the beyond-use hours cannot be negative."));
    }
    ScopedTransaction transaction(*m_db);
    if (therapyByName(therapy.name)) {
        throw Error(Error::Kind::Conflict,
            QStringLiteral("A therapy named \"%1\" already exists.").arg(therapy.name),
            QStringLiteral("name"));
    }
    const auto qLease
        = m_statements->take(QStringLiteral("INSERT INTO therapy (name, brand, default_minutes, "
                                            "interval_weeks, compounded, beyond_use_hours, drug_cost_cents) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?)"),
            "add the therapy");
    SqlQuery &q = *qLease;
    q.exec({therapy.name.trimmed(), therapy.brand.trimmed(), therapy.defaultMinutes, therapy.intervalWeeks,
        therapy.compounded ? 1 : 0, therapy.beyondUseHours, therapy.drugCostCents});
    const qint64 id = q.lastInsertId();
    transaction.commit();
    return id;
}

void Store::updateTherapy(const Therapy &therapy)
{
    requireText(therapy.name, "name", QStringLiteral("The therapy's name"));
    const auto qLease = m_statements->take(
        QStringLiteral("UPDATE therapy SET name = ?, brand = ?, default_minutes = ?, interval_weeks = ?, "
                       "compounded = ?, beyond_use_hours = ?, drug_cost_cents = ? WHERE id = ?"),
        "update the therapy");
    SqlQuery &q = *qLease;
    q.exec({therapy.name.trimmed(), therapy.brand.trimmed(), therapy.defaultMinutes, therapy.intervalWeeks,
        therapy.compounded ? 1 : 0, therapy.beyondUseHours, therapy.drugCostCents, therapy.id});
    if (q.numRowsAffected() != 1)
        throw Error(Error::Kind::NotFound, QStringLiteral("There is no therapy number %1.").arg(therapy.id));
}

std::optional<Therapy> Store::therapy(qint64 id)
{
    static const QString sql = therapySelect("WHERE id = ?");
    const auto qLease = m_statements->take(sql, "read the therapy");
    SqlQuery &q = *qLease;
    q.exec({id});
    if (!q.next())
        return std::nullopt;
    return therapyFrom(q);
}

std::optional<Therapy> Store::therapyByName(const QString &name)
{
    static const QString sql = therapySelect("WHERE name = ? COLLATE NOCASE OR brand = ? COLLATE NOCASE "
                                             "ORDER BY name = ? COLLATE NOCASE DESC LIMIT 1");
    const auto qLease = m_statements->take(sql, "find the therapy");
    SqlQuery &q = *qLease;
    q.exec({name.trimmed(), name.trimmed(), name.trimmed()});
    if (!q.next())
        return std::nullopt;
    return therapyFrom(q);
}

QList<Therapy> Store::therapies()
{
    static const QString sql = therapySelect("ORDER BY name");
    const auto qLease = m_statements->take(sql, "list the therapies");
    SqlQuery &q = *qLease;
    q.exec();
    QList<Therapy> result;
    while (q.next())
        result << therapyFrom(q);
    return result;
}

} // namespace chairside
