#include "interfaceapplier.h"

#include "audit/auditevent.h"
#include "common/clock.h"
#include "common/error.h"
#include "interfacestore.h"
#include "patients/patientservice.h"
#include "scheduling/bookingservice.h"
#include "scheduling/centertime.h"
#include "store/store.h"
#include "text/desktext.h"

#include <QSet>

namespace chairside {

namespace {

/// The longest infusion that can start before a span and still overlap it (as BookingService).
constexpr qint64 kLongestInfusionSeconds = 12 * 3600;

const QString kMrnAuthorityKey = QStringLiteral("interface.mrn_authority");
const QString kSenderZoneKey = QStringLiteral("interface.sender_zone");

QString segmentOf(const QString &field)
{
    // "AIL(2)-3.1" -> "AIL"; "Appointment.start" -> "Appointment"; "$.entry[0]" stays.
    qsizetype end = 0;
    while (end < field.size() && field.at(end).isLetterOrNumber())
        ++end;
    return end > 0 ? field.left(end) : field;
}

InterfaceError errorAt(const QString &field, int code, const QString &reason)
{
    return InterfaceError {segmentOf(field), field, code, reason};
}

int digitCount(const QString &text)
{
    return int(std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); }));
}

bool looksLikeEmail(const QString &text)
{
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    return at > 0 && text.indexOf(QLatin1Char('.'), at) > at + 1 && !text.contains(QLatin1Char(' '));
}

QString timeText(const Center &center, const QDateTime &utc)
{
    return CenterTime::localDate(center, utc).toString(Qt::ISODate) + QLatin1Char(' ')
        + DeskText::time(center, utc);
}

} // namespace

/// Where a record's fields are, in the message's own terms.
struct InterfaceApplier::Where
{
    InterfaceFormat format = InterfaceFormat::Hl7v2;
    QString mrn;
    QString key;
    QString start;
    QString status;
    QString location;
    QString service;
    QString patientRef;
};

InterfaceQuarantine::InterfaceQuarantine(
    InterfaceError error, std::optional<MappingKind> needsKind, QString needsValue, bool reject)
    : m_error(std::move(error))
    , m_needsKind(needsKind)
    , m_needsValue(std::move(needsValue))
    , m_reject(reject)
{ }

InterfaceApplier::InterfaceApplier(Store &store, const Clock &clock, InterfaceStore &keys)
    : m_store(store)
    , m_clock(clock)
    , m_keys(keys)
{ }

void InterfaceApplier::begin(const User &user)
{
    m_user = user;
    m_settings.mrnAuthority = m_store.setting(kMrnAuthorityKey).value_or(QString());
    m_settings.senderZone = m_store.setting(kSenderZoneKey).value_or(QString()).toLatin1();
    m_centers.clear();
    m_therapies.clear();
    m_chairs.clear();
    forgetHeldChairs();
    const QList<Center> centers = m_store.centers();
    for (const Center &center : centers)
        m_centers.insert(center.id, center);
    m_senderZone = !m_settings.senderZone.isEmpty() ? QTimeZone(m_settings.senderZone)
        : !centers.isEmpty()                        ? centers.first().timeZone()
                                                    : QTimeZone::utc();
    if (!m_senderZone.isValid())
        m_senderZone = QTimeZone::utc();
}

Hl7MappingOptions InterfaceApplier::hl7Options() const
{
    Hl7MappingOptions options;
    options.mrnAuthority = m_settings.mrnAuthority;
    options.senderZone = m_senderZone;
    return options;
}

FhirReadOptions InterfaceApplier::fhirOptions() const
{
    FhirReadOptions options;
    options.mrnSystem = m_settings.mrnAuthority;
    options.zone = m_senderZone;
    return options;
}

QDate InterfaceApplier::today() const
{
    const QDateTime now = m_clock.nowUtc();
    return m_centers.isEmpty() ? now.date() : CenterTime::localDate(*m_centers.cbegin(), now);
}

