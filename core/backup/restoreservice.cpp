#include "backup/restoreservice.h"

#include "access/permission.h"
#include "audit/auditevent.h"
#include "audit/auditkeyfile.h"
#include "auth/accountservice.h"
#include "backup/sqlitecheck.h"
#include "common/clock.h"
#include "common/error.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <memory>
#include <sqlite3.h>
#include <utility>
#include <vector>

namespace chairside {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/// Whether another connection (a desk, the nurse station, the listener) has the database open: in WAL mode
/// every open connection holds a shared lock on the file, so an exclusive one is refused at once. A file
/// too damaged to lock is nobody's to keep open.
bool openElsewhere(const QString &path)
{
    sqlite3 *db = nullptr;
    const QByteArray name = QFile::encodeName(path);
    bool busy = false;
    if (sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        sqlite3_exec(db, "PRAGMA locking_mode = EXCLUSIVE", nullptr, nullptr, nullptr);
        const int code = sqlite3_exec(db, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr);
        busy = (code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED;
        if (code == SQLITE_OK)
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    sqlite3_close(db);
    return busy;
}

/// A backup copied beside the database under a working name, with its key and head; removed again unless
/// it was renamed into place.
class StagedCopy
{
public:
    explicit StagedCopy(const QString &databasePath)
        : m_path(databasePath + QStringLiteral(".restoring"))
        , m_key(AuditKeyFile(m_path))
    {
        removeFiles();
    }
    StagedCopy(const StagedCopy &) = delete;
    StagedCopy &operator=(const StagedCopy &) = delete;
    ~StagedCopy()
    {
        store.reset();
        if (!m_kept)
            removeFiles();
    }

    const QString &path() const { return m_path; }
    const AuditKeyFile &key() const { return m_key; }
    void keep() { m_kept = true; }

    /// Copies the backup, and its key and head when the key is kept beside it, owner-only.
    void copyFrom(const QString &backup)
    {
        copy(backup, m_path);
        const AuditKeyFile backupKey(backup);
        if (backupKey.keyPath() == m_key.keyPath())
            return; // one key named by CHAIRSIDE_AUDIT_KEY for every database
        if (QFileInfo::exists(backupKey.keyPath()))
            copy(backupKey.keyPath(), m_key.keyPath());
        if (QFileInfo::exists(backupKey.headPath()))
            copy(backupKey.headPath(), m_key.headPath());
    }

    std::unique_ptr<Store> store;

private:
    static void copy(const QString &from, const QString &to)
    {
        if (!QFile::copy(from, to) || !QFile::setPermissions(to, kOwnerOnly)) {
            throw Error(Error::Kind::Store,
                QCoreApplication::translate(
                    "RestoreService", "Could not copy %1 to %2 to check it. Nothing was replaced.")
                    .arg(nativePath(from), nativePath(to)));
        }
    }

    void removeFiles() const
    {
        for (const QString &suffix :
            {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QFile::remove(m_path + suffix);
        if (m_key.keyPath() == m_path + QStringLiteral(".audit-key")) {
            QFile::remove(m_key.keyPath());
            QFile::remove(m_key.headPath());
        }
    }

    QString m_path;
    AuditKeyFile m_key;
    bool m_kept = false;
};

/// Stages the backup and checks it; the staged store is left open on success, else the problem is returned.
QString stageAndCheck(StagedCopy &staged, const QString &backup)
{
    if (!QFileInfo(backup).isFile())
        return QCoreApplication::translate("RestoreService", "there is no backup at %1")
            .arg(nativePath(backup));
    staged.copyFrom(backup);
    const QString integrity = sqliteCheck(staged.path(), "PRAGMA integrity_check");
    if (integrity != QLatin1String("ok"))
        return QCoreApplication::translate("RestoreService", "it fails SQLite's integrity check (%1)")
            .arg(integrity);
    try {
        staged.store = std::make_unique<Store>(staged.path());
    } catch (const Error &error) {
        if (error.kind() == Error::Kind::Newer)
            throw;
        return QCoreApplication::translate("RestoreService", "it cannot be opened (%1)").arg(error.message());
    }
    const AuditVerdict verdict = staged.store->verifyAudit();
    if (!verdict.intact)
        return QCoreApplication::translate("RestoreService", "its audit trail does not verify (%1)")
            .arg(verdict.problem);
    return {};
}

/// Renames files in order, and back again in reverse when one of them cannot be.
class Moves
{
public:
    Moves() = default;
    Moves(const Moves &) = delete;
    Moves &operator=(const Moves &) = delete;
    ~Moves()
    {
        if (m_done)
            return;
        for (auto it = m_moved.crbegin(); it != m_moved.crend(); ++it)
            QFile::rename(it->second, it->first);
    }

    /// Moves `from` to `to`; a missing optional `from` is no move.
    void move(const QString &from, const QString &to, bool optional)
    {
        if (optional && !QFileInfo::exists(from))
            return;
        if (!QFile::rename(from, to)) {
            throw Error(Error::Kind::Store,
                QCoreApplication::translate("RestoreService",
                    "Could not move %1 to %2; what was moved is back in place and nothing was replaced.")
                    .arg(nativePath(from), nativePath(to)));
        }
        m_moved.emplace_back(from, to);
    }
    void done() { m_done = true; }

private:
    std::vector<std::pair<QString, QString>> m_moved;
    bool m_done = false;
};

} // namespace

RestoreService::RestoreService(const QString &databasePath, const Clock &clock)
    : m_path(QFileInfo(databasePath).absoluteFilePath())
    , m_clock(clock)
{ }

QString RestoreService::quickCheck(const QString &databasePath, qint64 wholeFileBytes)
{
    const QFileInfo file(databasePath);
    if (!file.exists())
        return {};
    if (file.size() <= wholeFileBytes) {
        const QString result = sqliteCheck(databasePath, "PRAGMA quick_check");
        return result == QLatin1String("ok") ? QString() : result;
    }
    for (const char *check : {"PRAGMA quick_check(center)", "PRAGMA quick_check(chair)",
             "PRAGMA quick_check(therapy)", "PRAGMA quick_check(app_user)", "PRAGMA quick_check(setting)"}) {
        QString result = sqliteCheck(databasePath, check);
        // A file of an early version may lack a table; that is the migration's to add, not damage.
        if (result != QLatin1String("ok") && !result.startsWith(QLatin1String("no such table")))
            return result;
    }
    return {};
}

QStringList RestoreService::backupsIn(const QStringList &folders)
{
    QList<QFileInfo> found;
    for (const QString &folder : folders) {
        const QFileInfoList files
            = QDir(folder).entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files | QDir::Readable);
        for (const QFileInfo &file : files) {
            const bool seen = std::any_of(found.cbegin(), found.cend(), [&](const QFileInfo &other) {
                return other.canonicalFilePath() == file.canonicalFilePath();
            });
            if (!seen)
                found << file;
        }
    }
    std::stable_sort(found.begin(), found.end(),
        [](const QFileInfo &a, const QFileInfo &b) { return a.lastModified() > b.lastModified(); });
    QStringList paths;
    for (const QFileInfo &file : std::as_const(found))
        paths << file.absoluteFilePath();
    return paths;
}

BackupCheck RestoreService::check(const QString &backup)
{
    BackupCheck result;
    result.file = QFileInfo(backup).absoluteFilePath();
    const QFileInfo info(result.file);
    result.bytes = info.size();
    result.modifiedUtc = info.lastModified().toUTC();
    StagedCopy staged(m_path);
    try {
        result.problem = stageAndCheck(staged, result.file);
    } catch (const Error &error) {
        result.problem = error.message();
    }
    result.good = result.problem.isEmpty();
    if (result.good)
        result.auditEntries = staged.store->verifyAudit().entries;
    return result;
}

RestoreResult RestoreService::restore(const QString &backup, const QString &userName, const QString &password)
{
    RestoreResult result;
    result.database = m_path;
    result.from = QFileInfo(backup).absoluteFilePath();
    if (!QFileInfo(result.from).isFile()) {
        throw Error(Error::Kind::NotFound,
            QCoreApplication::translate("RestoreService", "There is no backup at %1.")
                .arg(nativePath(result.from)),
            QStringLiteral("from"));
    }
    if (QFileInfo::exists(m_path)
        && QFileInfo(m_path).canonicalFilePath() == QFileInfo(result.from).canonicalFilePath()) {
        throw Error(Error::Kind::Conflict,
            QCoreApplication::translate(
                "RestoreService", "%1 is the database itself; name a backup to restore.")
                .arg(nativePath(result.from)),
            QStringLiteral("from"));
    }

    StagedCopy staged(m_path);
    const QString problem = stageAndCheck(staged, result.from);
    if (!problem.isEmpty()) {
        throw Error(Error::Kind::Refused,
            QCoreApplication::translate(
                "RestoreService", "The backup at %1 cannot be restored: %2. Nothing was replaced.")
                .arg(nativePath(result.from), problem),
            QStringLiteral("from"));
    }

    // The admin is one of the backup's: it is the database about to be in force.
    User admin;
    try {
        admin = AccountService(*staged.store, m_clock).logIn(userName, password);
    } catch (const Error &refused) {
        if (refused.kind() != Error::Kind::Refused)
            throw;
        throw Error(Error::Kind::Forbidden,
            QCoreApplication::translate(
                "RestoreService", "%1 Sign in with an admin account of the backup to restore it.")
                .arg(refused.message()));
    }
    requirePermission(admin, Permission::Administer);

    const bool hadDatabase = QFileInfo::exists(m_path);
    if (hadDatabase && openElsewhere(m_path)) {
        throw Error(Error::Kind::Conflict,
            QCoreApplication::translate("RestoreService",
                "The database at %1 is open in Chairside elsewhere (a desk, the nurse station, the listener "
                "or "
                "a command). Close it everywhere, then restore. Nothing was replaced.")
                .arg(nativePath(m_path)));
    }

    QString aside;
    if (hadDatabase) {
        const QString stamp = m_clock.nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        aside = QStringLiteral("%1.replaced-%2").arg(m_path, stamp);
        for (int n = 2; QFileInfo::exists(aside); ++n)
            aside = QStringLiteral("%1.replaced-%2-%3").arg(m_path, stamp).arg(n);
    }

    AuditEvent event;
    event.action = AuditAction::DatabaseRestored;
    event.userName = admin.name;
    event.recordKind = QStringLiteral("database");
    event.reason = hadDatabase
        ? QStringLiteral("from %1; the database replaced kept as %2")
              .arg(nativePath(result.from), nativePath(aside))
        : QStringLiteral("from %1; there was no database").arg(nativePath(result.from));
    staged.store->audit(event, m_clock.nowUtc());
    staged.store.reset(); // closed: its write-ahead log folded into the file

    const AuditKeyFile currentKey(m_path);
    const bool keysBeside = currentKey.keyPath() != staged.key().keyPath();
    Moves moves;
    if (hadDatabase) {
        const AuditKeyFile asideKey(aside);
        moves.move(m_path, aside, false);
        moves.move(m_path + QStringLiteral("-wal"), aside + QStringLiteral("-wal"), true);
        QFile::remove(m_path + QStringLiteral("-shm"));
        if (keysBeside) {
            moves.move(currentKey.keyPath(), asideKey.keyPath(), true);
            moves.move(currentKey.headPath(), asideKey.headPath(), true);
        }
    }
    moves.move(staged.path(), m_path, false);
    moves.move(staged.path() + QStringLiteral("-wal"), m_path + QStringLiteral("-wal"), true);
    if (keysBeside) {
        moves.move(staged.key().keyPath(), currentKey.keyPath(), true);
        moves.move(staged.key().headPath(), currentKey.headPath(), true);
    }
    moves.done();
    staged.keep();
    result.setAside = aside;

    Store restored(m_path);
    const AuditVerdict verdict = restored.verifyAudit();
    if (!verdict.intact) {
        throw Error(Error::Kind::Store,
            QCoreApplication::translate("RestoreService",
                "The restored database's audit trail does not verify (%1); the database replaced is kept as "
                "%2.")
                .arg(verdict.problem, nativePath(aside)));
    }
    result.auditEntries = verdict.entries;
    return result;
}

} // namespace chairside
