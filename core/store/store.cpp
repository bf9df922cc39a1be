// Store: the connection and what every part of it shares. Each kind of record has its own file, with its
// columns and row mapping at the top: store_centers.cpp, store_patients.cpp, store_paperwork.cpp,
// store_appointments.cpp, store_accounts.cpp and store_audit.cpp.

#include "store.h"

#include "scopedtransaction.h"
#include "statementcache.h"

namespace chairside {

Store::Store(const QString &path)
    : m_db(std::make_unique<Database>(path))
    , m_statements(std::make_unique<StatementCache>(*m_db))
{ }

Store::~Store() = default;

std::unique_ptr<ScopedTransaction> Store::transaction()
{
    return std::make_unique<ScopedTransaction>(*m_db);
}

qint64 Store::dataVersion()
{
    return m_db->dataVersion();
}

} // namespace chairside
