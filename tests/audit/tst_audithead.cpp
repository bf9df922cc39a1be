// The audit trail's head file: one fixed-size record overwritten in place under a lock held only while it
// moves; what it catches, and what a head left behind (as a power cut can leave it) can and cannot hide.

#include "audit/auditchain.h"
#include "audit/auditkeyfile.h"
#include "audithelpers.h"
#include "common/error.h"
#include "store/sqlquery.h"
#include "store/store.h"
#include "tempstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <sys/stat.h>

using namespace chairside;
using chairside::test::appendSamples;
using chairside::test::headOf;
using chairside::test::sampleAuditEvent;
using chairside::test::TempStore;
using chairside::test::utc;

namespace {

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void replaceContent(const QString &path, const QByteArray &content)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(content) == content.size());
}

quint64 inodeOf(const QString &path)
{
    struct stat info
    {
    };
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return quint64(info.st_ino);
}

/// What someone with write access to the file does: the triggers are only in the way.
void cutAfter(Store &store, qint64 sequence)
{
    chairside::test::tamperWithAuditTrail(
        store.database(), QStringLiteral("DELETE FROM audit_entry WHERE sequence > ?"), {sequence});
}

/// A head with a made-up hash of lower-case hex digits.
AuditHead madeUpHead(qint64 sequence)
{
    return AuditHead {sequence, QByteArray(64, char('a' + sequence % 6))};
}

} // namespace

TEST_CASE("The head is one record of fixed size overwritten in place: no new file, lock file or leftover")
{
    TempStore db;
    appendSamples(db.store(), 1);
    const AuditKeyFile keyFile(db.path());
    REQUIRE(QFileInfo(keyFile.headPath()).size() == AuditKeyFile::kHeadRecordBytes);
    const quint64 inode = inodeOf(keyFile.headPath());

    // Past two multiples of the flush interval, so that both kinds of move are made.
    appendSamples(db.store(), int(2 * AuditKeyFile::kHeadFlushEvery + 20), 1);
    const qint64 last = 2 * AuditKeyFile::kHeadFlushEvery + 21;
    CHECK(inodeOf(keyFile.headPath()) == inode);
    CHECK(QFileInfo(keyFile.headPath()).size() == AuditKeyFile::kHeadRecordBytes);
    CHECK(headOf(db.store())->sequence == last);
    CHECK(headOf(db.store())->hash == db->auditEntries(AuditFilter {}).first().hash);
    CHECK(db->verifyAudit().intact);

    const QStringList files = QDir(db.dir()).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : files) {
        INFO(name.toStdString());
        CHECK((name.startsWith(QStringLiteral("chairside.sqlite"))
            && (name.endsWith(QStringLiteral(".sqlite")) || name.endsWith(QStringLiteral("-wal"))
                || name.endsWith(QStringLiteral("-shm")) || name.endsWith(QStringLiteral(".audit-key"))
                || name.endsWith(QStringLiteral(".audit-key.head")))));
    }
}

TEST_CASE("A head in the earlier format, a bare line, is read, verified and advanced")
{
    TempStore db;
    appendSamples(db.store(), 3);
    const AuditKeyFile keyFile(db.path());
    const QByteArray key = *keyFile.load();
    const AuditHead third {3, db->auditEntries(AuditFilter {}).first().hash};
    replaceContent(keyFile.headPath(),
        QByteArrayLiteral("chairside-audit-head-1 3 ") + third.hash + ' ' + auditHeadMac(key, third) + '\n');
    CHECK(db->verifyAudit().intact);

    appendSamples(db.store(), 1, 3);
    CHECK(headOf(db.store())->sequence == 4);
    CHECK(QFileInfo(keyFile.headPath()).size() == AuditKeyFile::kHeadRecordBytes);
    CHECK(db->verifyAudit().intact);
    CHECK(db->verifyAudit().entries == 4);
}

