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
    /// NotReady or Wasted, and returns the appointment as it now is. Error::BadData on "state" for
    /// NotNeeded, which is the therapy's to say; Error::NotFound on "appointment" for an unknown one;
    /// Error::Refused on "appointment" when the therapy is not compounded, or the appointment is in the
    /// chair already or closed (done, cancelled, no-show, entered in error).
    Appointment record(const User &user, qint64 appointmentId, PrepState state);

    Appointment markPrepared(const User &user, qint64 appointmentId)
    {
        return record(user, appointmentId, PrepState::Ready);
    }
    Appointment markNotReady(const User &user, qint64 appointmentId)
    {
        return record(user, appointmentId, PrepState::NotReady);
    }

    /// The state a word names: ready, not-ready or wasted (any case). Error::BadData on "state" for any
    /// other word.
    static PrepState stateNamed(const QString &name);

private:
    Store &m_store;
    const Clock &m_clock;
};

} // namespace chairside
