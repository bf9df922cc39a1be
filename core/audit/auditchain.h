#pragma once

#include "auditevent.h"
#include "audithead.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace chairside {

// The hash chain of the audit trail, as pure functions of values: no database, no files.

/// The key's length in bytes: HMAC-SHA256's.
inline constexpr int kAuditKeyBytes = 32;

/// The previous hash of the first entry: 64 zeros.
QByteArray auditGenesisHash();

/// What an entry's hash covers besides the previous hash: every field of the entry but the two hashes,
/// each prefixed with its length, so that no text can move a boundary between fields (a user name
/// ending in what looks like a workstation). Names, not enum values, stand for the action and result.
QByteArray auditCanonicalContent(const AuditEntry &entry);

/// HMAC-SHA256(key, previousHash ‖ canonical content), lower-case hex. Throws Error::Store for a key of
/// the wrong length.
QByteArray auditEntryHash(const QByteArray &key, const QByteArray &previousHash, const AuditEntry &entry);

/// Sets the entry's previous hash and its own hash, chaining it after `previousHash`.
void sealAuditEntry(AuditEntry &entry, const QByteArray &previousHash, const QByteArray &key);

/// The keyed check of a head anchor, lower-case hex: the head's file cannot be moved back without the key.
QByteArray auditHeadMac(const QByteArray &key, const AuditHead &head);

/// Checks entries given in sequence order from the first against the key, and the end of the trail
/// against the head when there is one. See AuditVerifier for the words of the verdict.
AuditVerdict verifyAuditChain(
    const QList<AuditEntry> &entries, const QByteArray &key, const std::optional<AuditHead> &head);

} // namespace chairside
