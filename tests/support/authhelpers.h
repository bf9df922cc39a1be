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

/// The account named so, as the store reads it now (credentials and centers); the test fails without it.
User account(Store &store, const char *name);

} // namespace chairside::test
