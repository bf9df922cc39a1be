// The audit trail against someone with the database file in hand: the append-only triggers, then
// tampering past them as an attacker with sqlite3 would; the key and head beside the file; and the
// files' modes.

#include "audit/auditkeyfile.h"
#include "audithelpers.h"
#include "cli/commandline.h"
#include "common/error.h"
#include "store/database.h"
#include "store/sqlquery.h"
#include "store/store.h"
#include "tempstore.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <sys/stat.h>

using namespace chairside;
using chairside::test::appendSamples;
using chairside::test::AuditKeyEnvironment;
using chairside::test::sampleAuditEvent;
using chairside::test::TempStore;
using chairside::test::utc;

namespace {

/// What someone with write access to the file does: the triggers are only in the way.
void tamper(Store &store, const QString &sql)
{
    chairside::test::tamperWithAuditTrail(store.database(), sql);
}

/// The file's permission bits, as stat sees them.
int modeOf(const QString &path)
{
    struct stat info
    {
    };
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return int(info.st_mode & 07777);
}

cli::Result verifyByCli(const QString &path)
{
    return cli::execute({QStringLiteral("chairside-cli"), QStringLiteral("--db"), path,
        QStringLiteral("audit"), QStringLiteral("verify")});
}

/// Lets the process create files with any mode, so that only what the code asks for protects them.
class OpenUmask final
{
public:
    OpenUmask()
        : m_saved(::umask(0))
    { }
    ~OpenUmask() { ::umask(m_saved); }
    Q_DISABLE_COPY_MOVE(OpenUmask)

private:
    mode_t m_saved;
};

} // namespace

TEST_CASE("The triggers refuse an update or a delete of an audit entry")
{
    TempStore db;
    appendSamples(db.store(), 3);
    CHECK_THROWS_AS(
        SqlQuery(db->database(), QStringLiteral("UPDATE audit_entry SET reason = 'x' WHERE sequence = 2"),
            "edit the audit trail")
            .exec(),
        Error);
    CHECK_THROWS_AS(SqlQuery(db->database(), QStringLiteral("DELETE FROM audit_entry WHERE sequence = 3"),
                        "cut the audit trail")
                        .exec(),
        Error);
    CHECK(db->auditEntryCount() == 3);
    CHECK(db->verifyAudit().intact);
}

