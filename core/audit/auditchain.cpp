#include "auditchain.h"

#include "auditverifier.h"
#include "common/error.h"

#include <QtEndian>

#include <sodium.h>

namespace chairside {

namespace {

void ensureSodium()
{
    // sodium_init() is safe to call again, but takes a lock each time; once it worked, it stays so.
    static const bool started = sodium_init() >= 0;
    if (!started)
        throw Error(Error::Kind::Store,
            QStringLiteral("The cryptography library could not start, so the audit "
                           "trail cannot be kept. Reinstall Chairside."));
}

void checkKey(const QByteArray &key)
{
    if (key.size() != kAuditKeyBytes) {
        throw Error(Error::Kind::Store,
            QStringLiteral("The audit key is %1 bytes long instead of %2; the key file is damaged.")
                .arg(key.size())
                .arg(kAuditKeyBytes));
    }
}

void appendField(QByteArray &out, const QByteArray &field)
{
    char length[8];
    qToBigEndian(quint64(field.size()), length);
    out.append(length, sizeof length);
    out.append(field);
}

void appendField(QByteArray &out, const QString &field)
{
    appendField(out, field.toUtf8());
}

void appendField(QByteArray &out, qint64 field)
{
    appendField(out, QByteArray::number(field));
}

/// The HMAC's state after the key, kept per thread for the last key used: every entry of a trail is
/// sealed with the same key, and starting from the keyed state saves the two blocks the key costs.
class KeyedState
{
public:
    KeyedState() = default;
    KeyedState(const KeyedState &) = delete;
    KeyedState &operator=(const KeyedState &) = delete;
    ~KeyedState() { sodium_memzero(&m_state, sizeof m_state); }

    const crypto_auth_hmacsha256_state &forKey(const QByteArray &key)
    {
        if (key != m_key) {
            crypto_auth_hmacsha256_init(
                &m_state, reinterpret_cast<const unsigned char *>(key.constData()), size_t(key.size()));
            m_key = key;
        }
        return m_state;
    }

private:
    QByteArray m_key;
    crypto_auth_hmacsha256_state m_state {};
};

QByteArray hmacHex(const QByteArray &key, const QByteArray &message)
{
    ensureSodium();
    checkKey(key);
    thread_local KeyedState keyed;
    crypto_auth_hmacsha256_state state = keyed.forKey(key);
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_update(
        &state, reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()));
    crypto_auth_hmacsha256_final(&state, mac);
    sodium_memzero(&state, sizeof state);
    return QByteArray(reinterpret_cast<const char *>(mac), sizeof mac).toHex();
}

} // namespace

QByteArray auditGenesisHash()
{
    return QByteArray(64, '0');
}

QByteArray auditCanonicalContent(const AuditEntry &entry)
{
    QByteArray out;
    out.reserve(256);
    // The format's name and version come first, so that a later format can never collide with this one.
    appendField(out, QByteArrayLiteral("chairside-audit-entry-1"));
    appendField(out, entry.sequence);
    appendField(out, entry.atUtc.isValid() ? entry.atUtc.toMSecsSinceEpoch() : qint64(0));
    appendField(out, entry.event.userName);
    appendField(out, entry.workstation);
    appendField(out, auditActionName(entry.event.action));
    appendField(out, entry.event.recordKind);
    appendField(out, entry.event.recordId);
    appendField(out, entry.event.patientId);
    appendField(out, auditResultName(entry.event.result));
    appendField(out, entry.event.reason);
    appendField(out, qint64(entry.event.breakGlass ? 1 : 0));
    // Only when set: entries from before the mark (and every entry without it) keep the content, and so
    // the hash, they were sealed with. The fields are length-prefixed, so one more cannot collide.
    if (entry.event.fromCli)
        appendField(out, QByteArrayLiteral("cli"));
    return out;
}

QByteArray auditEntryHash(const QByteArray &key, const QByteArray &previousHash, const AuditEntry &entry)
{
    QByteArray message;
    appendField(message, previousHash);
    message.append(auditCanonicalContent(entry));
    return hmacHex(key, message);
}

void sealAuditEntry(AuditEntry &entry, const QByteArray &previousHash, const QByteArray &key)
{
    entry.previousHash = previousHash;
    entry.hash = auditEntryHash(key, previousHash, entry);
}

QByteArray auditHeadMac(const QByteArray &key, const AuditHead &head)
{
    QByteArray message;
    appendField(message, QByteArrayLiteral("chairside-audit-head-1"));
    appendField(message, head.sequence);
    appendField(message, head.hash);
    return hmacHex(key, message);
}

AuditVerdict verifyAuditChain(
    const QList<AuditEntry> &entries, const QByteArray &key, const std::optional<AuditHead> &head)
{
    AuditVerifier verifier(key, head);
    for (const AuditEntry &entry : entries) {
        if (!verifier.add(entry))
            break;
    }
    return verifier.finish();
}

} // namespace chairside
