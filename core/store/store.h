#pragma once

#include "audit/auditevent.h"
#include "bookedpatients.h"
#include "database.h"
#include "model/appointment.h"
#include "model/center.h"
#include "model/chair.h"
#include "model/checkinrecord.h"
#include "model/coverage.h"
#include "model/outboundmessage.h"
#include "model/patient.h"
#include "model/prescriberorder.h"
#include "model/priorauthorization.h"
#include "model/therapy.h"
#include "model/user.h"
#include "reminders/confirmation.h"
#include "reminders/patientreminder.h"
#include "reminders/reminder.h"
#include "reminders/reminderplan.h"
#include "reminders/reminderreply.h"
#include "reports/reportrecords.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <functional>
#include <memory>
#include <optional>

namespace chairside {

class ScopedTransaction;
class StatementCache;

/// The records Chairside keeps, read and written as plain values. All SQL lives here and in the
/// search index; callers see values and Errors. Writes that belong together take a ScopedTransaction
/// from transaction(); single writes open their own.
class Store final
{
public:
    explicit Store(const QString &path);
    ~Store();
    Q_DISABLE_COPY_MOVE(Store)

    Database &database() { return *m_db; }
    const QString &path() const { return m_db->path(); }
    std::unique_ptr<ScopedTransaction> transaction();

    /// A number that changes whenever another program commits (Database::dataVersion): cheap enough
    /// to ask every few hundred milliseconds.
    qint64 dataVersion();

    // Centers and chairs
    qint64 addCenter(const Center &center);
    void updateCenter(const Center &center);
    std::optional<Center> center(qint64 id);
    std::optional<Center> centerByName(const QString &name);
    QList<Center> centers();
    qint64 addChair(const Chair &chair);
    QList<Chair> chairs(qint64 centerId, bool activeOnly = true);
    std::optional<Chair> chair(qint64 id);
    std::optional<Chair> chairByLabel(qint64 centerId, const QString &label);
    /// Writes the chair's label, kind and active flag (its center stays). Error::NotFound for an unknown id.
    void updateChair(const Chair &chair);

    // Therapies
    qint64 addTherapy(const Therapy &therapy);
    /// Writes every field of the therapy. Error::NotFound for an unknown id.
    void updateTherapy(const Therapy &therapy);
    std::optional<Therapy> therapy(qint64 id);
    /// By generic or brand name, case-insensitive.
    std::optional<Therapy> therapyByName(const QString &name);
    QList<Therapy> therapies();

    // Users
    qint64 addUser(const User &user, const QDateTime &nowUtc);
    std::optional<User> userByName(const QString &name);
    QList<User> users();

    // Patients and the records that make them ready
    qint64 addPatient(const Patient &patient);
    /// Adds many patients in one transaction, each statement prepared once, for imports and the demo.
    /// Returns their ids in order. Refuses them all (Error::Conflict, nothing written) when an MRN is
    /// taken or given twice.
    QList<qint64> addPatients(const QList<Patient> &patients);
    /// The same for `count` patients made one at a time by `next`, so that a million need not be held
    /// in memory at once. `added`, when given, hears each new id.
    void addPatients(
        qint64 count, const std::function<Patient()> &next, const std::function<void(qint64)> &added = {});
    std::optional<Patient> patient(qint64 id);
    std::optional<Patient> patientByMrn(const QString &mrn);
    qint64 patientCount();
    /// Rewrites the patient's record (id names it) and the search's keys for its names. Error::NotFound
    /// for an unknown id, Error::Conflict on "mrn" when the MRN belongs to another patient.
    void updatePatient(const Patient &patient);
    /// Patients born that day, in name order: one seek on the patient(dob, sort_key) index.
    QList<Patient> patientsBornOn(QDate dateOfBirth, int limit);
    /// Patients whose phone has the same digits (NameNormalizer::phoneDigits), in name order.
    QList<Patient> patientsByPhone(const QString &phone, int limit);
    /// The highest MRN in [low, high] that `matches` accepts, read from the highest down.
    std::optional<QString> highestMrnBetween(
        const QString &low, const QString &high, const std::function<bool(const QString &)> &matches);
    qint64 addOrder(const PrescriberOrder &order);
    QList<PrescriberOrder> orders(qint64 patientId, qint64 therapyId);
    std::optional<PrescriberOrder> order(qint64 id);
    /// Rewrites the order's prescriber, dates and doses (its patient and therapy stay).
    void updateOrder(const PrescriberOrder &order);
    void useOrderDose(qint64 orderId);
    qint64 addCoverage(const Coverage &coverage);
    QList<Coverage> coverages(qint64 patientId);
    std::optional<Coverage> coverage(qint64 id);
    /// Rewrites the coverage's payer and member id (its eligibility check stays).
    void updateCoverage(const Coverage &coverage);
    /// Records the eligibility check: its calendar day, the user who recorded it and when (null: unknown).
    void setEligibilityVerified(
        qint64 coverageId, const QDate &verifiedOn, const QString &verifiedBy, const QDateTime &atUtc);
    qint64 addAuthorization(const PriorAuthorization &authorization);
    QList<PriorAuthorization> authorizations(qint64 patientId, qint64 therapyId);
    std::optional<PriorAuthorization> authorization(qint64 id);
    /// Rewrites the authorization's payer, dates, visits, status and reference (patient and therapy stay).
    void updateAuthorization(const PriorAuthorization &authorization);
    void useAuthorizationVisit(qint64 authorizationId);