TEST_CASE("Tampering through the database file past the triggers is named by verify and by audit verify")
{
    TempStore db;
    appendSamples(db.store(), 20);
    {
        const cli::Result intact = verifyByCli(db.path());
        INFO(intact.err.toStdString());
        CHECK(intact.exitCode == 0);
        CHECK(intact.out.trimmed() == QStringLiteral("The audit trail is intact: 20 entries."));
    }

    QString expected;
    qint64 firstBad = 0;
    SECTION("an edited reason")
    {
        tamper(db.store(),
            QStringLiteral("UPDATE audit_entry SET reason = 'nothing happened' WHERE sequence = 12"));
        expected = QStringLiteral("entry 12 was changed");
        firstBad = 12;
    }
    SECTION("an edited time, user or patient")
    {
        tamper(db.store(), QStringLiteral("UPDATE audit_entry SET at = at + 1 WHERE sequence = 4"));
        expected = QStringLiteral("entry 4 was changed");
        firstBad = 4;
    }
    SECTION("an entry edited and its hash recomputed without the key")
    {
        // A hash of the right shape, made up (without the key nobody can make the right one).
        const QString madeUp
            = QString::fromLatin1(QByteArray::number(QRandomGenerator::global()->generate64(), 16)
                                      .rightJustified(16, '0')
                                      .repeated(4));
        tamper(db.store(),
            QStringLiteral("UPDATE audit_entry SET user_name = 'someone', hash = '%1' WHERE sequence = 9")
                .arg(madeUp));
        expected = QStringLiteral("entry 9 was changed");
        firstBad = 9;
    }
    SECTION("a deleted entry")
    {
        tamper(db.store(), QStringLiteral("DELETE FROM audit_entry WHERE sequence = 7"));
        expected = QStringLiteral("entry 7 is missing or out of order");
        firstBad = 7;
    }
    SECTION("two entries swapped")
    {
        tamper(db.store(), QStringLiteral("UPDATE audit_entry SET sequence = -3 WHERE sequence = 3"));
        tamper(db.store(), QStringLiteral("UPDATE audit_entry SET sequence = 3 WHERE sequence = 4"));
        tamper(db.store(), QStringLiteral("UPDATE audit_entry SET sequence = 4 WHERE sequence = -3"));
        expected = QStringLiteral("entry 3 was changed");
        firstBad = 3;
    }
    SECTION("a cut-off tail")
    {
        tamper(db.store(), QStringLiteral("DELETE FROM audit_entry WHERE sequence > 15"));
        expected = QStringLiteral("the trail ends at entry 15 but entries up to 20 were written");
        firstBad = 0;
    }
    SECTION("a cut-off tail, then more entries recorded by the program")
    {
        tamper(db.store(), QStringLiteral("DELETE FROM audit_entry WHERE sequence > 15"));
        db.reopen();
        appendSamples(
            db.store(), 8, 40); // entries 16-23: past the head's 20, which must not move over the cut
        expected = QStringLiteral("entry 20 is not the entry last written there");
        firstBad = 20;
    }

    const AuditVerdict verdict = db->verifyAudit();
    INFO(verdict.problem.toStdString());
    CHECK_FALSE(verdict.intact);
    CHECK(verdict.firstBad == firstBad);
    CHECK(verdict.problem.startsWith(expected));

    const cli::Result result = verifyByCli(db.path());
    INFO(result.err.toStdString());
    CHECK(result.exitCode == cli::ExitAuditBroken);
    CHECK(result.out.startsWith(QStringLiteral("The audit trail is not intact: ") + expected));
}

TEST_CASE(
    "A missing key is never replaced while the trail has entries: appending is refused, verify says why")
{
    TempStore db;
    appendSamples(db.store(), 3);
    const AuditKeyFile keyFile(db.path());
    REQUIRE(QFile::exists(keyFile.keyPath()));
    REQUIRE(QFile::remove(keyFile.keyPath()));
    db.reopen();

    try {
        db->audit(sampleAuditEvent(3), utc("2026-12-01T14:00:00Z"));
        FAIL("an entry was recorded without the key");
    } catch (const Error &error) {
        CHECK(error.kind() == Error::Kind::Store);
        CHECK(error.message().contains(QStringLiteral("audit key file")));
        CHECK(error.message().contains(QStringLiteral("is missing")));
    }
    CHECK_FALSE(QFile::exists(keyFile.keyPath()));
    CHECK(db->auditEntryCount() == 3);

    const AuditVerdict verdict = db->verifyAudit();
    CHECK_FALSE(verdict.intact);
    CHECK(verdict.problem.contains(QStringLiteral("audit key file")));
    CHECK(verdict.problem.contains(QStringLiteral("is missing")));
    const cli::Result result = verifyByCli(db.path());
    CHECK(result.exitCode == cli::ExitAuditBroken);
    CHECK(result.out.contains(QStringLiteral("is missing")));
}

TEST_CASE("A key file that cannot be read is never replaced, even before the first entry", "[sqlite]")
{
    TempStore db;
    const AuditKeyFile keyFile(db.path());
    // A folder where the key should be: it exists, and cannot be read as a file (even by root).
    REQUIRE(QDir().mkpath(keyFile.keyPath()));
    CHECK_THROWS_AS(db->audit(sampleAuditEvent(0), utc("2026-12-01T14:00:00Z")), Error);
    CHECK(db->auditEntryCount() == 0);
    CHECK(QFileInfo(keyFile.keyPath()).isDir());
}

