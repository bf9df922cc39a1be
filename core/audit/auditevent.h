#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace chairside {

/// What was done, as the audit trail names it. The names ("login-failed", "patient-opened", ...) are
/// stored and exported, so they never change once released.
enum class AuditAction
{
    LogIn,
    LogInFailed,
    AccountLocked, ///< too many failed attempts: the account waits out the lock-out
    LogOut,
    SessionLocked, ///< the idle lock, or the user locking the screen
    SessionUnlocked,
    PatientOpened, ///< a patient's record shown at the desk (not each search keystroke)
    PatientAdded,
    OrderAdded, ///< a prescriber's order recorded for a patient
    CoverageAdded, ///< a patient's insurance recorded
    EligibilityVerified, ///< the payer confirmed a coverage's eligibility
    AuthorizationAdded, ///< a payer's prior authorization recorded
    PatientChanged, ///< a patient's demographics corrected
    OrderChanged, ///< a prescriber's order changed
    CoverageChanged, ///< a coverage's payer or member id changed
    AuthorizationChanged, ///< a prior authorization's status, dates, visits or reference changed
    CheckInDecision,
    Admitted,
    Overridden,
    BreakGlass, ///< an admin acting past a refusal in an emergency; always flagged
    Booked,
    Rescheduled,
    NoShow,
    InfusionStarted,
    InfusionCompleted,
    DosePrepared, ///< the pharmacy marked a dose ready, not ready or wasted
    UserAdded,
    UserChanged, ///< role, enabled or disabled
    PasswordChanged,
    PolicyChanged, ///< a center's policy or hours, or the security policy
    SetupChanged, ///< centers, chairs and therapies
    AuditExported,
    InterfaceMessage, ///< a message from another system applied, quarantined or retried (InterfaceService)
    InterfaceMappingChanged, ///< a sender's location or service mapped, remapped or unmapped
    BackupMade, ///< a copy of the database written (BackupService), by hand or the daily one
    DatabaseRestored, ///< a backup put in the database's place (RestoreService); recorded in the restored one
    ConfirmationCall, ///< the desk called to confirm an appointment: the outcome (ReminderService)
    ReportViewed, ///< one of the manager's reports shown, printed or exported (ReportService)
    ReminderReply, ///< a patient's reply to a reminder recorded, and what it came to (ReminderService)
};

QString auditActionName(AuditAction action);
std::optional<AuditAction> auditActionFromName(const QString &name);
/// Every action, in the order above: for the audit view's filter.
QList<AuditAction> allAuditActions();
/// "Logged in", "Patient record opened", ...: for people.
QString auditActionLabel(AuditAction action);

enum class AuditResult
{
    Done,
    Refused,
    Failed
};
QString auditResultName(AuditResult result); ///< "done", "refused", "failed"
std::optional<AuditResult> auditResultFromName(const QString &name);

/// One thing to record. Records are named by kind and key only; the reason carries reason codes, an
/// override's stated reason or an error's words, never a patient's name or date of birth.
struct AuditEvent
{
    AuditAction action = AuditAction::PatientOpened;
    QString userName; ///< who acted; for a failed log-in, the name that was typed
    QString recordKind; ///< "patient", "appointment", "user", "center", "setting", or empty
    qint64 recordId = 0;
    qint64 patientId = 0; ///< the patient concerned, when there is one, so the admin can filter by patient
    AuditResult result = AuditResult::Done;
    QString reason;
    bool breakGlass = false;
    /// Written by the command-line tool (Store::setAuditFromCli): each of its commands logs in anew, so
    /// its log-ins are many and an auditor may leave them out (AuditFilter::hideCliLogIns).
    bool fromCli = false;
};

/// An entry as kept: the event, when and where, and its place in the chain.
struct AuditEntry
{
    qint64 sequence = 0;
    QDateTime atUtc; ///< millisecond precision
    QString workstation;
    AuditEvent event;
    QByteArray previousHash; ///< lower-case hex; 64 zeros for the first entry
    QByteArray hash; ///< lower-case hex HMAC-SHA256
};

/// What the admin's audit view asks for. Empty fields do not filter.
struct AuditFilter
{
    qint64 patientId = 0;
    QString userName;
    QDateTime fromUtc; ///< inclusive
    QDateTime toUtc; ///< exclusive
    std::optional<AuditAction> action;
    bool breakGlassOnly = false;
    /// Leaves out the command-line tool's successful log-ins; a failed one is always shown.
    bool hideCliLogIns = false;
    int limit = 5000; ///< newest first, at most this many
};

/// The answer of a verification of the whole trail.
struct AuditVerdict
{
    bool intact = true;
    qint64 entries = 0; ///< entries checked
    qint64 firstBad = 0; ///< sequence of the first entry that fails, 0 when intact (or the tail is missing)
    QString problem; ///< in words: "entry 812 was changed", "entries after 9,990 are missing", ...
};

} // namespace chairside
