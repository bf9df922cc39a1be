#include "database.h"

#include "changejournal.h"
#include "changetracker.h"
#include "common/error.h"
#include "databaselocation.h"
#include "pgconnection.h"
#include "scopedtransaction.h"
#include "sqlquery.h"
#include "statementpool.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

#include <sqlite3.h>

namespace chairside {

namespace {

/// How much of a savepoint's undo record is kept in memory before it goes to a temporary file: a
/// message's savepoint in an import copies some thirty pages (120 KiB) before changing them.
constexpr int kSavepointJournalBytes = 1 << 20;

/// SQLite's process-wide settings, made once before the first connection opens (SQLite refuses them
/// afterwards, harmlessly). Its memory statistics take a global lock on every allocation the statements
/// make and are read nowhere. A savepoint's undo record is kept in memory in one block up to
/// kSavepointJournalBytes (with temp_store = FILE, below): with temp_store = MEMORY it is kept in blocks
/// of 1 KiB, four allocations for every page copied, made and freed again by every savepoint.
void configureSqlite()
{
    static const bool configured = [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        sqlite3_config(SQLITE_CONFIG_STMTJRNL_SPILL, kSavepointJournalBytes);
        return true;
    }();
    Q_UNUSED(configured);
}

QString migrationPath(int version)
{
    return QStringLiteral(":/chairside/schema/schema-%1.sql").arg(version);
}

/// PostgreSQL's files: schema-N.sql from the baseline on, grants.sql after every step, session.sql for
/// every connection (resources/schema/postgresql).
QString postgreSqlPath(const QString &name)
{
    return QStringLiteral(":/chairside/schema/postgresql/%1").arg(name);
}

QString builtInText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(Error::Kind::Store,
            QStringLiteral("Could not read the built-in schema file %1.")
                .arg(path.section(QLatin1Char('/'), -2)));
    }
    return QString::fromUtf8(file.readAll());
}

/// The keys of the transaction-scoped advisory locks on PostgreSQL: one for writes (writers take turns,
/// as on SQLite), one for migrations. Any two numbers nobody else uses on the database.
constexpr qint64 kWriteLockKey = 0x4368616972736964; // "Chairsid"
constexpr qint64 kMigrationLockKey = 0x4368616972536368; // "ChairSch"

