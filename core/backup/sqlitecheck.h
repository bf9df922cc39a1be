#pragma once

#include <QString>

namespace chairside {

/// Runs one of SQLite's checks (`PRAGMA integrity_check`, `PRAGMA quick_check(table)`) on the file at
/// `path`, opened read-only on a connection of its own, and gives the first line of its answer ("ok"
/// when the file passes), or why it could not look.
QString sqliteCheck(const QString &path, const char *pragma);

} // namespace chairside
