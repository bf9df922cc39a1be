#pragma once

#include <QByteArray>
#include <QStringList>

namespace chairside::cli {

/// Exit statuses of chairside-cli.
enum ExitStatus
{
    ExitOk = 0,
    ExitFailure = 1, ///< the database failed (cannot open, disk full, newer schema)
    ExitUsage = 2, ///< the command was called wrongly
    ExitBadData
    = 3, ///< the data was refused: a message on stderr says which field and why; nothing was written
    ExitForbidden = 4, ///< the acting user's role may not do this
    ExitAuditBroken = 5, ///< audit verify: the audit trail is not intact
};

/// Runs chairside-cli with these arguments (the first is the program), writing to stdout and stderr.
int run(const QStringList &arguments);

struct Result
{
    int exitCode = 0;
    QString out;
    QString err;
};

/// Runs in-process and returns what would have been printed, for tests and scripts.
Result execute(const QStringList &arguments);

} // namespace chairside::cli