/// Splits a migration file into statements. Statements end with ';' at the end of a line; a
/// CREATE TRIGGER runs until its "END;". Comment lines are dropped.
QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("--")))
            continue;
        if (current.isEmpty())
            inTrigger = line.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive);
        current += rawLine + QLatin1Char('\n');
        const bool ends = inTrigger ? line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                                    : line.endsWith(QLatin1Char(';'));
        if (ends) {
            statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("chairside-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString errorText(const QSqlError &error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

/// Reads the schema version without writing anything, so that a newer file is refused untouched.
int peekVersion(const QString &path)
{
    if (path == QLatin1String(":memory:") || !QFileInfo::exists(path) || QFileInfo(path).size() == 0)
        return 0;
    const QString name = nextConnectionName();
    int version = -1;
    QString failure;
    {
        configureSqlite();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(Database::kBusyTimeoutMs));
        if (!db.open()) {
            failure = errorText(db.lastError());
        } else {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
                version = query.value(0).toInt();
            else
                failure = errorText(query.lastError());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (version < 0) {
        throw Error(Error::Kind::Store,
            QStringLiteral(
                "Could not read the database %1: %2. Check that it is a Chairside database and that "
                "you may read it.")
                .arg(QDir::toNativeSeparators(path), failure));
    }
    return version;
}

/// A new database file is created readable and writable by its owner only, before SQLite opens it:
/// SQLite gives the -wal and -shm files it makes the database file's mode, so they follow. An existing
/// file keeps its group's access, which an administrator may have granted the desks' accounts on purpose,
/// but loses everyone else's when it is ours to change: patients' records are never world-readable.
void restrictAccess(const QString &path)
{
    constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QFile file(path);
    if (!file.exists()) {
        // NewOnly: another program creating the same file at this moment keeps its own.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly) && !file.exists()) {
            throw Error(Error::Kind::Store,
                QStringLiteral("Could not create the database %1: %2. Check the folder's permissions.")
                    .arg(QDir::toNativeSeparators(path), file.errorString()));
        }
        file.close();
        return;
    }
#ifdef Q_OS_UNIX
    constexpr QFileDevice::Permissions others
        = QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    const QFileDevice::Permissions permissions = file.permissions();
    if ((permissions & others) && QFileInfo(path).ownerId() == ::geteuid()) {
        if (!file.setPermissions(permissions & ~others)) {
            // Not a reason to keep the desk from working (some network file systems refuse modes), but
            // an administrator should hear of it.
            qWarning("Chairside could not make the database %s unreadable to other accounts: %s",
                qUtf8Printable(QDir::toNativeSeparators(path)), qUtf8Printable(file.errorString()));
        }
    }
#endif
}

} // namespace

int Database::latestVersion()
{
    static const int latest = [] {
        int version = 0;
        while (QFile::exists(migrationPath(version + 1)))
            ++version;
        return version;
    }();
    return latest;
}

QString Database::defaultPath()
{
    return DatabaseLocation::resolve({});
}

Database::Database(const QString &path, int migrateTo)
    : m_path(path)
    , m_connectionName(nextConnectionName())
{
    if (latestVersion() == 0)
        throw Error(
            Error::Kind::Store, QStringLiteral("This build of Chairside carries no database schema."));
    if (PgConnection::isAddress(path)) {
        openPostgreSql(migrateTo);
        return;
    }

    const int found = peekVersion(path);
    if (found > latestVersion()) {
        throw Error(Error::Kind::Newer,
            QStringLiteral(
                "The database %1 was written by a newer Chairside (schema version %2; this program knows "
                "up to %3). It was left untouched. Open it with the newer Chairside.")
                .arg(QDir::toNativeSeparators(path))
                .arg(found)
                .arg(latestVersion()));
    }

    if (path != QLatin1String(":memory:")) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath())) {
            throw Error(Error::Kind::Store,
                QStringLiteral("Could not create the folder %1 for the database. Check its permissions.")
                    .arg(QDir::toNativeSeparators(info.absolutePath())));
        }
        restrictAccess(path);
    }

    configureSqlite();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!m_db.open()) {
        const QString failure = errorText(m_db.lastError());
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw Error(Error::Kind::Store,
            QStringLiteral("Could not open the database %1: %2. Check the path and its permissions.")
                .arg(QDir::toNativeSeparators(path), failure));
    }

    try {
        const QVariant handle = m_db.driver()->handle();
        if (qstrcmp(handle.typeName(), "sqlite3*") != 0 || !handle.constData())
            throw Error(Error::Kind::Store, QStringLiteral("The database connection is not an SQLite one."));
        m_handle = *static_cast<sqlite3 *const *>(handle.constData());
        m_pool = std::make_shared<StatementPool>(m_handle);
        configure();
        const int current = version();
        m_versionAtOpen = current;
        if (current < migrateTo)
            migrate(current, std::min(migrateTo, latestVersion()));
        // Hooked after the migration: a schema step is no news to anyone.
        if (version() >= 5) {
            m_tracker = std::make_unique<ChangeTracker>(m_handle, m_transactionDepth);
            m_journal = std::make_unique<ChangeJournal>(*this);
        }
    } catch (...) {
        m_journal.reset();
        m_tracker.reset();
        if (m_pool)
            m_pool->close();
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw;
    }
}

