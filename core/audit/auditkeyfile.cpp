#include "auditkeyfile.h"

#include "auditchain.h"
#include "common/error.h"
#include "store/databaselocation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>

#include <sodium.h>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace chairside {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/// Serializes the creation of the key and the moves of the head among the programs sharing them.
class KeyLock final
{
public:
    explicit KeyLock(const QString &keyPath)
        : m_lock(keyPath + QStringLiteral(".lock"))
    {
        if (!m_lock.tryLock(10000)) {
            throw Error(Error::Kind::Store,
                QStringLiteral(
                    "Could not lock the audit key file %1 (another Chairside holds it, or its folder is "
                    "read-only). Try again; if it persists, check the folder's permissions.")
                    .arg(native(m_lock.fileName())));
        }
    }
    Q_DISABLE_COPY_MOVE(KeyLock)

private:
    QLockFile m_lock;
};

void writeOwnerOnly(const QString &path, const QByteArray &content, const char *what)
{
    QSaveFile file(path);
    const bool written = file.open(QIODevice::WriteOnly) && file.setPermissions(kOwnerOnly)
        && file.write(content) == content.size() && file.commit();
    if (!written) {
        throw Error(Error::Kind::Store,
            QStringLiteral("Could not write the %1 %2: %3. Check the folder's permissions and free space.")
                .arg(QString::fromLatin1(what), native(path), file.errorString()));
    }
}

constexpr char kHeadFormat[] = "chairside-audit-head-1";

/// One line, padded with spaces to the fixed record size: every head takes the same bytes of the file.
QByteArray headRecord(const AuditHead &head, const QByteArray &key)
{
    QByteArray line = QByteArray(kHeadFormat) + ' ' + QByteArray::number(head.sequence) + ' ' + head.hash
        + ' ' + auditHeadMac(key, head);
    // At most 173 bytes: the sequence has at most 19 digits, the hash and its check 64 each.
    line += QByteArray(AuditKeyFile::kHeadRecordBytes - 1 - line.size(), ' ') + '\n';
    return line;
}

/// "chairside-audit-head-1 SEQUENCE HASH MAC", with any spaces after it; throws Error::BadData otherwise.
AuditHead parseHead(const QByteArray &content, const QByteArray &key, const QString &path)
{
    const QList<QByteArray> parts = content.simplified().split(' ');
    AuditHead head;
    bool ok = parts.size() == 4 && parts[0] == kHeadFormat;
    if (ok) {
        head.sequence = parts[1].toLongLong(&ok);
        head.hash = parts[2];
    }
    if (!ok || head.sequence <= 0 || auditHeadMac(key, head) != parts[3]) {
        throw Error(Error::Kind::BadData,
            QStringLiteral("the record of the last entry written (%1) was altered or belongs to another key")
                .arg(native(path)));
    }
    return head;
}

#ifdef Q_OS_UNIX

/// The head file, open, closed (and so unlocked) when it goes.
class HeadFile final
{
public:
    HeadFile(const QString &path, int flags)
        : m_path(path)
        , m_fd(::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC))
    { }
    ~HeadFile()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Q_DISABLE_COPY_MOVE(HeadFile)

    bool isOpen() const { return m_fd >= 0; }

    /// Held until the file is closed. Writers take it exclusive, readers shared, so that no reader sees
    /// a record half overwritten and no two writers interleave their read and write.
    void lock(int operation)
    {
        int result;
        do
            result = ::flock(m_fd, operation);
        while (result != 0 && errno == EINTR);
        if (result != 0)
            fail("lock");
    }

    QByteArray read()
    {
        QByteArray content(1024, '\0');
        ssize_t got;
        do
            got = ::pread(m_fd, content.data(), size_t(content.size()), 0);
        while (got < 0 && errno == EINTR);
        if (got < 0)
            fail("read");
        content.truncate(got);
        return content;
    }

    /// Overwrites the record in place. With `flush`, returns once it is on the disk; without, only starts
    /// it on its way there (Linux), for the kernel's writeback or the next flush of the disk to complete.
    void overwrite(const QByteArray &record, bool flush)
    {
        ssize_t written;
        do
            written = ::pwrite(m_fd, record.constData(), size_t(record.size()), 0);
        while (written < 0 && errno == EINTR);
        if (written != ssize_t(record.size()))
            fail("write");
#ifdef Q_OS_LINUX
        if (!flush) {
            // Best effort: a failure here only leaves the block to the kernel's own writeback.
            ::sync_file_range(m_fd, 0, record.size(), SYNC_FILE_RANGE_WRITE);
            return;
        }
        // The record's block is already allocated, so there is no metadata to flush with it.
        const int synced = ::fdatasync(m_fd);
#else
        const int synced = flush ? ::fsync(m_fd) : 0;
#endif
        if (synced != 0)
            fail("write");
    }

    /// Names errno's failure.
    [[noreturn]] void fail(const char *what) const
    {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        throw Error(Error::Kind::Store,
            QStringLiteral("Could not %1 the audit head file %2: %3.")
                .arg(QString::fromLatin1(what), native(m_path), why));
    }

