#pragma once

#include <QtGlobal>

namespace chairside {

class Database;

/// A write transaction that rolls back unless committed. The outermost begins with BEGIN IMMEDIATE,
/// so a second writer waits at the start (within the busy timeout) instead of failing half-way
/// through; one opened inside another is a savepoint, so store calls compose into one transaction.
class ScopedTransaction final
{
public:
    explicit ScopedTransaction(Database &db);
    ~ScopedTransaction();
    Q_DISABLE_COPY_MOVE(ScopedTransaction)

    /// Throws Error::Store when the commit fails; the transaction is rolled back then. The outermost
    /// commit then runs what Database::afterCommit was given.
    void commit();

private:
    Database &m_db;
    int m_depth = 0;
    bool m_open = false;
};

} // namespace chairside
