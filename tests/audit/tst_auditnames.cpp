// The names the audit trail stores and exports, and the words people read.

#include "audit/auditevent.h"

#include <QSet>

#include <catch2/catch.hpp>

using namespace chairside;

TEST_CASE("Every audit action has one stored name that reads back as itself, and a label for people")
{
    const QList<AuditAction> actions = allAuditActions();
    REQUIRE(actions.size() == 39);
    REQUIRE(actions.first() == AuditAction::LogIn);
    REQUIRE(actions.last() == AuditAction::ReminderReply);
    QSet<QString> names;
    QSet<QString> labels;
    for (const AuditAction action : actions) {
        const QString name = auditActionName(action);
        INFO(name.toStdString());
        CHECK(auditActionFromName(name) == action);
        CHECK_FALSE(auditActionLabel(action).isEmpty());
        names.insert(name);
        labels.insert(auditActionLabel(action));
    }
    CHECK(names.size() == actions.size());
    CHECK(labels.size() == actions.size());
}

TEST_CASE("The stored action names are the released ones")
{
    CHECK(auditActionName(AuditAction::LogIn) == QStringLiteral("login"));
    CHECK(auditActionName(AuditAction::LogInFailed) == QStringLiteral("login-failed"));
    CHECK(auditActionName(AuditAction::CheckInDecision) == QStringLiteral("checkin-decision"));
    CHECK(auditActionName(AuditAction::BreakGlass) == QStringLiteral("break-glass"));
    CHECK(auditActionName(AuditAction::NoShow) == QStringLiteral("no-show"));
    CHECK(auditActionName(AuditAction::AuditExported) == QStringLiteral("audit-exported"));
    CHECK(auditActionName(AuditAction::BackupMade) == QStringLiteral("backup-made"));
    CHECK(auditActionName(AuditAction::DatabaseRestored) == QStringLiteral("database-restored"));
    CHECK(auditActionName(AuditAction::ReportViewed) == QStringLiteral("report-viewed"));
    CHECK(auditActionLabel(AuditAction::PatientOpened) == QStringLiteral("Patient record opened"));
    CHECK_FALSE(auditActionFromName(QStringLiteral("Login")).has_value());
    CHECK_FALSE(auditActionFromName(QString()).has_value());
}

TEST_CASE("Audit results read back from their names")
{
    for (const AuditResult result : {AuditResult::Done, AuditResult::Refused, AuditResult::Failed})
        CHECK(auditResultFromName(auditResultName(result)) == result);
    CHECK(auditResultName(AuditResult::Refused) == QStringLiteral("refused"));
    CHECK_FALSE(auditResultFromName(QStringLiteral("ok")).has_value());
}