Database::~Database()
{
    // The journal's statements and the hooks go before the connection they belong to.
    m_journal.reset();
    m_tracker.reset();
    m_pg.reset();
    if (m_pool)
        m_pool->close();
    if (m_db.isValid()) {
        // Qt's close fails for statements still lent out (a SqlQuery kept past its Database) and lets go
        // of the connection anyway: the pool closes it when they come back.
        if (m_pool && m_pool->lent() > 0)
            m_pool->closeConnectionWhenReturned();
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString Database::displayName() const
{
    return m_pg ? m_pg->displayName() : QDir::toNativeSeparators(m_path);
}

void Database::openPostgreSql(int migrateTo)
{
    m_pg = std::make_unique<PgConnection>(m_path);
    // A statement outside any transaction on a lost connection connects again first (within the backoff).
    m_pg->setReconnect([this] { return ensureConnected(); });
    try {
        configurePostgreSql();
        const int current = version();
        m_versionAtOpen = current;
        if (current > latestVersion()) {
            throw Error(Error::Kind::Newer,
                QStringLiteral("The database on the server %1 was made by a newer Chairside (schema version "
                               "%2; this program knows up to %3). It was left untouched. Use the newer "
                               "Chairside.")
                    .arg(displayName())
                    .arg(current)
                    .arg(latestVersion()));
        }
        if (current < migrateTo)
            migratePostgreSql(std::min(migrateTo, latestVersion()));
        // Which tables' ids the server makes: an INSERT into one returns the id it made.
        QHash<QString, QString> identity;
        const PgResult columns = m_pg->run(
            QStringLiteral(
                "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = "
                "current_schema() AND is_identity = 'YES'"),
            "read the tables' definitions");
        for (int row = 0; row < columns.rows(); ++row)
            identity.insert(columns.value(row, 0).toString(), columns.value(row, 1).toString());
        m_pg->setIdentityColumns(identity);
        m_pg->run(builtInText(postgreSqlPath(QStringLiteral("session.sql"))), "prepare the connection");
        m_journal = std::make_unique<ChangeJournal>(*this);
    } catch (...) {
        m_journal.reset();
        m_pg.reset();
        throw;
    }
}

void Database::configurePostgreSql()
{
    // A write waits for another desk's as long as on SQLite, then says the database is busy; a
    // transaction left open by a stuck program lets go of its locks after a minute.
    m_pg->run(QStringLiteral("SET lock_timeout = '%1ms'; SET idle_in_transaction_session_timeout = '60s'; "
                             "LISTEN chairside_changes")
                  .arg(kBusyTimeoutMs),
        "prepare the connection");
}

void Database::migratePostgreSql(int toVersion)
{
    if (toVersion < kPostgreSqlBaseline) {
        throw Error(Error::Kind::Store,
            QStringLiteral("A database on a server starts at schema version %1; version %2 exists only in "
                           "database files.")
                .arg(kPostgreSqlBaseline)
                .arg(toVersion));
    }
    try {
        m_pg->run(QStringLiteral("BEGIN; SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLockKey),
            "start bringing the database up to date");
        try {
            // Read again under the lock: another workstation may have migrated meanwhile.
            const int current = version();
            if (current < toVersion) {
                if (current < kPostgreSqlBaseline) {
                    m_pg->run(
                        builtInText(postgreSqlPath(QStringLiteral("schema-%1.sql").arg(kPostgreSqlBaseline))),
                        "create the database's tables");
                }
                for (int step = std::max(current, kPostgreSqlBaseline) + 1; step <= toVersion; ++step) {
                    m_pg->run(builtInText(postgreSqlPath(QStringLiteral("schema-%1.sql").arg(step))),
                        "bring the database's tables up to date");
                }
                m_pg->run(
                    builtInText(postgreSqlPath(QStringLiteral("grants.sql"))), "grant the desks' rights");
                m_pg->run(QStringLiteral("UPDATE schema_version SET version = %1").arg(toVersion),
                    "record the schema version");
            }
            m_pg->run(QStringLiteral("COMMIT"), "save the database's new schema");
        } catch (...) {
            try {
                m_pg->run(QStringLiteral("ROLLBACK"), "undo the unfinished schema step");
            } catch (...) {
                // The connection is gone: the server has rolled back.
            }
            throw;
        }
    } catch (const Error &error) {
        if (error.kind() != Error::Kind::Store)
            throw;
        throw Error(Error::Kind::Store,
            QStringLiteral("Could not bring the database on the server %1 to schema version %2, so nothing "
                           "was changed: %3 Its owner brings it up to date with chairside-cli migrate.")
                .arg(displayName())
                .arg(toVersion)
                .arg(error.message()));
    }
}

QString Database::beginStatement(bool write) const
{
    if (!m_pg)
        return write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    // Writers take turns, as on SQLite: each statement of a write sees every write committed before it
    // began, so a rule checked inside it (the chair is free, a visit is left) still holds at its commit.
    // The exclusion constraint on appointments stands behind that for any other writer. A read sees one
    // snapshot from its first statement on, as on SQLite.
    if (write)
        return QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED; SELECT pg_advisory_xact_lock(%1)")
            .arg(kWriteLockKey);
    return QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ");
}

ChangeTracker::Collected Database::collectPostgreSqlChanges()
{
    // The triggers of schema-17.sql noted every row the transaction changed in this connection's
    // temporary table (session.sql), once each, with where an appointment was before; a savepoint rolled
    // back took its rows with it. A change to the set-up tables is noted as 'everything'.
    const PgResult changed = m_pg->run(
        QStringLiteral("DELETE FROM pg_temp.chairside_changed RETURNING tbl, row_id, had_place, old_center, "
                       "old_start"),
        "collect what the change changed");
    static const QHash<QString, ChangeTracker::Table> tables {
        {QStringLiteral("appointment"), ChangeTracker::Table::Appointment},
        {QStringLiteral("patient"), ChangeTracker::Table::Patient},
        {QStringLiteral("coverage"), ChangeTracker::Table::Coverage},
        {QStringLiteral("order"), ChangeTracker::Table::Order},
        {QStringLiteral("authorization"), ChangeTracker::Table::Authorization},
        {QStringLiteral("interface_message"), ChangeTracker::Table::InterfaceMessage},
    };
    ChangeTracker::Collected collected;
    if (changed.rows() > ChangeTracker::kBulkRows) {
        collected.everything = true;
        return collected;
    }
    for (int i = 0; i < changed.rows(); ++i) {
        const auto table = tables.constFind(changed.value(i, 0).toString());
        if (table == tables.constEnd()) {
            collected.everything = true;
            collected.rows.clear();
            return collected;
        }
        collected.rows.append(
            {*table, changed.value(i, 1).toLongLong(), changed.value(i, 2).toLongLong() != 0,
                changed.value(i, 3).toLongLong(), changed.value(i, 4).toLongLong()});
    }
    return collected;
}

qint64 Database::dataVersion()
{
    if (!m_pg) {
        SqlQuery query(*this, QStringLiteral("PRAGMA data_version"), "check the database for changes");
        query.exec();
        return query.next() ? query.value(0).toLongLong() : 0;
    }
    // The journal's newest seq: writers take turns, so seqs are given in the order of the commits. The
    // notifications (the connection LISTENs) only wake a watcher at once (notificationSocket()); they are
    // read here so that they do not pile up.
    if (!ensureConnected())
        throw connectionLostError();
    m_pg->takeNotifications("chairside_changes");
    const PgResult newest = m_pg->run(
        QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log"), "check the database for changes");
    return newest.value(0, 0).toLongLong();
}

bool Database::isConnected() const
{
    return !m_pg || m_pg->isConnected();
}

bool Database::ensureConnected()
{
    if (!m_pg || m_pg->isConnected())
        return true;
    // Never inside a transaction: the server has already rolled it back, and its ScopedTransaction is
    // still to hear of it.
    if (m_transactionDepth > 0)
        return false;
    if (m_sinceReconnectTry.isValid() && m_sinceReconnectTry.elapsed() < m_reconnectDelayMs)
        return false;
    m_sinceReconnectTry.start();
    constexpr int kFirstDelayMs = 500;
    constexpr int kLongestDelayMs = 5000;
    m_reconnectDelayMs
        = std::min(kLongestDelayMs, m_reconnectDelayMs == 0 ? kFirstDelayMs : 2 * m_reconnectDelayMs);
    if (!m_pg->reconnect())
        return false;
    try {
        configurePostgreSql();
        m_pg->run(builtInText(postgreSqlPath(QStringLiteral("session.sql"))), "prepare the connection");
    } catch (const Error &error) {
        qWarning("Chairside connected to %s again but could not set the connection up: %s",
            qUtf8Printable(displayName()), qUtf8Printable(error.message()));
        return false;
    }
    m_reconnectDelayMs = 0;
    m_sinceReconnectTry.invalidate();
    qInfo("Chairside is connected to %s again.", qUtf8Printable(displayName()));
    announce({Change {0, Change::Entity::Everything, 0, 0, {}}});
    return true;
}

int Database::notificationSocket() const
{
    return m_pg ? m_pg->socket() : -1;
}

void Database::afterCommit(std::function<void()> callback, const QString &latestOnly)
{
    if (m_transactionDepth == 0) {
        callback();
        return;
    }
    // A callback of the same key given earlier at this depth is superseded: whatever undoes one undoes
    // both. Kept out, it would make a transaction that records thousands hold thousands.
    if (!latestOnly.isEmpty()) {
        for (auto p = m_afterCommit.rbegin(); p != m_afterCommit.rend() && p->depth == m_transactionDepth;
             ++p) {
            if (p->latestOnly == latestOnly) {
                m_afterCommit.erase(std::next(p).base());
                break;
            }
        }
    }
    m_afterCommit.push_back({m_transactionDepth, std::move(callback), latestOnly});
}

void Database::dropCallbacksAbove(int depth)
{
    if (m_tracker)
        m_tracker->dropAbove(depth);
    // Given in time order, so those of savepoints deeper than `depth` are the tail.
    while (!m_afterCommit.empty() && m_afterCommit.back().depth > depth)
        m_afterCommit.pop_back();
}

void Database::keepCallbacksAt(int depth)
{
    if (m_tracker)
        m_tracker->keepAt(depth);
    // Only the tail can be deeper than `depth` (see dropCallbacksAbove). A keyed callback lowered onto
    // one of the same key at `depth` supersedes it, as in afterCommit().
    auto first = m_afterCommit.end();
    while (first != m_afterCommit.begin() && std::prev(first)->depth > depth)
        --first;
    for (auto p = first; p != m_afterCommit.end(); ++p) {
        p->depth = depth;
        if (p->latestOnly.isEmpty())
            continue;
        for (auto q = first; q != m_afterCommit.begin() && std::prev(q)->depth == depth;) {
            --q;
            if (q->latestOnly == p->latestOnly && q->callback) {
                q->callback = nullptr; // superseded; erased below
                break;
            }
        }
    }
    std::erase_if(m_afterCommit, [](const PendingCallback &pending) { return !pending.callback; });
}

void Database::runCallbacks()
{
    // Taken first: a callback may open a transaction of its own and give callbacks in turn.
    std::vector<PendingCallback> pending;
    pending.swap(m_afterCommit);
    // Only the last due of each latestOnly key runs.
    QSet<QString> seen;
    for (auto p = pending.rbegin(); p != pending.rend(); ++p) {
        if (p->latestOnly.isEmpty())
            continue;
        if (seen.contains(p->latestOnly))
            p->callback = nullptr;
        else
            seen.insert(p->latestOnly);
    }
    for (PendingCallback &p : pending) {
        if (p.callback)
            p.callback();
    }
}

ChangeList Database::journalChanges()
{
    if (!m_journal || (!m_tracker && !m_pg))
        return {};
    const ChangeTracker::Collected collected = m_pg ? collectPostgreSqlChanges() : m_tracker->take();
    if (collected.isEmpty())
        return {};
    return m_journal->write(collected);
}

void Database::announce(const ChangeList &changes)
{
    if (changes.isEmpty())
        return;
    // Copied: a listener may add or remove listeners.
    const auto listeners = m_listeners;
    for (const auto &listener : listeners)
        listener.second(changes);
}

int Database::addChangeListener(ChangeListener listener)
{
    const int id = m_nextListener++;
    m_listeners.emplace_back(id, std::move(listener));
    return id;
}

void Database::removeChangeListener(int id)
{
    std::erase_if(m_listeners, [id](const auto &listener) { return listener.first == id; });
}

void Database::announceAutocommitted()
{
    if (m_transactionDepth > 0)
        return;
    if (m_pg) {
        // Nothing can wait in a lost connection's table (it went with the session).
        if (!ensureConnected())
            return;
        // What statements outside a transaction changed waits in the session's table (session.sql).
        const PgResult waiting
            = m_pg->run(QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_temp.chairside_changed)"),
                "check for unannounced changes");
        if (waiting.value(0, 0).toLongLong() == 0)
            return;
    } else if (!m_tracker || !m_tracker->hasAutocommitted()) {
        return;
    }
    // The commit journals and announces what was kept aside.
    ScopedTransaction transaction(*this);
    transaction.commit();
}

void Database::execute(const QString &sql, const char *what)
{
    if (m_pg)
        m_pg->run(sql, what);
    else
        SqlQuery(*this, sql, what).exec();
}

int Database::version() const
{
    if (m_pg) {
        const PgResult found = m_pg->run(
            QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL"), "read the schema version");
        if (found.value(0, 0).toLongLong() == 0)
            return 0;
        const PgResult row
            = m_pg->run(QStringLiteral("SELECT max(version) FROM schema_version"), "read the schema version");
        return int(row.value(0, 0).toLongLong());
    }
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        throw Error(Error::Kind::Store,
            QStringLiteral("Could not read the schema version: %1.").arg(errorText(query.lastError())));
    }
    return query.value(0).toInt();
}

int Database::waitForLock(void *database, int attempt)
{
    // SQLite's own handler sleeps longer and longer between its tries, a tenth of a second at the end.
    // A desk waiting behind several others then misses the moments the lock is free, while a desk that
    // has just committed takes it again at once: under sixteen busy desks one waited past the timeout
    // and was told the file was busy (chairside-race). Short sleeps of 1-2 ms give every waiting desk
    // its chance at each of those moments; the random part keeps the waiters from waking in step.
    auto *db = static_cast<Database *>(database);
    if (attempt == 0)
        db->m_lockWait.start();
    if (db->m_lockWait.elapsed() >= kBusyTimeoutMs)
        return 0;
    QThread::usleep(1000 + QRandomGenerator::global()->bounded(1000));
    return 1;
}

void Database::configure()
{
    execute(QStringLiteral("PRAGMA foreign_keys = ON"), "turn on foreign keys");
    // In place of SQLite's busy timeout (set when Qt opened the connection): see waitForLock().
    if (sqlite3_busy_handler(m_handle, &Database::waitForLock, this) != SQLITE_OK)
        throw Error(
            Error::Kind::Store, QStringLiteral("Could not set how the database waits for other desks."));
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next()) {
        throw Error(Error::Kind::Store,
            QStringLiteral("Could not switch the database to write-ahead logging: %1.")
                .arg(errorText(query.lastError())));
    }
    const QString mode = query.value(0).toString().toLower();
    query.finish();
    if (mode != QLatin1String("wal") && mode != QLatin1String("memory")) {
        throw Error(Error::Kind::Store,
            QStringLiteral(
                "The database stayed in %1 journal mode instead of write-ahead logging; it may be on a "
                "network or read-only file system.")
                .arg(mode));
    }
    // A committed check-in must survive a power cut.
    execute(QStringLiteral("PRAGMA synchronous = FULL"), "make commits durable");
    execute(QStringLiteral("PRAGMA cache_size = -%1").arg(kPageCacheKibibytes), "size the page cache");
    // Temporary tables stay in the page cache and reach a file only when they outgrow it; savepoints'
    // undo records stay in memory up to kSavepointJournalBytes (see configureSqlite).
    execute(QStringLiteral("PRAGMA temp_store = FILE"), "let temporary data reach a file when large");
}

QString Database::withoutListChecks(const QString &tableSql)
{
    // A column, then IN and a list of at least three quoted values (none holding a quote).
    static const QRegularExpression list(
        QStringLiteral(R"((\w+)\s+IN\s*\(\s*('[^']*'(?:\s*,\s*'[^']*'){2,})\s*\))"));
    static const QRegularExpression value(QStringLiteral(R"('[^']*')"));
    QString rewritten;
    qsizetype from = 0;
    for (auto match = list.globalMatch(tableSql); match.hasNext();) {
        const QRegularExpressionMatch found = match.next();
        QStringList comparisons;
        for (auto values = value.globalMatch(found.capturedView(2)); values.hasNext();)
            comparisons << found.captured(1) + QStringLiteral(" = ") + values.next().captured();
        rewritten += QStringView(tableSql).mid(from, found.capturedStart() - from);
        rewritten += QLatin1Char('(') + comparisons.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        from = found.capturedEnd();
    }
    return rewritten + QStringView(tableSql).mid(from);
}

void Database::rewriteListChecks()
{
    QList<std::pair<QString, QString>> changed;
    {
        SqlQuery tables(*this, QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'table'"),
            "read the tables' definitions");
        tables.exec();
        while (tables.next()) {
            const QString sql = tables.value(1).toString();
            const QString rewritten = withoutListChecks(sql);
            if (rewritten != sql)
                changed.append({tables.value(0).toString(), rewritten});
        }
    }
    if (changed.isEmpty())
        return;
    qint64 schemaVersion = 0;
    {
        // Moving the version back would leave other connections on a schema they think current: without
        // the version read, nothing is rewritten (the migration's transaction rolls back).
        SqlQuery read(*this, QStringLiteral("PRAGMA schema_version"), "read the schema's version");
        read.exec();
        if (!read.next()) {
            throw Error(Error::Kind::Store,
                QStringLiteral(
                    "Could not read the schema's version to rewrite its checks. Nothing was changed."));
        }
        schemaVersion = read.value(0).toLongLong();
    }
    execute(QStringLiteral("PRAGMA writable_schema = ON"), "allow the checks to be rewritten");
    for (const auto &[name, sql] : std::as_const(changed)) {
        SqlQuery update(*this,
            QStringLiteral("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = ?"),
            "rewrite a table's checks");
        update.exec({sql, name});
    }
    execute(QStringLiteral("PRAGMA writable_schema = OFF"), "end the rewriting of checks");
    // Every connection, this one included, reads the schema again when its version has moved on.
    execute(QStringLiteral("PRAGMA schema_version = %1").arg(schemaVersion + 1), "move the schema on");
}

void Database::migrate(int fromVersion, int toVersion)
{
    ScopedTransaction transaction(*this);
    for (int version = fromVersion + 1; version <= toVersion; ++version) {
        QFile file(migrationPath(version));
        if (!file.open(QIODevice::ReadOnly)) {
            throw Error(Error::Kind::Store,
                QStringLiteral("Could not read the built-in schema step %1.").arg(version));
        }
        const QStringList statements = splitStatements(QString::fromUtf8(file.readAll()));
        for (const QString &statement : statements) {
            QSqlQuery query(m_db);
            if (!query.exec(statement)) {
                throw Error(Error::Kind::Store,
                    QStringLiteral(
                        "Could not bring the database to schema version %1: %2. Nothing was changed.")
                        .arg(version)
                        .arg(errorText(query.lastError())));
            }
        }
        if (version == kListChecksVersion)
            rewriteListChecks();
    }
    execute(QStringLiteral("PRAGMA user_version = %1").arg(toVersion), "record the schema version");
    transaction.commit();
}

} // namespace chairside
