#include "scopedtransaction.h"

#include "common/error.h"
#include "database.h"
#include "pgconnection.h"

namespace chairside {

namespace {

/// Savepoints deeper than this are released at once (ScopedTransaction never nests that deep).
constexpr int kDeferredDepths = 63;

/// The bits of the depths `depth` and deeper.
quint64 atOrBelow(int depth)
{
    return depth > kDeferredDepths ? 0 : ~quint64(0) << depth;
}

} // namespace

ScopedTransaction::ScopedTransaction(Database &db, Kind kind)
    : m_db(db)
    , m_depth(db.m_transactionDepth)
{
    if (m_depth > 0 && m_depth >= m_db.m_singleUndoDepth)
        m_flat = true;
    else if (m_depth == 0) {
        // A server connection lost since the last write is made again first (within its backoff).
        if (!m_db.ensureConnected())
            throw connectionLostError();
        m_db.m_unreleasedSavepoints = 0;
        m_db.execute(m_db.beginStatement(kind == Kind::Write),
            kind == Kind::Write ? "start a write to the database" : "start reading the database");
        ++m_db.m_outermostSerial;
        m_db.m_outermostWrites = kind == Kind::Write;
    } else if (m_db.m_unreleasedSavepoints & atOrBelow(m_depth) & ~atOrBelow(m_depth + 1)) {
        // The savepoint of this depth before is let go of in the same round trip (and every deeper one
        // made after it with it); until now it stood around what followed it, harmlessly: nothing rolls
        // back to it, and a rollback to a savepoint made before it ends it too.
        m_db.execute(QStringLiteral("RELEASE chairside_%1; SAVEPOINT chairside_%1").arg(m_depth),
            "start a part of a write");
        m_db.m_unreleasedSavepoints &= ~atOrBelow(m_depth);
    } else
        m_db.execute(QStringLiteral("SAVEPOINT chairside_%1").arg(m_depth), "start a part of a write");
    ++m_db.m_transactionDepth;
    m_open = true;
}

ScopedTransaction::~ScopedTransaction()
{
    if (!m_open)
        return;
    --m_db.m_transactionDepth;
    // What was to follow this transaction's commit (or this savepoint's part of it) never happens.
    m_db.dropCallbacksAbove(m_depth);
    if (m_flat) {
        // Nothing of its own to roll back to: the single undo point around it must not commit.
        m_db.m_singleUndoFailed = true;
        return;
    }
    try {
        if (m_depth == 0) {
            m_db.m_unreleasedSavepoints = 0;
            m_db.execute(QStringLiteral("ROLLBACK"), "undo an unfinished write");
        } else {
            // Every savepoint made after this one goes with it, released or not.
            m_db.m_unreleasedSavepoints &= ~atOrBelow(m_depth);
            if (m_db.isPostgreSql()) {
                m_db.execute(QStringLiteral("ROLLBACK TO chairside_%1; RELEASE chairside_%1").arg(m_depth),
                    "undo part of a write");
            } else {
                m_db.execute(QStringLiteral("ROLLBACK TO chairside_%1").arg(m_depth), "undo part of a write");
                m_db.execute(QStringLiteral("RELEASE chairside_%1").arg(m_depth), "undo part of a write");
            }
        }
    } catch (...) {
        // SQLite has already rolled back when a statement failed so badly that there is nothing to undo.
    }
}

void ScopedTransaction::commit()
{
    if (m_flat) {
        m_open = false;
        --m_db.m_transactionDepth;
        m_db.keepCallbacksAt(m_depth);
        return;
    }
    if (m_db.m_singleUndoFailed && m_depth + 1 == m_db.m_singleUndoDepth) {
        throw Error(Error::Kind::Store,
            QStringLiteral("Could not save the change: a part of it failed and could not be undone alone."));
    }
    ChangeList changes;
    if (m_depth == 0) {
        // In the same transaction as the changes it names: every program on the file hears of a
        // commit exactly when it happens, and of nothing that rolled back.
        changes = m_db.journalChanges();
        m_db.execute(QStringLiteral("COMMIT"), "save the change to the database");
        m_db.m_unreleasedSavepoints = 0;
    } else if (m_db.isPostgreSql() && m_depth <= kDeferredDepths) {
        // Kept until the next savepoint at this depth, or the end of the one around it: one round trip
        // to the server fewer for every part of a write (a check-in has five).
        m_db.m_unreleasedSavepoints |= quint64(1) << m_depth;
    } else
        m_db.execute(QStringLiteral("RELEASE chairside_%1").arg(m_depth), "save part of a write");
    m_open = false;
    --m_db.m_transactionDepth;
    if (m_depth == 0) {
        m_db.runCallbacks();
        m_db.announce(changes);
    } else
        m_db.keepCallbacksAt(m_depth);
}

SingleUndoPoint::SingleUndoPoint(Database &db)
    : m_db(db)
    , m_previousDepth(db.m_singleUndoDepth)
    , m_previousFailed(db.m_singleUndoFailed)
{
    m_db.m_singleUndoDepth = m_db.m_transactionDepth;
    m_db.m_singleUndoFailed = false;
}

SingleUndoPoint::~SingleUndoPoint()
{
    m_db.m_singleUndoDepth = m_previousDepth;
    m_db.m_singleUndoFailed = m_previousFailed;
}

} // namespace chairside
