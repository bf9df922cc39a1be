#include "faultvfs.h"

#include "store/database.h"

#include <atomic>
#include <cstring>
#include <mutex>
#include <sqlite3.h>

namespace chairside::test {

namespace {

struct State
{
    std::atomic<int> writes {0};
    std::atomic<int> syncs {0};
    std::atomic<int> injected {0};
    std::atomic<bool> armed {false};
    std::atomic<int> fault {0};
    std::atomic<int> at {0}; ///< the count (of writes or syncs) that fails first
    std::atomic<bool> persistent {false};
    std::atomic<bool> readOnly {false};
};

State &state()
{
    static State s;
    return s;
}

sqlite3_vfs *g_real = nullptr;
sqlite3_vfs g_vfs;

/// Our file: SQLite allocates szOsFile bytes; the real VFS's file follows ours in that block.
struct FaultFile
{
    sqlite3_file base;
    sqlite3_file *real;
};

sqlite3_file *realOf(sqlite3_file *file)
{
    return reinterpret_cast<FaultFile *>(file)->real;
}

/// Whether operation number `count` of this kind fails now.
bool fails(FaultVfs::Fault kind, int count)
{
    State &s = state();
    if (!s.armed.load() || s.fault.load() != int(kind))
        return false;
    const int at = s.at.load();
    if (count == at || (s.persistent.load() && count > at)) {
        ++s.injected;
        return true;
    }
    return false;
}

int faultClose(sqlite3_file *file)
{
    sqlite3_file *real = realOf(file);
    const int rc = real->pMethods ? real->pMethods->xClose(real) : SQLITE_OK;
    file->pMethods = nullptr;
    return rc;
}

int faultRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xRead(real, buffer, amount, offset);
}

int faultWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    const int count = ++state().writes;
    if (fails(FaultVfs::Fault::WriteError, count))
        return SQLITE_IOERR_WRITE;
    if (fails(FaultVfs::Fault::DiskFull, count))
        return SQLITE_FULL;
    sqlite3_file *real = realOf(file);
    return real->pMethods->xWrite(real, buffer, amount, offset);
}

int faultTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xTruncate(real, size);
}

int faultSync(sqlite3_file *file, int flags)
{
    const int count = ++state().syncs;
    if (fails(FaultVfs::Fault::SyncError, count))
        return SQLITE_IOERR_FSYNC;
    sqlite3_file *real = realOf(file);
    return real->pMethods->xSync(real, flags);
}

int faultFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xFileSize(real, size);
}

int faultLock(sqlite3_file *file, int lock)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xLock(real, lock);
}

int faultUnlock(sqlite3_file *file, int lock)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xUnlock(real, lock);
}

int faultCheckReservedLock(sqlite3_file *file, int *out)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xCheckReservedLock(real, out);
}

int faultFileControl(sqlite3_file *file, int op, void *arg)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xFileControl(real, op, arg);
}

int faultSectorSize(sqlite3_file *file)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xSectorSize(real);
}

int faultDeviceCharacteristics(sqlite3_file *file)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xDeviceCharacteristics(real);
}

int faultShmMap(sqlite3_file *file, int page, int pageSize, int extend, void volatile **out)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xShmMap(real, page, pageSize, extend, out);
}

int faultShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xShmLock(real, offset, n, flags);
}

void faultShmBarrier(sqlite3_file *file)
{
    sqlite3_file *real = realOf(file);
    real->pMethods->xShmBarrier(real);
}

int faultShmUnmap(sqlite3_file *file, int deleteFlag)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xShmUnmap(real, deleteFlag);
}

int faultFetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **out)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xFetch(real, offset, amount, out);
}

int faultUnfetch(sqlite3_file *file, sqlite3_int64 offset, void *page)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xUnfetch(real, offset, page);
}

// One table per version of the real file's methods: SQLite asks for what a version offers (WAL needs
// version 2's shared memory), so ours must offer no more than the real file does.
sqlite3_io_methods makeMethods(int version)
{
    sqlite3_io_methods m {};
    m.iVersion = version;
    m.xClose = faultClose;
    m.xRead = faultRead;
    m.xWrite = faultWrite;
    m.xTruncate = faultTruncate;
    m.xSync = faultSync;
    m.xFileSize = faultFileSize;
    m.xLock = faultLock;
    m.xUnlock = faultUnlock;
    m.xCheckReservedLock = faultCheckReservedLock;
    m.xFileControl = faultFileControl;
    m.xSectorSize = faultSectorSize;
    m.xDeviceCharacteristics = faultDeviceCharacteristics;
    if (version >= 2) {
        m.xShmMap = faultShmMap;
        m.xShmLock = faultShmLock;
        m.xShmBarrier = faultShmBarrier;
        m.xShmUnmap = faultShmUnmap;
    }
    if (version >= 3) {
        m.xFetch = faultFetch;
        m.xUnfetch = faultUnfetch;
    }
    return m;
}

