#pragma once

#include <QHash>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace chairside {

/// The prepared statements of one connection that nobody is using, kept by their SQL text, so that a
/// statement made again (a SqlQuery or SqliteStatement built in a function called thousands of times)
/// skips SQLite's parse and plan. A statement is taken while in use and given back when done; two in
/// use at once are two statements.
///
/// Shared by the statements it lends: a statement given back after its connection closed is finalized
/// rather than kept.
class StatementPool final
{
public:
    explicit StatementPool(sqlite3 *handle);
    ~StatementPool();
    Q_DISABLE_COPY_MOVE(StatementPool)

    sqlite3 *handle() const { return m_handle; }
    /// An idle statement for `sql`, or a newly prepared one; null with `code` set when SQLite cannot
    /// prepare it.
    sqlite3_stmt *take(const QString &sql, int &code);
    /// Takes `statement` back (reset, its values unbound) to lend again.
    void give(const QString &sql, sqlite3_stmt *statement);
    /// Finalizes every idle statement; from now on what is given back is finalized at once.
    void close();
    /// The connection was let go while statements were still lent (its close failed for them): closes
    /// it when the last of them comes back, so that it is not left open for good.
    void closeConnectionWhenReturned();
    /// How many statements are lent out now.
    int lent() const { return m_lent; }

private:
    sqlite3 *m_handle;
    QHash<QString, sqlite3_stmt *> m_idle;
    bool m_open = true;
    int m_lent = 0;
    bool m_closeConnection = false;
};

} // namespace chairside