InterfaceError InterfaceApplier::errorFor(InterfaceFormat format, const QString &field, const QString &reason)
{
    struct Place
    {
        const char *field;
        const char *hl7;
        const char *fhir;
    };
    static const Place kPlaces[] = {
        {"mrn", "PID-3", "Patient.identifier"},
        {"first", "PID-5.2", "Patient.name"},
        {"last", "PID-5.1", "Patient.name"},
        {"dob", "PID-7", "Patient.birthDate"},
        {"phone", "PID-13", "Patient.telecom"},
        {"email", "PID-13", "Patient.telecom"},
        {"payer", "IN1-4", "Coverage.payor"},
        {"member", "IN1-36", "Coverage.subscriberId"},
        {"therapy", "RXE-2", "MedicationRequest.medicationCodeableConcept"},
        {"prescriber", "ORC-12", "MedicationRequest.requester"},
        {"from", "ORC-7", "MedicationRequest.dispenseRequest.validityPeriod"},
        {"to", "ORC-7", "MedicationRequest.dispenseRequest.validityPeriod"},
        {"doses", "ORC-7", "MedicationRequest.dispenseRequest.numberOfRepeatsAllowed"},
        {"used", "ORC-7", "MedicationRequest.dispenseRequest"},
        {"visits", "", "ClaimResponse.item"},
        {"status", "SCH-25", "Appointment.status"},
        {"start", "SCH-11", "Appointment.start"},
        {"chair", "SCH-11", "Appointment.start"},
        {"appointment", "SCH-2", "Appointment.identifier"},
        {"center", "AIL-3", "Appointment.participant"},
        {"patient", "PID-3", "Appointment.participant"},
    };
    QString where = field;
    for (const Place &place : kPlaces) {
        if (field == QLatin1String(place.field)) {
            if (format == InterfaceFormat::Hl7v2 && place.hl7[0] != '\0')
                where = QString::fromLatin1(place.hl7);
            else if (format == InterfaceFormat::Fhir)
                where = QString::fromLatin1(place.fhir);
            break;
        }
    }
    InterfaceError error;
    error.segment = format == InterfaceFormat::Csv ? QString() : segmentOf(where);
    error.field = where;
    error.code = 207;
    error.reason = reason;
    return error;
}

// ---- Patients and coverage -------------------------------------------------------------------------

qint64 InterfaceApplier::upsertPatient(
    const InboundPatient &in, const Where &where, InterfaceOutcome &outcome)
{
    const QString mrn = in.mrn.trimmed();
    if (mrn.isEmpty()) {
        throw InterfaceQuarantine(errorAt(where.mrn, 101,
            QStringLiteral("The patient carries no MRN%1.")
                .arg(m_settings.mrnAuthority.isEmpty()
                        ? QString()
                        : QStringLiteral(" of the authority %1").arg(m_settings.mrnAuthority))));
    }
    const auto existing = m_store.patientByMrn(mrn);
    Patient patient = existing.value_or(Patient {});
    patient.mrn = mrn;
    if (!in.firstName.trimmed().isEmpty())
        patient.firstName = in.firstName.trimmed();
    if (!in.lastName.trimmed().isEmpty())
        patient.lastName = in.lastName.trimmed();
    if (in.dateOfBirth.isValid())
        patient.dateOfBirth = in.dateOfBirth;
    // A number or address the desk could not use is left out rather than refusing the whole message.
    const int digits = digitCount(in.phone);
    if (digits >= PatientService::kFewestPhoneDigits && digits <= PatientService::kMostPhoneDigits)
        patient.phone = in.phone.trimmed();
    else if (in.cleared.contains(QStringLiteral("phone")))
        patient.phone.clear();
    if (looksLikeEmail(in.email.trimmed()))
        patient.email = in.email.trimmed();
    else if (in.cleared.contains(QStringLiteral("email")))
        patient.email.clear();

    PatientService patients(m_store, m_clock);
    if (!existing) {
        if (patient.lastName.isEmpty() || patient.firstName.isEmpty()) {
            throw InterfaceQuarantine(
                errorAt(where.mrn.startsWith(QLatin1String("PID")) ? QStringLiteral("PID-5")
                                                                   : QStringLiteral("Patient.name"),
                    101,
                    QStringLiteral("Patient %1 is new here, and a new patient needs a first and last name.")
                        .arg(mrn)));
        }
        if (!patient.dateOfBirth.isValid()) {
            throw InterfaceQuarantine(errorAt(where.mrn.startsWith(QLatin1String("PID"))
                    ? QStringLiteral("PID-7")
                    : QStringLiteral("Patient.birthDate"),
                101,
                QStringLiteral("Patient %1 is new here, and a new patient needs a date of birth.").arg(mrn)));
        }
        patient = patients.registerPatient(m_user, patient);
        outcome.done << QStringLiteral("patient %1 added").arg(patient.id);
    } else if (patient.firstName != existing->firstName || patient.lastName != existing->lastName
        || patient.dateOfBirth != existing->dateOfBirth || patient.phone != existing->phone
        || patient.email != existing->email) {
        patient = patients.updatePatient(m_user, patient);
        outcome.done << QStringLiteral("patient %1 updated").arg(patient.id);
    }
    if (outcome.patientId == 0)
        outcome.patientId = patient.id;
    return patient.id;
}