    // Appointments
    /// Inserts the appointment and the first line of its history ("booked" by createdBy).
    qint64 addAppointment(const Appointment &appointment);
    /// Adds many appointments, each with its first line of history, in one transaction with every
    /// statement prepared once: for imports and generated data. Returns their ids in order; on an
    /// error nothing is written.
    QList<qint64> addAppointments(const QList<Appointment> &appointments);
    std::optional<Appointment> appointment(qint64 id);
    /// Appointments of a center that start in [fromUtc, toUtc), in start order.
    QList<Appointment> appointmentsAtCenter(
        qint64 centerId, const QDateTime &fromUtc, const QDateTime &toUtc);
    /// A patient's appointments that start in [fromUtc, toUtc), in start order.
    QList<Appointment> appointmentsOfPatient(
        qint64 patientId, const QDateTime &fromUtc, const QDateTime &toUtc);
    /// The appointment that replaced this one, if any.
    std::optional<Appointment> replacementOf(qint64 appointmentId);
    /// The patient's most recent fulfilled appointment of a therapy that started before `beforeUtc`:
    /// the last dose given.
    std::optional<Appointment> lastFulfilledAppointment(
        qint64 patientId, qint64 therapyId, const QDateTime &beforeUtc);
    /// The appointments of a center starting in [fromUtc, toUtc) that hold their chair (holdsChair()),
    /// in start order, with only what the slot finder and the check-in's chair rule read: id, patient,
    /// center, chair, start, minutes, status and when it started. Lean, because a busy center's
    /// fortnight is thousands of rows.
    QList<Appointment> chairHoldsAtCenter(qint64 centerId, const QDateTime &fromUtc, const QDateTime &toUtc);
    /// The chairs of a center held (holdsChair()) at some moment of [startUtc, endUtc) by an appointment
    /// other than `ignoreId`, each once. Only the ids are read: an interface booking a file of
    /// appointments asks this for each. `longestSeconds` bounds how long before `startUtc` an
    /// appointment still running may have started.
    QList<qint64> chairsTakenAtCenter(qint64 centerId, const QDateTime &startUtc, const QDateTime &endUtc,
        qint64 ignoreId, qint64 longestSeconds);

