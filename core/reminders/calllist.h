#pragma once

#include "confirmation.h"
#include "model/appointment.h"
#include "model/center.h"
#include "model/patient.h"
#include "model/user.h"
#include "patientreminder.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace chairside {

class Clock;
class Store;

/// One appointment the desk is to call about: booked, not yet confirmed, with whom to call and what
/// else stands in the way of the visit.
struct CallListRow
{
    Appointment appointment;
    Patient patient; ///< names, MRN, phone and email
    PatientReminder wishes; ///< the mobile, the channel, the opt-out
    Confirmation confirmation; ///< the calls so far (never confirmed: it would not be on the list)
    QStringList problems; ///< the readiness queue's short words ("Authorization pending with Aetna")
    QString reminder; ///< the last reminder's state for it ("sent", "failed", ...), empty when none
};

/// The desk's call list: the center's booked appointments of the days [from, from + days) on its clock
/// that no call has confirmed, in start order, with their readiness problems; and the confirmed ones'
/// count. Permission::ViewSchedule.
class CallList final
{
public:
    CallList(Store &store, const Clock &clock);

    struct Result
    {
        QList<CallListRow> rows;
        int confirmed = 0; ///< booked appointments of those days already confirmed
    };
    Result build(const User &user, const Center &center, QDate from, int days);
    /// Whether each of the center's appointments of those days is confirmed: for the arrivals page and
    /// the roster.
    QHash<qint64, Confirmation> confirmations(const User &user, const Center &center, QDate from, int days);

    static constexpr int kMaxDays = 14;

private:
    Store &m_store;
    const Clock &m_clock;
};

} // namespace chairside
