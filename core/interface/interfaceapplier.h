#pragma once

#include "interfacemessage.h"
#include "interop/fhirreader.h"
#include "interop/hl7mapper.h"
#include "interop/inbound.h"
#include "model/center.h"
#include "model/chair.h"
#include "model/therapy.h"
#include "model/user.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <exception>
#include <optional>

namespace chairside {

class Clock;
class InterfaceStore;
class Store;
struct Appointment;

/// Why a message is refused whole: its error (segment, field, reason), the mapping it waits on, and
/// whether it is refused as such (AR) rather than for its content (AE).
class InterfaceQuarantine final : public std::exception
{
public:
    explicit InterfaceQuarantine(InterfaceError error, std::optional<MappingKind> needsKind = {},
        QString needsValue = {}, bool reject = false);

    const InterfaceError &error() const { return m_error; }
    std::optional<MappingKind> needsKind() const { return m_needsKind; }
    const QString &needsValue() const { return m_needsValue; }
    bool reject() const { return m_reject; }
    const char *what() const noexcept override { return "interface message quarantined"; }

private:
    InterfaceError m_error;
    std::optional<MappingKind> m_needsKind;
    QString m_needsValue;
    bool m_reject;
};

/// What applying one message did.
struct InterfaceOutcome
{
    InterfaceState state = InterfaceState::Applied;
    QStringList done; ///< by key: "patient 12 added", "appointment 40 booked in chair 3"
    qint64 patientId = 0; ///< the patient concerned, for the audit trail
    qint64 duplicateOf = 0; ///< a repeated booking: the message that made it
};

/// Applies what a message says to the store, through the desk's services and rules, inside the savepoint
/// the caller holds: throws InterfaceQuarantine (or chairside::Error) to refuse it whole. Resolves the
/// sender's MRN to a patient, appointment and order ids to records (InterfaceStore's keys), locations to
/// centers and services to therapies (the mapping tables, else a therapy of that name).
class InterfaceApplier final
{
public:
    InterfaceApplier(Store &store, const Clock &clock, InterfaceStore &keys);

    /// Before a message or a file: who acts, and the settings and mappings as they are now.
    void begin(const User &user);
    Hl7MappingOptions hl7Options() const;
    FhirReadOptions fhirOptions() const;

    InterfaceOutcome applyHl7(const Hl7Mapped &mapped, const QString &sender, qint64 messageId);
    InterfaceOutcome applyFhir(const FhirRead &read, qint64 messageId);
    InterfaceOutcome applyAuthorization(const InboundAuthorization &row, qint64 messageId);

    /// Forgets the chairs it knows to be held: after a message's savepoint rolled back what it booked.
    void forgetHeldChairs();

    /// A service's Error in the terms of the message: which segment and field its field name is.
    static InterfaceError errorFor(InterfaceFormat format, const QString &field, const QString &reason);

private:
    struct Where; ///< where a record's fields are in the message, for errors

    qint64 upsertPatient(const InboundPatient &in, const Where &where, InterfaceOutcome &outcome);
    void upsertCoverage(
        qint64 patientId, const InboundCoverage &in, const Where &where, InterfaceOutcome &outcome);
    void applyOrder(qint64 patientId, const InboundOrder &in, const QString &sender, const Where &where,
        qint64 messageId, InterfaceOutcome &outcome);
    void applyAppointment(qint64 patientId, const InboundAppointment &in, const QString &sender,
        const Where &where, qint64 messageId, InterfaceOutcome &outcome);
    qint64 book(qint64 patientId, const Center &center, const Therapy &therapy, const QDateTime &startUtc,
        int minutes, qint64 replacesId, const Where &where, qint64 messageId, InterfaceOutcome &outcome);
    void applyStatus(const Appointment &appointment, const InboundAppointment &in, const Where &where,
        qint64 messageId, InterfaceOutcome &outcome);
    /// The center's first chair free for the whole infusion (BookingService's rule), or none.
    std::optional<Chair> freeChair(
        const Center &center, const QDateTime &startUtc, int minutes, qint64 ignoreId);
    Center centerFor(const InboundLocation &location, const Where &where);
    Therapy therapyFor(const QList<InboundCode> &codes, const Where &where);
    Therapy therapyNamed(const InboundCode &code, const QString &source, const Where &where);
    QDate today() const;

    Store &m_store;
    const Clock &m_clock;
    InterfaceStore &m_keys;
    User m_user;
    InterfaceSettings m_settings;
    QTimeZone m_senderZone;
    QHash<qint64, Center> m_centers;
    QHash<qint64, Therapy> m_therapies;
    QHash<qint64, QList<Chair>> m_chairs; ///< each center's active chairs, read once per begin()
    /// The appointments holding a chair at a center that start in [fromUtc, toUtc), read once in a write
    /// transaction and kept up as this applier books: a file of bookings asks the store once a day of
    /// bookings instead of once a message. Forgotten when the transaction ends, when this applier
    /// changes an appointment's status, and when a message's savepoint rolls back.
    struct HeldChairs
    {
        QDateTime fromUtc;
        QDateTime toUtc;
        QList<Appointment> holds;
    };
    QHash<qint64, HeldChairs> m_held;
    std::optional<quint64> m_heldIn; ///< the write transaction m_held was read in
};

} // namespace chairside
