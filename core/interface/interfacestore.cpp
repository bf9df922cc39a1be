#include "interfacestore.h"

#include "store/database.h"
#include "store/sqlquery.h"
#include "store/statementcache.h"

#include <QTimeZone>

namespace chairside {

namespace {

QVariant millis(const QDateTime &instant)
{
    return instant.isValid() ? QVariant(instant.toMSecsSinceEpoch()) : QVariant();
}

QDateTime fromMillis(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

QVariant optionalId(qint64 id)
{
    return id != 0 ? QVariant(id) : QVariant();
}

const char *const kMessageColumns
    = "id, received_at, channel, sender, sending_application, sending_facility, format, message_type, "
      "control_id, length(raw), state, error_segment, error_field, error_code, error_reason, needs_kind, "
      "needs_value, summary, applied_at, retries, retried_by, retried_at, duplicate_of";

InterfaceMessage messageFrom(const SqlQuery &q)
{
    InterfaceMessage m;
    m.id = q.value(0).toLongLong();
    m.receivedAtUtc = fromMillis(q.value(1));
    m.channel = interfaceChannelFromName(q.value(2).toString()).value_or(InterfaceChannel::File);
    m.sender = q.value(3).toString();
    m.sendingApplication = q.value(4).toString();
    m.sendingFacility = q.value(5).toString();
    m.format = interfaceFormatFromName(q.value(6).toString());
    m.messageType = q.value(7).toString();
    m.controlId = q.value(8).toString();
    m.rawSize = q.value(9).toLongLong();
    m.state = interfaceStateFromName(q.value(10).toString()).value_or(InterfaceState::Quarantined);
    const QString reason = q.value(14).toString();
    if (!reason.isEmpty()) {
        InterfaceError e;
        e.segment = q.value(11).toString();
        e.field = q.value(12).toString();
        e.code = q.value(13).isNull() ? 207 : q.value(13).toInt();
        e.reason = reason;
        m.error = e;
    }
    m.needsKind = mappingKindFromName(q.value(15).toString());
    m.needsValue = q.value(16).toString();
    m.summary = q.value(17).toString();
    m.appliedAtUtc = fromMillis(q.value(18));
    m.retries = q.value(19).toInt();
    m.retriedBy = q.value(20).toString();
    m.retriedAtUtc = fromMillis(q.value(21));
    m.duplicateOf = q.value(22).toLongLong();
    return m;
}

QString messageSelect(const char *rest)
{
    return QStringLiteral("SELECT %1 FROM interface_message %2")
        .arg(QLatin1String(kMessageColumns), QLatin1String(rest));
}

QVariantList outcomeValues(const InterfaceMessage &m)
{
    const InterfaceError e = m.error.value_or(InterfaceError {});
    return {interfaceStateName(m.state), e.segment, e.field, m.error ? QVariant(e.code) : QVariant(),
        e.reason, m.needsKind ? mappingKindName(*m.needsKind) : QString(),
        m.needsKind ? m.needsValue : QString(), m.summary, millis(m.appliedAtUtc), optionalId(m.duplicateOf)};
}

} // namespace

InterfaceStore::InterfaceStore(Database &db)
    : m_statements(std::make_unique<StatementCache>(db))
{ }

InterfaceStore::~InterfaceStore() = default;

qint64 InterfaceStore::addMessage(const InterfaceMessage &m)
{
    const auto q = m_statements->take(
        QStringLiteral("INSERT INTO interface_message (received_at, channel, sender, sending_application, "
                       "sending_facility, format, message_type, control_id, raw, state, error_segment, "
                       "error_field, error_code, error_reason, needs_kind, needs_value, summary, applied_at, "
                       "duplicate_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        "record the received message");
    QVariantList values {millis(m.receivedAtUtc), interfaceChannelName(m.channel), m.sender,
        m.sendingApplication, m.sendingFacility, interfaceFormatName(m.format), m.messageType, m.controlId,
        m.raw};
    values << outcomeValues(m);
    q->execList(values);
    return q->lastInsertId();
}

void InterfaceStore::setOutcome(const InterfaceMessage &m)
{
    const auto q = m_statements->take(
        QStringLiteral("UPDATE interface_message SET state = ?, error_segment = ?, error_field = ?, "
                       "error_code = ?, error_reason = ?, needs_kind = ?, needs_value = ?, summary = ?, "
                       "applied_at = ?, duplicate_of = ? WHERE id = ?"),
        "record what became of the message");
    QVariantList values = outcomeValues(m);
    values << m.id;
    q->execList(values);
}

void InterfaceStore::setApplied(const InterfaceMessage &m)
{
    const auto q = m_statements->take(
        QStringLiteral(
            "UPDATE interface_message SET summary = ?, applied_at = ?, duplicate_of = ? WHERE id = ?"),
        "record what the message did");
    q->exec({m.summary, millis(m.appliedAtUtc), optionalId(m.duplicateOf), m.id});
}

void InterfaceStore::markRetried(qint64 id, const QString &user, const QDateTime &atUtc)
{
    const auto q = m_statements->take(QStringLiteral("UPDATE interface_message SET retries = retries + 1, "
                                                     "retried_by = ?, retried_at = ? WHERE id = ?"),
        "count the retry");
    q->exec({user, millis(atUtc), id});
}

std::optional<qint64> InterfaceStore::appliedWithControlId(
    const QString &application, const QString &facility, const QString &controlId)
{
    const auto q = m_statements->take(
        QStringLiteral(
            "SELECT id FROM interface_message WHERE sending_application = ? AND sending_facility = ? "
            "AND control_id = ? AND control_id <> '' AND state = 'applied' ORDER BY id LIMIT 1"),
        "look for the same message received before");
    q->exec({application, facility, controlId});
    if (!q->next())
        return std::nullopt;
    return q->value(0).toLongLong();
}

std::optional<InterfaceMessage> InterfaceStore::message(qint64 id, bool withRaw)
{
    static const QString sql = messageSelect("WHERE id = ?");
    InterfaceMessage m;
    {
        const auto q = m_statements->take(sql, "read the message");
        q->exec({id});
        if (!q->next())
            return std::nullopt;
        m = messageFrom(*q);
    }
    if (withRaw) {
        const auto q = m_statements->take(
            QStringLiteral("SELECT raw FROM interface_message WHERE id = ?"), "read the message's text");
        q->exec({id});
        if (q->next())
            m.raw = q->value(0).toByteArray();
    }
    return m;
}

QList<InterfaceMessage> InterfaceStore::messages(const InterfaceMessageFilter &filter)
{
    static const QString all = messageSelect("ORDER BY id DESC LIMIT ? OFFSET ?");
    static const QString byState = messageSelect("WHERE state = ? ORDER BY id DESC LIMIT ? OFFSET ?");
    const auto q = m_statements->take(filter.state ? byState : all, "list the received messages");
    if (filter.state)
        q->exec({interfaceStateName(*filter.state), filter.limit, filter.offset});
    else
        q->exec({filter.limit, filter.offset});
    QList<InterfaceMessage> result;
    while (q->next())
        result << messageFrom(*q);
    return result;
}

InterfaceCounts InterfaceStore::counts()
{
    const auto q = m_statements->take(
        QStringLiteral("SELECT state, count(*) FROM interface_message GROUP BY state"), "count the messages");
    q->exec();
    InterfaceCounts counts;
    while (q->next()) {
        const qint64 n = q->value(1).toLongLong();
        switch (interfaceStateFromName(q->value(0).toString()).value_or(InterfaceState::Quarantined)) {
        case InterfaceState::Applied:
            counts.applied += n;
            break;
        case InterfaceState::Quarantined:
            counts.quarantined += n;
            break;
        case InterfaceState::Duplicate:
            counts.duplicate += n;
            break;
        case InterfaceState::Ignored:
            counts.ignored += n;
            break;
        }
    }
    return counts;
}

QList<std::tuple<MappingKind, QString, int>> InterfaceStore::waiting()
{
    const auto q = m_statements->take(
        QStringLiteral(
            "SELECT needs_kind, needs_value, count(*) FROM interface_message WHERE needs_kind <> '' "
            "AND state = 'quarantined' GROUP BY needs_kind, needs_value "
            "ORDER BY count(*) DESC, needs_kind, needs_value"),
        "list what the quarantined messages wait for");
    q->exec();
    QList<std::tuple<MappingKind, QString, int>> result;
    while (q->next()) {
        if (const auto kind = mappingKindFromName(q->value(0).toString()))
            result.append({*kind, q->value(1).toString(), q->value(2).toInt()});
    }
    return result;
}

QList<qint64> InterfaceStore::waitingOn(MappingKind kind, const QString &value)
{
    const auto q = m_statements->take(
        QStringLiteral("SELECT id FROM interface_message WHERE needs_kind = ? AND needs_value = ? "
                       "AND state = 'quarantined' ORDER BY id"),
        "find the messages waiting on the mapping");
    q->exec({mappingKindName(kind), value});
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    return ids;
}

std::optional<InterfaceStore::AppointmentKey> InterfaceStore::appointmentKey(
    const QString &sender, const QString &key)
{
    const auto q
        = m_statements->take(QStringLiteral("SELECT appointment_id, message_id FROM "
                                            "interface_appointment_key WHERE sender = ? AND key = ?"),
            "look up the sender's appointment id");
    q->exec({sender, key});
    if (!q->next())
        return std::nullopt;
    return AppointmentKey {q->value(0).toLongLong(), q->value(1).toLongLong()};
}

QString InterfaceStore::placerIdOf(qint64 appointmentId)
{
    const auto q = m_statements->take(
        QStringLiteral("SELECT placer_id, key FROM interface_appointment_key WHERE appointment_id = ? "
                       "ORDER BY message_id DESC LIMIT 1"),
        "look up the sender's id of the appointment");
    q->exec({appointmentId});
    if (!q->next())
        return {};
    const QString placer = q->value(0).toString();
    return placer.isEmpty() ? q->value(1).toString() : placer;
}

void InterfaceStore::setAppointmentKey(const QString &sender, const QString &key, qint64 appointmentId,
    const QString &placerId, const QString &fillerId, qint64 messageId)
{
    const auto q = m_statements->take(
        QStringLiteral(
            "INSERT INTO interface_appointment_key (sender, key, appointment_id, placer_id, filler_id, "
            "message_id) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (sender, key) DO UPDATE SET "
            "appointment_id = excluded.appointment_id, placer_id = excluded.placer_id, "
            "filler_id = excluded.filler_id, message_id = excluded.message_id"),
        "keep the sender's appointment id");
    q->exec({sender, key, appointmentId, placerId, fillerId, optionalId(messageId)});
}

std::optional<qint64> InterfaceStore::orderKey(const QString &sender, const QString &key)
{
    const auto q = m_statements->take(
        QStringLiteral("SELECT order_id FROM interface_order_key WHERE sender = ? AND key = ?"),
        "look up the sender's order number");
    q->exec({sender, key});
    if (!q->next())
        return std::nullopt;
    return q->value(0).toLongLong();
}

void InterfaceStore::setOrderKey(const QString &sender, const QString &key, qint64 orderId, qint64 messageId)
{
    const auto q = m_statements->take(
        QStringLiteral(
            "INSERT INTO interface_order_key (sender, key, order_id, message_id) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (sender, key) DO UPDATE SET order_id = excluded.order_id, "
            "message_id = excluded.message_id"),
        "keep the sender's order number");
    q->exec({sender, key, orderId, optionalId(messageId)});
}

std::optional<qint64> InterfaceStore::patientKey(const QString &sender, const QString &key)
{
    const auto q = m_statements->take(
        QStringLiteral("SELECT patient_id FROM interface_patient_key WHERE sender = ? AND key = ?"),
        "look up the sender's patient reference");
    q->exec({sender, key});
    if (!q->next())
        return std::nullopt;
    return q->value(0).toLongLong();
}

void InterfaceStore::setPatientKey(
    const QString &sender, const QString &key, qint64 patientId, qint64 messageId)
{
    const auto q = m_statements->take(
        QStringLiteral(
            "INSERT INTO interface_patient_key (sender, key, patient_id, message_id) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (sender, key) DO UPDATE SET patient_id = excluded.patient_id, "
            "message_id = excluded.message_id"),
        "keep the sender's patient reference");
    q->exec({sender, key, patientId, optionalId(messageId)});
}

std::optional<qint64> InterfaceStore::mapped(MappingKind kind, const QString &value)
{
    const auto q = m_statements->take(
        QStringLiteral("SELECT target_id FROM interface_mapping WHERE kind = ? AND sender_value = ?"),
        "look up the mapping");
    q->exec({mappingKindName(kind), value.trimmed()});
    if (!q->next())
        return std::nullopt;
    return q->value(0).toLongLong();
}

namespace {

const char *const kMappingSelect
    = "SELECT m.id, m.kind, m.sender_value, m.target_id, coalesce(c.name, t.name, ''), m.changed_by, "
      "m.changed_at FROM interface_mapping m "
      "LEFT JOIN center c ON m.kind = 'location' AND c.id = m.target_id "
      "LEFT JOIN therapy t ON m.kind = 'service' AND t.id = m.target_id ";

InterfaceMapping mappingFrom(const SqlQuery &q)
{
    InterfaceMapping m;
    m.id = q.value(0).toLongLong();
    m.kind = mappingKindFromName(q.value(1).toString()).value_or(MappingKind::Location);
    m.senderValue = q.value(2).toString();
    m.targetId = q.value(3).toLongLong();
    m.targetName = q.value(4).toString();
    m.changedBy = q.value(5).toString();
    m.changedAtUtc = fromMillis(q.value(6));
    return m;
}

} // namespace

std::optional<InterfaceMapping> InterfaceStore::mapping(MappingKind kind, const QString &value)
{
    static const QString sql
        = QLatin1String(kMappingSelect) + QStringLiteral("WHERE m.kind = ? AND m.sender_value = ?");
    const auto q = m_statements->take(sql, "read the mapping");
    q->exec({mappingKindName(kind), value.trimmed()});
    if (!q->next())
        return std::nullopt;
    return mappingFrom(*q);
}

QList<InterfaceMapping> InterfaceStore::mappings(std::optional<MappingKind> kind)
{
    static const QString all
        = QLatin1String(kMappingSelect) + QStringLiteral("ORDER BY m.kind, m.sender_value COLLATE NOCASE");
    static const QString ofKind = QLatin1String(kMappingSelect)
        + QStringLiteral("WHERE m.kind = ? ORDER BY m.sender_value COLLATE NOCASE");
    const auto q = m_statements->take(kind ? ofKind : all, "list the mappings");
    if (kind)
        q->exec({mappingKindName(*kind)});
    else
        q->exec();
    QList<InterfaceMapping> result;
    while (q->next())
        result << mappingFrom(*q);
    return result;
}

qint64 InterfaceStore::setMapping(const InterfaceMapping &m)
{
    const auto q = m_statements->take(
        QStringLiteral(
            "INSERT INTO interface_mapping (kind, sender_value, target_id, changed_by, changed_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (kind, sender_value) DO UPDATE SET "
            "target_id = excluded.target_id, changed_by = excluded.changed_by, "
            "changed_at = excluded.changed_at"),
        "save the mapping");
    q->exec(
        {mappingKindName(m.kind), m.senderValue.trimmed(), m.targetId, m.changedBy, millis(m.changedAtUtc)});
    const auto found = mapping(m.kind, m.senderValue);
    return found ? found->id : 0;
}

bool InterfaceStore::removeMapping(MappingKind kind, const QString &value)
{
    const auto q = m_statements->take(
        QStringLiteral("DELETE FROM interface_mapping WHERE kind = ? AND sender_value = ?"),
        "remove the mapping");
    q->exec({mappingKindName(kind), value.trimmed()});
    return q->numRowsAffected() > 0;
}

} // namespace chairside
