#include "tempstore.h"

namespace chairside::test {

TempStore::TempStore()
{
    m_store = std::make_unique<Store>(path());
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