void InterfaceApplier::upsertCoverage(
    qint64 patientId, const InboundCoverage &in, const Where &where, InterfaceOutcome &outcome)
{
    Q_UNUSED(where)
    const QString payer = in.payer.trimmed();
    const QString member = in.memberId.trimmed();
    const QList<Coverage> held = m_store.coverages(patientId);
    for (const Coverage &c : held) {
        if (c.payer.compare(payer, Qt::CaseInsensitive) == 0 && c.memberId == member)
            return; // already on file
    }
    for (const Coverage &c : held) {
        if (c.payer.compare(payer, Qt::CaseInsensitive) == 0) {
            Coverage changed = c;
            changed.memberId = member;
            PatientService(m_store, m_clock).updateCoverage(m_user, changed);
            outcome.done << QStringLiteral("coverage %1 changed").arg(c.id);
            return;
        }
    }
    // The payer's eligibility is not known from a registration: the desk verifies it as usual.
    Coverage coverage;
    coverage.patientId = patientId;
    coverage.payer = payer;
    coverage.memberId = member;
    coverage.id = m_store.addCoverage(coverage);
    AuditEvent event;
    event.action = AuditAction::CoverageAdded;
    event.userName = m_user.name;
    event.recordKind = QStringLiteral("coverage");
    event.recordId = coverage.id;
    event.patientId = patientId;
    event.reason = QStringLiteral("from an interface message (%1)").arg(in.source);
    m_store.audit(event, m_clock.nowUtc());
    outcome.done << QStringLiteral("coverage %1 added").arg(coverage.id);
}

// ---- Mapping -----------------------------------------------------------------------------------------

Center InterfaceApplier::centerFor(const InboundLocation &location, const Where &where)
{
    const QString source = location.source.isEmpty() ? where.location : location.source;
    if (location.isEmpty()) {
        if (m_centers.size() == 1)
            return *m_centers.cbegin();
        throw InterfaceQuarantine(errorAt(source, 101,
            m_centers.isEmpty()
                ? QStringLiteral("There is no center to book into; set one up first.")
                : QStringLiteral("The message names no location, and there are several centers.")));
    }
    const QStringList candidates {location.key(), location.pointOfCare, location.facility,
        location.description, location.reference, location.building};
    for (const QString &value : candidates) {
        if (value.trimmed().isEmpty())
            continue;
        if (const auto id = m_keys.mapped(MappingKind::Location, value)) {
            if (const auto known = m_centers.constFind(*id); known != m_centers.cend())
                return *known;
            if (const auto center = m_store.center(*id)) {
                m_centers.insert(center->id, *center);
                return *center;
            }
        }
    }
    throw InterfaceQuarantine(
        errorAt(source, 204,
            QStringLiteral("No center is mapped to the sender's location \"%1\".").arg(location.key())),
        MappingKind::Location, location.key());
}

Therapy InterfaceApplier::therapyNamed(const InboundCode &code, const QString &source, const Where &where)
{
    return therapyFor({InboundCode {code.code, code.text, code.system, source}}, where);
}

Therapy InterfaceApplier::therapyFor(const QList<InboundCode> &codes, const Where &where)
{
    const auto cached = [this](qint64 id) -> std::optional<Therapy> {
        if (const auto known = m_therapies.constFind(id); known != m_therapies.cend())
            return *known;
        auto therapy = m_store.therapy(id);
        if (therapy)
            m_therapies.insert(id, *therapy);
        return therapy;
    };
    for (const InboundCode &code : codes) {
        for (const QString &value : {code.code, code.text}) {
            if (value.trimmed().isEmpty())
                continue;
            if (const auto id = m_keys.mapped(MappingKind::Service, value)) {
                if (const auto therapy = cached(*id))
                    return *therapy;
            }
        }
    }
    // Without a mapping, a sender that names the drug as Chairside does (infliximab, Remicade) needs none.
    for (const InboundCode &code : codes) {
        for (const QString &value : {code.text, code.code}) {
            if (value.trimmed().isEmpty())
                continue;
            if (const auto therapy = m_store.therapyByName(value.trimmed()))
                return *therapy;
        }
    }
    const InboundCode first = codes.isEmpty() ? InboundCode {} : codes.first();
    const QString source = first.source.isEmpty() ? where.service : first.source;
    if (first.isEmpty())
        throw InterfaceQuarantine(
            errorAt(source, 101, QStringLiteral("The message names no service or therapy.")));
    throw InterfaceQuarantine(
        errorAt(source, 204,
            QStringLiteral("No therapy is mapped to the sender's service \"%1\".").arg(first.key())),
        MappingKind::Service, first.key());
}

// ---- Appointments ------------------------------------------------------------------------------------

void InterfaceApplier::forgetHeldChairs()
{
    m_held.clear();
    m_heldIn.reset();
}

