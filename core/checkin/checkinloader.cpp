#include "checkinloader.h"

#include "checkinengine.h"
#include "common/error.h"
#include "scheduling/centertime.h"
#include "store/store.h"

#include <QCoreApplication>

#include <algorithm>

namespace chairside {

namespace {

/// An infusion that began before today can still hold a chair this morning; none lasts longer than this.
constexpr qint64 kLongestInfusionSeconds = 12 * 3600;

} // namespace

CheckInLoader::CheckInLoader(Store &store)
    : m_store(store)
{ }

void CheckInLoader::loadCenter(CheckInFacts &facts, qint64 centerId)
{
    const auto center = m_store.center(centerId);
    if (!center)
        throw Error(Error::Kind::NotFound,
            QCoreApplication::translate("CheckInLoader", "There is no center number %1.").arg(centerId),
            QStringLiteral("center"));
    facts.center = *center;
    facts.chairs = m_store.chairs(center->id);
}

CheckInFacts CheckInLoader::forRequest(const CheckInRequest &request, const QDateTime &nowUtc)
{
    CheckInFacts facts;
    facts.nowUtc = nowUtc;
    facts.request = request;
    loadCenter(facts, request.centerId);

    if (request.hasMrn()) {
        if (const auto holder = m_store.patientByMrn(request.mrn.trimmed()))
            facts.candidates << *holder;
    } else if (request.hasName() && request.dateOfBirth.isValid()) {
        facts.candidates
            = m_store.patientsByNameAndDob(request.lastName, request.firstName, request.dateOfBirth);
    }

    const CheckInEngine::Identity identity = CheckInEngine::identify(request, facts.candidates);
    if (identity.patient) {
        loadPatient(facts, *identity.patient);
        nameCenters(facts);
    }
    return facts;
}

CheckInFacts CheckInLoader::forAppointment(const Appointment &appointment, const QDateTime &nowUtc)
{
    CheckInFacts facts;
    facts.nowUtc = nowUtc;
    loadCenter(facts, appointment.centerId);
    const auto patient = m_store.patient(appointment.patientId);
    if (!patient) {
        throw Error(Error::Kind::NotFound,
            QCoreApplication::translate("CheckInLoader", "Appointment %1 has no patient on record.")
                .arg(appointment.id),
            QStringLiteral("appointment"));
    }
    facts.request.mrn = patient->mrn;
    facts.request.dateOfBirth = patient->dateOfBirth;
    facts.request.centerId = appointment.centerId;
    facts.candidates << *patient;
    facts.focusAppointmentId = appointment.id;
    loadPatient(facts, *patient);
    const bool listed = std::any_of(facts.appointments.begin(), facts.appointments.end(),
        [&](const Appointment &a) { return a.id == appointment.id; });
    if (!listed) {
        facts.appointments << appointment;
        std::sort(facts.appointments.begin(), facts.appointments.end(),
            [](const Appointment &a, const Appointment &b) { return a.startUtc < b.startUtc; });
    }
    if (facts.occupancy.isEmpty()) {
        const QDate day = CenterTime::localDate(facts.center, appointment.startUtc);
        facts.occupancy = m_store.chairHoldsAtCenter(facts.center.id,
            CenterTime::dayStartUtc(facts.center, day).addSecs(-kLongestInfusionSeconds),
            CenterTime::dayEndUtc(facts.center, day));
    }
    nameCenters(facts);
    return facts;
}

void CheckInLoader::loadPatient(CheckInFacts &facts, const Patient &patient)
{
    const Center &center = facts.center;
    const QDate today = CenterTime::localDate(center, facts.nowUtc);
    const QDateTime todayStart = CenterTime::dayStartUtc(center, today);
    facts.appointments = m_store.appointmentsOfPatient(
        patient.id, todayStart, CenterTime::dayStartUtc(center, today.addDays(kDaysAhead + 1)));
    facts.orders = m_store.ordersOfPatient(patient.id);
    facts.authorizations = m_store.authorizationsOfPatient(patient.id);
    facts.coverages = m_store.coverages(patient.id);
    for (const Therapy &therapy : m_store.therapies())
        facts.therapies.insert(therapy.id, therapy);

    bool bookedHereToday = false;
    for (const Appointment &a : std::as_const(facts.appointments)) {
        if (a.centerId == center.id && CenterTime::localDate(center, a.startUtc) == today)
            bookedHereToday = true;
    }
    // The chairs matter only to a patient booked here today; a walk-in costs no read of the day. No chair
    // is wanted before now, so what started more than the longest infusion ago cannot be in the way.
    // Only the bookings that hold a chair, and only the columns the chair rule reads: a busy day is
    // hundreds of rows.
    if (bookedHereToday) {
        facts.occupancy = m_store.chairHoldsAtCenter(center.id,
            std::max(todayStart, facts.nowUtc).addSecs(-kLongestInfusionSeconds),
            CenterTime::dayEndUtc(center, today));
    }
}

void CheckInLoader::nameCenters(CheckInFacts &facts)
{
    // A patient booked here, admitted or asked to wait, hears no other center's name: each name read
    // costs two queries, so only those the decision will speak of are read.
    const bool elsewhere = std::any_of(facts.appointments.begin(), facts.appointments.end(),
        [&](const Appointment &a) { return a.centerId != facts.center.id; });
    if (!elsewhere)
        return;
    const auto named = CheckInEngine::centersNamed(facts);
    for (const qint64 centerId : named) {
        const auto other = m_store.center(centerId);
        facts.centerNames.insert(centerId, other ? other->name : QString());
    }
}

} // namespace chairside
