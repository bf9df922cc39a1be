#include "auditevent.h"

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
// are for people and may be reworded.
constexpr std::array<ActionText, 35> kActions {{
    {AuditAction::LogIn, "login", "Logged in"},
    {AuditAction::LogInFailed, "login-failed", "Log-in failed"},
    {AuditAction::AccountLocked, "account-locked", "Account locked after failed log-ins"},
    {AuditAction::LogOut, "logout", "Logged out"},
    {AuditAction::SessionLocked, "session-locked", "Screen locked"},
    {AuditAction::SessionUnlocked, "session-unlocked", "Screen unlocked"},
    {AuditAction::PatientOpened, "patient-opened", "Patient record opened"},
    {AuditAction::PatientAdded, "patient-added", "Patient added"},
    {AuditAction::OrderAdded, "order-added", "Prescriber's order added"},
    {AuditAction::CoverageAdded, "coverage-added", "Insurance coverage added"},
    {AuditAction::EligibilityVerified, "eligibility-verified", "Eligibility verified"},
    {AuditAction::AuthorizationAdded, "authorization-added", "Prior authorization added"},
    {AuditAction::PatientChanged, "patient-changed", "Patient record corrected"},
    {AuditAction::OrderChanged, "order-changed", "Prescriber's order changed"},
    {AuditAction::CoverageChanged, "coverage-changed", "Insurance coverage changed"},
    {AuditAction::AuthorizationChanged, "authorization-changed", "Prior authorization changed"},
    {AuditAction::CheckInDecision, "checkin-decision", "Check-in decided"},
    {AuditAction::Admitted, "admitted", "Admitted to a chair"},
    {AuditAction::Overridden, "overridden", "Check-in refusal overridden"},
    {AuditAction::BreakGlass, "break-glass", "Emergency access (break glass)"},
    {AuditAction::Booked, "booked", "Appointment booked"},
    {AuditAction::Rescheduled, "rescheduled", "Appointment rescheduled"},
    {AuditAction::NoShow, "no-show", "Marked as a no-show"},
    {AuditAction::InfusionStarted, "infusion-started", "Infusion started"},
    {AuditAction::InfusionCompleted, "infusion-completed", "Infusion completed"},
    {AuditAction::DosePrepared, "dose-prepared", "Dose preparation recorded"},
    {AuditAction::UserAdded, "user-added", "User added"},
    {AuditAction::UserChanged, "user-changed", "User changed"},
    {AuditAction::PasswordChanged, "password-changed", "Password changed"},
    {AuditAction::PolicyChanged, "policy-changed", "Policy changed"},
    {AuditAction::SetupChanged, "setup-changed", "Setup changed"},
    {AuditAction::AuditExported, "audit-exported", "Audit trail exported"},
    {AuditAction::InterfaceMessage, "interface-message", "Interface message received"},
    {AuditAction::InterfaceMappingChanged, "interface-mapping-changed", "Interface mapping changed"},
    {AuditAction::BackupMade, "backup-made", "Database backed up"},
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
    return QString::fromLatin1(textOf(action).label);
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
