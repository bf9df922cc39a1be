#include "auditevent.h"

#include <QCoreApplication>
#include <QList>

#include <array>
#include <utility>

namespace chairside {

namespace {

struct ActionText
{
    AuditAction action;
    const char *name;
    const char *label;
};

// The names are stored in every entry and exported, so they never change once released; the labels
// are for people, translated where shown, and may be reworded.
constexpr std::array<ActionText, 39> kActions {{
    {AuditAction::LogIn, "login", QT_TRANSLATE_NOOP("AuditAction", "Logged in")},
    {AuditAction::LogInFailed, "login-failed", QT_TRANSLATE_NOOP("AuditAction", "Log-in failed")},
    {AuditAction::AccountLocked, "account-locked",
        QT_TRANSLATE_NOOP("AuditAction", "Account locked after failed log-ins")},
    {AuditAction::LogOut, "logout", QT_TRANSLATE_NOOP("AuditAction", "Logged out")},
    {AuditAction::SessionLocked, "session-locked", QT_TRANSLATE_NOOP("AuditAction", "Screen locked")},
    {AuditAction::SessionUnlocked, "session-unlocked", QT_TRANSLATE_NOOP("AuditAction", "Screen unlocked")},
    {AuditAction::PatientOpened, "patient-opened", QT_TRANSLATE_NOOP("AuditAction", "Patient record opened")},
    {AuditAction::PatientAdded, "patient-added", QT_TRANSLATE_NOOP("AuditAction", "Patient added")},
    {AuditAction::OrderAdded, "order-added", QT_TRANSLATE_NOOP("AuditAction", "Prescriber's order added")},
    {AuditAction::CoverageAdded, "coverage-added",
        QT_TRANSLATE_NOOP("AuditAction", "Insurance coverage added")},
    {AuditAction::EligibilityVerified, "eligibility-verified",
        QT_TRANSLATE_NOOP("AuditAction", "Eligibility verified")},
    {AuditAction::AuthorizationAdded, "authorization-added",
        QT_TRANSLATE_NOOP("AuditAction", "Prior authorization added")},
    {AuditAction::PatientChanged, "patient-changed",
        QT_TRANSLATE_NOOP("AuditAction", "Patient record corrected")},
    {AuditAction::OrderChanged, "order-changed",
        QT_TRANSLATE_NOOP("AuditAction", "Prescriber's order changed")},
    {AuditAction::CoverageChanged, "coverage-changed",
        QT_TRANSLATE_NOOP("AuditAction", "Insurance coverage changed")},
    {AuditAction::AuthorizationChanged, "authorization-changed",
        QT_TRANSLATE_NOOP("AuditAction", "Prior authorization changed")},
    {AuditAction::CheckInDecision, "checkin-decision", QT_TRANSLATE_NOOP("AuditAction", "Check-in decided")},
    {AuditAction::Admitted, "admitted", QT_TRANSLATE_NOOP("AuditAction", "Admitted to a chair")},
    {AuditAction::Overridden, "overridden", QT_TRANSLATE_NOOP("AuditAction", "Check-in refusal overridden")},
    {AuditAction::BreakGlass, "break-glass",
        QT_TRANSLATE_NOOP("AuditAction", "Emergency access (break glass)")},
    {AuditAction::Booked, "booked", QT_TRANSLATE_NOOP("AuditAction", "Appointment booked")},
    {AuditAction::Rescheduled, "rescheduled", QT_TRANSLATE_NOOP("AuditAction", "Appointment rescheduled")},
    {AuditAction::NoShow, "no-show", QT_TRANSLATE_NOOP("AuditAction", "Marked as a no-show")},
    {AuditAction::InfusionStarted, "infusion-started", QT_TRANSLATE_NOOP("AuditAction", "Infusion started")},
    {AuditAction::InfusionCompleted, "infusion-completed",
        QT_TRANSLATE_NOOP("AuditAction", "Infusion completed")},
    {AuditAction::DosePrepared, "dose-prepared",
        QT_TRANSLATE_NOOP("AuditAction", "Dose preparation recorded")},
    {AuditAction::UserAdded, "user-added", QT_TRANSLATE_NOOP("AuditAction", "User added")},
    {AuditAction::UserChanged, "user-changed", QT_TRANSLATE_NOOP("AuditAction", "User changed")},
    {AuditAction::PasswordChanged, "password-changed", QT_TRANSLATE_NOOP("AuditAction", "Password changed")},
    {AuditAction::PolicyChanged, "policy-changed", QT_TRANSLATE_NOOP("AuditAction", "Policy changed")},
    {AuditAction::SetupChanged, "setup-changed", QT_TRANSLATE_NOOP("AuditAction", "Setup changed")},
    {AuditAction::AuditExported, "audit-exported", QT_TRANSLATE_NOOP("AuditAction", "Audit trail exported")},
    {AuditAction::InterfaceMessage, "interface-message",
        QT_TRANSLATE_NOOP("AuditAction", "Interface message received")},
    {AuditAction::InterfaceMappingChanged, "interface-mapping-changed",
        QT_TRANSLATE_NOOP("AuditAction", "Interface mapping changed")},
    {AuditAction::BackupMade, "backup-made", QT_TRANSLATE_NOOP("AuditAction", "Database backed up")},
    {AuditAction::DatabaseRestored, "database-restored",
        QT_TRANSLATE_NOOP("AuditAction", "Database restored from a backup")},
    {AuditAction::ConfirmationCall, "confirmation-call",
        QT_TRANSLATE_NOOP("AuditAction", "Confirmation call recorded")},
    {AuditAction::ReportViewed, "report-viewed", QT_TRANSLATE_NOOP("AuditAction", "Report viewed")},
    {AuditAction::ReminderReply, "reminder-reply",
        QT_TRANSLATE_NOOP("AuditAction", "Reply to a reminder recorded")},
}};

const ActionText &textOf(AuditAction action)
{
    for (const ActionText &text : kActions) {
        if (text.action == action)
            return text;
    }
    Q_UNREACHABLE();
}

constexpr std::array<std::pair<AuditResult, const char *>, 3> kResults {{
    {AuditResult::Done, "done"},
    {AuditResult::Refused, "refused"},
    {AuditResult::Failed, "failed"},
}};

} // namespace

QString auditActionName(AuditAction action)
{
    return QString::fromLatin1(textOf(action).name);
}

std::optional<AuditAction> auditActionFromName(const QString &name)
{
    for (const ActionText &text : kActions) {
        if (name == QLatin1String(text.name))
            return text.action;
    }
    return std::nullopt;
}

QList<AuditAction> allAuditActions()
{
    QList<AuditAction> actions;
    actions.reserve(qsizetype(kActions.size()));
    for (const ActionText &text : kActions)
        actions << text.action;
    return actions;
}

QString auditActionLabel(AuditAction action)
{
    // In the desk's language where a translator is installed (the desktop's audit page), else English.
    return QCoreApplication::translate("AuditAction", textOf(action).label);
}

QString auditResultName(AuditResult result)
{
    for (const auto &[value, name] : kResults) {
        if (value == result)
            return QString::fromLatin1(name);
    }
    Q_UNREACHABLE();
}

std::optional<AuditResult> auditResultFromName(const QString &name)
{
    for (const auto &[value, text] : kResults) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

} // namespace chairside
