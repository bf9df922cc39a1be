// chairside-cli audit verify and audit list: what they print, who may list, and that an export is recorded.

#include "auth/accountservice.h"
#include "cli/commandline.h"
#include "fixture.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <catch2/catch.hpp>

using namespace chairside;
using chairside::test::Fixture;
using chairside::test::utc;

namespace {

cli::Result run(Fixture &f, const QStringList &arguments, const QString &user = QStringLiteral("admin"))
{
    QStringList full {QStringLiteral("chairside-cli"), QStringLiteral("--db"), f.temp.path(),
        QStringLiteral("--at"), QStringLiteral("2026-12-02T09:00"), QStringLiteral("--user"), user};
    return cli::execute(full + arguments);
}

void record(Fixture &f, AuditAction action, const QString &user, qint64 patientId, const char *at,
    bool breakGlass = false)
{
    AuditEvent event;
    event.action = action;
    event.userName = user;
    event.recordKind = patientId ? QStringLiteral("patient") : QString();
    event.recordId = patientId;
    event.patientId = patientId;
    event.breakGlass = breakGlass;
    event.reason = breakGlass ? QStringLiteral("chair needed now, eligibility line down") : QString();
    f.store.audit(event, utc(at));
}

QJsonArray entriesOf(const cli::Result &result)
{
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8());
    REQUIRE(document.isObject());
    return document.object().value(QStringLiteral("entries")).toArray();
}

} // namespace

