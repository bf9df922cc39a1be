#pragma once

#include "change.h"
#include "changetracker.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QString>

#include <climits>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

struct sqlite3;

namespace chairside {

class ChangeJournal;
class ChangeTracker;
class PgConnection;
class StatementPool;

/// One open database, migrated to this program's version: an SQLite file (WAL, synchronous=FULL,
/// foreign keys on, a busy timeout; each Database has its own named Qt Sql connection, so a process may
/// hold several, as two desks would) or, for an address such as postgresql://desk1@server/center, a
/// connection to a PostgreSQL server shared by several workstations (PgConnection).
///
/// The store's SQL is one text for both. What a backend needs of its own lives here, once: how a write
/// begins (SQLite's BEGIN IMMEDIATE; on PostgreSQL a transaction-scoped advisory lock, so that writers
/// take turns as they do on SQLite and every rule checked inside a write still holds at its commit),
/// how the schema is migrated, how changes are collected for the journal and how other programs'
/// commits are heard of (dataVersion()).
class Database final
{
public:
    enum class Backend
    {
        Sqlite,
        PostgreSql,
    };

    /// The newest schema this program knows.
    static int latestVersion();
    /// A table's definition with every CHECK of a column against a list of three or more quoted values
    /// written as comparisons joined by OR (the same values allowed, no table built to check them); the
    /// rest of the text as it was. Schema 13's step.
    static QString withoutListChecks(const QString &tableSql);

    /// How long a statement waits for another desk's write to finish before it reports the file busy.
    /// A check-in holds the write lock for a millisecond or two; five seconds is a queue of thousands.
    static constexpr int kBusyTimeoutMs = 5000;

    /// The connection's page cache, in KiB. It holds the lookup's name index and the day's appointments
    /// between keystrokes, and the paperwork of every patient the readiness queue lists between its
    /// refreshes (about 36 MB at a 60-chair center; a smaller cache reads all of it again each time).
    /// The memory is taken only as pages are read.
    static constexpr int kPageCacheKibibytes = 48 * 1024;

    /// Opens (creating when missing, readable by its owner only) and migrates. Throws Error::Newer for a
    /// file written by a newer program, leaving it untouched, and Error::Store when the file cannot be
    /// opened or migrated.
    explicit Database(const QString &path, int migrateTo = latestVersion());
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    Backend backend() const { return m_pg ? Backend::PostgreSql : Backend::Sqlite; }
    bool isPostgreSql() const { return m_pg != nullptr; }
    /// The server connection; null for an SQLite file.
    PgConnection *pg() const { return m_pg.get(); }
    /// Where the data is, for the status bar and messages: the file's path, or user@host:port/dbname
    /// (never a password).
    QString displayName() const;

    /// The first schema version a PostgreSQL database is made at (resources/schema/postgresql): its
    /// migrations are numbered as SQLite's from there on.
    static constexpr int kPostgreSqlBaseline = 17;

    /// A number that moves when another program's commit changed the data (SQLite's data_version; on
    /// PostgreSQL, the notifications of other connections' journaled commits): cheap, asked every few
    /// hundred milliseconds.
    qint64 dataVersion();
    /// Whether the server can be reached: true for an SQLite file; on PostgreSQL, false from the moment a
    /// statement found the connection lost until ensureConnected() has made it again.
    bool isConnected() const;
    /// PostgreSQL: when the connection was lost, tries to make it again, at most once per backoff step
    /// (0.5, 1, 2, 4 s, then every 5 s), so that a desk polling every few hundred milliseconds does not
    /// hammer a server that is restarting. Made again, it is set up as at the start and its listeners
    /// hear that everything changed (what others committed meanwhile was never announced). Returns
    /// whether the connection is up.
    bool ensureConnected();

    /// PostgreSQL: the connection's socket, readable when the server sends a notification (another
    /// program committed a change): a watcher waiting on it hears of the change at once, without polling.
    /// -1 for an SQLite file.
    int notificationSocket() const;

    QSqlDatabase &connection() { return m_db; }
    /// SQLite's own handle of the connection, for statements run on SQLite's interface (SqlQuery).
    sqlite3 *handle() const { return m_handle; }
    /// The connection's idle prepared statements (SqlQuery, SqliteStatement).
    const std::shared_ptr<StatementPool> &statementPool() const { return m_pool; }
    const QString &path() const { return m_path; }
    int version() const;
    /// The schema version the database had when this program opened it, before any migration (0: new).
    int versionAtOpen() const { return m_versionAtOpen; }

    /// Runs one statement that returns no rows, throwing Error::Store with `what` on failure.
    void execute(const QString &sql, const char *what);