std::optional<Chair> InterfaceApplier::freeChair(
    const Center &center, const QDateTime &startUtc, int minutes, qint64 ignoreId)
{
    auto chairs = m_chairs.find(center.id);
    if (chairs == m_chairs.end())
        chairs = m_chairs.insert(center.id, m_store.chairs(center.id));
    const std::optional<quint64> transaction = m_store.database().writeTransaction();
    if (!transaction)
        return BookingService(m_store, m_clock).firstFreeChair(center, *chairs, startUtc, minutes, ignoreId);
    if (m_heldIn != transaction) {
        m_held.clear();
        m_heldIn = transaction;
    }
    // Every appointment that can overlap the infusion starts up to the longest infusion before it.
    const QDateTime endUtc = startUtc.addSecs(qint64(minutes) * 60);
    const QDateTime earliestUtc = startUtc.addSecs(-kLongestInfusionSeconds);
    HeldChairs &held = m_held[center.id];
    if (!held.fromUtc.isValid() || earliestUtc < held.fromUtc || endUtc > held.toUtc) {
        held.fromUtc = earliestUtc;
        held.toUtc = std::max(endUtc, startUtc.addDays(1));
        held.holds = m_store.chairHoldsAtCenter(center.id, held.fromUtc, held.toUtc);
    }
    QList<qint64> taken;
    for (const Appointment &other : std::as_const(held.holds)) {
        if (other.id != ignoreId && other.startUtc < endUtc && other.endUtc() > startUtc)
            taken << other.chairId;
    }
    for (const Chair &chair : std::as_const(*chairs)) {
        if (!taken.contains(chair.id))
            return chair;
    }
    return std::nullopt;
}

qint64 InterfaceApplier::book(qint64 patientId, const Center &center, const Therapy &therapy,
    const QDateTime &startUtc, int minutes, qint64 replacesId, const Where &where, qint64 messageId,
    InterfaceOutcome &outcome)
{
    const QDateTime endUtc = startUtc.addSecs(qint64(minutes) * 60);
    const auto chair = freeChair(center, startUtc, minutes, replacesId);
    if (!chair) {
        throw InterfaceQuarantine(errorAt(where.start, 207,
            QStringLiteral("No chair at %1 is free for the whole infusion, %2 to %3 (%4 minutes).")
                .arg(center.name, timeText(center, startUtc), DeskText::time(center, endUtc))
                .arg(minutes)));
    }
    const auto patientBusy
        = m_store.appointmentsOfPatient(patientId, startUtc.addSecs(-kLongestInfusionSeconds), endUtc);
    for (const Appointment &other : patientBusy) {
        if (other.id != replacesId && holdsChair(other.status) && other.startUtc < endUtc
            && other.endUtc() > startUtc) {
            throw InterfaceQuarantine(errorAt(where.start, 207,
                QStringLiteral("Patient %1 is already booked at that time (appointment %2 at %3).")
                    .arg(patientId)
                    .arg(other.id)
                    .arg(timeText(center, other.startUtc))));
        }
    }
    const QDateTime now = m_clock.nowUtc();
    Appointment appointment;
    appointment.patientId = patientId;
    appointment.centerId = center.id;
    appointment.chairId = chair->id;
    appointment.therapyId = therapy.id;
    appointment.startUtc = startUtc;
    appointment.minutes = minutes;
    appointment.status = AppointmentStatus::Booked;
    appointment.prep = therapy.compounded ? PrepState::NotReady : PrepState::NotNeeded;
    appointment.replacesId = replacesId;
    appointment.createdBy = m_user.name;
    appointment.createdAtUtc = now;
    appointment.id = m_store.addAppointment(appointment);
    if (const auto held = m_held.find(center.id); held != m_held.end() && m_heldIn
        && m_heldIn == m_store.database().writeTransaction() && held->fromUtc <= startUtc
        && startUtc < held->toUtc) {
        held->holds << appointment;
    }
    AuditEvent event;
    event.action = replacesId != 0 ? AuditAction::Rescheduled : AuditAction::Booked;
    event.userName = m_user.name;
    event.recordKind = QStringLiteral("appointment");
    event.recordId = appointment.id;
    event.patientId = patientId;
    event.reason = replacesId != 0
        ? QStringLiteral("replaces appointment %1: rescheduled by interface message %2")
              .arg(replacesId)
              .arg(messageId)
        : QStringLiteral("chair %1, interface message %2").arg(chair->label).arg(messageId);
    m_store.audit(event, now);
    outcome.done << (replacesId != 0
            ? QStringLiteral("appointment %1 moved to appointment %2 in chair %3")
                  .arg(replacesId)
                  .arg(appointment.id)
                  .arg(chair->label)
            : QStringLiteral("appointment %1 booked in chair %2").arg(appointment.id).arg(chair->label));
    return appointment.id;
}

