#include "auditverifier.h"

#include "auditchain.h"

#include <utility>

namespace chairside {

AuditVerifier::AuditVerifier(QByteArray key, std::optional<AuditHead> head)
    : m_key(std::move(key))
    , m_head(std::move(head))
    , m_previous(auditGenesisHash())
{ }

bool AuditVerifier::add(const AuditEntry &entry)
{
    if (m_failed)
        return false;
    ++m_checked;
    // An entry that still matches its own stored hashes is genuine: finding it in the wrong place means
    // the trail around it was cut or reordered, not that the entry was edited.
    const auto genuine = [&] { return auditEntryHash(m_key, entry.previousHash, entry) == entry.hash; };
    if (entry.sequence != m_expected) {
        fail(m_expected,
            genuine() ? QStringLiteral("entry %1 is missing or out of order").arg(m_expected)
                      : QStringLiteral("entry %1 was changed").arg(m_expected));
        return false;
    }
    if (entry.previousHash != m_previous) {
        fail(entry.sequence,
            genuine()
                ? QStringLiteral("entry %1 does not follow entry %2: an entry is missing or out of order")
                      .arg(entry.sequence)
                      .arg(entry.sequence - 1)
                : QStringLiteral("entry %1 was changed").arg(entry.sequence));
        return false;
    }
    if (auditEntryHash(m_key, m_previous, entry) != entry.hash) {
        fail(entry.sequence, QStringLiteral("entry %1 was changed").arg(entry.sequence));
        return false;
    }
    if (m_head && m_head->sequence == entry.sequence)
        m_headMatched = m_head->hash == entry.hash;
    m_previous = entry.hash;
    ++m_expected;
    return true;
}

AuditVerdict AuditVerifier::finish() const
{
    AuditVerdict verdict;
    verdict.entries = m_checked;
    if (m_failed) {
        verdict.intact = false;
        verdict.firstBad = m_firstBad;
        verdict.problem = m_problem;
        return verdict;
    }
    const qint64 last = m_expected - 1;
    if (m_head && m_head->sequence > last) {
        verdict.intact = false;
        verdict.problem = last == 0
            ? QStringLiteral("the trail is empty but entries up to %1 were written").arg(m_head->sequence)
            : QStringLiteral("the trail ends at entry %1 but entries up to %2 were written")
                  .arg(last)
                  .arg(m_head->sequence);
    } else if (m_head && m_head->sequence > 0 && !m_headMatched) {
        // The right number of entries, but not the ones written: the tail was cut and others put in its
        // place.
        verdict.intact = false;
        verdict.firstBad = m_head->sequence;
        verdict.problem
            = QStringLiteral("entry %1 is not the entry last written there: the trail was cut and "
                             "written again from there")
                  .arg(m_head->sequence);
    }
    return verdict;
}

void AuditVerifier::fail(qint64 sequence, const QString &problem)
{
    m_failed = true;
    m_firstBad = sequence;
    m_problem = problem;
}

} // namespace chairside
