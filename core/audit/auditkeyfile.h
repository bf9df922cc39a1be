#pragma once

#include "audithead.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace chairside {

/// The audit trail's secret and its head anchor, kept in files outside the database so that someone who
/// can write the database alone can neither forge entries nor cut the tail unseen. Both files are
/// readable by their owner only. The key is 32 random bytes as hex; the head is the last sequence and
/// hash written, with an HMAC of them.
///
/// One key, and so one head, per database: two databases pointed at one key file through
/// CHAIRSIDE_AUDIT_KEY would each take the other's head for a cut-off tail of their own.
class AuditKeyFile final
{
public:
    /// For the database at `databasePath`: $CHAIRSIDE_AUDIT_KEY when set, else "<database path>.audit-key".
    /// Throws Error::Store for an in-memory database without $CHAIRSIDE_AUDIT_KEY.
    explicit AuditKeyFile(const QString &databasePath);

    const QString &keyPath() const { return m_keyPath; }
    /// "<key file>.head"
    QString headPath() const;

    /// The key, or nothing when the file does not exist. Throws Error::Store when it exists but cannot be
    /// read or is not a key: such a file is never replaced.
    std::optional<QByteArray> load() const;
    /// Makes a new random key, unless another program made one first (then that one is returned).
    QByteArray create() const;

    /// The head, or nothing when its file does not exist. Throws Error::BadData when its check fails (the
    /// file was edited, or belongs to another key) and Error::Store when it cannot be read.
    std::optional<AuditHead> readHead(const QByteArray &key) const;
    /// Records `head` as the last entry written, unless the file already names a later one (another
    /// program on the same database may have written it). Never replaces a head whose check fails: that
    /// is evidence. Atomic: the old file stays whole until the new one is on disk. Throws Error::Store.
    void advanceHead(const AuditHead &head, const QByteArray &key) const;

private:
    QString m_keyPath;
};

} // namespace chairside
