#pragma once

#include "auditevent.h"
#include "audithead.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace chairside {

/// Walks the trail one entry at a time, in sequence order from the first, so that a long trail is
/// checked without holding it in memory. Each entry must carry the next sequence number, name the
/// previous entry's hash, and hash (with the key) to its own hash; the last must reach the head.
///
/// The verdict names the first entry that fails: "entry 812 was changed" (its content or hashes do not
/// match the key), "entry 813 is missing or out of order" (the entry found at that place is another,
/// itself unaltered), "the trail ends at entry 9990 but entries up to 10000 were written" (a cut-off
/// tail; firstBad is 0 then).
class AuditVerifier final
{
public:
    AuditVerifier(QByteArray key, std::optional<AuditHead> head);

    /// Checks the next entry. False once the trail has failed: later entries cannot mend it.
    bool add(const AuditEntry &entry);
    AuditVerdict finish() const;

private:
    void fail(qint64 sequence, const QString &problem);

    QByteArray m_key;
    std::optional<AuditHead> m_head;
    QByteArray m_previous;
    qint64 m_expected = 1;
    qint64 m_checked = 0;
    bool m_headMatched = false;
    bool m_failed = false;
    qint64 m_firstBad = 0;
    QString m_problem;
};

} // namespace chairside
