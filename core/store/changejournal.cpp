#include "changejournal.h"

#include "common/error.h"
#include "database.h"
#include "storevalues.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace chairside {

namespace {

QString entityName(Change::Entity entity)
{
    switch (entity) {
    case Change::Entity::Appointment:
        return QStringLiteral("appointment");
    case Change::Entity::Patient:
        return QStringLiteral("patient");
    case Change::Entity::InterfaceMessage:
        return QStringLiteral("interface_message");
    case Change::Entity::Everything:
        break;
    }
    return QStringLiteral("everything");
}

Change::Entity entityFrom(const QString &name)
{
    if (name == QLatin1String("appointment"))
        return Change::Entity::Appointment;
    if (name == QLatin1String("patient"))
        return Change::Entity::Patient;
    if (name == QLatin1String("interface_message"))
        return Change::Entity::InterfaceMessage;
    // News that cannot be placed is still news: everything is read again rather than nothing.
    return Change::Entity::Everything;
}

QDateTime instantFromSecs(qint64 secs)
{
    return StoreValues::instantFrom(QVariant(secs));
}

/// How often the journal is trimmed: every this many changes, rather than after every transaction.
constexpr qint64 kPruneEvery = 256;

/// What ChangeJournal::write asks of a changed row, by table, in the server's one statement.
QString serverTableName(ChangeTracker::Table table)
{
    switch (table) {
    case ChangeTracker::Table::Appointment:
        return QStringLiteral("appointment");
    case ChangeTracker::Table::Coverage:
        return QStringLiteral("coverage");
    case ChangeTracker::Table::Order:
        return QStringLiteral("order");
    case ChangeTracker::Table::Authorization:
        return QStringLiteral("authorization");
    case ChangeTracker::Table::Patient:
    case ChangeTracker::Table::InterfaceMessage:
        break;
    }
    return {};
}

/// A PostgreSQL array literal of plain words and numbers (no quoting needed), NULL for an empty one.
QString arrayLiteral(const QStringList &items)
{
    return QLatin1Char('{') + items.join(QLatin1Char(',')) + QLatin1Char('}');
}

QString numberOrNull(const QVariant &value)
{
    return value.isValid() ? QString::number(value.toLongLong()) : QStringLiteral("NULL");
}

} // namespace

ChangeJournal::ChangeJournal(Database &db)
    : m_insert(db,
        QStringLiteral(
            "INSERT INTO change_log (entity, entity_id, center_id, start_utc) VALUES (?, ?, ?, ?)"),
        "journal the change")
    , m_prune(db, QStringLiteral("DELETE FROM change_log WHERE seq <= ?"), "trim the change journal")
    , m_appointment(db, QStringLiteral("SELECT center_id, start_utc FROM appointment WHERE id = ?"),
          "place the changed appointment")
    , m_coverageOwner(
          db, QStringLiteral("SELECT patient_id FROM coverage WHERE id = ?"), "find whose coverage changed")
    , m_orderOwner(db, QStringLiteral("SELECT patient_id FROM prescriber_order WHERE id = ?"),
          "find whose order changed")
    , m_authorizationOwner(db, QStringLiteral("SELECT patient_id FROM prior_authorization WHERE id = ?"),
          "find whose prior authorization changed")
    , m_read(db,
          QStringLiteral("SELECT seq, entity, entity_id, center_id, start_utc FROM change_log "
                         "WHERE seq > ? AND seq <= ? ORDER BY seq"),
          "read the change journal")
    , m_bounds(db, QStringLiteral("SELECT coalesce(min(seq), 0), coalesce(max(seq), 0) FROM change_log"),
          "read the change journal")
{
    if (!db.isPostgreSql())
        return;
    m_serverPlaces.emplace(db,
        QStringLiteral(
            "SELECT r.tbl, r.row_id, a.center_id, a.start_utc, coalesce(c.patient_id, o.patient_id, "
            "pa.patient_id) FROM unnest(CAST(? AS text[]), CAST(? AS bigint[])) AS r(tbl, row_id) "
            "LEFT JOIN appointment a ON r.tbl = 'appointment' AND a.id = r.row_id "
            "LEFT JOIN coverage c ON r.tbl = 'coverage' AND c.id = r.row_id "
            "LEFT JOIN prescriber_order o ON r.tbl = 'order' AND o.id = r.row_id "
            "LEFT JOIN prior_authorization pa ON r.tbl = 'authorization' AND pa.id = r.row_id"),
        "place the changed records");
    m_serverInsert.emplace(db,
        QStringLiteral("INSERT INTO change_log (entity, entity_id, center_id, start_utc) SELECT * FROM "
                       "unnest(CAST(? AS text[]), CAST(? AS bigint[]), CAST(? AS bigint[]), "
                       "CAST(? AS bigint[])) RETURNING seq"),
        "journal the changes");
}

