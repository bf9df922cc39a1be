// The hash chain as pure functions: a 10,000-entry trail built in memory, then tampered with in every
// way someone with write access to the database could (edit a field, delete, reorder, cut the tail),
// each time checked against the key and the head.

#include "audit/auditchain.h"
#include "audit/auditverifier.h"
#include "audithelpers.h"

#include <QMessageAuthenticationCode>
#include <QtEndian>

#include <catch2/catch.hpp>
#include <random>

using namespace chairside;
using chairside::test::sampleAuditEvent;
using chairside::test::testAuditKey;

namespace {

constexpr int kTrailLength = 10000;
constexpr int kCheckpointEvery = 100;

QList<AuditEntry> buildTrail(int length, const QByteArray &key)
{
    QList<AuditEntry> trail;
    trail.reserve(length);
    QByteArray previous = auditGenesisHash();
    const QDateTime start = QDateTime(QDate(2026, 12, 1), QTime(13, 0), Qt::UTC);
    for (int n = 0; n < length; ++n) {
        AuditEntry entry;
        entry.sequence = n + 1;
        entry.atUtc = start.addMSecs(qint64(n) * 61001);
        entry.workstation
            = n % 3 ? QStringLiteral("desk-1 (chairside)") : QStringLiteral("desk-2 (chairside-cli)");
        entry.event = sampleAuditEvent(n);
        sealAuditEntry(entry, previous, key);
        previous = entry.hash;
        trail << entry;
    }
    return trail;
}

AuditHead headOf(const QList<AuditEntry> &trail)
{
    return AuditHead {trail.last().sequence, trail.last().hash};
}

/// Changes field `field` (0-12) of the entry to a value it did not have.
QString editField(AuditEntry &entry, int field, std::mt19937 &random)
{
    AuditEvent &e = entry.event;
    switch (field) {
    case 0:
        entry.sequence += 1 + qint64(random() % 3);
        return QStringLiteral("sequence");
    case 1:
        entry.atUtc = entry.atUtc.addMSecs(1 + qint64(random() % 100000));
        return QStringLiteral("at");
    case 2:
        e.userName += QStringLiteral("x");
        return QStringLiteral("user");
    case 3:
        entry.workstation = QStringLiteral("elsewhere");
        return QStringLiteral("workstation");
    case 4: {
        const QList<AuditAction> actions = allAuditActions();
        e.action = actions[(actions.indexOf(e.action) + 1 + int(random() % 20)) % actions.size()];
        return QStringLiteral("action");
    }
    case 5:
        e.recordKind
            = e.recordKind == QStringLiteral("user") ? QStringLiteral("center") : QStringLiteral("user");
        return QStringLiteral("record kind");
    case 6:
        e.recordId += 1;
        return QStringLiteral("record id");
    case 7:
        e.patientId = e.patientId == 0 ? 7 : 0;
        return QStringLiteral("patient id");
    case 8:
        e.result = e.result == AuditResult::Done ? AuditResult::Failed : AuditResult::Done;
        return QStringLiteral("result");
    case 9:
        e.reason += QStringLiteral(" (amended)");
        return QStringLiteral("reason");
    case 10:
        e.breakGlass = !e.breakGlass;
        return QStringLiteral("break glass");
    case 11:
        entry.previousHash[int(random() % 64)] = entry.previousHash[0] == 'f' ? 'e' : 'f';
        entry.previousHash[0] = entry.previousHash[0] == 'f' ? 'e' : 'f';
        return QStringLiteral("previous hash");
    default:
        entry.hash[0] = entry.hash[0] == 'a' ? 'b' : 'a';
        return QStringLiteral("hash");
    }
}

} // namespace

