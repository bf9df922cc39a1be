#pragma once

#include "common/error.h"
#include "store/store.h"

#include <QString>

#include <functional>

namespace chairside::test {

/// Makes every audit append fail until it goes out of scope, as a full disk or a broken key would: an
/// action whose entry is written in its own transaction must then leave nothing behind.
class BrokenAuditTrail final
{
public:
    explicit BrokenAuditTrail(Store &store);
    ~BrokenAuditTrail();
    Q_DISABLE_COPY_MOVE(BrokenAuditTrail)

private:
    Store &m_store;
};

/// The BadData error the action throws; the test fails when it throws none or another kind. The caller
/// checks the field.
Error badData(const std::function<void()> &action);

/// The number of rows of a table, read straight from the file.
qint64 rowCount(Store &store, const char *table);

} // namespace chairside::test
