#include "changejournal.h"

#include "database.h"
#include "storevalues.h"

#include <QSet>

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
{ }

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
        QSet<qint64> patients;
        const auto ownerOf = [&patients, &changes](SqlQuery &query, qint64 rowid) {
            query.exec({rowid});
            const qint64 patient = query.next() ? query.value(0).toLongLong() : 0;
            query.finish();
            if (patient != 0 && !patients.contains(patient)) {
                patients.insert(patient);
                changes << Change {0, Change::Entity::Patient, patient, 0, {}};
            }
        };
        for (const ChangeTracker::Row &row : collected.rows) {
            switch (row.table) {
            case ChangeTracker::Table::Appointment: {
                Change now {0, Change::Entity::Appointment, row.rowid, 0, {}};
                m_appointment.exec({row.rowid});
                if (m_appointment.next()) {
                    now.centerId = m_appointment.value(0).toLongLong();
                    now.startUtc = instantFromSecs(m_appointment.value(1).toLongLong());
                }
                m_appointment.finish();
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
                ownerOf(m_coverageOwner, row.rowid);
                break;
            case ChangeTracker::Table::Order:
                ownerOf(m_orderOwner, row.rowid);
                break;
            case ChangeTracker::Table::Authorization:
                ownerOf(m_authorizationOwner, row.rowid);
                break;
            case ChangeTracker::Table::InterfaceMessage:
                changes << Change {0, Change::Entity::InterfaceMessage, row.rowid, 0, {}};
                break;
            }
        }
    }
    qint64 last = 0;
    for (Change &change : changes)
        last = change.seq = append(change);
    if (last > kKept)
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
