#pragma once

#include "model/center.h"
#include "model/user.h"
#include "nurseload.h"

#include <QDate>

namespace chairside {

class Clock;
class Store;

/// What a center's nurses can do: read by anyone, changed by admins only (Permission::Administer, a
/// refusal audited), validated, written in one transaction with an audit entry naming each changed
/// number by its key with the old and new value. Errors name the field: "starts-per-nurse",
/// "patients-per-nurse", "offers", "nurses".
class CapacityService final
{
public:
    CapacityService(Store &store, const Clock &clock);

    static constexpr int kMostStartsPerNurseStep = 20;
    static constexpr int kMostPatientsPerNurse = 20;
    static constexpr int kMostNurses = 200;

    NursePolicy policy(qint64 centerId);

    /// Writes the center's nurse policy and returns it as stored. Error::NotFound for an unknown center,
    /// Error::BadData for a number out of range; nothing is written or audited when nothing changed.
    NursePolicy update(const User &admin, qint64 centerId, const NursePolicy &policy);

    /// The day's starts per step and patients in chairs against the nurses on shift, for the roster.
    NurseLoad day(const Center &center, QDate date);

    static void validate(const NursePolicy &policy);

private:
    Store &m_store;
    const Clock &m_clock;
};

} // namespace chairside
