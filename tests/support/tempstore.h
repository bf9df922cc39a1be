#pragma once

#include "common/clock.h"
#include "store/store.h"
#include "testdatabase.h"

#include <QTemporaryDir>

#include <memory>

namespace chairside::test {

/// A fresh database in its own temporary folder, removed with it: a file, or a database of its own on
/// the PostgreSQL server of CHAIRSIDE_TEST_POSTGRESQL (TestDatabase).
class TempStore final
{
public:
    TempStore();
    Store &store() { return *m_store; }
    Store *operator->() { return m_store.get(); }
    /// What the store was opened with: the file's path, or the server database's address.
    QString path() const { return m_database.location(); }
    QString dir() const { return m_dir.path(); }

    /// Closes and reopens, as a restart would.
    void reopen();
    /// Closes the store, as quitting the program would (store() is not to be used until reopen()).
    void close() { m_store.reset(); }

private:
    QTemporaryDir m_dir;
    TestDatabase m_database {m_dir.filePath(QStringLiteral("chairside.sqlite"))};
    std::unique_ptr<Store> m_store;
};

/// A UTC instant from "2026-12-02T15:00:00Z".
QDateTime utc(const char *iso);

} // namespace chairside::test
