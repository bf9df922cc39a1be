#pragma once

#include <QHash>
#include <QList>
#include <QtGlobal>

#include <climits>

struct sqlite3;

namespace chairside {

/// Collects what this connection's statements change, from SQLite's own hooks, so that no writer has to
/// say what it wrote: the update hook names each row (table and rowid) as it is written, and, where
/// SQLite offers it, the pre-update hook keeps where an appointment was before a change moved it.
/// Rows are kept with the transaction depth they were written at, so that a rolled-back savepoint drops
/// its part and a released one hands it to the transaction around it. A statement run outside any
/// transaction commits by itself: what it changed is kept aside until it can be journaled
/// (autocommitted()).
class ChangeTracker final
{
public:
    enum class Table
    {
        Appointment,
        Patient,
        Coverage,
        Order,
        Authorization,
        InterfaceMessage,
    };

    struct Row
    {
        Table table = Table::Appointment;
        qint64 rowid = 0;
        bool hadPlace = false; ///< an appointment's place before this transaction changed it
        qint64 oldCenterId = 0;
        qint64 oldStartSecs = 0;
    };

    struct Collected
    {
        bool everything = false;
        QList<Row> rows;

        bool isEmpty() const { return !everything && rows.isEmpty(); }
    };

    /// More rows than this in one transaction are announced as one "everything changed": a bulk write
    /// then costs one journal row, and the tracker's memory stays bounded however many it writes.
    static constexpr int kBulkRows = 500;

    /// Hooks `handle`; `depth` is the connection's open transaction depth, read as rows arrive.
    ChangeTracker(sqlite3 *handle, const int &depth);
    ~ChangeTracker();
    Q_DISABLE_COPY_MOVE(ChangeTracker)

    /// A savepoint above `depth` rolled back.
    void dropAbove(int depth);
    /// A savepoint released: its rows now belong to the transaction at `depth`.
    void keepAt(int depth);
    /// What the outermost transaction changed, with anything autocommitted before it; then forgets it.
    Collected take();
    /// Whether statements outside any transaction committed changes not yet journaled.
    bool hasAutocommitted() const { return !m_autocommitted.isEmpty(); }

private:
    struct Key
    {
        Table table;
        qint64 rowid;
        bool operator==(const Key &) const = default;
    };
    friend size_t qHash(const Key &key, size_t seed) { return qHashMulti(seed, int(key.table), key.rowid); }

    struct Pending
    {
        int depth = 0;
        bool hadPlace = false;
        qint64 oldCenterId = 0;
        qint64 oldStartSecs = 0;
    };

    static void onUpdate(void *self, int operation, const char *database, const char *table, qint64 rowid);
    static int onCommit(void *self);
    static void onRollback(void *self);
#ifdef CHAIRSIDE_SQLITE_PREUPDATE_HOOK
    static void onPreUpdate(void *self, sqlite3 *handle, int operation, const char *database,
        const char *table, qint64 oldRowid, qint64 newRowid);
#endif
    void record(Table table, qint64 rowid);
    void recordEverything();

    sqlite3 *m_handle;
    const int &m_depth;
    QHash<Key, Pending> m_pending;
    int m_deepest = 0; ///< no pending row lies deeper than this
    int m_everythingDepth = INT_MAX; ///< the shallowest depth that changed too much to name, if any
    Collected m_autocommitted;
};

} // namespace chairside