qint64 ChangeJournal::append(const Change &change)
{
    m_insert.exec({entityName(change.entity), change.id ? QVariant(change.id) : QVariant(),
        change.centerId ? QVariant(change.centerId) : QVariant(),
        StoreValues::instantValue(change.startUtc)});
    return m_insert.lastInsertId();
}

ChangeList ChangeJournal::write(const ChangeTracker::Collected &collected)
{
    ChangeList changes;
    if (collected.everything) {
        changes << Change {0, Change::Entity::Everything, 0, 0, {}};
    } else {
        // On a server, every row's place and owner at once: (table, row) -> (center, start, patient).
        struct Found
        {
            qint64 centerId = 0;
            qint64 startSecs = 0;
            qint64 patientId = 0;
        };
        QHash<std::pair<QString, qint64>, Found> found;
        if (m_serverPlaces) {
            QStringList tables;
            QStringList rowids;
            for (const ChangeTracker::Row &row : collected.rows) {
                const QString table = serverTableName(row.table);
                if (!table.isEmpty()) {
                    tables << table;
                    rowids << QString::number(row.rowid);
                }
            }
            if (!tables.isEmpty()) {
                m_serverPlaces->exec({arrayLiteral(tables), arrayLiteral(rowids)});
                while (m_serverPlaces->next()) {
                    found.insert({m_serverPlaces->value(0).toString(), m_serverPlaces->value(1).toLongLong()},
                        {m_serverPlaces->value(2).toLongLong(), m_serverPlaces->value(3).toLongLong(),
                            m_serverPlaces->value(4).toLongLong()});
                }
                m_serverPlaces->finish();
            }
        }
        QSet<qint64> patients;
        const auto ownerOf = [&](SqlQuery &query, const ChangeTracker::Row &row) {
            qint64 patient = 0;
            if (m_serverPlaces) {
                patient = found.value({serverTableName(row.table), row.rowid}).patientId;
            } else {
                query.exec({row.rowid});
                patient = query.next() ? query.value(0).toLongLong() : 0;
                query.finish();
            }
            if (patient != 0 && !patients.contains(patient)) {
                patients.insert(patient);
                changes << Change {0, Change::Entity::Patient, patient, 0, {}};
            }
        };
        for (const ChangeTracker::Row &row : collected.rows) {
            switch (row.table) {
            case ChangeTracker::Table::Appointment: {
                Change now {0, Change::Entity::Appointment, row.rowid, 0, {}};
                if (m_serverPlaces) {
                    const auto place = found.constFind({serverTableName(row.table), row.rowid});
                    if (place != found.constEnd() && place->centerId != 0) {
                        now.centerId = place->centerId;
                        now.startUtc = instantFromSecs(place->startSecs);
                    }
                } else {
                    m_appointment.exec({row.rowid});
                    if (m_appointment.next()) {
                        now.centerId = m_appointment.value(0).toLongLong();
                        now.startUtc = instantFromSecs(m_appointment.value(1).toLongLong());
                    }
                    m_appointment.finish();
                }
                const Change before {0, Change::Entity::Appointment, row.rowid, row.oldCenterId,
                    row.hadPlace ? instantFromSecs(row.oldStartSecs) : QDateTime()};
                if (now.centerId != 0 || !row.hadPlace)
                    changes << now;
                // A moved appointment leaves one day and joins another: both hear of it.
                if (row.hadPlace && (before.centerId != now.centerId || before.startUtc != now.startUtc))
                    changes << before;
                break;
            }
            case ChangeTracker::Table::Patient:
                if (!patients.contains(row.rowid)) {
                    patients.insert(row.rowid);
                    changes << Change {0, Change::Entity::Patient, row.rowid, 0, {}};
                }
                break;
            case ChangeTracker::Table::Coverage:
                ownerOf(m_coverageOwner, row);
                break;
            case ChangeTracker::Table::Order:
                ownerOf(m_orderOwner, row);
                break;
            case ChangeTracker::Table::Authorization:
                ownerOf(m_authorizationOwner, row);
                break;
            case ChangeTracker::Table::InterfaceMessage:
                changes << Change {0, Change::Entity::InterfaceMessage, row.rowid, 0, {}};
                break;
            }
        }
    }
    if (changes.isEmpty())
        return changes;
    qint64 last = 0;
    if (m_serverInsert) {
        QStringList entities;
        QStringList ids;
        QStringList centers;
        QStringList starts;
        for (const Change &change : std::as_const(changes)) {
            entities << entityName(change.entity);
            ids << (change.id ? QString::number(change.id) : QStringLiteral("NULL"));
            centers << (change.centerId ? QString::number(change.centerId) : QStringLiteral("NULL"));
            starts << numberOrNull(StoreValues::instantValue(change.startUtc));
        }
        m_serverInsert->exec(
            {arrayLiteral(entities), arrayLiteral(ids), arrayLiteral(centers), arrayLiteral(starts)});
        // The identity numbers the rows in the order unnest gives them, which is the list's.
        QList<qint64> seqs;
        while (m_serverInsert->next())
            seqs << m_serverInsert->value(0).toLongLong();
        m_serverInsert->finish();
        if (seqs.size() != changes.size())
            throw Error(Error::Kind::Store,
                QStringLiteral("Could not journal the change: the server wrote %1 of %2.")
                    .arg(seqs.size())
                    .arg(changes.size()));
        std::sort(seqs.begin(), seqs.end());
        for (qsizetype i = 0; i < changes.size(); ++i)
            changes[i].seq = seqs[i];
        last = seqs.last();
    } else {
        for (Change &change : changes)
            last = change.seq = append(change);
    }
    // Trimmed when the numbers pass a multiple of kPruneEvery, not after every write: a statement fewer
    // for most writes, and at most kPruneEvery rows more kept.
    if (last > kKept && (changes.first().seq - 1) / kPruneEvery != last / kPruneEvery)
        m_prune.exec({last - kKept});
    return changes;
}