TEST_CASE(
    "A head left behind, as a power cut can leave it, is safe and catches up; a cut reaching it is found")
{
    TempStore db;
    appendSamples(db.store(), 10);
    const AuditKeyFile keyFile(db.path());
    const QByteArray atTen = contentOf(keyFile.headPath());
    appendSamples(db.store(), 10, 10);
    // The disk had kept only the head of entry 10 when the power came back.
    replaceContent(keyFile.headPath(), atTen);
    db.reopen();
    REQUIRE(headOf(db.store())->sequence == 10);
    CHECK(db->verifyAudit().intact);
    CHECK(db->verifyAudit().entries == 20);

    SECTION("the next entry moves it to the end again")
    {
        appendSamples(db.store(), 1, 20);
        CHECK(headOf(db.store())->sequence == 21);
        CHECK(db->verifyAudit().intact);
    }
    SECTION("the entries after it could be cut unseen: what a head left behind gives up")
    {
        cutAfter(db.store(), 15);
        const AuditVerdict verdict = db->verifyAudit();
        CHECK(verdict.intact);
        CHECK(verdict.entries == 15);
    }
    SECTION("a cut into the entries it names is found, and the head is not moved over it")
    {
        cutAfter(db.store(), 8);
        const AuditVerdict cut = db->verifyAudit();
        CHECK_FALSE(cut.intact);
        CHECK(cut.problem.startsWith(
            QStringLiteral("the trail ends at entry 8 but entries up to 10 were written")));

        appendSamples(db.store(), 5, 30); // entries 9-13, written again past the cut
        CHECK(headOf(db.store())->sequence == 10);
        const AuditVerdict rewritten = db->verifyAudit();
        CHECK_FALSE(rewritten.intact);
        CHECK(rewritten.firstBad == 10);
        CHECK(rewritten.problem.startsWith(QStringLiteral("entry 10 is not the entry last written there")));
    }
}

TEST_CASE("Two programs on one database: the head names the latest entry of either, and never goes back")
{
    TempStore db;
    Store other(db.path());
    for (int n = 0; n < 20; ++n) {
        Store &writer = n % 3 == 0 ? other : db.store();
        writer.audit(sampleAuditEvent(n), utc("2026-12-01T13:00:00Z").addSecs(60 * n));
        CHECK(headOf(db.store())->sequence == n + 1);
    }
    CHECK(db->verifyAudit().intact);
    CHECK(other.verifyAudit().intact);
    CHECK(other.verifyAudit().entries == 20);
}

TEST_CASE("advanceHead moves the head forward only, never over a cut, never over an altered head")
{
    QTemporaryDir dir;
    const AuditKeyFile keyFile(dir.filePath(QStringLiteral("chairside.sqlite")));
    const QByteArray key = keyFile.create();
    CHECK_FALSE(keyFile.readHead(key).has_value());

    keyFile.advanceHead(madeUpHead(5), key);
    REQUIRE(keyFile.readHead(key).has_value());
    CHECK(keyFile.readHead(key)->sequence == 5);
    CHECK(keyFile.readHead(key)->hash == madeUpHead(5).hash);

    // An earlier head arrives late: another program already wrote a later one.
    keyFile.advanceHead(madeUpHead(4), key);
    CHECK(keyFile.readHead(key)->sequence == 5);

    // The entry the head names is gone from the trail: the head stays, for verify to report.
    QList<qint64> asked;
    keyFile.advanceHead(madeUpHead(7), key, [&](const AuditHead &current) {
        asked << current.sequence;
        return false;
    });
    CHECK(asked == QList<qint64> {5});
    CHECK(keyFile.readHead(key)->sequence == 5);

    keyFile.advanceHead(
        madeUpHead(7), key, [&](const AuditHead &current) { return current.hash == madeUpHead(5).hash; });
    CHECK(keyFile.readHead(key)->sequence == 7);

    SECTION("an altered head is kept as it is")
    {
        QByteArray altered = contentOf(keyFile.headPath());
        altered.replace("head-1 7 ", "head-1 9 ");
        replaceContent(keyFile.headPath(), altered);
        keyFile.advanceHead(madeUpHead(12), key);
        CHECK(contentOf(keyFile.headPath()) == altered);
        CHECK_THROWS_AS(keyFile.readHead(key), Error);
    }
    SECTION("an emptied head is kept as it is")
    {
        replaceContent(keyFile.headPath(), {});
        keyFile.advanceHead(madeUpHead(12), key);
        CHECK(contentOf(keyFile.headPath()).isEmpty());
        try {
            keyFile.readHead(key);
            FAIL("an empty head was read");
        } catch (const Error &error) {
            CHECK(error.kind() == Error::Kind::BadData);
        }
    }
    SECTION("a head of another key is kept as it is")
    {
        const QByteArray before = contentOf(keyFile.headPath());
        keyFile.advanceHead(madeUpHead(12), chairside::test::testAuditKey());
        CHECK(contentOf(keyFile.headPath()) == before);
        CHECK(keyFile.readHead(key)->sequence == 7);
    }
}
