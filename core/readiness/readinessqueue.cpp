#include "readinessqueue.h"

#include "checkin/checkinengine.h"
#include "checkin/checkinfacts.h"
#include "readinessreasons.h"

#include <QSet>

#include <algorithm>

namespace chairside {

namespace {

/// Whether the appointment can still be kept: not yet past its start and grace (the engine's own test
/// of a booking "still to come"), or the patient is already at the desk. A booking past its grace will
/// be a no-show, which takes no dose and is no call to make.
bool stillAhead(const Appointment &a, const Center &center, const QDateTime &nowUtc)
{
    return a.status == AppointmentStatus::Arrived
        || nowUtc <= a.startUtc.addSecs(qint64(center.policy.graceMinutes) * 60);
}

bool listed(const Appointment &a, const ReadinessFacts &facts)
{
    return a.centerId == facts.center.id && a.status == AppointmentStatus::Booked
        && a.startUtc >= facts.fromUtc && a.startUtc < facts.toUtc;
}

/// The pharmacy compounds a dose within its lead time before the start; until then "not prepared" is
/// only "not yet".
bool insideLeadTime(const Appointment &a, const Center &center, const QDateTime &nowUtc)
{
    return nowUtc.secsTo(a.startUtc) <= qint64(center.policy.pharmacyLeadHours) * 3600;
}

template<typename Record>
void countOne(QList<Record> &records, qint64 id, int Record::*used)
{
    if (id == 0)
        return;
    for (Record &r : records) {
        if (r.id == id) {
            ++(r.*used);
            return;
        }
    }
}

} // namespace

QList<ReadinessRow> ReadinessQueue::build(const ReadinessFacts &facts)
{
    QList<Chair> activeChairs;
    QHash<qint64, Chair> chairsById;
    for (const Chair &chair : facts.chairs) {
        chairsById.insert(chair.id, chair);
        if (chair.active)
            activeChairs << chair;
    }

    QList<ReadinessRow> rows;
    CheckInFacts arrival;
    arrival.therapies = facts.therapies;
    // The queue shows only what is wrong: the engine need not word the lines that are fine.
    arrival.describeReadyLines = false;
    arrival.request.centerId = -1;
    for (auto it = facts.appointments.cbegin(); it != facts.appointments.cend(); ++it) {
        const auto patient = facts.patients.constFind(it.key());
        if (patient == facts.patients.cend())
            continue;
        // The engine counts an admission's dose against the order it names (Decision::orderId) and its
        // visit against the authorization (authorizationId), in the store, only when the patient is
        // admitted. Days ahead, the store still has every dose the patient's earlier bookings will take:
        // so each appointment is judged, in start order, with the doses and visits of the patient's
        // bookings before it (here or at another center) counted as the engine will count them when
        // they are admitted. Each is counted whether or not it is ready itself: the queue is there to
        // make every booking go ahead, and one that is moved instead is booked again later. The counts
        // go into the arrival's lists, which part from the facts' at the patient's first count.
        arrival.orders = facts.orders.value(it.key());
        arrival.authorizations = facts.authorizations.value(it.key());
        arrival.candidates = {*patient};
        arrival.request.mrn = patient->mrn;
        arrival.request.dateOfBirth = patient->dateOfBirth;
        arrival.appointments = it.value();
        arrival.coverages = facts.coverages.value(it.key());
        for (const Appointment &a : it.value()) {
            const bool here = a.centerId == facts.center.id;
            const auto elsewhere = facts.centers.constFind(a.centerId);
            if (!here && elsewhere == facts.centers.cend())
                continue;
            const Center &center = here ? facts.center : *elsewhere;
            if (!stillAhead(a, center, facts.nowUtc))
                continue;
            // The patient at the desk on time, at the booked center: the clock at the start.
            arrival.nowUtc = a.startUtc;
            if (arrival.request.centerId != a.centerId) {
                arrival.center = center;
                arrival.request.centerId = a.centerId;
                arrival.chairs = here ? activeChairs : QList<Chair>();
            }
            arrival.focusAppointmentId = a.id;
            const Decision decision = CheckInEngine::decide(arrival);

            if (listed(a, facts)) {
                const bool doseDue = insideLeadTime(a, center, facts.nowUtc);
                ReadinessRow row;
                QSet<ReadinessLine::Item> items;
                for (const Reason &reason : decision.reasons) {
                    const auto item = ReadinessReasons::itemOf(reason.code);
                    if (!item || (ReadinessReasons::isDoseReason(reason.code) && !doseDue))
                        continue;
                    row.reasons << reason;
                    items.insert(*item);
                }
                if (!row.reasons.isEmpty()) {
                    for (const ReadinessLine &line : decision.readiness) {
                        if (!line.ok && items.contains(line.item))
                            row.lines << line;
                    }
                    row.appointment = a;
                    row.patient = *patient;
                    row.therapy = facts.therapies.value(a.therapyId);
                    if (row.therapy.name.isEmpty())
                        row.therapy.name = QStringLiteral("infusion");
                    row.chair = chairsById.value(a.chairId);
                    rows << row;
                }
            }
            countOne(arrival.orders, decision.orderId, &PrescriberOrder::dosesUsed);
            countOne(arrival.authorizations, decision.authorizationId, &PriorAuthorization::visitsUsed);
        }
    }
    std::sort(rows.begin(), rows.end(), [](const ReadinessRow &x, const ReadinessRow &y) {
        return x.appointment.startUtc != y.appointment.startUtc
            ? x.appointment.startUtc < y.appointment.startUtc
            : x.appointment.id < y.appointment.id;
    });
    return rows;
}

} // namespace chairside
