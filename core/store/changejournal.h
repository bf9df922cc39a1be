#pragma once

#include "change.h"
#include "changetracker.h"
#include "sqlquery.h"

#include <optional>

namespace chairside {

class Database;

/// The change_log table (schema-5.sql): what each committed transaction changed, written in that same
/// transaction just before its COMMIT, so that every program on the file learns the same thing in the
/// same order as the one that wrote it. Readers keep the last sequence number they saw and ask for what
/// came after (since()); a reader that fell further behind than the journal keeps is told that
/// everything changed.
///
/// Nothing here is particular to SQLite but the wake-up: SQLite's readers poll data_version to learn
/// that another connection committed. A PostgreSQL store would write the same table at the same point
/// and add NOTIFY chairside_changes before COMMIT; its readers LISTEN instead of polling and then call
/// since() exactly as here.
class ChangeJournal final
{
public:
    /// How many rows are kept: more than any reader polling a few times a second falls behind by.
    static constexpr qint64 kKept = 10000;
    /// More rows than this unread at once are read as "everything changed".
    static constexpr int kReadLimit = 2000;

    explicit ChangeJournal(Database &db);
    Q_DISABLE_COPY_MOVE(ChangeJournal)

    /// Resolves the rows into changes (where each appointment is, whose record a coverage is), writes
    /// them in the open transaction and drops rows beyond kKept. Returns the changes with their seq.
    ChangeList write(const ChangeTracker::Collected &collected);

    struct Read
    {
        ChangeList changes;
        qint64 lastSeq = 0; ///< the newest seq read, to give to the next since()
    };
    /// The changes after `seq`. When some were already pruned, or too many wait, the answer is one
    /// Everything change.
    Read since(qint64 seq);
    /// The newest seq, 0 when the journal is empty.
    qint64 lastSeq();

private:
    qint64 append(const Change &change);

    SqlQuery m_insert;
    SqlQuery m_prune;
    SqlQuery m_appointment;
    SqlQuery m_coverageOwner;
    SqlQuery m_orderOwner;
    SqlQuery m_authorizationOwner;
    SqlQuery m_read;
    SqlQuery m_bounds;
    /// On a PostgreSQL server, where every statement is a round trip: every changed row's place or owner
    /// read in one statement, and every change written in one.
    std::optional<SqlQuery> m_serverPlaces;
    std::optional<SqlQuery> m_serverInsert;
};

} // namespace chairside
