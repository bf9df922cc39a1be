#pragma once

#include <QString>
#include <QtGlobal>

namespace chairside::test {

/// A SQLite VFS over the system's default one that counts the writes and syncs of every file SQLite
/// opens (the database, its write-ahead log, temporary files) and fails one of them on request, as a
/// failing disk or a full one would. install() makes it the process's default VFS, so every connection
/// opened afterwards (Qt Sql's included) goes through it.
///
/// Counting and arming are process-wide and thread-safe; a test arms a fault, runs one action and
/// disarms.
class FaultVfs final
{
public:
    enum class Fault
    {
        WriteError, ///< the k-th write returns SQLITE_IOERR_WRITE
        SyncError, ///< the k-th sync returns SQLITE_IOERR_FSYNC
        DiskFull, ///< the k-th write returns SQLITE_FULL
    };

    /// Registers the VFS as the default, once: after SQLite has been configured the way the store
    /// configures it. Later calls do nothing.
    static void install();

    /// Counts from zero again (and disarms).
    static void reset();
    /// Fails the k-th write (or sync) from now on, k from 1. `persistent`: that one and every later one
    /// fail until disarm(), as a disk that stays full or broken.
    static void arm(Fault fault, int k, bool persistent);
    static void disarm();

    /// While set, database files are opened read-only, as SQLite opens them when the system refuses
    /// to let this account write them (a file made read-only, even for an account that could write it).
    static void setReadOnly(bool readOnly);

    /// Writes and syncs seen since reset().
    static int writes();
    static int syncs();
    /// How many operations failed because of the armed fault since reset().
    static int injected();

    static QString name(Fault fault);
};

} // namespace chairside::test
