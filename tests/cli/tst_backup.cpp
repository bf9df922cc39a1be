// chairside-cli backup: a copy that opens, finds the same patients and verifies against the key beside
// it; never over an existing file or the database itself; admins only, a refusal on the record.

#include "authhelpers.h"
#include "cli/commandline.h"
#include "fixture.h"
#include "store/store.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace chairside;
using chairside::test::Fixture;

namespace {

cli::Result run(Fixture &f, const QStringList &arguments, const QString &user = QStringLiteral("admin"))
{
    const QStringList full {QStringLiteral("chairside-cli"), QStringLiteral("--db"), f.temp.path(),
        QStringLiteral("--at"), QStringLiteral("2026-12-02T09:00"), QStringLiteral("--user"), user};
    return cli::execute(full + arguments);
}

QJsonObject jsonOf(const cli::Result &result)
{
    INFO(result.err.toStdString());
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8());
    REQUIRE(document.isObject());
    return document.object();
}

} // namespace

TEST_CASE("backup writes a copy that opens, holds the same patients and verifies against the key beside it",
    "[sqlite]")
{
    Fixture f;
    f.addReadyPatient(QStringLiteral("M0002"), QStringLiteral("Ann"), QStringLiteral("Lee"),
        QDate(1970, 5, 6), f.infliximab);
    f.book(f.maria, f.infliximab, QDate(2026, 12, 3), 10);
    const QString target = QDir(f.temp.dir()).filePath(QStringLiteral("copy.sqlite"));

    const cli::Result result
        = run(f, {QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("--to"), target});
    REQUIRE(result.exitCode == 0);
    const QJsonObject json = jsonOf(result);
    CHECK(json.value(QStringLiteral("file")).toString() == target);
    CHECK(json.value(QStringLiteral("keyFile")).toString() == target + QStringLiteral(".audit-key"));
    CHECK(json.value(QStringLiteral("headFile")).toString() == target + QStringLiteral(".audit-key.head"));
    CHECK(json.value(QStringLiteral("bytes")).toDouble() == double(QFileInfo(target).size()));
    const qint64 entries = qint64(json.value(QStringLiteral("auditEntries")).toDouble());
    CHECK(entries > 0);
    const QStringList written {
        target, target + QStringLiteral(".audit-key"), target + QStringLiteral(".audit-key.head")};
    for (const QString &file : written) {
        INFO(file.toStdString());
        REQUIRE(QFileInfo::exists(file));
        CHECK((QFileInfo(file).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
    }
    CHECK_FALSE(QFileInfo::exists(target + QStringLiteral(".part")));

    // The backup itself is in the original's trail, not in the copy's.
    const QList<AuditEntry> made = test::auditOf(f.store, AuditAction::BackupMade);
    REQUIRE(made.size() == 1);
    CHECK(made.first().event.userName == QStringLiteral("admin"));
    CHECK(made.first().event.reason.contains(QStringLiteral("audit entries verified")));

    Store copy(target);
    CHECK(copy.patientByMrn(QStringLiteral("M0002")).has_value());
    CHECK(
        copy.appointmentsOfPatient(f.maria.id, f.local(QDate(2026, 12, 3), 0), f.local(QDate(2026, 12, 4), 0))
            .size()
        == 1);
    const AuditVerdict verdict = copy.verifyAudit();
    CHECK(verdict.intact);
    CHECK(verdict.entries == entries);
    CHECK(test::auditOf(copy, AuditAction::BackupMade).isEmpty());
}

TEST_CASE("backup never overwrites a file, refuses a non-admin on the record, and leaves nothing when it "
          "cannot write",
    "[sqlite]")
{
    Fixture f;
    const QString target = QDir(f.temp.dir()).filePath(QStringLiteral("copy.sqlite"));
    REQUIRE(run(f, {QStringLiteral("backup"), QStringLiteral("--to"), target}).exitCode == 0);
    const qint64 size = QFileInfo(target).size();
    const QDateTime modified = QFileInfo(target).lastModified();

    const cli::Result again
        = run(f, {QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("--to"), target});
    CHECK(again.exitCode == 3);
    CHECK(again.out.contains(QStringLiteral("never overwrites")));
    CHECK(QFileInfo(target).size() == size);
    CHECK(QFileInfo(target).lastModified() == modified);

    const cli::Result itself = run(f, {QStringLiteral("backup"), QStringLiteral("--to"), f.temp.path()});
    CHECK(itself.exitCode == 3);

    const QString elsewhere = QDir(f.temp.dir()).filePath(QStringLiteral("desk.sqlite"));
    const cli::Result desk
        = run(f, {QStringLiteral("backup"), QStringLiteral("--to"), elsewhere}, QStringLiteral("desk"));
    CHECK(desk.exitCode == 4);
    CHECK_FALSE(QFileInfo::exists(elsewhere));
    const QList<AuditEntry> refused = test::auditOf(f.store, AuditAction::BackupMade);
    REQUIRE(refused.size() == 2);
    CHECK(refused.last().event.result == AuditResult::Refused);
    CHECK(refused.last().event.userName == QStringLiteral("desk"));

    const QString missingFolder = QDir(f.temp.dir()).filePath(QStringLiteral("no/such/folder/copy.sqlite"));
    const cli::Result nowhere = run(f, {QStringLiteral("backup"), QStringLiteral("--to"), missingFolder});
    CHECK(nowhere.exitCode == 3);
    CHECK(nowhere.err.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFileInfo::exists(missingFolder));

    CHECK(run(f, {QStringLiteral("backup")}).exitCode == 2);
}
