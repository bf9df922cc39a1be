#pragma once

#include "audithead.h"

#include <QByteArray>
#include <QString>

#include <functional>
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
    /// For the database at `databasePath`: $CHAIRSIDE_AUDIT_KEY when set, else "<database path>.audit-key";
    /// for a PostgreSQL server's address, the copy of the server's key every workstation keeps in its
    /// user's data folder (DatabaseLocation::beside).
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

    /// Whether the entry a head names is still in the trail, with that hash.
    using InTrail = std::function<bool(const AuditHead &)>;

    /// Records `head` as the last entry written. Leaves the file as it is when it already names a later
    /// entry (another program on the same database wrote it), when the entry it names is no longer in the
    /// trail (`inTrail`, when given, says: the trail was cut there, and moving the head past the cut would
    /// hide it), and when its check fails (that is evidence). Throws Error::Store.
    ///
    /// Cheap enough for every commit: after the first head, which is written aside, flushed and renamed
    /// into place, the file keeps one fixed-size record that is overwritten in place under an advisory
    /// lock: no new file, rename or lock file. Every program reading the file sees the new head at once;
    /// the disk is only waited for when the head passes a multiple of kHeadFlushEvery. Otherwise the
    /// write is started (on Linux) and reaches the disk within milliseconds, with the next commit's flush,
    /// or with the kernel's writeback within half a minute.
    ///
    /// So a head on disk can lag only after a power cut or a crash of the system (not of the program),
    /// and then by fewer than kHeadFlushEvery entries. A lagging head is safe (verify never takes it for
    /// tampering); what it gives up is the proof that those last entries were not cut off after the
    /// crash. Their chain still proves every one of them that remains unaltered.
    void advanceHead(const AuditHead &head, const QByteArray &key, const InTrail &inTrail = {}) const;

    /// The size of a head record: the file is never longer, so overwriting it never changes its size.
    static constexpr int kHeadRecordBytes = 256;
    /// The head is flushed to disk whenever it passes a multiple of this many entries.
    static constexpr qint64 kHeadFlushEvery = 64;

private:
    QString m_keyPath;
};

} // namespace chairside