void InterfaceApplier::applyStatus(const Appointment &appointment, const InboundAppointment &in,
    const Where &where, qint64 messageId, InterfaceOutcome &outcome)
{
    std::optional<AppointmentStatus> to = in.status;
    switch (in.action) {
    case InboundAppointment::Action::Cancel:
        to = AppointmentStatus::Cancelled;
        break;
    case InboundAppointment::Action::NoShow:
        to = AppointmentStatus::NoShow;
        break;
    case InboundAppointment::Action::Delete:
        to = AppointmentStatus::EnteredInError;
        break;
    default:
        break;
    }
    // A modification that says "booked" changes no status; neither does one that repeats the status.
    if (!to || *to == AppointmentStatus::Booked || *to == appointment.status)
        return;
    if (!canTransition(appointment.status, *to)) {
        throw InterfaceQuarantine(errorAt(where.status, 207,
            QStringLiteral("Appointment %1 is %2 and cannot become %3 (the sender says \"%4\").")
                .arg(appointment.id)
                .arg(statusLabel(appointment.status).toLower(), statusLabel(*to).toLower(),
                    in.senderStatus.isEmpty() ? statusCode(*to) : in.senderStatus)));
    }
    const QDateTime now = m_clock.nowUtc();
    const QString reason = QStringLiteral("interface message %1").arg(messageId);
    m_store.changeStatus(appointment.id, *to, m_user.name, now, reason);
    forgetHeldChairs();
    if (*to == AppointmentStatus::NoShow) {
        AuditEvent event;
        event.action = AuditAction::NoShow;
        event.userName = m_user.name;
        event.recordKind = QStringLiteral("appointment");
        event.recordId = appointment.id;
        event.patientId = appointment.patientId;
        event.reason = reason;
        m_store.audit(event, now);
    }
    outcome.done << QStringLiteral("appointment %1 %2").arg(appointment.id).arg(statusCode(*to));
}

void InterfaceApplier::applyAppointment(qint64 patientId, const InboundAppointment &in, const QString &sender,
    const Where &where, qint64 messageId, InterfaceOutcome &outcome)
{
    using Action = InboundAppointment::Action;
    if (in.action == Action::Request) {
        outcome.state = outcome.done.isEmpty() ? InterfaceState::Ignored : outcome.state;
        outcome.done << QStringLiteral("a request (%1), not a booking: nothing booked")
                            .arg(in.senderStatus.isEmpty() ? QStringLiteral("proposed") : in.senderStatus);
        return;
    }
    if (in.key.trimmed().isEmpty()) {
        throw InterfaceQuarantine(errorAt(where.key, 101,
            QStringLiteral("The appointment carries no id (neither the filler's nor the placer's).")));
    }
    const auto key = m_keys.appointmentKey(sender, in.key);
    std::optional<Appointment> existing;
    if (key)
        existing = m_store.appointment(key->appointmentId);

    const auto resolveStart = [&]() {
        if (!in.startUtc.isValid())
            throw InterfaceQuarantine(
                errorAt(where.start, 101, QStringLiteral("The appointment has no start time.")));
        return in.startUtc.toUTC();
    };
    const QList<InboundCode> services {in.service, in.appointmentType, in.eventReason};
    const auto bookNew = [&]() {
        const QDateTime start = resolveStart();
        const Center center = centerFor(in.location, where);
        const Therapy therapy = therapyFor(services, where);
        const int minutes = in.minutes > 0 ? in.minutes : therapy.defaultMinutes;
        const qint64 id = book(patientId, center, therapy, start, minutes, 0, where, messageId, outcome);
        m_keys.setAppointmentKey(sender, in.key, id, in.placerId, in.fillerId, messageId);
        return *m_store.appointment(id);
    };

    switch (in.action) {
    case Action::Book:
        if (existing) {
            // The sender's key is already booked: a repeated S12 changes nothing.
            if (outcome.done.isEmpty()) {
                outcome.state = InterfaceState::Duplicate;
                outcome.duplicateOf = key->messageId;
            }
            outcome.done << QStringLiteral(
                "appointment %1 is already booked under the sender's id %2: nothing changed")
                                .arg(existing->id)
                                .arg(in.key);
            return;
        }
        bookNew();
        return;
    case Action::Reschedule:
    case Action::Modify: {
        if (!existing) {
            // Not known here (booked before the interface ran, or its S12 lost upstream): the sender's
            // word is the booking as it now stands.
            const Appointment booked = bookNew();
            applyStatus(booked, in, where, messageId, outcome);
            return;
        }
        if (existing->patientId != patientId) {
            throw InterfaceQuarantine(errorAt(where.mrn, 207,
                QStringLiteral("The sender's appointment %1 is appointment %2, of another patient.")
                    .arg(in.key)
                    .arg(existing->id)));
        }
        const QDateTime start = in.startUtc.isValid() ? in.startUtc.toUTC() : existing->startUtc;
        const bool serviceGiven = !in.service.isEmpty() || !in.appointmentType.isEmpty();
        const Therapy therapy
            = serviceGiven ? therapyFor(services, where) : *m_store.therapy(existing->therapyId);
        const int minutes = in.minutes > 0 ? in.minutes : existing->minutes;
        const Center center
            = in.location.isEmpty() ? *m_store.center(existing->centerId) : centerFor(in.location, where);
        Appointment current = *existing;
        if (start != existing->startUtc || minutes != existing->minutes || center.id != existing->centerId
            || therapy.id != existing->therapyId) {
            if (!isActive(existing->status)) {
                throw InterfaceQuarantine(errorAt(where.start, 207,
                    QStringLiteral("Appointment %1 is %2; only a booked or arrived appointment can be moved.")
                        .arg(existing->id)
                        .arg(statusLabel(existing->status).toLower())));
            }
            const qint64 id
                = book(patientId, center, therapy, start, minutes, existing->id, where, messageId, outcome);
            m_store.changeStatus(existing->id, AppointmentStatus::Cancelled, m_user.name, m_clock.nowUtc(),
                QStringLiteral("rescheduled by interface message %1").arg(messageId));
            forgetHeldChairs();
            m_keys.setAppointmentKey(sender, in.key, id, in.placerId, in.fillerId, messageId);
            current = *m_store.appointment(id);
        }
        if (in.action == Action::Modify)
            applyStatus(current, in, where, messageId, outcome);
        if (outcome.done.isEmpty())
            outcome.done << QStringLiteral("appointment %1 unchanged").arg(existing->id);
        return;
    }
    case Action::Cancel:
    case Action::NoShow:
    case Action::Delete:
        if (!existing) {
            outcome.state = outcome.done.isEmpty() ? InterfaceState::Ignored : outcome.state;
            outcome.done << QStringLiteral("no appointment is known under the sender's id %1: nothing to %2")
                                .arg(in.key,
                                    in.action == Action::Cancel       ? QStringLiteral("cancel")
                                        : in.action == Action::NoShow ? QStringLiteral("mark a no-show")
                                                                      : QStringLiteral("delete"));
            return;
        }
        applyStatus(*existing, in, where, messageId, outcome);
        if (outcome.done.isEmpty())
            outcome.done << QStringLiteral("appointment %1 already %2")
                                .arg(existing->id)
                                .arg(statusCode(existing->status));
        return;
    case Action::Request:
        break;
    }
}

