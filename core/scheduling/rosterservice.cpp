#include "rosterservice.h"

#include "centertime.h"
#include "common/error.h"
#include "store/store.h"

#include <QCoreApplication>

#include <algorithm>

namespace chairside {

RosterService::RosterService(Store &store)
    : m_store(store)
{ }

Roster RosterService::build(qint64 centerId, QDate date)
{
    const auto center = m_store.center(centerId);
    if (!center)
        throw Error(Error::Kind::NotFound,
            QCoreApplication::translate("RosterService", "There is no center number %1.").arg(centerId),
            QStringLiteral("center"));
    return build(*center, date);
}

Roster RosterService::build(const Center &center, QDate date)
{
    return buildRoster(load(center, date));
}

RosterInput RosterService::load(const Center &center, QDate date)
{
    if (!date.isValid())
        throw Error::badData(
            QStringLiteral("date"), QCoreApplication::translate("RosterService", "The roster needs a date."));
    RosterInput input;
    input.center = center;
    input.date = date;
    // All chairs, so that an appointment on a chair taken out of service today still shows.
    input.chairs = m_store.chairs(center.id, false);
    input.therapies = m_store.therapies();
    input.nurses = m_store.nursePolicy(center.id);
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
    const QHash<qint64, Confirmation> confirmations = m_store.confirmationsAtCenter(
        center.id, CenterTime::dayStartUtc(center, date), CenterTime::dayEndUtc(center, date));
    for (auto it = confirmations.cbegin(); it != confirmations.cend(); ++it) {
        if (it->confirmed)
            input.confirmed.insert(it.key());
    }
    return input;
}

bool RosterService::refreshAppointment(RosterInput &input, qint64 appointmentId)
{
    const auto found = std::find_if(input.appointments.cbegin(), input.appointments.cend(),
        [appointmentId](const Appointment &a) { return a.id == appointmentId; });
    const qsizetype held = found - input.appointments.cbegin();
    const bool wasOnDay = found != input.appointments.cend();
    const std::optional<Appointment> now = m_store.appointment(appointmentId);
    const bool onDay = now && now->centerId == input.center.id
        && now->startUtc >= CenterTime::dayStartUtc(input.center, input.date)
        && now->startUtc < CenterTime::dayEndUtc(input.center, input.date);
    if (!onDay) {
        if (!wasOnDay)
            return false;
        input.appointments.removeAt(held);
        input.replaced.remove(appointmentId);
        input.confirmed.remove(appointmentId);
        return true;
    }
    if (wasOnDay)
        input.appointments[held] = *now;
    else
        input.appointments << *now;
    if (!input.patientNames.contains(now->patientId))
        refreshPatient(input, now->patientId);
    // As the day's query asks: only a cancelled appointment can have been replaced.
    if (now->status == AppointmentStatus::Cancelled && m_store.replacementOf(appointmentId))
        input.replaced.insert(appointmentId);
    else
        input.replaced.remove(appointmentId);
    if (m_store.appointmentConfirmed(appointmentId))
        input.confirmed.insert(appointmentId);
    else
        input.confirmed.remove(appointmentId);
    return true;
}

bool RosterService::refreshPatient(RosterInput &input, qint64 patientId)
{
    const bool onDay = std::any_of(input.appointments.cbegin(), input.appointments.cend(),
        [patientId](const Appointment &a) { return a.patientId == patientId; });
    if (!onDay)
        return false;
    const std::optional<Patient> patient = m_store.patient(patientId);
    if (patient)
        input.patientNames.insert(patientId, patient->lastName + QStringLiteral(", ") + patient->firstName);
    return true;
}

} // namespace chairside