TEST_CASE("An untouched trail verifies, and the chain hangs on every field")
{
    const QByteArray key = testAuditKey();
    const QList<AuditEntry> trail = buildTrail(50, key);
    const AuditVerdict verdict = verifyAuditChain(trail, key, headOf(trail));
    CHECK(verdict.intact);
    CHECK(verdict.entries == 50);
    CHECK(verdict.problem.isEmpty());
    CHECK(trail.first().previousHash == QByteArray(64, '0'));
    CHECK(verifyAuditChain({}, key, std::nullopt).intact);

    // Another key sees every entry as changed.
    QByteArray otherKey = key;
    otherKey[0] = 'x';
    const AuditVerdict wrongKey = verifyAuditChain(trail, otherKey, std::nullopt);
    CHECK_FALSE(wrongKey.intact);
    CHECK(wrongKey.firstBad == 1);
    CHECK(wrongKey.problem == QStringLiteral("entry 1 was changed"));
}

TEST_CASE("Field boundaries cannot be shifted: moving text from one field to the next changes the hash")
{
    const QByteArray key = testAuditKey();
    AuditEntry a;
    a.sequence = 1;
    a.atUtc = QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
    a.event.userName = QStringLiteral("desk");
    a.workstation = QStringLiteral("1 (chairside)");
    AuditEntry b = a;
    b.event.userName = QStringLiteral("desk1");
    b.workstation = QStringLiteral(" (chairside)");
    CHECK(auditCanonicalContent(a) != auditCanonicalContent(b));
    CHECK(auditEntryHash(key, auditGenesisHash(), a) != auditEntryHash(key, auditGenesisHash(), b));

    AuditEntry c = a;
    c.event.recordKind = QStringLiteral("patient");
    c.event.reason = QString();
    AuditEntry d = a;
    d.event.recordKind = QString();
    d.event.reason = QStringLiteral("patient");
    CHECK(auditEntryHash(key, auditGenesisHash(), c) != auditEntryHash(key, auditGenesisHash(), d));
}

