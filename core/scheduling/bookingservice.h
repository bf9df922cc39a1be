#pragma once

#include "model/appointment.h"
#include "model/center.h"
#include "model/chair.h"
#include "nurseload.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace chairside {

class Clock;
class Store;

struct BookingRequest
{
    qint64 patientId = 0;
    qint64 therapyId = 0;
    qint64 centerId = 0;
    QDateTime startUtc;
    std::optional<qint64> chairId; ///< empty: the first chair free for the whole infusion
    int minutes = 0; ///< 0: the therapy's default length
    qint64 replacesId = 0; ///< the appointment this one replaces; it is cancelled in the same transaction
    QString user;
    QString reason; ///< why the old appointment was moved, kept in its history
};

/// Books appointments: refuses hours the center is closed, a chair taken for any minute of the
/// infusion, and a patient already booked at that time. Readiness (order, authorization,
/// eligibility) is not a reason to refuse here; it is checked again at check-in, where it counts.
class BookingService final
{
public:
    BookingService(Store &store, const Clock &clock);

    /// Books and returns the new appointment. Throws Error (Refused, Conflict, NotFound, BadData) with
    /// a sentence that says what is in the way.
    Appointment book(const BookingRequest &request);

    /// Appointments holding the chair for any minute of [startUtc, startUtc + minutes), other than
    /// `ignoreId`.
    QList<Appointment> chairConflicts(
        const Center &center, qint64 chairId, const QDateTime &startUtc, int minutes, qint64 ignoreId = 0);

    /// The first active chair of the center (in label order) free for the whole span.
    std::optional<Chair> firstFreeChair(
        const Center &center, const QDateTime &startUtc, int minutes, qint64 ignoreId = 0);
    /// The same among `chairs`, the center's active chairs in label order as Store::chairs() gives them,
    /// for a caller booking many appointments that has read them once.
    std::optional<Chair> firstFreeChair(const Center &center, const QList<Chair> &chairs,
        const QDateTime &startUtc, int minutes, qint64 ignoreId = 0);

    /// What an infusion at that time would break of what the nurses can take (NurseLoad), or nothing. The
    /// booking itself goes ahead (the desk may know better), but the desk is told why it should not.
    std::optional<NurseProblem> nurseProblem(
        const Center &center, const QDateTime &startUtc, int minutes, qint64 ignoreId = 0);

private:
    Appointment bookOnce(const BookingRequest &request);
    Store &m_store;
    const Clock &m_clock;
};

} // namespace chairside
