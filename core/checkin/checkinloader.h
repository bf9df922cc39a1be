#pragma once

#include "checkinfacts.h"

#include <QDateTime>

namespace chairside {

class Store;

/// Reads the facts of a check-in from the store in a handful of indexed queries: the patient by MRN or
/// by name and date of birth (one seek each), their appointments from the start of today to 120 days
/// ahead, their orders, authorizations and coverage, the therapies, and today's chair occupancy when
/// they are booked here today.
class CheckInLoader final
{
public:
    explicit CheckInLoader(Store &store);

    /// How far ahead the patient's appointments are read: far enough for the next booked one.
    static constexpr int kDaysAhead = 120;

    /// The facts for the patient at the desk. Throws Error::NotFound when the center does not exist.
    CheckInFacts forRequest(const CheckInRequest &request, const QDateTime &nowUtc);

    /// The facts for a decision about one appointment (an override): its own patient, by MRN and date of
    /// birth from the record, and the appointment as the focus.
    CheckInFacts forAppointment(const Appointment &appointment, const QDateTime &nowUtc);

private:
    void loadCenter(CheckInFacts &facts, qint64 centerId);
    void loadPatient(CheckInFacts &facts, const Patient &patient);
    /// Reads the names of the other centers the decision will speak of, once everything else is loaded.
    void nameCenters(CheckInFacts &facts);

    Store &m_store;
};

} // namespace chairside
