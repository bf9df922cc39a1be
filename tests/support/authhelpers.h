#pragma once

#include "audit/auditevent.h"
#include "common/error.h"
#include "store/store.h"

#include <QList>

#include <functional>

namespace chairside::test {

/// The error an action throws; the test fails when it throws none.
Error thrown(const std::function<void()> &action);

/// The audit entries of one action, oldest first.
QList<AuditEntry> auditOf(Store &store, AuditAction action);

} // namespace chairside::test