qint64 ChangeJournal::lastSeq()
{
    m_bounds.exec();
    const qint64 last = m_bounds.next() ? m_bounds.value(1).toLongLong() : 0;
    m_bounds.finish();
    return last;
}

ChangeJournal::Read ChangeJournal::since(qint64 seq)
{
    m_bounds.exec();
    qint64 first = 0;
    qint64 last = 0;
    if (m_bounds.next()) {
        first = m_bounds.value(0).toLongLong();
        last = m_bounds.value(1).toLongLong();
    }
    m_bounds.finish();
    Read read;
    read.lastSeq = std::max(seq, last);
    if (last <= seq)
        return read;
    // Rows after `seq` were pruned before this reader saw them, or so many wait that reading the
    // day again is cheaper than hearing of each.
    if (first > seq + 1 || last - seq > kReadLimit) {
        read.changes << Change {last, Change::Entity::Everything, 0, 0, {}};
        return read;
    }
    m_read.exec({seq, last});
    while (m_read.next()) {
        Change change;
        change.seq = m_read.value(0).toLongLong();
        change.entity = entityFrom(m_read.value(1).toString());
        change.id = m_read.value(2).toLongLong();
        change.centerId = m_read.value(3).toLongLong();
        change.startUtc = StoreValues::instantFrom(m_read.value(4));
        read.changes << change;
    }
    m_read.finish();
    return read;
}

} // namespace chairside
