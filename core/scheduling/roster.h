#pragma once

#include "model/appointment.h"
#include "model/center.h"
#include "model/chair.h"
#include "model/therapy.h"
#include "nurseload.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace chairside {

/// One appointment as a chair's row of the roster shows it.
struct RosterEntry
{
    qint64 appointmentId = 0;
    qint64 patientId = 0;
    QString patientName; ///< "Last, First"
    qint64 therapyId = 0;
    QString therapyName;
    QDateTime startUtc;
    QDateTime endUtc;
    int minutes = 0;
    AppointmentStatus status = AppointmentStatus::Booked;
    PrepState prep = PrepState::NotReady; ///< whether the dose is ready, not ready, not needed or wasted
    qint64 chairId = 0;
    QString chairLabel;
    bool rescheduled = false; ///< cancelled and replaced by another appointment
    QDateTime arrivedAtUtc; ///< when the patient reached the desk; null until then
    QDateTime checkedInAtUtc; ///< when the patient was admitted to a chair; null until then
    bool confirmed = false; ///< the patient confirmed the visit (a call or a reply to a reminder)
};

/// A chair and its appointments of the day, in start order.
struct RosterChair
{
    Chair chair;
    QList<RosterEntry> entries;
};

struct RosterCounts
{
    int booked = 0;
    int arrived = 0;
    int checkedIn = 0; ///< checked in and waiting for the nurse to start
    int inChair = 0; ///< in progress: the infusion has started
    int done = 0; ///< fulfilled
    int noShow = 0;
    int rescheduled = 0; ///< cancelled and replaced by another appointment
    int cancelled = 0; ///< cancelled without a replacement

    bool operator==(const RosterCounts &) const = default;
};

/// A center's day: every chair with its appointments, the counts and how full the chairs were.
struct Roster
{
    qint64 centerId = 0;
    QString centerName;
    QDate date;
    QList<OpenSpan> hours; ///< the day's open spans, wall clock
    QDateTime opensUtc; ///< the first opening of the day; invalid when closed
    QDateTime closesUtc; ///< the last closing of the day; invalid when closed
    QDateTime viewStartUtc; ///< opening, or the first appointment when it starts earlier
    QDateTime viewEndUtc; ///< closing, or the last appointment's end when it is later
    QList<RosterChair>
        chairs; ///< the active chairs in label order (and an inactive one holding an appointment)
    RosterCounts counts;
    qint64 heldMinutes = 0; ///< minutes of open hours held by appointments that hold or held a chair
    qint64 capacityMinutes = 0; ///< active chairs times the open minutes of the day
    double utilization = 0; ///< heldMinutes / capacityMinutes; 0 when closed
    /// Starts per 15 minutes and patients in chairs, against what the nurses on shift can take.
    NurseLoad nurses;
};

/// What buildRoster() needs, as plain values.
struct RosterInput
{
    Center center;
    QDate date;
    QList<Chair> chairs; ///< in display order; inactive ones show only when they hold an appointment
    QList<Appointment> appointments; ///< those starting on the date
    QHash<qint64, QString> patientNames; ///< patient id -> "Last, First"
    QList<Therapy> therapies;
    QSet<qint64> replaced; ///< ids of appointments that another appointment replaced
    NursePolicy nurses; ///< the center's, for the nurses' load
    QSet<qint64> confirmed; ///< ids of appointments the patient confirmed
};

/// Lays out a center's day. Appointments entered in error are left out; cancelled and no-show ones stay
/// on their chair (the widget greys them) and count, but hold no chair time. Pure.
Roster buildRoster(const RosterInput &input);

} // namespace chairside
