// The audit trail as CSV for a spreadsheet: RFC 4180 quoting, ISO 8601 UTC times.

#include "audit/auditcsv.h"

#include <QTextStream>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace chairside;

TEST_CASE("The CSV export has a header, quotes only what needs quoting, and gives UTC times")
{
    AuditEntry plain;
    plain.sequence = 1;
    plain.atUtc = QDateTime(QDate(2026, 12, 1), QTime(13, 5, 7, 250), Qt::UTC);
    plain.workstation = QStringLiteral("desk-1 (chairside)");
    plain.event.action = AuditAction::PatientOpened;
    plain.event.userName = QStringLiteral("desk");
    plain.event.recordKind = QStringLiteral("patient");
    plain.event.recordId = 11;
    plain.event.patientId = 11;
    plain.hash = QByteArray(64, 'a');

    AuditEntry awkward = plain;
    awkward.sequence = 2;
    // An instant given in another zone is still written in UTC.
    awkward.atUtc = QDateTime(QDate(2026, 12, 1), QTime(8, 0), QTimeZone("America/New_York"));
    awkward.event.action = AuditAction::Overridden;
    awkward.event.result = AuditResult::Refused;
    awkward.event.reason = QStringLiteral("LATE_ARRIVAL, chair free; nurse said \"ok\"\nsecond line");
    awkward.event.breakGlass = true;
    awkward.event.recordKind.clear();
    awkward.event.recordId = 0;
    awkward.event.patientId = 0;

    QString text;
    QTextStream out(&text);
    writeAuditCsv(out, {plain, awkward});
    out.flush();

    const QStringList lines = text.split(QStringLiteral("\r\n"));
    REQUIRE(lines.size() == 4); // header, plain, the awkward one, and the empty rest after the last CRLF
    CHECK(lines[0]
        == QStringLiteral(
            "sequence,at_utc,user,workstation,action,record_kind,record_id,patient_id,result,reason,"
            "break_glass,hash"));
    CHECK(lines[1]
        == QStringLiteral(
               "1,2026-12-01T13:05:07.250Z,desk,desk-1 (chairside),patient-opened,patient,11,11,done,,no,")
            + QString(64, QLatin1Char('a')));
    CHECK(lines[2]
        == QStringLiteral("2,2026-12-01T13:00:00.000Z,desk,desk-1 (chairside),overridden,,,,refused,"
                          "\"LATE_ARRIVAL, chair free; nurse said \"\"ok\"\"\nsecond line\",yes,")
            + QString(64, QLatin1Char('a')));
    CHECK(lines[3].isEmpty());
}

TEST_CASE("An empty export is the header alone")
{
    QString text;
    QTextStream out(&text);
    writeAuditCsv(out, {});
    out.flush();
    CHECK(text.startsWith(QStringLiteral("sequence,")));
    CHECK(text.count(QStringLiteral("\r\n")) == 1);
    CHECK(text.endsWith(QStringLiteral("\r\n")));
}

TEST_CASE("Text a spreadsheet would run as a formula is written as text")
{
    AuditEntry typed;
    typed.sequence = 3;
    typed.atUtc = QDateTime(QDate(2026, 12, 1), QTime(13, 0), Qt::UTC);
    typed.event.action = AuditAction::LogInFailed;
    typed.event.result = AuditResult::Refused;
    typed.event.userName = QStringLiteral("=HYPERLINK(\"http://example.com\")");
    typed.event.reason = QStringLiteral("-1+1");
    typed.workstation = QStringLiteral("@desk");

    QString text;
    QTextStream out(&text);
    writeAuditCsv(out, {typed});
    out.flush();
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    REQUIRE(lines.size() == 3);
    CHECK(lines[1].startsWith(QStringLiteral("3,2026-12-01T13:00:00.000Z,\"'=HYPERLINK(\"\"http://"
                                             "example.com\"\")\",'@desk,login-failed,,,,refused,'-1+1,no,")));
}
