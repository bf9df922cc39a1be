#pragma once

#include "common/error.h"

#include <QString>

namespace chairside {

/// The Error for a failed SQLite call on a statement (SqlQuery, SqliteStatement). The failures a desk
/// meets on an ordinary office computer (another workstation's long write, a full disk, a disk that
/// reports an error, a file it may not write, a damaged file) are said in words the desk can act on,
/// and SQLite's own words go to the log for whoever looks after the computer. A constraint's failure
/// keeps SQLite's text (callers tell those apart) as Error::Conflict; anything else names the step.
///
/// `code` is SQLite's (extended) result, `detail` its message, `what` what was being done ("save the
/// change to the database") and `stage` the statement's step that failed ("prepare", "run").
/// What a desk is told when another workstation's write kept the database busy past the wait: the same
/// words whichever backend it is.
QString storeBusyWords();

Error sqliteFailure(int code, const QString &detail, const char *what, const char *stage);

} // namespace chairside
