#pragma once

#include "model/appointment.h"
#include "model/center.h"
#include "model/checkinrecord.h"
#include "model/policy.h"
#include "model/therapy.h"
#include "reminders/confirmation.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace chairside {

/// An appointment as the reports read it: every stamp of its day, and what became of it.
struct ReportAppointment
{
    /// Id, patient, chair, therapy, start, minutes, status, prep, arrival, check-in, start and end of the
    /// infusion and the no-show fee are read.
    Appointment appointment;
    QDateTime cancelledAtUtc; ///< when it was cancelled; null when it was not
    qint64 replacedById = 0; ///< the appointment that replaced it (a move), 0 when none
};

/// A slot the desk offered a walk-in.
struct OfferedSlot
{
    QDateTime startUtc;
    qint64 chairId = 0;

    bool operator==(const OfferedSlot &) const = default;
};

/// A patient turned away at the desk for having no appointment that day (table walk_in, append-only).
struct WalkIn
{
    qint64 id = 0;
    QDateTime atUtc;
    qint64 centerId = 0;
    qint64 patientId = 0;
    QString user;
    qint64 nextAppointmentId = 0; ///< the patient's next booking when they came, 0 when none
    QList<OfferedSlot> offered; ///< the slots the desk offered, in the order shown

    /// "1796000000:3,1796003600:4": the offers as the table keeps them (seconds since the epoch, chair).
    static QString offeredText(const QList<OfferedSlot> &offered);
    static QList<OfferedSlot> offeredFromText(const QString &text);
};

/// A walk-in with who it was and what came of it, as the walk-ins report lists it.
struct WalkInRow
{
    WalkIn walkIn;
    QString mrn;
    QString patientName; ///< "Last, First"
    QDateTime nextStartUtc; ///< the next booking's start, null when none
    qint64 bookedId = 0; ///< an appointment the patient was booked into at the desk after, 0 when none
    QDateTime bookedStartUtc;
};

/// Everything a report reads of a center over some days, loaded by ReportService and read by the pure
/// report computations (NoShowReport::of and the rest). A report reads only the parts it needs.
struct ReportRecords
{
    Center center;
    int chairs = 0; ///< the active chairs
    NursePolicy nursePolicy;
    QHash<qint64, Therapy> therapies;
    QDate from; ///< the first local day
    QDate to; ///< the last local day, inclusive
    /// The appointments starting in the days, in start order, whatever their status.
    QList<ReportAppointment> appointments;
    /// What the confirmation calls say of them, by appointment; appointments never called are absent.
    QHash<qint64, Confirmation> confirmations;
    /// The desk's decisions that sent one of them to be rescheduled, oldest first.
    QList<CheckInRecord> reschedulingDecisions;
    /// The walk-ins turned away in the days, oldest first.
    QList<WalkInRow> walkIns;

    /// The local days from `from` to `to`.
    int dayCount() const { return from.isValid() && to.isValid() ? int(from.daysTo(to)) + 1 : 0; }
};

} // namespace chairside
