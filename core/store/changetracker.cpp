#include "changetracker.h"

#ifdef CHAIRSIDE_SQLITE_PREUPDATE_HOOK
#define SQLITE_ENABLE_PREUPDATE_HOOK
#endif
#include <algorithm>
#include <cstring>
#include <sqlite3.h>

namespace chairside {

namespace {

/// The tables whose rows a view shows one by one. Set-up tables (centers, chairs, hours, therapies)
/// change every day's layout, so a change to one is announced as everything.
struct Watched
{
    const char *name;
    bool named;
    ChangeTracker::Table table;
};

constexpr Watched kWatched[] = {
    {"appointment", true, ChangeTracker::Table::Appointment},
    {"patient", true, ChangeTracker::Table::Patient},
    {"coverage", true, ChangeTracker::Table::Coverage},
    {"prescriber_order", true, ChangeTracker::Table::Order},
    {"prior_authorization", true, ChangeTracker::Table::Authorization},
    {"interface_message", true, ChangeTracker::Table::InterfaceMessage},
    {"center", false, {}},
    {"center_hours", false, {}},
    {"chair", false, {}},
    {"therapy", false, {}},
};

const Watched *watched(const char *database, const char *table)
{
    if (std::strcmp(database, "main") != 0)
        return nullptr;
    for (const Watched &w : kWatched) {
        if (std::strcmp(table, w.name) == 0)
            return &w;
    }
    return nullptr;
}

#ifdef CHAIRSIDE_SQLITE_PREUPDATE_HOOK
// The appointment table's columns as schema-1.sql declares them.
constexpr int kCenterColumn = 2;
constexpr int kStartColumn = 5;
#endif

} // namespace

ChangeTracker::ChangeTracker(sqlite3 *handle, const int &depth)
    : m_handle(handle)
    , m_depth(depth)
{
    sqlite3_update_hook(m_handle, &ChangeTracker::onUpdate, this);
    sqlite3_commit_hook(m_handle, &ChangeTracker::onCommit, this);
    sqlite3_rollback_hook(m_handle, &ChangeTracker::onRollback, this);
#ifdef CHAIRSIDE_SQLITE_PREUPDATE_HOOK
    sqlite3_preupdate_hook(m_handle, &ChangeTracker::onPreUpdate, this);
#endif
}

ChangeTracker::~ChangeTracker()
{
    sqlite3_update_hook(m_handle, nullptr, nullptr);
    sqlite3_commit_hook(m_handle, nullptr, nullptr);
    sqlite3_rollback_hook(m_handle, nullptr, nullptr);
#ifdef CHAIRSIDE_SQLITE_PREUPDATE_HOOK
    sqlite3_preupdate_hook(m_handle, nullptr, nullptr);
#endif
}

void ChangeTracker::onUpdate(void *self, int, const char *database, const char *table, qint64 rowid)
{
    auto *tracker = static_cast<ChangeTracker *>(self);
    const Watched *w = watched(database, table);
    if (!w)
        return;
    if (w->named)
        tracker->record(w->table, rowid);
    else
        tracker->recordEverything();
}

#ifdef CHAIRSIDE_SQLITE_PREUPDATE_HOOK
void ChangeTracker::onPreUpdate(void *self, sqlite3 *handle, int operation, const char *database,
    const char *table, qint64 oldRowid, qint64)
{
    if (operation == SQLITE_INSERT || std::strcmp(table, "appointment") != 0
        || std::strcmp(database, "main") != 0)
        return;
    auto *tracker = static_cast<ChangeTracker *>(self);
    const Key key {Table::Appointment, oldRowid};
    // Only the first change in the transaction knows where the appointment was before it.
    if (tracker->m_pending.contains(key))
        return;
    sqlite3_value *center = nullptr;
    sqlite3_value *start = nullptr;
    if (sqlite3_preupdate_old(handle, kCenterColumn, &center) != SQLITE_OK
        || sqlite3_preupdate_old(handle, kStartColumn, &start) != SQLITE_OK)
        return;
    Pending pending;
    pending.depth = tracker->m_depth;
    pending.hadPlace = true;
    pending.oldCenterId = sqlite3_value_int64(center);
    pending.oldStartSecs = sqlite3_value_int64(start);
    if (tracker->m_pending.size() < kBulkRows) {
        tracker->m_deepest = std::max(tracker->m_deepest, tracker->m_depth);
        tracker->m_pending.insert(key, pending);
    }
}
#endif

int ChangeTracker::onCommit(void *self)
{
    auto *tracker = static_cast<ChangeTracker *>(self);
    // Inside a ScopedTransaction the store journals at its COMMIT; only a statement outside one
    // commits here by itself.
    if (tracker->m_depth == 0) {
        Collected &aside = tracker->m_autocommitted;
        for (auto it = tracker->m_pending.cbegin(); it != tracker->m_pending.cend(); ++it)
            aside.rows << Row {
                it.key().table, it.key().rowid, it->hadPlace, it->oldCenterId, it->oldStartSecs};
        aside.everything
            = aside.everything || tracker->m_everythingDepth == 0 || aside.rows.size() > kBulkRows;
        if (aside.everything)
            aside.rows.clear();
        tracker->m_pending.clear();
        tracker->m_deepest = 0;
        tracker->m_everythingDepth = INT_MAX;
    }
    return 0; // go on with the commit
}

void ChangeTracker::onRollback(void *self)
{
    auto *tracker = static_cast<ChangeTracker *>(self);
    if (tracker->m_depth == 0)
        tracker->dropAbove(-1);
}

void ChangeTracker::record(Table table, qint64 rowid)
{
    // Once the whole transaction is announced as "everything", no row of it can be named.
    if (m_everythingDepth <= 1)
        return;
    const Key key {table, rowid};
    // A row first written at a shallower depth stays there: a later savepoint's rollback keeps it.
    if (m_pending.contains(key))
        return;
    if (m_pending.size() >= kBulkRows) {
        recordEverything();
        return;
    }
    Pending pending;
    pending.depth = m_depth;
    m_deepest = std::max(m_deepest, m_depth);
    m_pending.insert(key, pending);
}

void ChangeTracker::recordEverything()
{
    m_everythingDepth = std::min(m_everythingDepth, m_depth);
    if (m_everythingDepth <= 1) {
        m_pending.clear();
        m_deepest = 0;
    }
}

void ChangeTracker::dropAbove(int depth)
{
    if (m_deepest > depth) {
        m_pending.removeIf([depth](const QHash<Key, Pending>::iterator &it) { return it->depth > depth; });
        m_deepest = std::max(depth, 0);
    }
    if (m_everythingDepth > depth)
        m_everythingDepth = INT_MAX;
}

void ChangeTracker::keepAt(int depth)
{
    // Released savepoints come thousands of times in an import: only a deeper row has a depth to lower.
    if (m_deepest > depth) {
        for (Pending &pending : m_pending)
            pending.depth = std::min(pending.depth, depth);
        m_deepest = depth;
    }
    if (m_everythingDepth != INT_MAX)
        m_everythingDepth = std::min(m_everythingDepth, depth);
}

ChangeTracker::Collected ChangeTracker::take()
{
    Collected collected = std::move(m_autocommitted);
    m_autocommitted = {};
    collected.everything = collected.everything || m_everythingDepth != INT_MAX;
    if (!collected.everything) {
        collected.rows.reserve(collected.rows.size() + m_pending.size());
        for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
            collected.rows << Row {
                it.key().table, it.key().rowid, it->hadPlace, it->oldCenterId, it->oldStartSecs};
    } else {
        collected.rows.clear();
    }
    m_pending.clear();
    m_deepest = 0;
    m_everythingDepth = INT_MAX;
    return collected;
}

} // namespace chairside
