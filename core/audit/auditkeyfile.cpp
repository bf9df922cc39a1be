#include "auditkeyfile.h"

#include "auditchain.h"
#include "common/error.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QSaveFile>

#include <sodium.h>

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
        m_keyPath = databasePath + QStringLiteral(".audit-key");
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
    QFile file(path);
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(Error::Kind::Store,
            QStringLiteral("The audit head file %1 cannot be read: %2.")
                .arg(native(path), file.errorString()));
    }
    // "chairside-audit-head-1 SEQUENCE HASH MAC"
    const QList<QByteArray> parts = file.read(1024).simplified().split(' ');
    AuditHead head;
    bool ok = parts.size() == 4 && parts[0] == "chairside-audit-head-1";
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

void AuditKeyFile::advanceHead(const AuditHead &head, const QByteArray &key) const
{
    const KeyLock lock(m_keyPath);
    try {
        const auto current = readHead(key);
        if (current && current->sequence >= head.sequence)
            return;
    } catch (const Error &error) {
        if (error.kind() == Error::Kind::BadData)
            return; // an altered head is kept for verify to report
        throw;
    }
    const QByteArray line = QByteArrayLiteral("chairside-audit-head-1 ") + QByteArray::number(head.sequence)
        + ' ' + head.hash + ' ' + auditHeadMac(key, head) + '\n';
    writeOwnerOnly(headPath(), line, "audit head file");
}

} // namespace chairside
