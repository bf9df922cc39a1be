#include "readinessservice.h"

#include "access/permission.h"
#include "common/clock.h"
#include "common/error.h"
#include "readinessqueue.h"
#include "scheduling/centertime.h"
#include "store/store.h"

#include <QCoreApplication>

#include <algorithm>

namespace chairside {

namespace {

/// Records moved into lists per patient, each list in the order read.
template<typename Record>
void groupByPatient(QList<Record> records, QHash<qint64, QList<Record>> &byPatient, qsizetype patients)
{
    byPatient.reserve(patients);
    for (Record &r : records)
        byPatient[r.patientId] << std::move(r);
}

} // namespace

ReadinessService::ReadinessService(Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{ }

QList<ReadinessRow> ReadinessService::queue(const User &user, const Center &center, QDate from, int days)
{
    requirePermissionAt(m_store, user, Permission::ViewSchedule, center.id);
    return ReadinessQueue::build(load(center, from, days));
}

QList<ReadinessRow> ReadinessService::queue(const User &user, const Center &center)
{
    return queue(user, center, CenterTime::localDate(center, m_clock.nowUtc()), center.policy.readinessDays);
}

QList<ReadinessRow> ReadinessService::queueOfPatients(
    const User &user, const Center &center, QDate from, int days, const QList<qint64> &patientIds)
{
    requirePermissionAt(m_store, user, Permission::ViewSchedule, center.id);
    return ReadinessQueue::build(load(center, from, days, patientIds));
}

QList<qint64> ReadinessService::patientsBookedOn(const User &user, const Center &center, QDate day)
{
    requirePermissionAt(m_store, user, Permission::ViewSchedule, center.id);
    if (!day.isValid())
        throw Error::badData(
            QStringLiteral("day"), QCoreApplication::translate("ReadinessService", "The day is not a date."));
    return m_store.patientIdsBooked(
        center.id, CenterTime::dayStartUtc(center, day), CenterTime::dayStartUtc(center, day.addDays(1)));
}

ReadinessFacts ReadinessService::load(const Center &center, QDate from, int days)
{
    return loadFor(center, from, days, nullptr);
}

ReadinessFacts ReadinessService::load(
    const Center &center, QDate from, int days, const QList<qint64> &patientIds)
{
    return loadFor(center, from, days, &patientIds);
}

ReadinessFacts ReadinessService::loadFor(
    const Center &center, QDate from, int days, const QList<qint64> *patientIds)
{
    if (!from.isValid())
        throw Error::badData(QStringLiteral("from"),
            QCoreApplication::translate("ReadinessService", "The first day of the queue is not a date."));
    if (days < 1 || days > kMaxDays) {
        throw Error::badData(QStringLiteral("days"),
            QCoreApplication::translate(
                "ReadinessService", "The readiness queue looks 1 to %1 days ahead, not %2.")
                .arg(kMaxDays)
                .arg(days));
    }
    ReadinessFacts facts;
    facts.nowUtc = m_clock.nowUtc();
    facts.center = center;
    facts.fromUtc = CenterTime::dayStartUtc(center, from);
    facts.toUtc = CenterTime::dayStartUtc(center, from.addDays(days));
    facts.chairs = m_store.chairs(center.id, false);
    for (const Center &c : m_store.centers())
        facts.centers.insert(c.id, c);
    for (const Therapy &t : m_store.therapies())
        facts.therapies.insert(t.id, t);

    // Every query below reads the same patients: those booked here in the range, found once (or the ones
    // asked for), each query then an index seek per patient. Their bookings are read from the start of
    // today, so that those before the range count the doses they will take.
    const BookedPatients booked {
        patientIds ? *patientIds : m_store.patientIdsBooked(center.id, facts.fromUtc, facts.toUtc)};
    if (booked.patientIds.isEmpty())
        return facts;
    const QDateTime todayStart = CenterTime::dayStartUtc(center, CenterTime::localDate(center, facts.nowUtc));
    // Read in start order: moved into the patients' lists, each stays in start order.
    groupByPatient(
        m_store.activeAppointmentsOfPatientsBooked(booked, std::min(todayStart, facts.fromUtc), facts.toUtc),
        facts.appointments, booked.patientIds.size());
    facts.patients.reserve(booked.patientIds.size());
    for (Patient &p : m_store.patientsBooked(booked))
        facts.patients.emplace(p.id, std::move(p));
    groupByPatient(m_store.ordersOfPatientsBooked(booked), facts.orders, booked.patientIds.size());
    groupByPatient(
        m_store.authorizationsOfPatientsBooked(booked), facts.authorizations, booked.patientIds.size());
    groupByPatient(m_store.coveragesOfPatientsBooked(booked), facts.coverages, booked.patientIds.size());
    return facts;
}

} // namespace chairside