    /// An appointment with what a day's roster shows beside it.
    struct AppointmentRow
    {
        /// Only id, patient, center, chair, therapy, start, minutes, status, prep, replaces, arrival and
        /// check-in are read.
        Appointment appointment;
        QString firstName;
        QString lastName;
        qint64 replacedById = 0; ///< the appointment that replaced this one, 0 when none
    };
    /// A center's appointments that start in [fromUtc, toUtc), in start order, with their patients' names
    /// and replacements, in one query: the roster's day.
    QList<AppointmentRow> appointmentRowsAtCenter(
        qint64 centerId, const QDateTime &fromUtc, const QDateTime &toUtc);
    /// An appointment of a compounded therapy with what the pharmacy's day shows beside it.
    struct DoseRow
    {
        /// Every field but the check-in's stamps and the no-show fee is read.
        Appointment appointment;
        Patient patient; ///< id, MRN, first, last and preferred name only
        Therapy therapy;
        Chair chair; ///< id, label and kind; empty when the chair is gone
        qint64 replacedById = 0; ///< the appointment that replaced this one, 0 when none
    };
    /// A center's appointments of compounded therapies that start in [fromUtc, toUtc), whatever their
    /// status, in start order, in one query: the pharmacy's day (core/pharmacy).
    QList<DoseRow> doseRowsAtCenter(qint64 centerId, const QDateTime &fromUtc, const QDateTime &toUtc);
    /// Moves the status forward and appends to the history; refuses a backward step.
    void changeStatus(qint64 appointmentId, AppointmentStatus to, const QString &user, const QDateTime &atUtc,
        const QString &reason = {});
    void setChair(qint64 appointmentId, qint64 chairId);
    /// Records the dose's state: atUtc is kept as the preparation time for Ready; for Wasted as the time it
    /// was written off, with the reason, the preparation time staying as it was.
    void setPrep(
        qint64 appointmentId, PrepState state, const QDateTime &atUtc, const QString &wastedReason = {});
    void setNoShowFee(qint64 appointmentId, int cents);
    QList<StatusChange> history(qint64 appointmentId);
    /// The history of every appointment of the patient that starts in [fromUtc, toUtc), in one read:
    /// by appointment, then oldest first.
    QList<StatusChange> historyOfPatient(qint64 patientId, const QDateTime &fromUtc, const QDateTime &toUtc);

    // Check-in: identifying the patient and keeping what the desk decided (append-only)
    /// Patients with exactly this name, as NameNormalizer folds it, and this date of birth: one seek on
    /// the patient(dob, sort_key) index. More than one means the desk must ask for the MRN.
    QList<Patient> patientsByNameAndDob(
        const QString &lastName, const QString &firstName, QDate dateOfBirth, int limit = 5);
    /// Every order of the patient, whatever the therapy, latest ending first.
    QList<PrescriberOrder> ordersOfPatient(qint64 patientId);
    /// Every prior authorization of the patient, whatever the therapy, latest ending first.
    QList<PriorAuthorization> authorizationsOfPatient(qint64 patientId);
    qint64 addCheckInDecision(const CheckInRecord &record);
    /// The decisions recorded for an appointment, oldest first.
    QList<CheckInRecord> checkInDecisions(qint64 appointmentId);
    qint64 addCheckInOverride(const OverrideRecord &record);
    /// The overrides recorded for an appointment, oldest first.
    QList<OverrideRecord> checkInOverrides(qint64 appointmentId);

    // The readiness queue: the records of every patient booked at a center over some days, a query each.
    /// The patients with a booked appointment at the center starting in [fromUtc, toUtc), by id.
    QList<qint64> patientIdsBooked(qint64 centerId, const QDateTime &fromUtc, const QDateTime &toUtc);
    /// The patients themselves, by id.
    QList<Patient> patientsBooked(const BookedPatients &booked);
    /// Their orders and authorizations, by patient, therapy and id; their coverage, by patient and id.
    QList<PrescriberOrder> ordersOfPatientsBooked(const BookedPatients &booked);
    QList<PriorAuthorization> authorizationsOfPatientsBooked(const BookedPatients &booked);
    QList<Coverage> coveragesOfPatientsBooked(const BookedPatients &booked);
    /// Their appointments still ahead at the desk (booked or arrived) that start in [fromUtc, toUtc), at
    /// any center, each patient's together and in start order.
    QList<Appointment> activeAppointmentsOfPatientsBooked(
        const BookedPatients &booked, const QDateTime &fromUtc, const QDateTime &toUtc);

