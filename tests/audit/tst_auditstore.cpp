// The audit trail in a database file: appending inside and outside transactions, the key and head files
// beside it, tampering through SQLite itself, the admin's filters and the files' modes.

#include "audit/auditchain.h"
#include "audit/auditkeyfile.h"
#include "audithelpers.h"
#include "common/error.h"
#include "store/scopedtransaction.h"
#include "store/sqlquery.h"
#include "store/store.h"
#include "tempstore.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace chairside;
using chairside::test::appendSamples;
using chairside::test::headOf;
using chairside::test::sampleAuditEvent;
using chairside::test::TempStore;
using chairside::test::utc;

TEST_CASE("Entries are appended in order, read back as written, and verify as intact")
{
    TempStore db;
    db->setWorkstation(QStringLiteral("desk-3"));
    REQUIRE(db->workstation() == QStringLiteral("desk-3"));
    REQUIRE(db->verifyAudit().intact);
    REQUIRE(db->auditEntryCount() == 0);

    appendSamples(db.store(), 30);
    REQUIRE(db->auditEntryCount() == 30);
    const QList<AuditEntry> entries = db->auditEntries(AuditFilter {});
    REQUIRE(entries.size() == 30);
    REQUIRE(entries.first().sequence == 30); // newest first
    const AuditEntry &first = entries.last();
    CHECK(first.sequence == 1);
    CHECK(first.previousHash == auditGenesisHash());
    CHECK(first.hash.size() == 64);
    CHECK(first.workstation == QStringLiteral("desk-3"));
    CHECK(first.atUtc == utc("2026-12-01T13:00:00Z"));
    CHECK(first.event.userName == sampleAuditEvent(0).userName);
    CHECK(first.event.action == sampleAuditEvent(0).action);
    CHECK(first.event.reason == sampleAuditEvent(0).reason);
    CHECK(first.event.breakGlass == sampleAuditEvent(0).breakGlass);
    CHECK(entries[28].previousHash == first.hash);

    const AuditVerdict verdict = db->verifyAudit();
    CHECK(verdict.intact);
    CHECK(verdict.entries == 30);
    CHECK(verdict.firstBad == 0);
    const auto head = headOf(db.store());
    REQUIRE(head.has_value());
    CHECK(head->sequence == 30);
    CHECK(head->hash == entries.first().hash);

    db.reopen();
    appendSamples(db.store(), 5, 30);
    CHECK(db->verifyAudit().intact);
    CHECK(db->verifyAudit().entries == 35);
}

TEST_CASE("The default workstation names the host and the program")
{
    TempStore db;
    CHECK(db->workstation().contains(QStringLiteral("Chairside-tests")));
}

TEST_CASE("An entry commits with the transaction it joins, and a rollback leaves neither entry, gap nor head")
{
    TempStore db;
    appendSamples(db.store(), 3);

    SECTION("inside a transaction that commits, through a savepoint")
    {
        auto outer = db->transaction();
        db->audit(sampleAuditEvent(3), utc("2026-12-01T14:00:00Z"));
        {
            ScopedTransaction inner(db->database());
            db->audit(sampleAuditEvent(4), utc("2026-12-01T14:01:00Z"));
            inner.commit();
        }
        // Not yet committed: the head still names the last committed entry.
        CHECK(headOf(db.store())->sequence == 3);
        outer->commit();
        CHECK(headOf(db.store())->sequence == 5);
        CHECK(db->auditEntryCount() == 5);
        CHECK(db->verifyAudit().intact);
    }
    SECTION("a transaction that rolls back")
    {
        {
            auto outer = db->transaction();
            db->audit(sampleAuditEvent(3), utc("2026-12-01T14:00:00Z"));
            db->audit(sampleAuditEvent(4), utc("2026-12-01T14:01:00Z"));
        }
        CHECK(db->auditEntryCount() == 3);
        CHECK(headOf(db.store())->sequence == 3);
        appendSamples(db.store(), 1, 5);
        CHECK(db->auditEntries(AuditFilter {}).first().sequence == 4);
        CHECK(headOf(db.store())->sequence == 4);
        CHECK(db->verifyAudit().intact);
    }
    SECTION("a savepoint that rolls back inside a transaction that commits")
    {
        auto outer = db->transaction();
        db->audit(sampleAuditEvent(3), utc("2026-12-01T14:00:00Z"));
        {
            ScopedTransaction inner(db->database());
            db->audit(sampleAuditEvent(4), utc("2026-12-01T14:01:00Z"));
        }
        db->audit(sampleAuditEvent(5), utc("2026-12-01T14:02:00Z"));
        outer->commit();
        CHECK(db->auditEntryCount() == 5);
        CHECK(headOf(db.store())->sequence == 5);
        const QList<AuditEntry> entries = db->auditEntries(AuditFilter {});
        CHECK(entries.first().event.recordId == sampleAuditEvent(5).recordId);
        CHECK(entries[1].event.recordId == sampleAuditEvent(3).recordId);
        CHECK(db->verifyAudit().intact);
    }
}