private:
    QString m_path;
    int m_fd;
};

#endif

} // namespace

AuditKeyFile::AuditKeyFile(const QString &databasePath)
{
    m_keyPath = qEnvironmentVariable("CHAIRSIDE_AUDIT_KEY");
    if (m_keyPath.isEmpty()) {
        if (databasePath.isEmpty() || databasePath == QLatin1String(":memory:")) {
            throw Error(Error::Kind::Store,
                QStringLiteral(
                    "An in-memory database has no folder for the audit key: set CHAIRSIDE_AUDIT_KEY to "
                    "the key file's path."));
        }
        // A server's trail is written by every workstation with one key: each keeps a copy on its own
        // disk (or where CHAIRSIDE_AUDIT_KEY says), never on the server, whose superuser could otherwise
        // rewrite the trail and seal it again.
        m_keyPath = DatabaseLocation::beside(databasePath, QStringLiteral(".audit-key"));
    }
}

QString AuditKeyFile::headPath() const
{
    return m_keyPath + QStringLiteral(".head");
}

std::optional<QByteArray> AuditKeyFile::load() const
{
    QFile file(m_keyPath);
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(Error::Kind::Store,
            QStringLiteral("The audit key file %1 cannot be read: %2. Nothing can be recorded until it can; "
                           "check its owner and permissions.")
                .arg(native(m_keyPath), file.errorString()));
    }
    const QByteArray hex = file.read(4 * kAuditKeyBytes).trimmed();
    const QByteArray key = QByteArray::fromHex(hex);
    if (hex.size() != 2 * kAuditKeyBytes || key.size() != kAuditKeyBytes || key.toHex() != hex.toLower()) {
        throw Error(Error::Kind::Store,
            QStringLiteral(
                "The audit key file %1 does not hold a key (64 hexadecimal digits); it is damaged. "
                "Restore it from the backup kept with the database.")
                .arg(native(m_keyPath)));
    }
    return key;
}

QByteArray AuditKeyFile::create() const
{
    const KeyLock lock(m_keyPath);
    if (const auto existing = load())
        return *existing;
    if (sodium_init() < 0)
        throw Error(Error::Kind::Store,
            QStringLiteral("The cryptography library could not start, so no audit key "
                           "can be made. Reinstall Chairside."));
    QByteArray key(kAuditKeyBytes, '\0');
    randombytes_buf(key.data(), size_t(key.size()));
    writeOwnerOnly(m_keyPath, key.toHex() + '\n', "audit key file");
    return key;
}

std::optional<AuditHead> AuditKeyFile::readHead(const QByteArray &key) const
{
    const QString path = headPath();
#ifdef Q_OS_UNIX
    HeadFile file(path, O_RDONLY);
    if (!file.isOpen()) {
        if (errno == ENOENT)
            return std::nullopt;
        file.fail("read");
    }
    file.lock(LOCK_SH);
    return parseHead(file.read(), key, path);
#else
    QFile file(path);
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(Error::Kind::Store,
            QStringLiteral("The audit head file %1 cannot be read: %2.")
                .arg(native(path), file.errorString()));
    }
    return parseHead(file.read(1024), key, path);
#endif
}

void AuditKeyFile::advanceHead(const AuditHead &head, const QByteArray &key, const InTrail &inTrail) const
{
    const QString path = headPath();
    // The sequence of the head on file when it may give way to `head`.
    const auto advancingFrom = [&](const QByteArray &content) -> std::optional<qint64> {
        try {
            const AuditHead current = parseHead(content, key, path);
            if (current.sequence < head.sequence && (!inTrail || inTrail(current)))
                return current.sequence;
            return std::nullopt;
        } catch (const Error &error) {
            if (error.kind() == Error::Kind::BadData)
                return std::nullopt; // an altered head is kept for verify to report
            throw;
        }
    };
#ifdef Q_OS_UNIX
    for (;;) {
        HeadFile file(path, O_RDWR);
        if (file.isOpen()) {
            file.lock(LOCK_EX);
            if (const auto from = advancingFrom(file.read())) {
                file.overwrite(
                    headRecord(head, key), *from / kHeadFlushEvery != head.sequence / kHeadFlushEvery);
            }
            return;
        }
        if (errno != ENOENT)
            file.fail("open");
        // The first head is written whole and renamed into place, so that no reader ever finds the file
        // empty; the lock keeps two programs from both making it.
        const KeyLock lock(m_keyPath);
        if (QFile::exists(path))
            continue; // another program made it first: advance it in place
        writeOwnerOnly(path, headRecord(head, key), "audit head file");
        return;
    }
#else
    const KeyLock lock(m_keyPath);
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            throw Error(Error::Kind::Store,
                QStringLiteral("The audit head file %1 cannot be read: %2.")
                    .arg(native(path), file.errorString()));
        }
        if (!advancingFrom(file.read(1024)))
            return;
    }
    writeOwnerOnly(path, headRecord(head, key), "audit head file");
#endif
}

} // namespace chairside