    // Accounts and settings (store_accounts.cpp)
    /// A user with the state of their credentials (hasPassword, failedAttempts, lockedUntilUtc).
    std::optional<User> account(qint64 userId);
    std::optional<User> accountByName(const QString &name);
    QList<User> accounts();
    /// The stored crypto_pwhash_str text; empty when no password has been set.
    QString passwordHash(qint64 userId);
    /// A new password: the hash, when it was set, and a clean slate of failures and lock-out.
    void setPasswordHash(qint64 userId, const QString &hash, const QDateTime &changedAtUtc);
    /// The same password hashed again with higher limits: password_changed_at stays as it was.
    void upgradePasswordHash(qint64 userId, const QString &hash);
    /// Counts one more failed log-in in a row and returns the count.
    int addFailedLogIn(qint64 userId);
    void lockAccount(qint64 userId, const QDateTime &untilUtc);
    /// Forgets the failures in a row and any lock-out.
    void clearLogInFailures(qint64 userId);
    void setUserActive(qint64 userId, bool active);
    void setUserRole(qint64 userId, Role role);
    /// The centers the user works at: every one (`allCenters`), or those of `centerIds` alone.
    void setUserCenters(qint64 userId, bool allCenters, const QList<qint64> &centerIds);
    /// A setting's value, or nothing when it was never set.
    std::optional<QString> setting(const QString &key);
    void setSetting(const QString &key, const QString &value);

    // The outbound queue (store_outbound.cpp): messages to other systems, written with what they report.
    /// Inserts the message (its id, created time and state as given are ignored: it is queued, due at
    /// nextAttemptUtc) and returns its id.
    qint64 addOutboundMessage(const OutboundMessage &message);
    /// Writes the control id and the text once the id is known (the control id is made from it).
    void setOutboundMessageText(qint64 id, const QString &controlId, const QByteArray &hl7);
    std::optional<OutboundMessage> outboundMessage(qint64 id);
    /// The queue in order (oldest first), every state or one, at most `limit`.
    QList<OutboundMessage> outboundMessages(
        std::optional<OutboundState> state = std::nullopt, int limit = 1000);
    /// The messages still to deliver (queued or failed), oldest first.
    QList<OutboundMessage> waitingOutboundMessages(int limit);
    /// Records an attempt's result: state, attempts, next attempt, last error and sent time as given.
    void updateOutboundDelivery(const OutboundMessage &message);
    /// A day's appointments at a center with their patients, chairs and therapies, for an export: the
    /// appointments starting in [fromUtc, toUtc) in start order, and each record they name once.
    struct DayRecords
    {
        QList<Appointment> appointments;
        QList<Patient> patients;
        QList<Chair> chairs;
        QList<Therapy> therapies;
    };
    DayRecords dayRecordsAtCenter(qint64 centerId, const QDateTime &fromUtc, const QDateTime &toUtc);

    // Reminders and confirmation calls (store_reminders.cpp, core/reminders)
    /// The center's reminder plan, or nothing when none was ever set.
    std::optional<ReminderPlan> reminderPlan(qint64 centerId);
    void setReminderPlan(const ReminderPlan &plan);
    /// The patient's reminder wishes, or nothing when none were recorded.
    std::optional<PatientReminder> patientReminder(qint64 patientId);
    void setPatientReminder(const PatientReminder &wishes);
    /// The wishes of those patients that have any, by patient.
    QHash<qint64, PatientReminder> patientRemindersOf(const QList<qint64> &patientIds);
    /// Queues the reminder (state queued, due at dueUtc). Returns its id, or 0 when that appointment and
    /// moment were queued before (the unique key): nothing is written then.
    qint64 addReminder(const Reminder &reminder);
    std::optional<Reminder> reminder(qint64 id);
    /// Oldest first, every state or one, at most `limit`.
    QList<Reminder> reminders(std::optional<ReminderState> state, int limit);
    QList<Reminder> remindersOfAppointment(qint64 appointmentId);
    /// The newest reminder of each of these appointments that has any, by appointment.
    QHash<qint64, Reminder> lastRemindersOf(const QList<qint64> &appointmentIds);
    /// Queued or retrying reminders whose next attempt is due, soonest first.
    QList<Reminder> dueReminders(const QDateTime &nowUtc, int limit);
    /// Marks a queued or retrying reminder as being sent; false when another sender took it first.
    bool claimReminder(qint64 id, const QDateTime &nowUtc);
    /// Reminders claimed before that instant and never finished: their sender stopped mid-send.
    QList<Reminder> remindersClaimedBefore(const QDateTime &claimedBeforeUtc);
    /// Writes state, attempts, next attempt, claim, last error and sent time.
    void updateReminder(const Reminder &reminder);
    qint64 reminderCount(ReminderState state);
    void addReminderAttempt(const ReminderAttempt &attempt);
    QList<ReminderAttempt> reminderAttempts(qint64 reminderId);
    /// Records the outcome, the desk's call or the patient's reply, and announces it as a change of the
    /// appointment.
    void addConfirmationCall(qint64 appointmentId, CallOutcome outcome, const QString &user,
        const QDateTime &atUtc, ConfirmationSource source = ConfirmationSource::Call);
    /// What the calls say of the center's appointments that start in [fromUtc, toUtc), by appointment;
    /// appointments never called are absent.
    QHash<qint64, Confirmation> confirmationsAtCenter(
        qint64 centerId, const QDateTime &fromUtc, const QDateTime &toUtc);
    /// Whether any call or reply confirmed the appointment.
    bool appointmentConfirmed(qint64 appointmentId);
    /// The patients whose phone or reminder mobile is that number (sameReplyNumber), by id.
    QList<qint64> patientsWithNumber(const QString &number);
    /// Of those patients' booked appointments from nowUtc on that were reminded (a reminder sent) and
    /// are not confirmed, the soonest.
    std::optional<Appointment> nextRemindedUnconfirmed(
        const QList<qint64> &patientIds, const QDateTime &nowUtc);
    /// Appends the reply (schema 17); returns its id.
    qint64 addReminderReply(const ReminderReply &reply);
    /// The latest replies first, at most `limit`.
    QList<ReminderReply> reminderReplies(int limit);

