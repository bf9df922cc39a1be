#pragma once

#include "appointmentstatus.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace chairside {

/// Whether the patient's dose is ready: compounded doses wait for the pharmacy.
enum class PrepState
{
    NotReady,
    Ready,
    Wasted,
    NotNeeded
};

QString prepStateCode(PrepState state);
std::optional<PrepState> prepStateFromCode(const QString &code);

struct Appointment
{
    qint64 id = 0;
    qint64 patientId = 0;
    qint64 centerId = 0;
    qint64 chairId = 0;
    qint64 therapyId = 0;
    QDateTime startUtc;
    int minutes = 0;
    AppointmentStatus status = AppointmentStatus::Booked;
    PrepState prep = PrepState::NotReady;
    QDateTime
        preparedAtUtc; ///< when the pharmacy marked the dose ready (kept when it is wasted); null otherwise
    qint64 replacesId = 0; ///< the appointment this one replaced, 0 when none
    QString createdBy;
    QDateTime createdAtUtc;
    QDateTime arrivedAtUtc;
    QDateTime checkedInAtUtc;
    QDateTime startedAtUtc;
    QDateTime completedAtUtc;
    int noShowFeeCents = 0;
    QString wastedReason; ///< why the dose was wasted, when it was
    QDateTime wastedAtUtc; ///< when the dose was recorded wasted; null otherwise

    QDateTime endUtc() const { return startUtc.addSecs(qint64(minutes) * 60); }
};

/// One line of an appointment's append-only history.
struct StatusChange
{
    qint64 id = 0;
    qint64 appointmentId = 0;
    QDateTime atUtc;
    QString user;
    std::optional<AppointmentStatus> from; ///< empty for the booking itself
    AppointmentStatus to = AppointmentStatus::Booked;
    QString reason;
};

} // namespace chairside
