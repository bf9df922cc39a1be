// Store's audit trail: appending an entry to the hash chain, reading it back for the admin's view and
// verifying it. The chain itself (hashing, checking) is core/audit's; this file only loads and saves.

#include "audit/auditchain.h"
#include "audit/auditkeyfile.h"
#include "audit/auditverifier.h"
#include "common/error.h"
#include "scopedtransaction.h"
#include "sqlquery.h"
#include "statementcache.h"
#include "store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSysInfo>

#include <limits>

namespace chairside {

namespace {

const char *const kAuditColumns
    = "sequence, at, user_name, workstation, action, record_kind, record_id, patient_id, "
      "result, reason, break_glass, previous_hash, hash, from_cli";

/// An entry as stored. An action or result name this program does not know cannot be represented in
/// the enum: it reads as the first action or a failure, and its hash no longer matches, so verify names it.
AuditEntry auditEntryFrom(const SqlQuery &q)
{
    AuditEntry entry;
    entry.sequence = q.value(0).toLongLong();
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    entry.atUtc = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), QTimeZone::UTC);
#else
    entry.atUtc = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
#endif
    entry.event.userName = q.value(2).toString();
    entry.workstation = q.value(3).toString();
    entry.event.action = auditActionFromName(q.value(4).toString()).value_or(AuditAction::LogIn);
    entry.event.recordKind = q.value(5).toString();
    entry.event.recordId = q.value(6).toLongLong();
    entry.event.patientId = q.value(7).toLongLong();
    entry.event.result = auditResultFromName(q.value(8).toString()).value_or(AuditResult::Failed);
    entry.event.reason = q.value(9).toString();
    entry.event.breakGlass = q.value(10).toLongLong() != 0;
    entry.previousHash = q.value(11).toString().toLatin1();
    entry.hash = q.value(12).toString().toLatin1();
    entry.event.fromCli = q.value(13).toLongLong() != 0;
    // A name the enum cannot hold must not verify as the name it was read as.
    if (auditActionName(entry.event.action) != q.value(4).toString()
        || auditResultName(entry.event.result) != q.value(8).toString())
        entry.event.reason += QStringLiteral("\n[stored action or result not recognized]");
    return entry;
}

} // namespace

void Store::setWorkstation(const QString &workstation)
{
    m_workstation = workstation.trimmed();
}

QString Store::workstation() const
{
    if (!m_workstation.isEmpty())
        return m_workstation;
    if (m_defaultWorkstation.isEmpty()) {
        const QString program = QCoreApplication::applicationName();
        const QString host = QSysInfo::machineHostName();
        m_defaultWorkstation = program.isEmpty() ? host : QStringLiteral("%1 (%2)").arg(host, program);
    }
    return m_defaultWorkstation;
}