// ---- Orders ------------------------------------------------------------------------------------------

void InterfaceApplier::applyOrder(qint64 patientId, const InboundOrder &in, const QString &sender,
    const Where &where, qint64 messageId, InterfaceOutcome &outcome)
{
    using Action = InboundOrder::Action;
    const bool hl7 = where.format == InterfaceFormat::Hl7v2;
    const QString keyField = hl7 ? QStringLiteral("ORC-2") : QStringLiteral("MedicationRequest.identifier");
    if (in.key.trimmed().isEmpty())
        throw InterfaceQuarantine(
            errorAt(keyField, 101, QStringLiteral("The order carries no order number.")));
    const auto known = m_keys.orderKey(sender, in.key);
    std::optional<PrescriberOrder> stored;
    if (known)
        stored = m_store.order(*known);
    PatientService patients(m_store, m_clock);
    if (in.action == Action::Hold || in.action == Action::Release || in.action == Action::Status) {
        outcome.state = outcome.done.isEmpty() ? InterfaceState::Ignored : outcome.state;
        outcome.done << QStringLiteral("order %1: %2, nothing to change").arg(in.key, in.orderControl);
        return;
    }
    if (in.action == Action::Cancel || in.action == Action::Discontinue) {
        if (!stored) {
            outcome.state = outcome.done.isEmpty() ? InterfaceState::Ignored : outcome.state;
            outcome.done << QStringLiteral("no order is known under the sender's number %1: nothing to end")
                                .arg(in.key);
            return;
        }
        // An order ends by lapsing: it stops authorizing doses after yesterday.
        PrescriberOrder ended = *stored;
        ended.validTo = std::max(ended.validFrom, today().addDays(-1));
        if (ended.validTo != stored->validTo) {
            patients.updateOrder(m_user, ended);
            outcome.done << QStringLiteral("order %1 ended").arg(stored->id);
        }
        return;
    }
    const QString therapySource
        = hl7 ? QStringLiteral("RXE-2") : QStringLiteral("MedicationRequest.medication");
    const Therapy therapy
        = therapyNamed(in.therapy, in.therapy.source.isEmpty() ? therapySource : in.therapy.source, where);
    PrescriberOrder order = stored.value_or(PrescriberOrder {});
    order.patientId = patientId;
    order.therapyId = stored ? stored->therapyId : therapy.id;
    if (!in.prescriber.trimmed().isEmpty())
        order.prescriber = in.prescriber.trimmed();
    if (in.validFrom.isValid())
        order.validFrom = in.validFrom;
    if (in.validTo.isValid())
        order.validTo = in.validTo;
    if (in.doses > 0)
        order.dosesAuthorized = in.doses;
    if (!order.validFrom.isValid())
        order.validFrom = today();
    if (!order.validTo.isValid()) {
        throw InterfaceQuarantine(
            errorAt(hl7 ? QStringLiteral("ORC-7") : QStringLiteral("MedicationRequest.dispenseRequest"), 101,
                QStringLiteral("The order gives no end date (ORC-7.5, RXE-1.5, TQ1-8).")));
    }
    if (order.dosesAuthorized <= 0) {
        throw InterfaceQuarantine(
            errorAt(hl7 ? QStringLiteral("ORC-7") : QStringLiteral("MedicationRequest.dispenseRequest"), 101,
                QStringLiteral("The order gives no number of doses (ORC-7.12, TQ1-14).")));
    }
    if (stored) {
        if (order.prescriber != stored->prescriber || order.validFrom != stored->validFrom
            || order.validTo != stored->validTo || order.dosesAuthorized != stored->dosesAuthorized) {
            patients.updateOrder(m_user, order);
            outcome.done << QStringLiteral("order %1 changed").arg(order.id);
        }
        return;
    }
    order = patients.addOrder(m_user, order);
    m_keys.setOrderKey(sender, in.key, order.id, messageId);
    outcome.done << QStringLiteral("order %1 added").arg(order.id);
}

