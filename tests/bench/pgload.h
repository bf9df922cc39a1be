#pragma once

#include <QString>
#include <QStringList>

namespace chairside::bench {

/// The large file's organization on a PostgreSQL server, for the speed suite's PostgreSQL pass: the
/// same rows as the cached SQLite file (LargeDataset), copied in bulk into a database this program has
/// just migrated, so that both backends are measured on the same data.
class PgLoad final
{
public:
    struct Info
    {
        bool loaded = false; ///< false when the database already held this file's rows
        double seconds = 0; ///< copying, indexing and analyzing, when loaded
        qint64 rows = 0; ///< rows copied, when loaded
        QStringList notes; ///< tables copied with their row counts; tables left out and why
    };

    /// Makes `address` (postgresql://...) hold the rows of the SQLite file at `sqlitePath`: nothing to do
    /// when it was loaded from the same file before (a mark in its settings); copied when it is empty.
    /// Each table's rows go in with one COPY, in one transaction, the session's triggers off (so it needs a
    /// superuser, as the throwaway cluster of tests/bench/run.sh has); the identity sequences are set past
    /// the copied ids, and the tables vacuumed and analyzed, as a server's maintenance would have them.
    /// The audit trail is not copied: its entries are sealed with the file's key; the server's database
    /// starts a chain of its own. Throws Error::Store in words when the database holds other data.
    static Info ensure(const QString &sqlitePath, const QString &address);
};

} // namespace chairside::bench
