#include "tempstore.h"

namespace chairside::test {

TempStore::TempStore()
{
    m_store = std::make_unique<Store>(path());
    // A server's database gets its key where init or migrate would make it (a file's, at its first entry).
    if (TestDatabase::onPostgreSql())
        m_store->makeAuditKeyIfNone();
}

void TempStore::reopen()
{
    m_store.reset();
    m_store = std::make_unique<Store>(path());
}

QDateTime utc(const char *iso)
{
    QDateTime result = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    return result.toUTC();
}

} // namespace chairside::test