// ---- Messages ----------------------------------------------------------------------------------------

InterfaceOutcome InterfaceApplier::applyHl7(const Hl7Mapped &mapped, const QString &sender, qint64 messageId)
{
    InterfaceOutcome outcome;
    Where where;
    where.format = InterfaceFormat::Hl7v2;
    where.mrn = QStringLiteral("PID-3");
    where.key
        = mapped.appointment.keySource.isEmpty() ? QStringLiteral("SCH-2") : mapped.appointment.keySource;
    where.start = mapped.appointment.startSource.isEmpty() ? QStringLiteral("SCH-11")
                                                           : mapped.appointment.startSource;
    where.status = QStringLiteral("SCH-25");
    where.location = QStringLiteral("AIL-3");
    where.service = QStringLiteral("SCH-7");
    const qint64 patientId = upsertPatient(mapped.patient, where, outcome);
    switch (mapped.kind) {
    case Hl7Mapped::Kind::Patient:
        for (const InboundCoverage &coverage : mapped.coverages)
            upsertCoverage(patientId, coverage, where, outcome);
        break;
    case Hl7Mapped::Kind::Appointment:
        applyAppointment(patientId, mapped.appointment, sender, where, messageId, outcome);
        break;
    case Hl7Mapped::Kind::Order:
        for (const InboundOrder &order : mapped.orders)
            applyOrder(patientId, order, sender, where, messageId, outcome);
        break;
    case Hl7Mapped::Kind::None:
        break;
    }
    if (outcome.done.isEmpty())
        outcome.done << QStringLiteral("patient %1 unchanged").arg(patientId);
    return outcome;
}

InterfaceOutcome InterfaceApplier::applyFhir(const FhirRead &read, qint64 messageId)
{
    const QString sender = QStringLiteral("fhir");
    InterfaceOutcome outcome;
    Where where;
    where.format = InterfaceFormat::Fhir;
    where.mrn = QStringLiteral("Patient.identifier");
    where.key = QStringLiteral("Appointment.identifier");
    where.start = QStringLiteral("Appointment.start");
    where.status = QStringLiteral("Appointment.status");
    where.location = QStringLiteral("Appointment.participant");
    where.service = QStringLiteral("Appointment.serviceType");

    QHash<QString, qint64> byReference;
    for (const InboundPatient &patient : read.patients) {
        const qint64 id = upsertPatient(patient, where, outcome);
        if (!patient.reference.isEmpty()) {
            byReference.insert(patient.reference, id);
            m_keys.setPatientKey(sender, patient.reference, id, messageId);
        }
    }
    const auto patientOf = [&](const QString &reference, const QString &mrn, const QString &field) -> qint64 {
        if (!reference.isEmpty()) {
            if (const auto found = byReference.constFind(reference); found != byReference.cend())
                return *found;
            if (const auto id = m_keys.patientKey(sender, reference))
                return *id;
        }
        if (!mrn.trimmed().isEmpty()) {
            if (const auto patient = m_store.patientByMrn(mrn.trimmed()))
                return patient->id;
        }
        throw InterfaceQuarantine(errorAt(field, 204,
            QStringLiteral("The patient %1 is not known here: send the Patient resource with its MRN first.")
                .arg(reference.isEmpty() ? mrn : reference)));
    };
    for (const InboundCoverage &coverage : read.coverages) {
        const qint64 patientId = patientOf(coverage.beneficiary, {}, QStringLiteral("Coverage.beneficiary"));
        if (coverage.payer.trimmed().isEmpty() || coverage.memberId.trimmed().isEmpty()) {
            throw InterfaceQuarantine(errorAt(QStringLiteral("Coverage.payor"), 101,
                QStringLiteral("The coverage %1 has no payer or member id.").arg(coverage.source)));
        }
        upsertCoverage(patientId, coverage, where, outcome);
        outcome.patientId = outcome.patientId ? outcome.patientId : patientId;
    }
    for (const InboundOrder &order : read.orders) {
        const qint64 patientId
            = patientOf(order.subject, order.patient.mrn, QStringLiteral("MedicationRequest.subject"));
        applyOrder(patientId, order, sender, where, messageId, outcome);
        outcome.patientId = outcome.patientId ? outcome.patientId : patientId;
    }
    for (const InboundAuthorization &authorization : read.authorizations) {
        InboundAuthorization resolved = authorization;
        const qint64 patientId
            = patientOf(authorization.subject, authorization.mrn, QStringLiteral("ClaimResponse.patient"));
        resolved.mrn = m_store.patient(patientId)->mrn;
        const InterfaceOutcome one = applyAuthorization(resolved, messageId);
        outcome.done << one.done;
        outcome.patientId = outcome.patientId ? outcome.patientId : patientId;
    }
    for (const InboundAppointment &appointment : read.appointments) {
        if (appointment.action == InboundAppointment::Action::Request) {
            applyAppointment(0, appointment, sender, where, messageId, outcome);
            continue;
        }
        const qint64 patientId = patientOf(appointment.patient.reference, appointment.patient.mrn,
            QStringLiteral("Appointment.participant"));
        InterfaceOutcome one;
        applyAppointment(patientId, appointment, sender, where, messageId, one);
        outcome.done << one.done;
        outcome.patientId = outcome.patientId ? outcome.patientId : patientId;
        if (read.appointments.size() == 1 && read.patients.isEmpty()) {
            outcome.state = one.state;
            outcome.duplicateOf = one.duplicateOf;
        }
    }
    for (const InboundLocation &location : read.locations) {
        const QString key = location.key();
        const bool mapped = !key.isEmpty()
            && (m_keys.mapped(MappingKind::Location, key)
                || m_keys.mapped(MappingKind::Location, location.reference));
        outcome.done << QStringLiteral("location %1 (%2) %3")
                            .arg(location.reference, key,
                                mapped ? QStringLiteral("is mapped to a center")
                                       : QStringLiteral("is not mapped to a center"));
    }
    const bool wroteNothing = read.patients.isEmpty() && read.coverages.isEmpty() && read.orders.isEmpty()
        && read.authorizations.isEmpty() && read.appointments.isEmpty();
    if (wroteNothing) {
        outcome.state = InterfaceState::Ignored;
        for (const QString &skipped : read.skipped)
            outcome.done << skipped;
        if (!read.slotList.isEmpty() || !read.schedules.isEmpty())
            outcome.done << QStringLiteral("slots and schedules are Chairside's own: nothing stored");
        if (outcome.done.isEmpty())
            outcome.done << QStringLiteral("nothing to store");
    }
    return outcome;
}

