#pragma once

#include <QString>

namespace chairside {

class Clock;
class Store;

/// How the desktop program starts: which file it opens and what it shows first. The demo lives in its
/// own file and a center's real database never receives demo data: one rule for main() and its tests.
class StartUp final
{
public:
    StartUp() = delete;

    enum class First
    {
        SetUp, ///< no center yet: the first-run wizard
        Session, ///< the log-in screen (or the first admin's form)
    };

    /// The database to open: --db when given; else, for the demo, the data folder's demo.sqlite; else
    /// $CHAIRSIDE_DB, or the one this workstation last chose (File > Open Database File or Connect to
    /// Server, remember()), or the data folder's chairside.sqlite (DatabaseLocation::resolve).
    static QString databasePath(const QString &dbOption, bool demo);

    /// Remembers `location` (a file or a server's address) as this workstation's database.
    static void remember(const QString &location);

    /// Readies the open store. For the demo: a new, empty file is filled by the demo generator and a demo
    /// file opens as it is; a file that holds a center's own data or accounts is refused
    /// (Error::Conflict, nothing written). Otherwise nothing is ever added: a file without a center
    /// is set up by the wizard.
    static First prepare(Store &store, const Clock &clock, bool demo);
};

} // namespace chairside
