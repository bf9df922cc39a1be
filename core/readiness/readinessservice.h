#pragma once

#include "model/center.h"
#include "model/user.h"
#include "readinessfacts.h"
#include "readinessrow.h"

#include <QDate>
#include <QList>

namespace chairside {

class Clock;
class Store;

/// The readiness queue over the store: the facts of every booked appointment of a center over some days
/// read in a handful of queries (ReadinessFacts), then judged by ReadinessQueue with the check-in engine.
class ReadinessService final
{
public:
    ReadinessService(Store &store, const Clock &clock);

    /// How many days the queue may look ahead, as the center's setting may.
    static constexpr int kMaxDays = 60;

    /// The booked appointments of the center starting on the days [from, from + days) on its clock that
    /// would not be admitted if the patient came on time (Permission::ViewSchedule). Error::BadData on
    /// "from" for a date that is not one, on "days" outside 1 to kMaxDays.
    QList<ReadinessRow> queue(const User &user, const Center &center, QDate from, int days);
    /// From today on the center's clock, for the center's own readinessDays.
    QList<ReadinessRow> queue(const User &user, const Center &center);

    /// The rows of only these patients, as queue() would list them: what a change to them puts in the
    /// place of their earlier rows, each read once rather than the whole queue again.
    QList<ReadinessRow> queueOfPatients(
        const User &user, const Center &center, QDate from, int days, const QList<qint64> &patientIds);
    /// The patients with a booked appointment at the center on the day (on its clock): those a change of
    /// the day's roster may concern (Permission::ViewSchedule).
    QList<qint64> patientsBookedOn(const User &user, const Center &center, QDate day);

    /// What queue() judges, read from the store.
    ReadinessFacts load(const Center &center, QDate from, int days);
    /// The same for only these patients.
    ReadinessFacts load(const Center &center, QDate from, int days, const QList<qint64> &patientIds);

private:
    ReadinessFacts loadFor(const Center &center, QDate from, int days, const QList<qint64> *patientIds);

    Store &m_store;
    const Clock &m_clock;
};

} // namespace chairside
