#pragma once

#include "audit/auditevent.h"
#include "store/store.h"

#include <QByteArray>
#include <QString>

namespace chairside::test {

/// A digest of every row of every table (rows in any order): equal digests mean the same records.
QByteArray contentDigest(Store &store);

/// PRAGMA integrity_check says ok and the audit trail verifies (chain, key and head).
void requireConsistent(Store &store);

/// A failure told to the desk in words: not empty, without SQLite's own words or SQL.
void requireWords(const QString &message);

/// How many audit entries of that action name that record.
int auditEntriesOf(Store &store, AuditAction action, qint64 recordId);

} // namespace chairside::test