TEST_CASE("The admin's filters: by patient, user, date range, action and break glass, newest first")
{
    TempStore db;
    const QDateTime day = utc("2026-12-01T13:00:00Z");
    const auto add
        = [&](AuditAction action, const char *user, qint64 patientId, int hour, bool breakGlass = false) {
              AuditEvent event;
              event.action = action;
              event.userName = QString::fromLatin1(user);
              event.recordKind = patientId ? QStringLiteral("patient") : QString();
              event.recordId = patientId;
              event.patientId = patientId;
              event.breakGlass = breakGlass;
              db->audit(event, day.addSecs(3600 * hour));
          };
    add(AuditAction::LogIn, "desk", 0, 0); // 1
    add(AuditAction::PatientOpened, "desk", 11, 1); // 2
    add(AuditAction::CheckInDecision, "desk", 11, 2); // 3
    add(AuditAction::PatientOpened, "nurse", 12, 3); // 4
    add(AuditAction::BreakGlass, "admin", 12, 24, true); // 5, the next day
    add(AuditAction::PatientOpened, "desk", 11, 26); // 6
    add(AuditAction::LogOut, "desk", 0, 27); // 7

    const auto sequences = [&](const AuditFilter &filter) {
        QList<qint64> found;
        for (const AuditEntry &entry : db->auditEntries(filter))
            found << entry.sequence;
        return found;
    };
    AuditFilter all;
    CHECK(sequences(all) == QList<qint64> {7, 6, 5, 4, 3, 2, 1});

    AuditFilter patient;
    patient.patientId = 11;
    CHECK(sequences(patient) == QList<qint64> {6, 3, 2});

    AuditFilter user;
    user.userName = QStringLiteral("nurse");
    CHECK(sequences(user) == QList<qint64> {4});

    AuditFilter firstDay;
    firstDay.fromUtc = day;
    firstDay.toUtc = day.addSecs(3 * 3600); // exclusive: entry 4 at exactly +3 h is out
    CHECK(sequences(firstDay) == QList<qint64> {3, 2, 1});
    AuditFilter fromOnly;
    fromOnly.fromUtc = day.addSecs(24 * 3600); // inclusive
    CHECK(sequences(fromOnly) == QList<qint64> {7, 6, 5});

    AuditFilter opened;
    opened.action = AuditAction::PatientOpened;
    CHECK(sequences(opened) == QList<qint64> {6, 4, 2});

    AuditFilter breakGlass;
    breakGlass.breakGlassOnly = true;
    const QList<AuditEntry> emergencies = db->auditEntries(breakGlass);
    REQUIRE(emergencies.size() == 1);
    CHECK(emergencies.first().event.action == AuditAction::BreakGlass);
    CHECK(emergencies.first().event.userName == QStringLiteral("admin"));

    AuditFilter combined;
    combined.patientId = 11;
    combined.userName = QStringLiteral("desk");
    combined.action = AuditAction::PatientOpened;
    combined.toUtc = day.addSecs(24 * 3600);
    CHECK(sequences(combined) == QList<qint64> {2});

    AuditFilter limited;
    limited.limit = 2;
    CHECK(sequences(limited) == QList<qint64> {7, 6});

    CHECK(db->verifyAudit().intact);
}

TEST_CASE("Work given to afterCommit follows the outermost commit, and is forgotten with what rolls back")
{
    TempStore db;
    Database &database = db->database();
    QStringList ran;
    database.afterCommit([&] { ran << QStringLiteral("alone"); });
    CHECK(ran == QStringList {QStringLiteral("alone")}); // no transaction: at once

    {
        ScopedTransaction outer(database);
        database.afterCommit([&] { ran << QStringLiteral("outer"); });
        {
            ScopedTransaction kept(database);
            database.afterCommit([&] { ran << QStringLiteral("kept"); });
            kept.commit();
        }
        {
            ScopedTransaction undone(database);
            database.afterCommit([&] { ran << QStringLiteral("undone"); });
        }
        CHECK(ran.size() == 1); // nothing before the outermost commit
        outer.commit();
    }
    CHECK(ran == (QStringList {QStringLiteral("alone"), QStringLiteral("outer"), QStringLiteral("kept")}));

    {
        ScopedTransaction rolledBack(database);
        database.afterCommit([&] { ran << QStringLiteral("never"); });
    }
    {
        ScopedTransaction next(database);
        next.commit();
    }
    CHECK_FALSE(ran.contains(QStringLiteral("never")));

    // Of those given one latestOnly key, the last still due runs, and only it.
    ran.clear();
    {
        ScopedTransaction outer(database);
        for (const char *name : {"first", "second"})
            database.afterCommit([&ran, name] { ran << QString::fromLatin1(name); }, QStringLiteral("head"));
        database.afterCommit([&] { ran << QStringLiteral("other"); });
        {
            ScopedTransaction undone(database);
            database.afterCommit([&] { ran << QStringLiteral("third"); }, QStringLiteral("head"));
        }
        outer.commit();
    }
    CHECK(ran == (QStringList {QStringLiteral("second"), QStringLiteral("other")}));
}

TEST_CASE("A transaction that records many entries leaves the head at the last of them")
{
    TempStore db;
    {
        auto transaction = db->transaction();
        appendSamples(db.store(), 200);
        transaction->commit();
    }
    CHECK(headOf(db.store())->sequence == 200);
    CHECK(db->verifyAudit().intact);
}