    // What a center's nurses can do (store_capacity.cpp, schema 15).
    /// The center's nurse policy: its own numbers where the admin set them, the defaults elsewhere.
    NursePolicy nursePolicy(qint64 centerId);
    /// Writes the whole policy: the numbers and every hour's nurses (an unset hour keeps no row).
    void setNursePolicy(qint64 centerId, const NursePolicy &policy);

    // What the manager's reports read (store_reports.cpp, core/reports).
    /// A center's appointments starting in [fromUtc, toUtc), whatever their status, in start order, with
    /// when each was cancelled and what replaced it: one seek on appointment(center_id, start_utc).
    QList<ReportAppointment> reportAppointments(
        qint64 centerId, const QDateTime &fromUtc, const QDateTime &toUtc);
    /// The desk's decisions that sent an appointment of the center starting in [fromUtc, toUtc) to be
    /// rescheduled, oldest first.
    QList<CheckInRecord> reschedulingDecisionsAtCenter(
        qint64 centerId, const QDateTime &fromUtc, const QDateTime &toUtc);
    /// Records a walk-in turned away (its id is ignored) and returns its id; joins the open transaction.
    qint64 addWalkIn(const WalkIn &walkIn);
    /// The walk-ins turned away at a center in [fromUtc, toUtc), oldest first, with the patient, their
    /// next booking then and the first appointment booked for them at the center after, the same day.
    QList<WalkInRow> walkInsAtCenter(qint64 centerId, const QDateTime &fromUtc, const QDateTime &toUtc);

    // Audit trail: append-only, hash-chained (core/audit). Joins the open transaction, if any, so an
    // action and its record commit together.
    void audit(const AuditEvent &event, const QDateTime &atUtc);
    QList<AuditEntry> auditEntries(const AuditFilter &filter);
    qint64 auditEntryCount();
    AuditVerdict verifyAudit();
    /// Makes the audit key when there is none and the trail is empty: init and migrate, on the computer
    /// that sets a database up. (A file's key is also made at its first entry; a server's only here,
    /// since every workstation must hold a copy of the one key.) Returns whether it made one.
    bool makeAuditKeyIfNone();
    /// Where this program runs, as the audit trail names it: the host name and program by default.
    void setWorkstation(const QString &workstation);
    QString workstation() const;
    /// Marks every entry this store writes from now on as the command-line tool's (AuditEvent::fromCli).
    void setAuditFromCli(bool fromCli) { m_auditFromCli = fromCli; }

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<StatementCache> m_statements; ///< every statement prepared once (store.cpp, speed)
    QString m_workstation; ///< empty: the default (audit trail)
    mutable QString m_defaultWorkstation; ///< the host and program, asked of the system once
    bool m_auditFromCli = false;
    QByteArray m_auditKey; ///< loaded on the first append or verification (audit trail)
};

} // namespace chairside
