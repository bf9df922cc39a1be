#pragma once

#include <QString>
#include <QVariantList>

namespace chairside {
class Database;
}

namespace chairside::test {

/// Where a test's database lives. By default a file in the test's own temporary folder. When
/// CHAIRSIDE_TEST_POSTGRESQL names a PostgreSQL server (postgresql://user@host:port/maintenance-db, or
/// postgresql:// with the PG* variables pg_virtualenv sets), each test gets a database of its own on it,
/// made from a template migrated once per test binary, and dropped when the test ends: the same suites
/// then run against the server (.ci/run's PostgreSQL pass, tests/postgresql/run.sh).
class TestDatabase final
{
public:
    /// A fresh database: `fileInFolder` on SQLite, a new database on the server otherwise.
    explicit TestDatabase(const QString &fileInFolder);
    ~TestDatabase();
    Q_DISABLE_COPY_MOVE(TestDatabase)

    /// What to give Store or Database (a file path or a postgresql:// address).
    const QString &location() const { return m_location; }

    /// Whether this test binary runs against a PostgreSQL server.
    static bool onPostgreSql();
    /// The server's address for a database of that name (on the server CHAIRSIDE_TEST_POSTGRESQL names).
    static QString serverAddress(const QString &databaseName);

private:
    QString m_location;
    QString m_name; ///< the server database made for the test; empty on SQLite
};

/// Makes every INSERT into `table` fail with `message`, as a full disk would make a write fail half-way,
/// on either backend (an SQLite trigger, or a PL/pgSQL one on the server).
void failInsertsInto(Database &db, const QString &table, const QString &message);
/// Takes failInsertsInto's trigger away again.
void mendInsertsInto(Database &db, const QString &table);

/// What someone who owns the database does to the audit trail: its guards (the triggers that refuse an
/// edit, and on the server the one that keeps the chain in order) switched off, so that `sql` edits the
/// trail as a file editor or a server's superuser could. Only `audit verify` is left to find it.
void tamperWithAuditTrail(Database &db, const QString &sql, const QVariantList &values = {});

} // namespace chairside::test