void Store::audit(const AuditEvent &event, const QDateTime &atUtc)
{
    if (!atUtc.isValid())
        throw Error::badData(
            QStringLiteral("at"), QStringLiteral("An audit entry needs the time of the action."));

    // Inside the caller's transaction (as a savepoint) or in one of its own: BEGIN IMMEDIATE holds the
    // write lock, so no other program can take the same sequence number between the read and the insert.
    ScopedTransaction transaction(*m_db);
    qint64 lastSequence = 0;
    QByteArray previousHash = auditGenesisHash();
    {
        const auto last = m_statements->take(
            QStringLiteral("SELECT sequence, hash FROM audit_entry ORDER BY sequence DESC LIMIT 1"),
            "read the audit trail's last entry");
        last->exec();
        if (last->next()) {
            lastSequence = last->value(0).toLongLong();
            previousHash = last->value(1).toString().toLatin1();
        }
    }

    const AuditKeyFile keyFile(path());
    if (m_auditKey.isEmpty()) {
        if (auto key = keyFile.load()) {
            m_auditKey = *key;
        } else if (lastSequence > 0) {
            // A new key would start a chain nobody can verify against the old one: refuse instead.
            throw Error(Error::Kind::Store,
                QStringLiteral(
                    "The audit key file %1 is missing, so nothing can be recorded: the audit trail "
                    "already has %2 entries made with it. Restore the key file from the backup kept "
                    "with the database (or point CHAIRSIDE_AUDIT_KEY at it).")
                    .arg(QDir::toNativeSeparators(keyFile.keyPath()))
                    .arg(lastSequence));
        } else if (m_db->isPostgreSql()) {
            // Every workstation of a server's database seals with one key, made by init or migrate on the
            // administrator's computer: a key made here would start a second chain.
            throw Error(Error::Kind::Store,
                QStringLiteral(
                    "This computer has no copy of the audit key of %1, so nothing can be recorded. "
                    "Copy the key file from the computer that ran chairside-cli init or migrate "
                    "to %2 (or point CHAIRSIDE_AUDIT_KEY at it).")
                    .arg(m_db->displayName(), QDir::toNativeSeparators(keyFile.keyPath())));
        } else {
            m_auditKey = keyFile.create();
        }
    }

    AuditEntry entry;
    entry.sequence = lastSequence + 1;
    entry.atUtc = atUtc.toUTC();
    entry.workstation = workstation();
    entry.event = event;
    entry.event.fromCli = event.fromCli || m_auditFromCli;
    sealAuditEntry(entry, previousHash, m_auditKey);

    static const QString insertSql
        = QStringLiteral("INSERT INTO audit_entry (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
              .arg(QLatin1String(kAuditColumns));
    m_statements->take(insertSql, "record the action in the audit trail")
        ->exec({entry.sequence, entry.atUtc.toMSecsSinceEpoch(), event.userName, entry.workstation,
            auditActionName(event.action), event.recordKind, event.recordId, event.patientId,
            auditResultName(event.result), event.reason, event.breakGlass ? 1 : 0,
            QString::fromLatin1(previousHash), QString::fromLatin1(entry.hash), entry.event.fromCli ? 1 : 0});

    // The head follows the commit (never ahead of what is on disk), once per transaction however many
    // entries it recorded. It moves only over the trail it describes: when the entry it names is gone or
    // different, the trail was cut, and moving the head past the cut would hide it. That is checked
    // under the head file's lock, after the commit, so a cut made at any time before is caught.
    const AuditHead head {entry.sequence, entry.hash};
    m_db->afterCommit(
        [this, keyFile, head] {
            try {
                keyFile.advanceHead(head, m_auditKey, [this](const AuditHead &written) {
                    const auto atHead = m_statements->take(
                        QStringLiteral("SELECT hash FROM audit_entry WHERE sequence = ?"),
                        "read the audit trail's last recorded entry");
                    atHead->exec({written.sequence});
                    return atHead->next() && atHead->value(0).toString().toLatin1() == written.hash;
                });
            } catch (const Error &error) {
                // The entry is committed and stays; only the guard against a cut-off tail lags until the
                // next entry is recorded, and verify says so if it never catches up.
                qCritical("Chairside recorded an audit entry but could not update %s: %s",
                    qUtf8Printable(keyFile.headPath()), qUtf8Printable(error.message()));
            }
        },
        QStringLiteral("audit-head:") + keyFile.headPath());
    transaction.commit();
}

QList<AuditEntry> Store::auditEntries(const AuditFilter &filter)
{
    QString where = QStringLiteral("1 = 1");
    QVariantList values;
    if (filter.patientId != 0) {
        where += QStringLiteral(" AND patient_id = ?");
        values << filter.patientId;
    }
    if (!filter.userName.isEmpty()) {
        where += QStringLiteral(" AND user_name = ?");
        values << filter.userName;
    }
    if (filter.fromUtc.isValid()) {
        where += QStringLiteral(" AND at >= ?");
        values << filter.fromUtc.toMSecsSinceEpoch();
    }
    if (filter.toUtc.isValid()) {
        where += QStringLiteral(" AND at < ?");
        values << filter.toUtc.toMSecsSinceEpoch();
    }
    if (filter.action) {
        where += QStringLiteral(" AND action = ?");
        values << auditActionName(*filter.action);
    }
    if (filter.breakGlassOnly)
        where += QStringLiteral(" AND break_glass = 1");
    if (filter.hideCliLogIns) {
        where += QStringLiteral(" AND NOT (from_cli = 1 AND action = ?)");
        values << auditActionName(AuditAction::LogIn);
    }
    // No limit is the largest one: SQLite's -1 means none, PostgreSQL refuses it.
    values << (filter.limit > 0 ? qint64(filter.limit) : std::numeric_limits<qint64>::max());

    SqlQuery q(*m_db,
        QStringLiteral("SELECT %1 FROM audit_entry WHERE %2 ORDER BY sequence DESC LIMIT ?")
            .arg(QLatin1String(kAuditColumns), where),
        "read the audit trail");
    q.execList(values);
    QList<AuditEntry> entries;
    while (q.next())
        entries << auditEntryFrom(q);
    return entries;
}

qint64 Store::auditEntryCount()
{
    SqlQuery q(*m_db, QStringLiteral("SELECT count(*) FROM audit_entry"), "count the audit trail's entries");
    q.exec();
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool Store::makeAuditKeyIfNone()
{
    const AuditKeyFile keyFile(path());
    if (keyFile.load() || auditEntryCount() > 0)
        return false;
    m_auditKey = keyFile.create();
    return true;
}

AuditVerdict Store::verifyAudit()
{
    AuditVerdict refused;
    refused.intact = false;
    const AuditKeyFile keyFile(path());
    const qint64 count = auditEntryCount();
    // A key that exists but cannot be read is a failure of this machine, not of the trail: it throws.
    if (m_auditKey.isEmpty()) {
        if (auto key = keyFile.load())
            m_auditKey = *key;
    }
    if (m_auditKey.isEmpty()) {
        if (count == 0 && !QFile::exists(keyFile.headPath()))
            return AuditVerdict {true, 0, 0, {}};
        refused.problem = QStringLiteral("the audit key file %1 is missing, so the trail cannot be checked")
                              .arg(QDir::toNativeSeparators(keyFile.keyPath()));
        return refused;
    }
    std::optional<AuditHead> head;
    try {
        head = keyFile.readHead(m_auditKey);
    } catch (const Error &error) {
        if (error.kind() != Error::Kind::BadData)
            throw;
        refused.problem = error.message();
        return refused;
    }
    if (!head && count > 0) {
        refused.problem
            = QStringLiteral("the record of the last entry written (%1) is missing, so a cut-off tail "
                             "cannot be ruled out")
                  .arg(QDir::toNativeSeparators(keyFile.headPath()));
        return refused;
    }

    AuditVerifier verifier(m_auditKey, head);
    SqlQuery q(*m_db,
        QStringLiteral("SELECT %1 FROM audit_entry ORDER BY sequence").arg(QLatin1String(kAuditColumns)),
        "read the audit trail");
    q.exec();
    while (q.next()) {
        if (!verifier.add(auditEntryFrom(q)))
            break;
    }
    return verifier.finish();
}

} // namespace chairside
