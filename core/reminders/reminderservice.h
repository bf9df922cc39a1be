#pragma once

#include "confirmation.h"
#include "model/user.h"
#include "patientreminder.h"
#include "reminder.h"
#include "reminderplan.h"
#include "reminderreply.h"
#include "remindertransport.h"

#include <QList>

#include <optional>

namespace chairside {

class Clock;
class Store;

/// The people's hand on reminders: a center's plan and the servers (admin), a patient's wishes and
/// opt-out (registration), the failures list and a retry (admin), and the desk's confirmation calls.
/// Every change is checked (core/access), validated, written in one transaction and audited by key with
/// its old and new values; never a password, a token, an address or a number in the trail.
class ReminderService final
{
public:
    ReminderService(Store &store, const Clock &clock);

    /// The center's plan; the defaults (off) when none was set. Error::NotFound for an unknown center.
    ReminderPlan plan(qint64 centerId, const User &user);
    /// Validates and stores the plan; returns it as stored. Turning it on needs a channel the servers
    /// can send by (Error::BadData on "channels").
    ReminderPlan configurePlan(const ReminderPlan &plan, const User &user);

    ReminderTransport transport(const User &user);
    /// Validates and stores the servers; a password or token given (not nullopt) replaces the kept one
    /// (empty: removes it). Audited as "password changed", never its value.
    ReminderTransport configureTransport(const ReminderTransport &transport, const User &user,
        const std::optional<QString> &smtpPassword = std::nullopt,
        const std::optional<QString> &smsToken = std::nullopt);

    /// The patient's wishes; the defaults when none were recorded. Error::NotFound for an unknown patient.
    PatientReminder patientWishes(qint64 patientId, const User &user);
    /// Records the patient's channel, mobile and opt-out. Opting out records who and when; it is honoured
    /// at once (nothing queued is sent). Error::BadData on "mobile" for a number without 7 to 15 digits.
    PatientReminder setPatientWishes(const PatientReminder &wishes, const User &user);

    /// Reminders given up on or interrupted, oldest first.
    QList<Reminder> failures(const User &user, int limit = 1000);
    /// Puts a failed or interrupted reminder back in the queue, due now. Error::NotFound, Error::Refused
    /// for one in another state.
    Reminder retry(qint64 reminderId, const User &user);

    /// Records a confirmation call's outcome for a booked appointment (the desk). Error::NotFound for an
    /// unknown appointment; Error::Refused for one no longer booked.
    void recordCall(qint64 appointmentId, CallOutcome outcome, const User &user);

    /// Records a reply the SMS gateway posted back, whatever it says (the desk sees them all: replies()).
    /// A confirmation (isConfirmationReply) from a patient's number confirms that patient's soonest booked
    /// appointment that was reminded and is not yet confirmed, as the patient's own (source "reply").
    /// Error::BadData on "from" for no number. Permission::Book (the gateway's account).
    ReminderReply recordReply(const QString &from, const QString &text, const User &user);
    /// The latest replies first.
    QList<ReminderReply> replies(const User &user, int limit = 200);

private:
    Store &m_store;
    const Clock &m_clock;
};

} // namespace chairside