TEST_CASE("audit list filters for the admin, refuses everyone else, and records its CSV exports")
{
    Fixture f;
    const Patient other = f.addReadyPatient(QStringLiteral("M0002"), QStringLiteral("Ann"),
        QStringLiteral("Lee"), QDate(1970, 1, 2), f.infliximab);
    record(f, AuditAction::PatientOpened, QStringLiteral("desk"), f.maria.id, "2026-12-01T14:00:00Z");
    record(f, AuditAction::PatientOpened, QStringLiteral("nurse"), other.id, "2026-12-01T15:00:00Z");
    record(f, AuditAction::BreakGlass, QStringLiteral("admin"), f.maria.id, "2026-12-01T16:00:00Z", true);
    record(f, AuditAction::PatientOpened, QStringLiteral("desk"), f.maria.id, "2026-12-03T14:00:00Z");

    const QJsonArray maria = entriesOf(run(f,
        {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"),
            QStringLiteral("--patient"), QStringLiteral("M0001")}));
    REQUIRE(maria.size() == 3);
    for (const QJsonValue entry : maria)
        CHECK(entry[QStringLiteral("patientId")].toInteger() == f.maria.id);
    CHECK(maria[0][QStringLiteral("at")].toString() == QStringLiteral("2026-12-03T14:00:00.000Z"));

    const QJsonArray byNurse = entriesOf(run(f,
        {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--by"),
            QStringLiteral("nurse")}));
    REQUIRE(byNurse.size() == 1);
    CHECK(byNurse[0][QStringLiteral("patientId")].toInteger() == other.id);

    // 1 December on the center's (New York) calendar.
    const QJsonArray firstDay = entriesOf(run(f,
        {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"),
            QStringLiteral("--action"), QStringLiteral("patient-opened"), QStringLiteral("--from"),
            QStringLiteral("2026-12-01"), QStringLiteral("--to"), QStringLiteral("2026-12-01")}));
    REQUIRE(firstDay.size() == 2);

    const QJsonArray emergencies = entriesOf(run(f,
        {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"),
            QStringLiteral("--break-glass")}));
    REQUIRE(emergencies.size() == 1);
    CHECK(emergencies[0][QStringLiteral("action")].toString() == QStringLiteral("break-glass"));

    const cli::Result text
        = run(f, {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--break-glass")});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("BREAK GLASS")));
    CHECK(text.out.contains(QStringLiteral("chair needed now")));

    const cli::Result unknown = run(f,
        {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
            QStringLiteral("peeked")});
    CHECK(unknown.exitCode == cli::ExitBadData);
    CHECK(unknown.err.contains(QStringLiteral("patient-opened")));

    const cli::Result desk
        = run(f, {QStringLiteral("audit"), QStringLiteral("list")}, QStringLiteral("desk"));
    CHECK(desk.exitCode == cli::ExitForbidden);
    CHECK(desk.out.isEmpty());

    const cli::Result csv = run(f,
        {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--patient"),
            QStringLiteral("M0001"), QStringLiteral("--csv")});
    INFO(csv.err.toStdString());
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.startsWith(QStringLiteral("sequence,at_utc,user,")));
    CHECK(csv.out.contains(QStringLiteral("\"chair needed now, eligibility line down\"")));
    CHECK_FALSE(csv.out.contains(QStringLiteral("Alvarez")));

    AuditFilter exports;
    exports.action = AuditAction::AuditExported;
    const QList<AuditEntry> recorded = f.store.auditEntries(exports); // newest first
    REQUIRE(recorded.size() == 2);
    CHECK(recorded.last().event.userName == QStringLiteral("desk")); // the receptionist's refused look
    CHECK(recorded.last().event.result == AuditResult::Refused);
    CHECK(recorded.first().event.userName == QStringLiteral("admin"));
    CHECK(recorded.first().event.result == AuditResult::Done);
    CHECK(recorded.first().event.patientId == f.maria.id);
    CHECK(recorded.first().event.reason.startsWith(QStringLiteral("3 entries as CSV")));
    CHECK(recorded.first().atUtc == utc("2026-12-02T14:00:00Z"));

    const cli::Result verify = run(f, {QStringLiteral("audit"), QStringLiteral("verify")});
    CHECK(verify.exitCode == 0);
    CHECK(verify.out.startsWith(QStringLiteral("The audit trail is intact: ")));
}

TEST_CASE("audit verify and audit list explain themselves, and the overview names exit status 5")
{
    const cli::Result verifyHelp = cli::execute({QStringLiteral("chairside-cli"), QStringLiteral("audit"),
        QStringLiteral("verify"), QStringLiteral("--help")});
    CHECK(verifyHelp.exitCode == 0);
    CHECK(verifyHelp.out.contains(QStringLiteral("exits 5")));
    const cli::Result listHelp = cli::execute({QStringLiteral("chairside-cli"), QStringLiteral("audit"),
        QStringLiteral("list"), QStringLiteral("--help")});
    CHECK(listHelp.exitCode == 0);
    CHECK(listHelp.out.contains(QStringLiteral("--csv")));
    CHECK(listHelp.out.contains(QStringLiteral("--break-glass")));
    const cli::Result overview = cli::execute({QStringLiteral("chairside-cli"), QStringLiteral("--help")});
    CHECK(overview.out.contains(QStringLiteral("audit verify")));
    CHECK(overview.out.contains(QStringLiteral("Exit status 5: the audit trail is not intact")));
}

TEST_CASE("Each command's log-in is marked as the CLI's, audit list can leave those out, never a failed one")
{
    Fixture f;
    AccountService(f.store, f.clock).logIn(QStringLiteral("desk"), QString::fromLatin1(test::kPassword));
    const QStringList command {
        QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1")};
    for (int i = 0; i < 3; ++i)
        REQUIRE(run(f, command).exitCode == 0);
    {
        test::ScopedEnv wrong("CHAIRSIDE_PASSWORD", "not the password");
        REQUIRE(run(f, command).exitCode == 4);
    }

    const auto isLogIn = [](const QJsonValue &entry, bool fromCli) {
        return entry[QStringLiteral("action")].toString() == QLatin1String("login")
            && entry[QStringLiteral("cli")].toBool() == fromCli;
    };
    const auto count = [](const QJsonArray &entries, const auto &which) {
        return std::count_if(entries.begin(), entries.end(), which);
    };
    const QJsonArray all
        = entriesOf(run(f, {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list")}));
    // Three commands and this one: a log-in each, marked as the command line's; the desk's is not.
    REQUIRE(count(all, [&](const QJsonValue &e) { return isLogIn(e, true); }) == 4);
    REQUIRE(count(all, [&](const QJsonValue &e) { return isLogIn(e, false); }) == 1);
    const auto failed = [](const QJsonValue &e) {
        return e[QStringLiteral("action")].toString() == QLatin1String("login-failed");
    };
    REQUIRE(count(all, failed) == 1);

    const QJsonArray quiet = entriesOf(run(f,
        {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"),
            QStringLiteral("--hide-cli-logins")}));
    REQUIRE(count(quiet, [&](const QJsonValue &e) { return isLogIn(e, true); }) == 0);
    REQUIRE(count(quiet, [&](const QJsonValue &e) { return isLogIn(e, false); }) == 1);
    REQUIRE(count(quiet, failed) == 1);

    // The mark is part of what the chain protects, and old and new entries verify together.
    REQUIRE(f.store.verifyAudit().intact);
}