TEST_CASE("Over 1,000 random tamperings of a 10,000-entry trail, every one is detected at the entry tampered")
{
    const QByteArray key = testAuditKey();
    const QList<AuditEntry> trail = buildTrail(kTrailLength, key);
    const AuditHead head = headOf(trail);
    REQUIRE(verifyAuditChain(trail, key, head).intact);

    // The verifier's state every 100 entries along the untouched trail: a tampering at entry k is then
    // checked from the checkpoint before k instead of from entry 1. Every 25th tampering is also checked
    // from the start, and must give the same verdict.
    QList<AuditVerifier> checkpoints;
    {
        AuditVerifier verifier(key, head);
        for (int i = 0; i < kTrailLength; ++i) {
            if (i % kCheckpointEvery == 0)
                checkpoints << verifier;
            REQUIRE(verifier.add(trail[i]));
        }
    }

    std::mt19937 random(20261201);
    int edits = 0, deletions = 0, swaps = 0, truncations = 0, forgeries = 0;
    constexpr int kTamperings = 1200;
    for (int round = 0; round < kTamperings; ++round) {
        const int kind = int(random() % 5);
        const int k = int(random() % kTrailLength); // index of the entry tampered with (sequence k + 1)
        const int from = (k / kCheckpointEvery) * kCheckpointEvery;
        QList<AuditEntry> tail = trail.mid(from);
        const int at = k - from;
        QString what;
        qint64 expectedFirstBad = k + 1; // or the entry right after it
        qint64 keptLast = 0; // for a cut tail: the last entry left
        switch (kind) {
        case 0: {
            what = QStringLiteral("edited the %1 of entry %2")
                       .arg(editField(tail[at], int(random() % 13), random))
                       .arg(k + 1);
            ++edits;
            break;
        }
        case 1:
            tail.removeAt(at);
            what = QStringLiteral("deleted entry %1").arg(k + 1);
            if (k == kTrailLength - 1) {
                keptLast = k;
                expectedFirstBad = 0;
            }
            ++deletions;
            break;
        case 2: {
            const int other = k + 1 + int(random() % qMin(50, kTrailLength - k));
            if (other >= kTrailLength) { // the last entry has nothing after it: swap with the one before
                tail.swapItemsAt(at - 1, at);
                expectedFirstBad = k;
                what = QStringLiteral("swapped entries %1 and %2").arg(k).arg(k + 1);
            } else {
                tail = trail.mid(from, other - from + 1) + trail.mid(other + 1);
                tail.swapItemsAt(at, other - from);
                what = QStringLiteral("swapped entries %1 and %2").arg(k + 1).arg(other + 1);
            }
            ++swaps;
            break;
        }
        case 3:
            tail.resize(at);
            keptLast = k;
            expectedFirstBad = 0;
            what = QStringLiteral("cut the trail after entry %1").arg(k);
            ++truncations;
            break;
        default: {
            // Someone who rewrites an entry and its hash without the key.
            QByteArray guessedKey = key;
            guessedKey[int(random() % guessedKey.size())] ^= 0x5a;
            tail[at].event.reason = QStringLiteral("nothing to see");
            sealAuditEntry(tail[at], tail[at].previousHash, guessedKey);
            what = QStringLiteral("rewrote entry %1 with a guessed key").arg(k + 1);
            ++forgeries;
            break;
        }
        }
        INFO(what.toStdString());

        AuditVerifier verifier = checkpoints[from / kCheckpointEvery];
        for (const AuditEntry &entry : std::as_const(tail)) {
            if (!verifier.add(entry))
                break;
        }
        const AuditVerdict verdict = verifier.finish();
        INFO(verdict.problem.toStdString());
        REQUIRE_FALSE(verdict.intact);
        REQUIRE_FALSE(verdict.problem.isEmpty());
        if (expectedFirstBad == 0) {
            REQUIRE(verdict.firstBad == 0);
            REQUIRE(
                verdict.problem.contains(QStringLiteral("entries up to %1 were written").arg(kTrailLength)));
            REQUIRE(verdict.problem.contains(
                keptLast == 0 ? QStringLiteral("empty") : QStringLiteral("ends at entry %1 ").arg(keptLast)));
        } else {
            REQUIRE((verdict.firstBad == expectedFirstBad || verdict.firstBad == expectedFirstBad + 1));
            REQUIRE(verdict.problem.contains(QStringLiteral("entry %1 ").arg(verdict.firstBad)));
        }

        if (round % 25 == 0) {
            const QList<AuditEntry> whole = trail.mid(0, from) + tail;
            const AuditVerdict fromStart = verifyAuditChain(whole, key, head);
            REQUIRE(fromStart.intact == verdict.intact);
            REQUIRE(fromStart.firstBad == verdict.firstBad);
            REQUIRE(fromStart.problem == verdict.problem);
        }
    }
    CHECK(edits + deletions + swaps + truncations + forgeries == kTamperings);
    CHECK(edits > 150);
    CHECK(deletions > 150);
    CHECK(swaps > 150);
    CHECK(truncations > 150);
    CHECK(forgeries > 150);
}

TEST_CASE("A cut-off tail is found only against the head, a head that names another entry is found too")
{
    const QByteArray key = testAuditKey();
    const QList<AuditEntry> trail = buildTrail(20, key);
    const QList<AuditEntry> cut = trail.mid(0, 15);

    // Without the head, the first 15 entries are a perfectly good trail.
    CHECK(verifyAuditChain(cut, key, std::nullopt).intact);

    const AuditVerdict verdict = verifyAuditChain(cut, key, headOf(trail));
    CHECK_FALSE(verdict.intact);
    CHECK(verdict.entries == 15);
    CHECK(verdict.problem == QStringLiteral("the trail ends at entry 15 but entries up to 20 were written"));

    const AuditVerdict empty = verifyAuditChain({}, key, headOf(trail));
    CHECK_FALSE(empty.intact);
    CHECK(empty.problem == QStringLiteral("the trail is empty but entries up to 20 were written"));

    // The head lagging behind the trail is normal (another program's head is written after its commit).
    CHECK(verifyAuditChain(trail, key, headOf(cut)).intact);

    // Cut at 15 and written again from there, to the same length: the head's hash differs.
    QList<AuditEntry> rewritten = cut;
    for (int n = 15; n < 20; ++n) {
        AuditEntry entry = trail[n];
        entry.event.reason = QStringLiteral("rewritten");
        sealAuditEntry(entry, rewritten.last().hash, key);
        rewritten << entry;
    }
    const AuditVerdict replaced = verifyAuditChain(rewritten, key, headOf(trail));
    CHECK_FALSE(replaced.intact);
    CHECK(replaced.firstBad == 20);
    CHECK(replaced.problem.startsWith(QStringLiteral("entry 20 is not the entry last written")));

    // The head's own check ties it to the key and its content.
    const AuditHead head = headOf(trail);
    AuditHead moved = head;
    moved.sequence = 15;
    CHECK(auditHeadMac(key, head) != auditHeadMac(key, moved));
    CHECK(auditHeadMac(key, head).size() == 64);
}