    /// The default place: the user's data folder (QStandardPaths::AppDataLocation)/chairside.sqlite,
    /// unless CHAIRSIDE_DB names another file. Throws Error::BadData when CHAIRSIDE_DB is not a file path
    /// (DatabaseLocation).
    static QString defaultPath();

    /// How many ScopedTransactions are open on this connection; inner ones are savepoints.
    int transactionDepth() const { return m_transactionDepth; }
    /// Which write transaction is open, if the outermost transaction open is one: a number that changes
    /// each time an outermost transaction begins. What was read in one stays true until it ends (no other
    /// connection can write meanwhile) unless this connection changes it, so a cache of it can be kept
    /// while this number is the same.
    std::optional<quint64> writeTransaction() const
    {
        return m_transactionDepth > 0 && m_outermostWrites ? std::optional(m_outermostSerial) : std::nullopt;
    }

    /// Runs `callback` once the outermost transaction open now has committed, or at once when none is
    /// open; forgets it when that transaction, or the savepoint it was given in, rolls back. For work
    /// outside the database (a file beside it) that must follow the commit, never precede it. The
    /// callback must not throw: the commit has happened and cannot be taken back. Of the callbacks
    /// given one non-empty `latestOnly` key, only the last still due runs: for work where only the
    /// newest matters, such as the audit trail's head after a transaction that recorded thousands.
    void afterCommit(std::function<void()> callback, const QString &latestOnly = {});

    /// Hears what each transaction committed on this connection changed, as the change journal wrote
    /// it, right after the commit: collected by SQLite's hooks, so no writer has to announce anything.
    /// A listener must not throw. Returns an id for removeChangeListener().
    using ChangeListener = std::function<void(const ChangeList &)>;
    int addChangeListener(ChangeListener listener);
    void removeChangeListener(int id);

    /// The journal of every program's changes on this file; null below schema version 5.
    ChangeJournal *changeJournal() { return m_journal.get(); }

    /// Journals and announces what statements run outside any transaction committed by themselves.
    /// The store writes in transactions; this catches a write that does not, so that it is late rather
    /// than never heard of. Throws Error::Store when the journal cannot be written.
    void announceAutocommitted();

private:
    friend class ScopedTransaction;
    friend class SingleUndoPoint;

    struct PendingCallback
    {
        int depth; ///< the transaction depth it was given at
        std::function<void()> callback;
        QString latestOnly;
    };
    void dropCallbacksAbove(int depth);
    /// A savepoint released: what it was given now belongs to the transaction around it.
    void keepCallbacksAt(int depth);
    void runCallbacks();
    /// Writes the journal of the outermost transaction, just before its COMMIT.
    ChangeList journalChanges();
    void announce(const ChangeList &changes);

    void configure();
    void openPostgreSql(int migrateTo);
    void configurePostgreSql();
    void migratePostgreSql(int toVersion);
    /// The statement that begins an outermost transaction of this kind on this backend.
    QString beginStatement(bool write) const;
    ChangeTracker::Collected collectPostgreSqlChanges();
    /// The connection's busy handler: waits for another connection's write in short, slightly random
    /// sleeps, up to kBusyTimeoutMs in all (see database.cpp).
    static int waitForLock(void *database, int attempt);
    void migrate(int fromVersion, int toVersion);
    /// Schema 13's step (see resources/schema/schema-13.sql).
    void rewriteListChecks();
    static constexpr int kListChecksVersion = 13;

    QString m_path;
    int m_versionAtOpen = 0;
    QString m_connectionName;
    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
    std::shared_ptr<StatementPool> m_pool;
    int m_transactionDepth = 0;
    quint64 m_outermostSerial = 0;
    bool m_outermostWrites = false;
    QElapsedTimer m_lockWait; ///< since the current wait for another connection's lock began
    int m_singleUndoDepth
        = INT_MAX; ///< transactions opened at or below this depth are flat (SingleUndoPoint)
    bool m_singleUndoFailed = false;
    /// PostgreSQL: bit d set when the last savepoint chairside_d committed and was not yet released.
    /// RELEASE costs a round trip to the server, so it goes with the next savepoint made at that depth, or
    /// ends with the savepoint or the transaction around it (ScopedTransaction).
    quint64 m_unreleasedSavepoints = 0;
    std::vector<PendingCallback> m_afterCommit;
    std::unique_ptr<PgConnection> m_pg;
    QElapsedTimer m_sinceReconnectTry; ///< PostgreSQL: since the last try to connect again
    int m_reconnectDelayMs = 0;
    std::unique_ptr<ChangeTracker> m_tracker;
    std::unique_ptr<ChangeJournal> m_journal;
    std::vector<std::pair<int, ChangeListener>> m_listeners;
    int m_nextListener = 1;
};

} // namespace chairside