InterfaceOutcome InterfaceApplier::applyAuthorization(const InboundAuthorization &row, qint64 messageId)
{
    Q_UNUSED(messageId)
    InterfaceOutcome outcome;
    Where where;
    where.format = InterfaceFormat::Csv;
    where.service = QStringLiteral("therapy");
    const QString mrn = row.mrn.trimmed();
    const auto patient = m_store.patientByMrn(mrn);
    if (!patient) {
        throw InterfaceQuarantine(InterfaceError {
            QString(), QStringLiteral("mrn"), 204, QStringLiteral("No patient has the MRN %1.").arg(mrn)});
    }
    outcome.patientId = patient->id;
    const Therapy therapy
        = therapyNamed(InboundCode {QString(), row.therapy, QString(), QStringLiteral("therapy")},
            QStringLiteral("therapy"), where);
    PatientService patients(m_store, m_clock);
    PriorAuthorization authorization;
    const QList<PriorAuthorization> held = m_store.authorizations(patient->id, therapy.id);
    for (const PriorAuthorization &a : held) {
        if (!row.reference.isEmpty() && a.reference == row.reference)
            authorization = a;
    }
    const qint64 storedId = authorization.id;
    const PriorAuthorization before = authorization;
    authorization.patientId = patient->id;
    authorization.therapyId = therapy.id;
    authorization.payer = row.payer.trimmed();
    authorization.reference = row.reference.trimmed();
    authorization.validFrom = row.validFrom;
    authorization.validTo = row.validTo;
    authorization.visitsApproved = row.visitsApproved;
    authorization.visitsUsed = std::max(row.visitsUsed, before.visitsUsed);
    authorization.status = row.status;
    if (storedId != 0) {
        if (before.payer == authorization.payer && before.validFrom == authorization.validFrom
            && before.validTo == authorization.validTo
            && before.visitsApproved == authorization.visitsApproved
            && before.visitsUsed == authorization.visitsUsed && before.status == authorization.status) {
            outcome.done << QStringLiteral("authorization %1 unchanged").arg(storedId);
            return outcome;
        }
        patients.updateAuthorization(m_user, authorization);
        outcome.done << QStringLiteral("authorization %1 changed").arg(storedId);
        return outcome;
    }
    authorization = patients.addAuthorization(m_user, authorization);
    outcome.done << QStringLiteral("authorization %1 added").arg(authorization.id);
    return outcome;
}

} // namespace chairside
