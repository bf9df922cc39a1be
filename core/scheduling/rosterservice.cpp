#include "rosterservice.h"

#include "centertime.h"
#include "common/error.h"
#include "store/store.h"

namespace chairside {

RosterService::RosterService(Store &store)
    : m_store(store)
{ }

Roster RosterService::build(qint64 centerId, QDate date)
{
    const auto center = m_store.center(centerId);
    if (!center)
        throw Error(Error::Kind::NotFound, QStringLiteral("There is no center number %1.").arg(centerId),
            QStringLiteral("center"));
    return build(*center, date);
}

Roster RosterService::build(const Center &center, QDate date)
{
    if (!date.isValid())
        throw Error::badData(QStringLiteral("date"), QStringLiteral("The roster needs a date."));
    RosterInput input;
    input.center = center;
    input.date = date;
    // All chairs, so that an appointment on a chair taken out of service today still shows.
    input.chairs = m_store.chairs(center.id, false);
    input.therapies = m_store.therapies();
    const auto rows = m_store.appointmentRowsAtCenter(
        center.id, CenterTime::dayStartUtc(center, date), CenterTime::dayEndUtc(center, date));
    input.appointments.reserve(rows.size());
    for (const Store::AppointmentRow &row : rows) {
        input.appointments << row.appointment;
        input.patientNames.insert(
            row.appointment.patientId, row.lastName + QStringLiteral(", ") + row.firstName);
        if (row.replacedById != 0)
            input.replaced.insert(row.appointment.id);
    }
    return buildRoster(input);
}

} // namespace chairside
