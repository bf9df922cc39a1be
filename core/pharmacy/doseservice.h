#pragma once

#include "model/appointment.h"
#include "model/user.h"

#include <QString>

namespace chairside {

class Clock;
class Store;

/// The pharmacy's side of an appointment: whether its compounded dose is ready. Needs
/// Permission::PrepareDose (nurses and admins); a refusal is written to the audit trail, and so is every
/// change, with the state before and after, in the same transaction as the change.
class DoseService final
{
public:
    DoseService(Store &store, const Clock &clock);

    /// Records the dose of the appointment as Ready (usable for the therapy's beyond-use hours from now),
    /// NotReady or Wasted, and returns the appointment as it now is. A wasted dose needs `reason`, the
    /// nurse's words (at most kReasonLength characters), and keeps when it was prepared; no other state
    /// takes one. Error::BadData on "state" for NotNeeded, which is the therapy's to say, and on "reason";
    /// Error::NotFound on "appointment" for an unknown one; Error::Refused on "appointment" when the
    /// therapy is not compounded, or allows() says no (in the chair already, done, or closed without a
    /// dose to write off).
    Appointment record(const User &user, qint64 appointmentId, PrepState state, const QString &reason = {});

    Appointment markPrepared(const User &user, qint64 appointmentId)
    {
        return record(user, appointmentId, PrepState::Ready);
    }
    Appointment markNotReady(const User &user, qint64 appointmentId)
    {
        return record(user, appointmentId, PrepState::NotReady);
    }
    Appointment markWasted(const User &user, qint64 appointmentId, const QString &reason)
    {
        return record(user, appointmentId, PrepState::Wasted, reason);
    }

    /// Whether the dose of an appointment in `status`, now `current`, may be recorded as `to`. Before the
    /// chair (booked, arrived, checked in) it may become anything; a dose made for an appointment that will
    /// not take place (cancelled, moved away, a no-show, entered in error) may only be written off as
    /// wasted, or its reason given again; in the chair or done, nothing changes.
    static bool allows(AppointmentStatus status, PrepState current, PrepState to);

    static constexpr int kReasonLength = 300;

    /// The state a word names: ready, not-ready or wasted (any case). Error::BadData on "state" for any
    /// other word.
    static PrepState stateNamed(const QString &name);

private:
    Store &m_store;
    const Clock &m_clock;
};

} // namespace chairside