TEST_CASE("CHAIRSIDE_AUDIT_KEY puts the key, and its head, where it names")
{
    QTemporaryDir keys;
    const QString keyPath = keys.filePath(QStringLiteral("chairside.key"));
    const AuditKeyEnvironment environment(keyPath);
    TempStore db;
    appendSamples(db.store(), 2);
    CHECK(QFile::exists(keyPath));
    CHECK(QFile::exists(keyPath + QStringLiteral(".head")));
    CHECK_FALSE(QFile::exists(db.path() + QStringLiteral(".audit-key")));
    CHECK(db->verifyAudit().intact);
}

TEST_CASE("A head file edited by hand is found, and never overwritten")
{
    TempStore db;
    appendSamples(db.store(), 5);
    const AuditKeyFile keyFile(db.path());
    QFile head(keyFile.headPath());
    REQUIRE(head.open(QIODevice::ReadOnly));
    QByteArray line = head.readAll();
    head.close();
    line.replace("head-1 5 ", "head-1 4 ");
    REQUIRE(head.open(QIODevice::WriteOnly | QIODevice::Truncate));
    head.write(line);
    head.close();

    appendSamples(db.store(), 1, 5);
    const AuditVerdict verdict = db->verifyAudit();
    CHECK_FALSE(verdict.intact);
    CHECK(verdict.problem.contains(QStringLiteral("was altered")));
    REQUIRE(head.open(QIODevice::ReadOnly));
    CHECK(head.readAll() == line);
}

TEST_CASE(
    "The database, its -wal and -shm, the key and the head are readable by their owner only", "[sqlite]")
{
    const OpenUmask anyMode;
    TempStore db;
    appendSamples(db.store(), 2);
    // The store is open, so SQLite holds its -wal and -shm files.
    const AuditKeyFile keyFile(db.path());
    const QStringList paths {db.path(), db.path() + QStringLiteral("-wal"),
        db.path() + QStringLiteral("-shm"), keyFile.keyPath(), keyFile.headPath()};
    for (const QString &path : paths) {
        INFO(path.toStdString());
        REQUIRE(QFile::exists(path));
        CHECK(modeOf(path) == 0600);
    }
}

TEST_CASE("An existing database keeps its group's access but loses everyone else's", "[sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    {
        Database first(path);
    }
    REQUIRE(::chmod(QFile::encodeName(path).constData(), 0664) == 0);
    Database again(path);
    CHECK(modeOf(path) == 0660);
}

TEST_CASE("A server's workstation without a copy of the audit key records nothing and says where it goes")
{
    QTemporaryDir dir;
    const chairside::test::TestDatabase database(dir.filePath(QStringLiteral("keys.sqlite")));
    Store store(database.location());
    const AuditKeyFile keyFile(store.path());
    if (store.database().isPostgreSql()) {
        // A key made here would start a second chain beside the one the other workstations seal.
        try {
            store.audit(sampleAuditEvent(0), utc("2026-12-01T14:00:00Z"));
            FAIL("recorded without the key");
        } catch (const Error &error) {
            CHECK(error.message().contains(QLatin1String("no copy of the audit key")));
            CHECK(error.message().contains(QDir::toNativeSeparators(keyFile.keyPath())));
        }
        CHECK(store.auditEntryCount() == 0);
        CHECK_FALSE(QFile::exists(keyFile.keyPath()));
        // init and migrate make it, on the computer that sets the database up.
        REQUIRE(store.makeAuditKeyIfNone());
    }
    store.audit(sampleAuditEvent(0), utc("2026-12-01T14:00:00Z"));
    CHECK(store.auditEntryCount() == 1);
    CHECK(QFile::exists(keyFile.keyPath()));
    // Never a second key once the trail has begun.
    CHECK_FALSE(store.makeAuditKeyIfNone());
    CHECK(store.verifyAudit().intact);
}
