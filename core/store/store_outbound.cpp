// Store: the outbound queue (messages to other systems, written in the transaction of what they report)
// and the day's records an export reads.

#include "scopedtransaction.h"
#include "sqlquery.h"
#include "statementcache.h"
#include "store.h"
#include "storevalues.h"

#include <QSet>

namespace chairside {

using namespace StoreValues;

namespace {

const char *const kOutboundColumns = "id, created_at, event, appointment_id, message_type, control_id, hl7, "
                                     "state, attempts, next_attempt_at, last_error, sent_at";

QString outboundSelect(const char *where)
{
    return QStringLiteral("SELECT %1 FROM outbound_message %2")
        .arg(QLatin1String(kOutboundColumns), QLatin1String(where));
}

OutboundMessage outboundFrom(const SqlQuery &q)
{
    OutboundMessage m;
    m.id = q.value(0).toLongLong();
    m.createdAtUtc = instantFrom(q.value(1));
    m.event = outboundEventFromCode(q.value(2).toString()).value_or(OutboundEvent::CheckedIn);
    m.appointmentId = q.value(3).toLongLong();
    m.messageType = q.value(4).toString();
    m.controlId = q.value(5).toString();
    m.hl7 = q.value(6).toString().toUtf8();
    m.state = outboundStateFromCode(q.value(7).toString()).value_or(OutboundState::Failed);
    m.attempts = q.value(8).toInt();
    m.nextAttemptUtc = instantFrom(q.value(9));
    m.lastError = q.value(10).toString();
    m.sentAtUtc = instantFrom(q.value(11));
    return m;
}

} // namespace

qint64 Store::addOutboundMessage(const OutboundMessage &message)
{
    const auto qLease = m_statements->take(
        QStringLiteral(
            "INSERT INTO outbound_message (created_at, event, appointment_id, message_type, "
            "control_id, hl7, state, attempts, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, 'queued', 0, ?)"),
        "queue the message to send");
    SqlQuery &q = *qLease;
    q.exec({instantValue(message.createdAtUtc), outboundEventCode(message.event), message.appointmentId,
        message.messageType, message.controlId, QString::fromUtf8(message.hl7),
        instantValue(message.nextAttemptUtc)});
    return q.lastInsertId();
}

void Store::setOutboundMessageText(qint64 id, const QString &controlId, const QByteArray &hl7)
{
    const auto qLease = m_statements->take(
        QStringLiteral("UPDATE outbound_message SET control_id = ?, hl7 = ? WHERE id = ?"),
        "write the queued message");
    SqlQuery &q = *qLease;
    q.exec({controlId, QString::fromUtf8(hl7), id});
    if (q.numRowsAffected() != 1)
        throw Error(Error::Kind::NotFound, QStringLiteral("There is no outbound message number %1.").arg(id),
            QStringLiteral("id"));
}

std::optional<OutboundMessage> Store::outboundMessage(qint64 id)
{
    static const QString sql = outboundSelect("WHERE id = ?");
    const auto qLease = m_statements->take(sql, "read the outbound message");
    SqlQuery &q = *qLease;
    q.exec({id});
    if (!q.next())
        return std::nullopt;
    return outboundFrom(q);
}

QList<OutboundMessage> Store::outboundMessages(std::optional<OutboundState> state, int limit)
{
    static const QString all = outboundSelect("ORDER BY id LIMIT ?");
    static const QString one = outboundSelect("WHERE state = ? ORDER BY id LIMIT ?");
    const auto qLease = m_statements->take(state ? one : all, "read the outbound queue");
    SqlQuery &q = *qLease;
    if (state)
        q.exec({outboundStateCode(*state), limit});
    else
        q.exec({limit});
    QList<OutboundMessage> result;
    while (q.next())
        result << outboundFrom(q);
    return result;
}

QList<OutboundMessage> Store::waitingOutboundMessages(int limit)
{
    static const QString sql = outboundSelect("WHERE state IN ('queued', 'failed') ORDER BY id LIMIT ?");
    const auto qLease = m_statements->take(sql, "read the messages waiting to be sent");
    SqlQuery &q = *qLease;
    q.exec({limit});
    QList<OutboundMessage> result;
    while (q.next())
        result << outboundFrom(q);
    return result;
}

void Store::updateOutboundDelivery(const OutboundMessage &message)
{
    const auto qLease = m_statements->take(
        QStringLiteral(
            "UPDATE outbound_message SET state = ?, attempts = ?, next_attempt_at = ?, last_error = ?, "
            "sent_at = ? WHERE id = ?"),
        "record the delivery of the message");
    SqlQuery &q = *qLease;
    q.exec({outboundStateCode(message.state), message.attempts, instantValue(message.nextAttemptUtc),
        message.lastError, instantValue(message.sentAtUtc), message.id});
    if (q.numRowsAffected() != 1)
        throw Error(Error::Kind::NotFound,
            QStringLiteral("There is no outbound message number %1.").arg(message.id), QStringLiteral("id"));
}

Store::DayRecords Store::dayRecordsAtCenter(qint64 centerId, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    // One snapshot, so the appointments and the records they name agree.
    ScopedTransaction transaction(*m_db, ScopedTransaction::Kind::Read);
    DayRecords day;
    day.appointments = appointmentsAtCenter(centerId, fromUtc, toUtc);
    BookedPatients patients;
    QSet<qint64> seen;
    for (const Appointment &a : std::as_const(day.appointments)) {
        if (!seen.contains(a.patientId)) {
            seen.insert(a.patientId);
            patients.patientIds << a.patientId;
        }
    }
    if (!patients.patientIds.isEmpty())
        day.patients = patientsBooked(patients);
    day.chairs = chairs(centerId, false);
    day.therapies = therapies();
    transaction.commit();
    return day;
}

} // namespace chairside
