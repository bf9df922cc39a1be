#pragma once

#include <QVariant>

#include <initializer_list>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace chairside {

class Database;
class StatementPool;

/// A prepared statement whose every failure becomes an Error::Store that says what was being done.
/// Prepared once and reused: keep it as a member, or take it from the store's StatementCache, where a
/// statement runs on a hot path.
///
/// It runs on SQLite's own interface, on the connection Qt Sql opened: Qt Sql's variant per bound value
/// and its row cache cost more than SQLite's own work on the store's short statements. Being the same
/// connection, it takes part in the connection's transactions and waits as long as its busy timeout.
/// Its statement comes from the connection's StatementPool and goes back there, so one made afresh for
/// every call costs no parse.
///
/// On a PostgreSQL server (Database::isPostgreSql) the same statement is prepared there once per
/// connection (PgConnection translates the placeholders) and its rows are read at once.
class SqlQuery final
{
public:
    SqlQuery(Database &db, const QString &sql, const char *what);
    ~SqlQuery();
    SqlQuery(SqlQuery &&other) noexcept;
    SqlQuery &operator=(SqlQuery &&) = delete;
    Q_DISABLE_COPY(SqlQuery)

    /// Binds the values positionally and executes up to the first row. Throws on failure. An invalid
    /// QVariant binds NULL; a null QString an empty text, as the NOT NULL columns expect.
    SqlQuery &exec(std::initializer_list<QVariant> values = {});
    SqlQuery &execList(const QVariantList &values);

    /// The next row; false at the end. Throws Error::Store when reading fails part-way (an I/O error, a
    /// damaged page), which would otherwise look like the end of the rows.
    bool next();
    /// A column of the current row: an integer as qlonglong, a real as double, text as QString, a blob
    /// as QByteArray, NULL as an invalid QVariant.
    QVariant value(int index) const;
    qint64 lastInsertId() const;
    /// The rows the last INSERT, UPDATE or DELETE run by this statement changed.
    int numRowsAffected() const { return m_changes; }
    /// Ends reading: a statement left mid-way holds a read snapshot open.
    void finish();

    int columnCount() const;
    /// The column of that name in the result, or -1.
    int columnIndex(const QString &name) const;

private:
    void bind(int position, const QVariant &value);
    void start();
    [[noreturn]] void fail(const char *stage, int code) const;

    struct PgState;
    void pgExec(const QVariantList &values);

    std::unique_ptr<PgState> m_pg; ///< on a PostgreSQL server: the prepared statement and its rows
    std::shared_ptr<StatementPool> m_pool;
    QString m_sql;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    const char *m_what;
    bool m_rowWaiting = false; ///< exec() stepped onto a row that next() has not handed out yet
    bool m_done = true;
    int m_changes = 0;
};

} // namespace chairside
