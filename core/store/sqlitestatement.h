#pragma once

#include <QString>
#include <QVariantList>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace chairside {

class Database;
class SqlQuery;
class StatementPool;

/// A statement run on SQLite's own interface, on the connection Qt Sql opened: for the few hot paths where
/// Qt Sql's variant per value and its row cache cost more than SQLite's own work (the lookup reads a page
/// of patients on every keystroke; a bulk import writes a patient and its name keys in a few
/// microseconds). Being the same connection, it sees what this store wrote, takes part in its
/// transactions and waits as long as its busy timeout. Every other statement goes through SqlQuery.
///
/// Reset it when reading ends (reset(), or exec() again): a statement left mid-way holds a read
/// snapshot open. Keep it no longer than the Database.
///
/// On a PostgreSQL server it is an SqlQuery under the same interface, so that the hot paths' code is one.
class SqliteStatement final
{
public:
    /// Prepares `sql`; `what` names the work in errors ("look up the patient"). Throws Error::Store.
    SqliteStatement(Database &db, const QString &sql, const char *what);
    ~SqliteStatement();
    Q_DISABLE_COPY_MOVE(SqliteStatement)

    /// Binds the values positionally (text, integers; an invalid QVariant is NULL) and starts over.
    void exec(const QVariantList &values);
    /// The next row; false at the end. Throws Error::Store when SQLite fails.
    bool next();
    void reset();
    /// Binds, runs to the end and resets: a write. A broken constraint throws Error::Conflict.
    void run(const QVariantList &values);
    qint64 lastInsertId() const;
    /// The rows the last write run by this statement changed.
    int changes() const;

    qint64 integer(int column) const;
    bool isNull(int column) const;
    QString text(int column) const;

private:
    [[noreturn]] void fail(const char *stage, int code) const;

    std::unique_ptr<SqlQuery> m_query; ///< on a PostgreSQL server, the statement itself
    std::shared_ptr<StatementPool> m_pool; ///< where the statement comes from and goes back to
    QString m_sql;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    const char *m_what;
};

} // namespace chairside