const sqlite3_io_methods *methodsFor(int version)
{
    static const sqlite3_io_methods v1 = makeMethods(1);
    static const sqlite3_io_methods v2 = makeMethods(2);
    static const sqlite3_io_methods v3 = makeMethods(3);
    return version >= 3 ? &v3 : version == 2 ? &v2 : &v1;
}

int faultOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *ours = reinterpret_cast<FaultFile *>(file);
    ours->real = reinterpret_cast<sqlite3_file *>(ours + 1);
    ours->real->pMethods = nullptr;
    if (state().readOnly.load() && (flags & SQLITE_OPEN_MAIN_DB) && (flags & SQLITE_OPEN_READWRITE)) {
        // What SQLite's own VFS does when open(2) refuses O_RDWR: it opens the file read-only.
        flags = (flags & ~(SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)) | SQLITE_OPEN_READONLY;
    }
    const int rc = g_real->xOpen(g_real, name, ours->real, flags, outFlags);
    // SQLite calls xClose only when pMethods is set: ours is set exactly when the real file's is.
    file->pMethods = ours->real->pMethods ? methodsFor(ours->real->pMethods->iVersion) : nullptr;
    return rc;
}

int faultDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    return g_real->xDelete(g_real, name, syncDir);
}

int faultAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return g_real->xAccess(g_real, name, flags, out);
}

int faultFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return g_real->xFullPathname(g_real, name, size, out);
}

void *faultDlOpen(sqlite3_vfs *, const char *name)
{
    return g_real->xDlOpen(g_real, name);
}

void faultDlError(sqlite3_vfs *, int size, char *out)
{
    g_real->xDlError(g_real, size, out);
}

void (*faultDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return g_real->xDlSym(g_real, handle, symbol);
}

void faultDlClose(sqlite3_vfs *, void *handle)
{
    g_real->xDlClose(g_real, handle);
}

int faultRandomness(sqlite3_vfs *, int size, char *out)
{
    return g_real->xRandomness(g_real, size, out);
}

int faultSleep(sqlite3_vfs *, int microseconds)
{
    return g_real->xSleep(g_real, microseconds);
}

int faultCurrentTime(sqlite3_vfs *, double *out)
{
    return g_real->xCurrentTime(g_real, out);
}

int faultGetLastError(sqlite3_vfs *, int size, char *out)
{
    return g_real->xGetLastError ? g_real->xGetLastError(g_real, size, out) : 0;
}

int faultCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    return g_real->xCurrentTimeInt64(g_real, out);
}

} // namespace

void FaultVfs::install()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // The store configures SQLite before its first connection; a connection opened here lets it
        // (SQLite takes no process-wide settings once a VFS has been registered).
        {
            Database configure(QStringLiteral(":memory:"));
        }
        g_real = sqlite3_vfs_find(nullptr);
        std::memset(&g_vfs, 0, sizeof g_vfs);
        g_vfs.iVersion = 2;
        g_vfs.szOsFile = int(sizeof(FaultFile)) + g_real->szOsFile;
        g_vfs.mxPathname = g_real->mxPathname;
        g_vfs.zName = "chairside-fault";
        g_vfs.xOpen = faultOpen;
        g_vfs.xDelete = faultDelete;
        g_vfs.xAccess = faultAccess;
        g_vfs.xFullPathname = faultFullPathname;
        g_vfs.xDlOpen = faultDlOpen;
        g_vfs.xDlError = faultDlError;
        g_vfs.xDlSym = faultDlSym;
        g_vfs.xDlClose = faultDlClose;
        g_vfs.xRandomness = faultRandomness;
        g_vfs.xSleep = faultSleep;
        g_vfs.xCurrentTime = faultCurrentTime;
        g_vfs.xGetLastError = faultGetLastError;
        g_vfs.xCurrentTimeInt64 = faultCurrentTimeInt64;
        sqlite3_vfs_register(&g_vfs, 1);
    });
}

void FaultVfs::reset()
{
    State &s = state();
    s.armed = false;
    s.writes = 0;
    s.syncs = 0;
    s.injected = 0;
}

void FaultVfs::arm(Fault fault, int k, bool persistent)
{
    State &s = state();
    s.armed = false;
    s.fault = int(fault);
    s.persistent = persistent;
    s.at = (fault == Fault::SyncError ? s.syncs.load() : s.writes.load()) + k;
    s.armed = true;
}

void FaultVfs::disarm()
{
    state().armed = false;
}

void FaultVfs::setReadOnly(bool readOnly)
{
    state().readOnly = readOnly;
}

int FaultVfs::writes()
{
    return state().writes.load();
}

int FaultVfs::syncs()
{
    return state().syncs.load();
}

int FaultVfs::injected()
{
    return state().injected.load();
}

QString FaultVfs::name(Fault fault)
{
    switch (fault) {
    case Fault::WriteError:
        return QStringLiteral("write error");
    case Fault::SyncError:
        return QStringLiteral("sync error");
    case Fault::DiskFull:
        return QStringLiteral("disk full");
    }
    return {};
}

} // namespace chairside::test
