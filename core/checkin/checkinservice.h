#pragma once

#include "checkinhistory.h"
#include "checkinrequest.h"
#include "decision.h"
#include "model/user.h"

#include <QList>
#include <QString>

namespace chairside {

class Clock;
class Store;

/// The check-in desk's and the nurse's actions over the store: the decision for a patient, carried out
/// in one transaction, the overrides, and the infusion's start and end.
class CheckInService final
{
public:
    CheckInService(Store &store, const Clock &clock);

    static constexpr int kDefaultSlots = 5;

    /// The decision for the patient at the desk, with up to `slotCount` free slots when it is not an
    /// admission. Writes nothing. Throws Error::BadData when the request lacks two identifiers.
    Decision evaluate(const CheckInRequest &request, int slotCount = kDefaultSlots);

    /// Decides and carries the decision out in one transaction (Permission::Book). Admit: checked-in, the
    /// chair assigned, a dose counted against the order and a visit against the authorization. Wait: the
    /// patient is marked arrived (once). Every outcome is recorded with the identifiers that matched;
    /// ALREADY_CHECKED_IN writes nothing at all.
    Decision checkIn(const CheckInRequest &request, const User &user, int slotCount = kDefaultSlots);

    /// Admits past LATE_BEYOND_GRACE (nurse or admin) or ELIGIBILITY_STALE (admin) with a reason, recorded
    /// with the admission in one transaction. The patient must have been identified at the desk first.
    /// Throws Error::Forbidden for a role that may not, Error::BadData without a reason, and
    /// Error::Refused when any other blocking reason remains.
    Decision override(
        qint64 appointmentId, const QList<ReasonCode> &codes, const QString &reason, const User &user);

    /// Break glass: an admin admits past refusals that policy lets an emergency pass
    /// (CheckInEngine::emergencyOverridable: late beyond grace, stale eligibility, a missing, pending,
    /// expired or used-up authorization), with a reason. Recorded as an override, and flagged in the audit
    /// trail (BreakGlass) so that it shows on the admin's report. Error::Forbidden for anyone but an
    /// admin, Error::BadData without a reason, Error::Refused for any other reason that remains; the
    /// patient must have been identified at the desk first.
    Decision breakGlass(
        qint64 appointmentId, const QList<ReasonCode> &codes, const QString &reason, const User &admin);

    /// The nurse starts the infusion of a checked-in patient (Permission::NurseCare).
    Appointment start(qint64 appointmentId, const User &user);
    /// The nurse completes an infusion in progress (Permission::NurseCare).
    Appointment complete(qint64 appointmentId, const User &user);

    CheckInHistory history(qint64 appointmentId, const User &user);

private:
    Decision checkInOnce(const CheckInRequest &request, const User &user, int slotCount);
    Decision admitPast(qint64 appointmentId, const QList<ReasonCode> &codes, const QString &reason,
        const User &user, bool breakGlass);
    void admit(const Decision &decision, const User &user, const QDateTime &nowUtc, const QString &why);
    void auditDecision(
        const Decision &decision, const User &user, const QDateTime &nowUtc, bool breakGlass = false);
    void record(const Decision &decision, const User &user, const QDateTime &nowUtc);
    /// Keeps a patient turned away for having no appointment today, with what they were offered.
    void recordWalkIn(const Decision &decision, qint64 centerId, const User &user, const QDateTime &nowUtc);
    void offerSlots(Decision &decision, qint64 centerId, int count);
    void refresh(Decision &decision);
    /// Reads the chairs and therapies the decision speaks of into it, for the views that show it.
    void nameRecords(Decision &decision);
    Appointment existing(qint64 appointmentId);

    Store &m_store;
    const Clock &m_clock;
};

} // namespace chairside
