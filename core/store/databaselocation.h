#pragma once

#include <QString>

namespace chairside {

/// Where the database a program opens lives, as the person starting it wrote it (`--db`, or the
/// CHAIRSIDE_DB variable): an SQLite file, or a PostgreSQL server's address (postgresql://user@host/db).
/// A misspelt address (postgress://, sqlite:/x) is refused rather than becoming a folder named after the
/// scheme beside the user. One rule for the desktop and the CLI.
class DatabaseLocation final
{
public:
    /// The file `text` names: a path, ":memory:", or a file: URL of a local file. Throws Error::BadData,
    /// with `source` ("--db", "CHAIRSIDE_DB") as its field, for an empty value or one that begins with
    /// a URL scheme (letters, then ':'); a drive letter ("C:\\...") is a path, and a file whose name
    /// holds a colon is reached as ./name.
    static QString filePath(const QString &text, const QString &source);

    /// `commandLine` when not empty, else CHAIRSIDE_DB when set, else the user's data folder's
    /// chairside.sqlite; a postgresql:// or postgres:// address as it is, anything else checked by
    /// filePath().
    static QString resolve(const QString &commandLine);

    /// A file kept beside the database (its audit key, a mail server's password): the database file's
    /// path with `suffix`; for a PostgreSQL server, a file of this workstation's user named after the
    /// server and the database (not the account, so every workstation's copy has one name):
    /// <data folder>/chairside/servers/<host:port_db><suffix>, the folder made when missing.
    static QString beside(const QString &location, const QString &suffix);

    /// The file a first run creates: the user's data folder (QStandardPaths::AppDataLocation).
    static QString defaultFile();

    /// The demo's own file beside it (demo.sqlite): `chairside --demo` opens it, so that a center's
    /// real database never holds demo patients or demo passwords.
    static QString demoFile();
};

} // namespace chairside