TEST_CASE("The command line's mark is sealed, and an entry without it keeps the hash it always had")
{
    const QByteArray key = testAuditKey();
    AuditEntry desk;
    desk.sequence = 1;
    desk.atUtc = QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
    desk.workstation = QStringLiteral("desk-3 (chairside)");
    desk.event.action = AuditAction::LogIn;
    desk.event.userName = QStringLiteral("admin");
    desk.event.result = AuditResult::Done;
    // Sealed by the format of schema 5, before the mark existed: those entries still verify.
    CHECK(auditEntryHash(key, auditGenesisHash(), desk)
        == QByteArrayLiteral("842df6f8728068989abd32be8c8f7f90fc6236dd3f1dae1cbcdcabcfadeb3d9c"));

    AuditEntry cli = desk;
    cli.event.fromCli = true;
    CHECK(auditEntryHash(key, auditGenesisHash(), cli) != auditEntryHash(key, auditGenesisHash(), desk));

    // Taking the mark off an entry (to show a script's log-in as the desk's) breaks the chain there.
    QList<AuditEntry> trail {desk, cli};
    trail[1].sequence = 2;
    sealAuditEntry(trail[0], auditGenesisHash(), key);
    sealAuditEntry(trail[1], trail[0].hash, key);
    CHECK(verifyAuditChain(trail, key, std::nullopt).intact);
    trail[1].event.fromCli = false;
    const AuditVerdict unmarked = verifyAuditChain(trail, key, std::nullopt);
    CHECK_FALSE(unmarked.intact);
    CHECK(unmarked.firstBad == 2);
}

TEST_CASE(
    "An entry's hash is HMAC-SHA-256 over the previous hash and the entry, in hex, whatever key came before")
{
    // The sealed trail outlives any program version: the hash is checked against Qt's own HMAC of the
    // documented message (the previous hash, length-prefixed, then the canonical content), for two keys
    // used one after the other, and the first again.
    const QByteArray firstKey = testAuditKey();
    QByteArray otherKey = firstKey;
    otherKey[0] = char(otherKey[0] ^ 0x5a);
    AuditEntry entry;
    entry.sequence = 7;
    entry.atUtc = QDateTime(QDate(2026, 12, 1), QTime(13, 0), Qt::UTC);
    entry.workstation = QStringLiteral("desk-1 (chairside)");
    entry.event = sampleAuditEvent(3);
    const QByteArray previous = auditGenesisHash();
    const auto expected = [&](const QByteArray &key) {
        QByteArray message;
        char length[8];
        qToBigEndian(quint64(previous.size()), length);
        message.append(length, sizeof length);
        message.append(previous);
        message.append(auditCanonicalContent(entry));
        return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256).toHex();
    };
    for (const QByteArray &key : {firstKey, otherKey, firstKey, firstKey}) {
        REQUIRE(auditEntryHash(key, previous, entry) == expected(key));
    }
    REQUIRE(expected(firstKey) != expected(otherKey));
}
