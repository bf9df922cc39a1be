#include "statementcache.h"

namespace chairside {

StatementCache::StatementCache(Database &db)
    : m_db(db)
{ }

StatementCache::~StatementCache() = default;

StatementCache::Lease::Lease(SqlQuery &query, std::unique_ptr<SqlQuery> owned, bool *busy)
    : m_query(query)
    , m_owned(std::move(owned))
    , m_busy(busy)
{
    if (m_busy)
        *m_busy = true;
}

StatementCache::Lease::~Lease()
{
    m_query.finish();
    if (m_busy)
        *m_busy = false;
}

StatementCache::Lease StatementCache::take(const QString &sql, const char *what)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.emplace(sql, std::make_unique<Entry>(Entry {SqlQuery(m_db, sql, what), false}))
                 .first;
    Entry &entry = *it->second;
    if (entry.busy) {
        auto owned = std::make_unique<SqlQuery>(m_db, sql, what);
        SqlQuery &query = *owned;
        return Lease(query, std::move(owned), nullptr);
    }
    return Lease(entry.query, nullptr, &entry.busy);
}

} // namespace chairside
