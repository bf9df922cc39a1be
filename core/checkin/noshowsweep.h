#pragma once

#include "model/user.h"

#include <QDateTime>
#include <QList>

namespace chairside {

class Clock;
class Store;

/// One appointment the sweep marked as a no-show.
struct NoShow
{
    qint64 appointmentId = 0;
    qint64 patientId = 0;
    qint64 centerId = 0;
    QDateTime startUtc;
    int feeCents = 0;
    bool doseWasted = false; ///< a prepared compounded dose was written off
};

struct NoShowReport
{
    QList<NoShow> noShows;
    int centersSwept = 0;
};

/// Marks as no-show every appointment still booked (the patient never came to the desk) whose start plus
/// the center's grace has passed, records the center's no-show fee, and writes off a dose the pharmacy
/// had prepared. Looks back a bounded window, so it stays cheap; running it again changes nothing.
class NoShowSweep final
{
public:
    NoShowSweep(Store &store, const Clock &clock);

    static constexpr int kLookBackDays = 14;

    /// Sweeps one center, or every center when `centerId` is 0, in one transaction
    /// (Permission::NurseCare).
    NoShowReport run(const User &user, qint64 centerId = 0);

    /// Marks one appointment as a no-show on the nurse's word, without waiting for the sweep: a patient
    /// booked, or one who came to the desk and left. Records the center's fee and writes off a prepared
    /// dose, in one transaction (Permission::NurseCare). Throws Error::Refused for any other status and
    /// before the appointment's start (a patient cannot miss a time that has not come).
    NoShow mark(qint64 appointmentId, const User &user);

private:
    Store &m_store;
    const Clock &m_clock;
};

} // namespace chairside
