// Store: what a center's nurses can do (schema 15), read by the slot finder, the roster and the simulator.

#include "scopedtransaction.h"
#include "sqlquery.h"
#include "statementcache.h"
#include "store.h"

namespace chairside {

NursePolicy Store::nursePolicy(qint64 centerId)
{
    NursePolicy policy;
    {
        const auto qLease = m_statements->take(
            QStringLiteral(
                "SELECT starts_per_nurse_step, patients_per_nurse, slot_offers FROM nurse_capacity "
                "WHERE center_id = ?"),
            "read the nurses' capacity");
        SqlQuery &q = *qLease;
        q.exec({centerId});
        if (q.next()) {
            policy.startsPerNurseStep = q.value(0).toInt();
            policy.patientsPerNurse = q.value(1).toInt();
            policy.offers = slotOffersNamed(q.value(2).toString()).value_or(SlotOffers::Level);
        }
        q.finish();
    }
    const auto qLease = m_statements->take(
        QStringLiteral("SELECT weekday, hour, nurses FROM nurse_shift WHERE center_id = ?"),
        "read the nurses' shifts");
    SqlQuery &q = *qLease;
    q.exec({centerId});
    while (q.next()) {
        const int weekday = q.value(0).toInt();
        const int hour = q.value(1).toInt();
        if (weekday >= 1 && weekday <= 7 && hour >= 0 && hour < 24)
            policy.nurses[std::size_t(weekday - 1)][std::size_t(hour)] = q.value(2).toInt();
    }
    return policy;
}

void Store::setNursePolicy(qint64 centerId, const NursePolicy &policy)
{
    ScopedTransaction transaction(*m_db);
    m_statements
        ->take(QStringLiteral(
                   "INSERT INTO nurse_capacity (center_id, starts_per_nurse_step, patients_per_nurse, "
                   "slot_offers) VALUES (?, ?, ?, ?) ON CONFLICT (center_id) DO UPDATE SET "
                   "starts_per_nurse_step = excluded.starts_per_nurse_step, "
                   "patients_per_nurse = excluded.patients_per_nurse, slot_offers = excluded.slot_offers"),
            "save the nurses' capacity")
        ->exec({centerId, policy.startsPerNurseStep, policy.patientsPerNurse, slotOffersName(policy.offers)});
    m_statements
        ->take(QStringLiteral("DELETE FROM nurse_shift WHERE center_id = ?"), "replace the nurses' shifts")
        ->exec({centerId});
    const auto insert = m_statements->take(
        QStringLiteral("INSERT INTO nurse_shift (center_id, weekday, hour, nurses) VALUES (?, ?, ?, ?)"),
        "save the nurses' shifts");
    for (int day = 1; day <= 7; ++day) {
        for (int hour = 0; hour < 24; ++hour) {
            if (policy.isSet(day, hour))
                insert->exec({centerId, day, hour, policy.nurses[std::size_t(day - 1)][std::size_t(hour)]});
        }
    }
    transaction.commit();
}

} // namespace chairside
