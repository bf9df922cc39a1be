#pragma once

#include "interfacemessage.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace chairside {

class Database;
class StatementCache;

/// The interface's tables (schema-9.sql), read and written as plain values: received messages, the
/// senders' keys and the mapping tables. Takes part in whatever transaction is open on the database.
class InterfaceStore final
{
public:
    explicit InterfaceStore(Database &db);
    ~InterfaceStore();
    Q_DISABLE_COPY_MOVE(InterfaceStore)

    /// Inserts the message as given (its state, error and outcome too) and returns its id.
    qint64 addMessage(const InterfaceMessage &message);
    /// Writes what became of the message: state, error, what it waits for, summary, when applied and
    /// what it duplicates.
    void setOutcome(const InterfaceMessage &message);
    /// The outcome of a message recorded as applied and applied after all: what it did and when. Leaves
    /// the state and the error as they are, so the row keeps its place in every index.
    void setApplied(const InterfaceMessage &message);
    /// Counts a retry by `user` at `atUtc`.
    void markRetried(qint64 id, const QString &user, const QDateTime &atUtc);
    /// The earliest applied message of this sender with this control id.
    std::optional<qint64> appliedWithControlId(
        const QString &application, const QString &facility, const QString &controlId);
    std::optional<InterfaceMessage> message(qint64 id, bool withRaw);
    QList<InterfaceMessage> messages(const InterfaceMessageFilter &filter);
    InterfaceCounts counts();
    /// (kind, value, how many) of the quarantined messages waiting on a mapping, most first.
    QList<std::tuple<MappingKind, QString, int>> waiting();
    /// The quarantined messages waiting on that value, oldest first.
    QList<qint64> waitingOn(MappingKind kind, const QString &value);

    struct AppointmentKey
    {
        qint64 appointmentId = 0;
        qint64 messageId = 0;
    };
    std::optional<AppointmentKey> appointmentKey(const QString &sender, const QString &key);
    /// The placer's id a sender gave the appointment (its key where it sent none), for SCH-1 of what
    /// Chairside sends back; empty for an appointment booked in Chairside.
    QString placerIdOf(qint64 appointmentId);
    void setAppointmentKey(const QString &sender, const QString &key, qint64 appointmentId,
        const QString &placerId, const QString &fillerId, qint64 messageId);
    std::optional<qint64> orderKey(const QString &sender, const QString &key);
    void setOrderKey(const QString &sender, const QString &key, qint64 orderId, qint64 messageId);
    std::optional<qint64> patientKey(const QString &sender, const QString &key);
    void setPatientKey(const QString &sender, const QString &key, qint64 patientId, qint64 messageId);

    /// The target a sender's value is mapped to (any case).
    std::optional<qint64> mapped(MappingKind kind, const QString &value);
    std::optional<InterfaceMapping> mapping(MappingKind kind, const QString &value);
    /// By kind then value; target names filled from the center and therapy tables.
    QList<InterfaceMapping> mappings(std::optional<MappingKind> kind);
    /// Inserts or replaces the value's mapping; returns its id.
    qint64 setMapping(const InterfaceMapping &mapping);
    /// False when the value was not mapped.
    bool removeMapping(MappingKind kind, const QString &value);

private:
    std::unique_ptr<StatementCache> m_statements;
};

} // namespace chairside
