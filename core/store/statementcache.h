#pragma once

#include "sqlquery.h"

#include <QString>

#include <memory>
#include <unordered_map>

namespace chairside {

class Database;

/// The prepared statements of one connection, kept by their SQL text: a query asked for again skips
/// SQLite's parse and plan, which costs as much as reading a page of rows.
///
/// A statement is lent out with a Lease that resets it when the lease ends, however reading ended: a
/// statement left mid-way holds a read snapshot open, which would hide other desks' commits from this
/// connection and stop the WAL from being checkpointed.
class StatementCache final
{
public:
    explicit StatementCache(Database &db);
    ~StatementCache();
    Q_DISABLE_COPY_MOVE(StatementCache)

    class Lease final
    {
    public:
        Lease(SqlQuery &query, std::unique_ptr<SqlQuery> owned, bool *busy);
        ~Lease();
        Q_DISABLE_COPY_MOVE(Lease)

        SqlQuery &operator*() const { return m_query; }
        SqlQuery *operator->() const { return &m_query; }

    private:
        SqlQuery &m_query;
        std::unique_ptr<SqlQuery> m_owned; ///< a one-off copy, when the cached one was already lent
        bool *m_busy;
    };

    /// The statement for `sql`, prepared the first time it is asked for. `what` names the work in
    /// its errors ("read the patient"). A statement asked for again while still lent out (a caller
    /// reading inside another read of the same SQL) is prepared afresh for that use.
    Lease take(const QString &sql, const char *what);

private:
    struct Entry
    {
        SqlQuery query;
        bool busy = false;
    };

    Database &m_db;
    // Entries on the heap: a lease holds on to its entry while other statements are added.
    std::unordered_map<QString, std::unique_ptr<Entry>> m_statements;
};

} // namespace chairside
