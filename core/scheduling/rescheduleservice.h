#pragma once

#include "model/appointment.h"
#include "model/user.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace chairside {

class Clock;
class Store;

struct RescheduleRequest
{
    qint64 appointmentId = 0;
    QDateTime startUtc; ///< the new start
    std::optional<qint64> chairId; ///< empty: the first chair free for the whole infusion
    QString reason; ///< kept in the old appointment's history; "rescheduled" when empty
};

/// Moves an appointment to a new start by booking its replacement (the old one is cancelled and linked
/// in the same transaction), under the slot finder's rules: not sooner than the pharmacy's lead time,
/// not after the order or the authorization lapses, and only while the old appointment is still booked
/// or arrived and not already replaced.
class RescheduleService final
{
public:
    RescheduleService(Store &store, const Clock &clock);

    /// Returns the new appointment. Throws Error (Forbidden, NotFound, Refused, Conflict, BadData) naming
    /// the field at fault; nothing is written then.
    Appointment reschedule(const User &user, const RescheduleRequest &request);

private:
    Appointment rescheduleOnce(const User &user, const RescheduleRequest &request);
    Store &m_store;
    const Clock &m_clock;
};

} // namespace chairside
