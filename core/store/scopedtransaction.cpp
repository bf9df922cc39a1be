#include "scopedtransaction.h"

#include "database.h"

namespace chairside {

ScopedTransaction::ScopedTransaction(Database &db, Kind kind)
    : m_db(db)
    , m_depth(db.m_transactionDepth)
{
    if (m_depth == 0 && kind == Kind::Write)
        m_db.execute(QStringLiteral("BEGIN IMMEDIATE"), "start a write to the database");
    else if (m_depth == 0)
        m_db.execute(QStringLiteral("BEGIN"), "start reading the database");
    else
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
    try {
        if (m_depth == 0) {
            m_db.execute(QStringLiteral("ROLLBACK"), "undo an unfinished write");
        } else {
            m_db.execute(QStringLiteral("ROLLBACK TO chairside_%1").arg(m_depth), "undo part of a write");
            m_db.execute(QStringLiteral("RELEASE chairside_%1").arg(m_depth), "undo part of a write");
        }
    } catch (...) {
        // SQLite has already rolled back when a statement failed so badly that there is nothing to undo.
    }
}

void ScopedTransaction::commit()
{
    ChangeList changes;
    if (m_depth == 0) {
        // In the same transaction as the changes it names: every program on the file hears of a
        // commit exactly when it happens, and of nothing that rolled back.
        changes = m_db.journalChanges();
        m_db.execute(QStringLiteral("COMMIT"), "save the change to the database");
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

} // namespace chairside
