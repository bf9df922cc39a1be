#pragma once

#include <QtGlobal>

namespace chairside {

class Database;

/// A transaction that rolls back unless committed, whichever way the scope is left. A write begins with
/// BEGIN IMMEDIATE, so a second writer waits at the start (within the busy timeout) instead of failing
/// half-way through; a read begins with a plain BEGIN, which takes no lock until it reads and gives its
/// statements one snapshot of the file. One opened inside another is a savepoint, so store calls
/// compose into one transaction, and a read inside a write sees what the write has done.
class ScopedTransaction final
{
public:
    enum class Kind
    {
        Write,
        Read,
    };

    explicit ScopedTransaction(Database &db, Kind kind = Kind::Write);
    ~ScopedTransaction();
    Q_DISABLE_COPY_MOVE(ScopedTransaction)

    /// Throws Error::Store when the commit fails; the transaction is rolled back then. The outermost
    /// commit then runs what Database::afterCommit was given. A read ends the same way: committing it
    /// releases its snapshot.
    void commit();

private:
    Database &m_db;
    int m_depth = 0;
    bool m_open = false;
    bool m_flat = false; ///< inside a SingleUndoPoint: no savepoint of its own
};

/// Makes the transaction open now the only point of undo for what is written inside it until this is
/// destroyed: transactions opened within record no savepoints of their own, so a write made of many
/// store calls (an interface message: the patient, the booking, the keys, three audit entries) costs
/// one savepoint rather than one per call. An inner transaction that ends without committing cannot be
/// undone alone, so it leaves the outer one unable to commit (its commit() throws Error::Store), and
/// the outer one is rolled back whole. For writes whose callers never go on after an inner failure.
class SingleUndoPoint final
{
public:
    explicit SingleUndoPoint(Database &db);
    ~SingleUndoPoint();
    Q_DISABLE_COPY_MOVE(SingleUndoPoint)

private:
    Database &m_db;
    int m_previousDepth;
    bool m_previousFailed;
};

} // namespace chairside
