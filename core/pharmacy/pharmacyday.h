#pragma once

#include "model/appointment.h"
#include "model/center.h"
#include "model/chair.h"
#include "model/patient.h"
#include "model/therapy.h"
#include "store/store.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace chairside {

/// Why the pharmacy should look twice at a dose of its day.
///
/// The pharmacy's cut-off for an appointment is its start less the center's pharmacyLeadHours: the
/// booking rules keep new and moved appointments out of that window, so a change inside it finds the day's
/// compounding planned or done. From what the store records:
/// - BookedLate: a live appointment created (appointment.created_at) after its cut-off;
/// - MovedLate: the same for an appointment that replaced another (replaces_id): a reschedule books the new
///   time as a new appointment, so its created_at is the moment of the move onto this day;
/// - ClosedAfterPrepared: a dose was made (its state is ready or wasted) for an appointment that will not
///   take place (cancelled, moved away, a no-show, entered in error). A dose is never recorded for an
///   appointment already closed (DoseService), so the closing came after the dose: it is an orphan dose.
/// A live appointment cannot change its time, therapy or patient after its dose is made (a move is a new
/// appointment), so these are all the changes the pharmacy can have been overtaken by.
enum class LateChange
{
    None,
    BookedLate,
    MovedLate,
    ClosedAfterPrepared,
};

/// "booked-late", "moved-late", "closed-after-prepared"; empty for None.
QString lateChangeCode(LateChange change);

/// One dose of the pharmacy's day: the appointment, who and what it is for, and how it stands.
struct DoseLine
{
    Appointment appointment; ///< prep is never NotNeeded here: a compounded therapy's dose is needed
    Patient patient; ///< id, MRN and names
    Therapy therapy;
    Chair chair; ///< empty when the chair is gone
    qint64 replacedById = 0; ///< the appointment this one was moved to, 0 when none
    QDateTime cutoffUtc; ///< the start less the pharmacy's lead time
    /// Until when a ready dose may be given (prepared + the therapy's beyond-use hours); null when the dose
    /// is not ready or the therapy keeps no such time.
    QDateTime usableUntilUtc;
    /// Made for an appointment that will not take place: to be written off, or used as the pharmacy decides.
    bool orphan = false;
    LateChange lateChange = LateChange::None;

    bool isLateChange() const { return lateChange != LateChange::None; }
};

/// The doses a center compounds for one day on its clock, earliest first: every appointment of a
/// compounded therapy that will or did take place (booked, arrived, checked in, in the chair, done), and
/// the orphan doses of those that will not. Cancelled and moved-away appointments without a dose drop off.
struct PharmacyDay
{
    Center center;
    QDate date;
    QList<DoseLine> doses;

    int toPrepare() const; ///< live doses not ready (or wasted and to be made again)
    int ready() const; ///< live doses ready
    int orphans() const;
    int lateChanges() const;
    const DoseLine *line(qint64 appointmentId) const;

    /// The day the pharmacy works for unless told: tomorrow on the center's clock.
    static QDate defaultDate(const Center &center, const QDateTime &nowUtc);
    /// The line of a row, or nothing when the row drops off the day. A pure function of its values.
    static std::optional<DoseLine> lineFor(const Policy &policy, const Store::DoseRow &row);
    /// The day from the rows of its appointments (in start order), without the store.
    static PharmacyDay from(const Center &center, QDate date, const QList<Store::DoseRow> &rows);
    /// Reads the day in one query (Store::doseRowsAtCenter).
    static PharmacyDay load(Store &store, const Center &center, QDate date);
};

} // namespace chairside
