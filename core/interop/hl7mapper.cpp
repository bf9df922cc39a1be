#include "hl7mapper.h"

#include "hl7time.h"

#include <cmath>
#include <string_view>

namespace chairside {

namespace {

using Code = Hl7Error::Code;

/// Builds the mapped result, naming each error's line from the segment it is about.
class Reader
{
public:
    Reader(const Hl7Message &message, const Hl7MappingOptions &options, Hl7Mapped &out)
        : m_message(message)
        , m_options(options)
        , m_out(out)
    { }

    void error(Code code, const Hl7Segment &segment, int field, int component, const QString &reason)
    {
        Hl7Error e = Hl7Error::at(code, segment ? segment.name() : QString(), field, component, reason);
        e.sequence = segment ? segment.sequence() : 1;
        e.line = segment ? segment.line() : m_message.firstLine();
        m_out.errors.append(e);
    }

    void missingSegment(const QString &name, const QString &why)
    {
        Hl7Error e = Hl7Error::at(Code::SegmentSequence, name, 0, 0,
            QStringLiteral("The message has no %1 segment: %2").arg(name, why));
        e.line = m_message.firstLine();
        m_out.errors.append(e);
    }

    void warn(const QString &text) { m_out.warnings.append(text); }

    InboundPatient patient();
    void appointment(const QString &trigger);
    void coverages();
    void orders(bool pharmacy);

private:
    struct Timed
    {
        QDateTime utc;
        QString source;
    };

    std::optional<Timed> start(const Hl7Segment &sch);
    void duration(const Hl7Segment &sch, InboundAppointment &appointment);
    int minutesOf(const Hl7Value &amount, const Hl7Value &units, const Hl7Segment &segment, int amountField,
        int unitsField, int unitsComponent);
    QDateTime timeAt(const Hl7Value &value, const Hl7Segment &segment, int field, int component);
    QDate dateAt(const Hl7Value &value, const Hl7Segment &segment, int field, int component);
    InboundOrder order(const QList<Hl7Segment> &group, bool pharmacy);

    const Hl7Message &m_message;
    const Hl7MappingOptions &m_options;
    Hl7Mapped &m_out;
};

QString fold(const QString &text)
{
    QString folded;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            folded += c.toLower();
    }
    return folded;
}

InboundCode codeOf(const Hl7Value &value, const QString &source)
{
    InboundCode code;
    if (!value.hasValue())
        return code;
    code.code = value.component(1).trimmed();
    code.text = value.component(2).trimmed();
    code.system = value.component(3).trimmed();
    if (code.text.isEmpty())
        code.text = code.code;
    code.source = source;
    return code;
}

QString personName(const Hl7Value &xcn)
{
    const QString family = xcn.component(2).subComponent(1).trimmed();
    const QString given = xcn.component(3).trimmed();
    if (family.isEmpty() && given.isEmpty())
        return xcn.component(1).trimmed();
    return given.isEmpty() ? family : given + QLatin1Char(' ') + family;
}

InboundLocation locationOf(const Hl7Value &pl, const QString &source)
{
    InboundLocation location;
    location.pointOfCare = pl.component(1).trimmed();
    location.room = pl.component(2).trimmed();
    location.bed = pl.component(3).trimmed();
    location.facility = pl.component(4).subComponent(1).trimmed();
    location.building = pl.component(7).trimmed();
    location.description = pl.component(9).trimmed();
    location.source = source;
    return location;
}

QString describe(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

QDateTime Reader::timeAt(const Hl7Value &value, const Hl7Segment &segment, int field, int component)
{
    const QString text = value.trimmed();
    if (text.isEmpty())
        return {};
    const Hl7Time time = Hl7Time::parse(text, m_options.senderZone);
    if (!time.error.isEmpty()) {
        error(Code::DataType, segment, field, component, time.error);
        return {};
    }
    if (time.precision < Hl7Time::Precision::Hour) {
        error(Code::DataType, segment, field, component,
            QStringLiteral("\"%1\" has no time of day; an appointment needs one.").arg(text));
        return {};
    }
    return time.utc;
}

QDate Reader::dateAt(const Hl7Value &value, const Hl7Segment &segment, int field, int component)
{
    const QString text = value.trimmed();
    if (text.isEmpty())
        return {};
    QString why;
    const QDate date = hl7Date(text, &why);
    if (!date.isValid())
        error(Code::DataType, segment, field, component, why);
    return date;
}

InboundPatient Reader::patient()
{
    InboundPatient patient;
    const Hl7Segment pid = m_message.segment(QByteArrayView("PID"));
    if (!pid) {
        missingSegment(QStringLiteral("PID"), QStringLiteral("the patient cannot be identified."));
        return patient;
    }
    const auto readIdentifiers = [&](const Hl7Value &field) {
        const QList<Hl7Value> repetitions = field.repetitions();
        for (const Hl7Value &cx : repetitions) {
            InboundIdentifier id;
            id.value = cx.component(1).trimmed();
            if (id.value.isEmpty())
                continue;
            id.authority = cx.component(4).subComponent(1).trimmed();
            if (id.authority.isEmpty())
                id.authority = cx.component(4).subComponent(2).trimmed();
            id.type = cx.component(5).trimmed();
            patient.identifiers.append(id);
        }
    };
    readIdentifiers(pid.field(3));
    int mrnField = 3;
    if (patient.identifiers.isEmpty()) {
        readIdentifiers(pid.field(2));
        mrnField = 2;
    }
    if (patient.identifiers.isEmpty()) {
        error(Code::RequiredFieldMissing, pid, 3, 1, QStringLiteral("PID-3 holds no patient identifier."));
    } else {
        const InboundIdentifier *chosen = nullptr;
        const QString wanted = m_options.mrnAuthority.trimmed();
        bool anyAuthority = false;
        for (const InboundIdentifier &id : std::as_const(patient.identifiers))
            anyAuthority = anyAuthority || !id.authority.isEmpty();
        if (!wanted.isEmpty()) {
            for (const InboundIdentifier &id : std::as_const(patient.identifiers)) {
                if (!chosen && id.authority.compare(wanted, Qt::CaseInsensitive) == 0)
                    chosen = &id;
            }
            if (!chosen && !anyAuthority)
                chosen = &patient.identifiers.front();
            if (!chosen) {
                QStringList sent;
                for (const InboundIdentifier &id : std::as_const(patient.identifiers))
                    sent.append(id.authority.isEmpty() ? QStringLiteral("none") : id.authority);
                error(Code::UnknownKey, pid, mrnField, 4,
                    QStringLiteral("No identifier of the center's authority \"%1\" in PID-%2 (it names %3).")
                        .arg(wanted)
                        .arg(mrnField)
                        .arg(sent.join(QStringLiteral(", "))));
            }
        } else {
            for (const InboundIdentifier &id : std::as_const(patient.identifiers)) {
                const QString type = id.type.toUpper();
                if (!chosen && (type == QLatin1String("MR") || type == QLatin1String("MRN")))
                    chosen = &id;
            }
            if (!chosen)
                chosen = &patient.identifiers.front();
        }
        if (chosen) {
            patient.mrn = chosen->value;
            patient.mrnAuthority = chosen->authority;
        }
    }

    // The first name that has a family or given name in it.
    const QList<Hl7Value> names = pid.field(5).repetitions();
    for (const Hl7Value &xpn : names) {
        const Hl7Value family = xpn.component(1).subComponent(1);
        const Hl7Value given = xpn.component(2);
        if (family.isNull())
            patient.cleared.append(QStringLiteral("lastName"));
        if (given.isNull())
            patient.cleared.append(QStringLiteral("firstName"));
        if (!family.hasValue() && !given.hasValue())
            continue;
        patient.lastName = family.trimmed();
        patient.firstName = given.trimmed();
        patient.middleName = xpn.component(3).trimmed();
        patient.cleared.removeAll(QStringLiteral("lastName"));
        patient.cleared.removeAll(QStringLiteral("firstName"));
        break;
    }
    const Hl7Value dob = pid.field(7).component(1);
    if (dob.isNull())
        patient.cleared.append(QStringLiteral("dateOfBirth"));
    else
        patient.dateOfBirth = dateAt(dob, pid, 7, 1);
    patient.sex = pid.field(8).trimmed();

    bool phoneNull = false;
    bool emailNull = false;
    for (const int fieldNumber : {13, 14}) {
        const Hl7Value field = pid.field(fieldNumber);
        if (field.isNull()) {
            phoneNull = emailNull = true;
            continue;
        }
        const QList<Hl7Value> repetitions = field.repetitions();
        for (const Hl7Value &xtn : repetitions) {
            const QString use = xtn.component(2).trimmed().toUpper();
            const QString equipment = xtn.component(3).trimmed().toUpper();
            const Hl7Value number = xtn.component(1);
            const bool isEmail = use == QLatin1String("NET") || use == QLatin1String("EMAIL")
                || use == QLatin1String("INTERNET") || equipment == QLatin1String("INTERNET")
                || equipment == QLatin1String("X.400") || number.text().contains(QLatin1Char('@'));
            if (isEmail) {
                const Hl7Value address = xtn.component(4).hasValue() ? xtn.component(4) : number;
                if (address.hasValue() && patient.email.isEmpty())
                    patient.email = address.trimmed();
                emailNull = emailNull || address.isNull();
                continue;
            }
            QString phone = number.trimmed();
            if (phone.isEmpty() && xtn.component(7).hasValue()) {
                const QString area = xtn.component(6).trimmed();
                phone = (area.isEmpty() ? QString() : QStringLiteral("(%1) ").arg(area))
                    + xtn.component(7).trimmed();
            }
            if (!phone.isEmpty() && patient.phone.isEmpty())
                patient.phone = phone;
            phoneNull = phoneNull || number.isNull();
        }
    }
    if (patient.phone.isEmpty() && phoneNull)
        patient.cleared.append(QStringLiteral("phone"));
    if (patient.email.isEmpty() && emailNull)
        patient.cleared.append(QStringLiteral("email"));
    return patient;
}

std::optional<Reader::Timed> Reader::start(const Hl7Segment &sch)
{
    struct Place
    {
        std::string_view segment;
        int field;
        int component;
    };
    // SCH-11.4 and TQ1-7 are the appointment's; the AIx segments' are each resource's.
    static constexpr Place places[]
        = {{"SCH", 11, 4}, {"TQ1", 7, 1}, {"AIS", 4, 1}, {"AIL", 6, 1}, {"AIG", 8, 1}, {"AIP", 6, 1}};
    std::optional<Timed> chosen;
    std::optional<Hl7Error> firstError;
    for (const Place &place : places) {
        const QByteArrayView name(place.segment.data(), qsizetype(place.segment.size()));
        const QList<Hl7Segment> segments
            = place.segment == "SCH" ? QList<Hl7Segment> {sch} : m_message.segments(name);
        for (const Hl7Segment &segment : segments) {
            const Hl7Value value = segment.field(place.field).component(place.component);
            QString source = QStringLiteral("%1-%2").arg(segment.name()).arg(place.field);
            if (segment.sequence() > 1)
                source = QStringLiteral("%1(%2)-%3")
                             .arg(segment.name())
                             .arg(segment.sequence())
                             .arg(place.field);
            if (place.component > 1)
                source += QStringLiteral(".%1").arg(place.component);
            // A place that cannot be read is an error only when no place can be.
            const qsizetype before = m_out.errors.size();
            const QDateTime utc = timeAt(value, segment, place.field, place.component);
            if (m_out.errors.size() > before) {
                if (!firstError)
                    firstError = m_out.errors.back();
                warn(QStringLiteral("%1 was not read: %2").arg(source, m_out.errors.back().reason));
                m_out.errors.removeLast();
            }
            if (!utc.isValid())
                continue;
            if (!chosen) {
                chosen = Timed {utc, source};
            } else if (utc != chosen->utc) {
                warn(QStringLiteral("%1 says the appointment starts %2, %3 says %4: %3 is taken.")
                         .arg(source, describe(utc, m_options.senderZone), chosen->source,
                             describe(chosen->utc, m_options.senderZone)));
            }
        }
    }
    if (!chosen && firstError)
        m_out.errors.append(*firstError);
    return chosen;
}

int Reader::minutesOf(const Hl7Value &amount, const Hl7Value &units, const Hl7Segment &segment,
    int amountField, int unitsField, int unitsComponent)
{
    const QString text = amount.trimmed();
    if (text.isEmpty())
        return 0;
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || value <= 0 || !std::isfinite(value)) {
        error(Code::DataType, segment, amountField, 0,
            QStringLiteral("The duration \"%1\" is not a positive number.").arg(text));
        return -1;
    }
    QString unit = units.component(1).trimmed();
    if (unit.isEmpty())
        unit = units.component(2).trimmed();
    double perUnit = unit.isEmpty() ? 1.0 : Hl7Mapper::minutesPerUnit(unit);
    if (perUnit == 0 && units.component(2).hasValue())
        perUnit = Hl7Mapper::minutesPerUnit(units.component(2).trimmed());
    if (perUnit == 0) {
        error(Code::TableValue, segment, unitsField, unitsComponent,
            QStringLiteral("\"%1\" is not a unit of time (minutes, hours, seconds or days).").arg(unit));
        return -1;
    }
    const double minutes = std::ceil(value * perUnit);
    if (minutes < 1 || minutes > 24 * 60) {
        error(Code::DataType, segment, amountField, 0,
            QStringLiteral("A duration of %1 %2 is not one an appointment can have.").arg(text, unit));
        return -1;
    }
    return int(minutes);
}

void Reader::duration(const Hl7Segment &sch, InboundAppointment &appointment)
{
    const auto take = [&](int minutes, const QString &source) {
        if (minutes > 0 && appointment.minutes == 0) {
            appointment.minutes = minutes;
            appointment.minutesSource = source;
        }
        return minutes != 0;
    };
    const auto between = [&](const QDateTime &end, const Hl7Segment &segment, int field, int component) {
        if (!end.isValid() || !appointment.startUtc.isValid())
            return 0;
        const qint64 minutes = appointment.startUtc.secsTo(end) / 60;
        if (minutes < 1 || minutes > 24 * 60) {
            error(Code::DataType, segment, field, component,
                QStringLiteral("The end %1 is not after the start %2.")
                    .arg(describe(end, m_options.senderZone),
                        describe(appointment.startUtc, m_options.senderZone)));
            return -1;
        }
        return int(minutes);
    };

    // SCH-11.3, a TQ duration: "60", "M60", "H2", "S900", "D1".
    const QString tqDuration = sch.field(11).component(3).trimmed();
    if (!tqDuration.isEmpty()) {
        const QChar first = tqDuration.front().toUpper();
        qint64 minutes = -1; // wide: a sender's "D99999999" must not overflow before it is refused
        bool ok = false;
        if (first.isDigit()) {
            const qint64 value = tqDuration.toInt(&ok);
            minutes = ok ? value : -1;
        } else {
            const qint64 value = tqDuration.mid(1).toInt(&ok);
            const qint64 scale = first == QLatin1Char('M') ? 1
                : first == QLatin1Char('H')                ? 60
                : first == QLatin1Char('D')                ? 24 * 60
                                                           : 0;
            if (first == QLatin1Char('S') && ok)
                minutes = (value + 59) / 60;
            else if (scale > 0 && ok)
                minutes = value * scale;
        }
        if (minutes < 1 || minutes > 24 * 60)
            error(Code::DataType, sch, 11, 3,
                QStringLiteral(
                    "The duration \"%1\" is not a number of minutes, or a unit (S, M, H, D) and a number, "
                    "of at most a day.")
                    .arg(tqDuration));
        else
            take(int(minutes), QStringLiteral("SCH-11.3"));
    }
    if (appointment.startSource == QLatin1String("SCH-11.4") && appointment.minutes == 0)
        take(between(timeAt(sch.field(11).component(5), sch, 11, 5), sch, 11, 5), QStringLiteral("SCH-11.5"));
    if (const Hl7Segment tq1 = m_message.segment(QByteArrayView("TQ1")); tq1 && appointment.minutes == 0) {
        const Hl7Value quantity = tq1.field(13);
        take(minutesOf(quantity.component(1), quantity.component(2), tq1, 13, 13, 2),
            QStringLiteral("TQ1-13"));
        if (appointment.startSource == QLatin1String("TQ1-7") && appointment.minutes == 0)
            take(between(timeAt(tq1.field(8), tq1, 8, 1), tq1, 8, 1), QStringLiteral("TQ1-8"));
    }
    if (appointment.minutes == 0)
        take(minutesOf(sch.field(9), sch.field(10), sch, 9, 10, 1), QStringLiteral("SCH-9"));
    struct Place
    {
        const char *segment;
        int amount;
        int units;
    };
    static constexpr Place places[] = {{"AIS", 7, 8}, {"AIL", 9, 10}, {"AIG", 11, 12}, {"AIP", 9, 10}};
    for (const Place &place : places) {
        const QList<Hl7Segment> segments = m_message.segments(QByteArrayView(place.segment));
        for (const Hl7Segment &segment : segments) {
            if (appointment.minutes != 0)
                break;
            take(minutesOf(segment.field(place.amount), segment.field(place.units), segment, place.amount,
                     place.units, 1),
                QStringLiteral("%1-%2").arg(segment.name()).arg(place.amount));
        }
    }
}

void Reader::appointment(const QString &trigger)
{
    InboundAppointment &appointment = m_out.appointment;
    appointment.patient = m_out.patient;
    const Hl7Segment sch = m_message.segment(QByteArrayView("SCH"));
    if (!sch) {
        missingSegment(QStringLiteral("SCH"), QStringLiteral("a scheduling message needs its appointment."));
        return;
    }
    const Hl7Segment msh = m_message.segment(QByteArrayView("MSH"));
    const QString event = trigger.toUpper();
    if (event == QLatin1String("S12"))
        appointment.action = InboundAppointment::Action::Book;
    else if (event == QLatin1String("S13"))
        appointment.action = InboundAppointment::Action::Reschedule;
    else if (event == QLatin1String("S14"))
        appointment.action = InboundAppointment::Action::Modify;
    else if (event == QLatin1String("S15"))
        appointment.action = InboundAppointment::Action::Cancel;
    else if (event == QLatin1String("S17"))
        appointment.action = InboundAppointment::Action::Delete;
    else if (event == QLatin1String("S26"))
        appointment.action = InboundAppointment::Action::NoShow;
    else {
        error(Code::UnsupportedEvent, msh, 9, 2,
            QStringLiteral("SIU^%1 is not read here: S12, S13, S14, S15, S17 and S26 are.").arg(trigger));
        return;
    }

    appointment.placerId = sch.field(1).component(1).trimmed();
    appointment.fillerId = sch.field(2).component(1).trimmed();
    if (!appointment.fillerId.isEmpty()) {
        appointment.key = appointment.fillerId;
        appointment.keySource = QStringLiteral("SCH-2");
    } else if (!appointment.placerId.isEmpty()) {
        appointment.key = appointment.placerId;
        appointment.keySource = QStringLiteral("SCH-1");
    } else {
        error(Code::RequiredFieldMissing, sch, 2, 1,
            QStringLiteral(
                "The appointment has no id: neither a filler id (SCH-2) nor a placer id (SCH-1)."));
    }

    const qsizetype errorsBefore = m_out.errors.size();
    if (const std::optional<Timed> begins = start(sch)) {
        appointment.startUtc = begins->utc;
        appointment.startSource = begins->source;
    }
    duration(sch, appointment);
    const bool needsTime = appointment.action == InboundAppointment::Action::Book
        || appointment.action == InboundAppointment::Action::Reschedule;
    if (needsTime && !appointment.startUtc.isValid() && m_out.errors.size() == errorsBefore)
        error(Code::RequiredFieldMissing, sch, 11, 4,
            QStringLiteral(
                "The appointment has no start: none in SCH-11.4, TQ1-7, AIS-4, AIL-6, AIG-8 or AIP-6."));

    // The status the sender reports, and the one the trigger means.
    const Hl7Value filler = sch.field(25);
    appointment.senderStatus = filler.component(1).trimmed();
    if (appointment.senderStatus.isEmpty())
        appointment.senderStatus = filler.component(2).trimmed();
    const std::optional<AppointmentStatus> reported
        = Hl7Mapper::statusFromFillerStatus(appointment.senderStatus);
    switch (appointment.action) {
    case InboundAppointment::Action::Book:
    case InboundAppointment::Action::Reschedule:
        appointment.status = AppointmentStatus::Booked;
        if (reported && *reported != AppointmentStatus::Booked)
            warn(QStringLiteral("SCH-25 says \"%1\" on SIU^%2: the appointment is booked.")
                     .arg(appointment.senderStatus, event));
        break;
    case InboundAppointment::Action::Modify:
        appointment.status = reported;
        break;
    case InboundAppointment::Action::Cancel:
        if (reported == AppointmentStatus::NoShow)
            appointment.action = InboundAppointment::Action::NoShow;
        appointment.status = reported == AppointmentStatus::NoShow ? AppointmentStatus::NoShow
                                                                   : AppointmentStatus::Cancelled;
        break;
    case InboundAppointment::Action::NoShow:
        appointment.status = AppointmentStatus::NoShow;
        if (reported && *reported != AppointmentStatus::NoShow)
            warn(QStringLiteral("SCH-25 says \"%1\" on SIU^S26: recorded as a no-show.")
                     .arg(appointment.senderStatus));
        break;
    case InboundAppointment::Action::Delete:
        appointment.status = AppointmentStatus::EnteredInError;
        break;
    case InboundAppointment::Action::Request:
        break;
    }

    // What is given: the service, else the reason, else the type, else the event reason.
    appointment.eventReason = codeOf(sch.field(6), QStringLiteral("SCH-6"));
    appointment.appointmentType = codeOf(sch.field(8), QStringLiteral("SCH-8"));
    for (const Hl7Segment &ais : m_message.segments(QByteArrayView("AIS"))) {
        if (appointment.service.isEmpty())
            appointment.service = codeOf(ais.field(3), QStringLiteral("AIS-3"));
    }
    if (appointment.service.isEmpty())
        appointment.service = codeOf(sch.field(7), QStringLiteral("SCH-7"));
    if (appointment.service.isEmpty())
        appointment.service = appointment.appointmentType;
    if (appointment.service.isEmpty())
        appointment.service = appointment.eventReason;

    for (const Hl7Segment &ail : m_message.segments(QByteArrayView("AIL"))) {
        if (appointment.location.isEmpty() && ail.field(3).hasValue())
            appointment.location = locationOf(ail.field(3), QStringLiteral("AIL-3"));
    }
    if (appointment.location.isEmpty()) {
        if (const Hl7Segment pv1 = m_message.segment(QByteArrayView("PV1")); pv1.field(3).hasValue())
            appointment.location = locationOf(pv1.field(3), QStringLiteral("PV1-3"));
    }
    if (const Hl7Segment aip = m_message.segment(QByteArrayView("AIP")))
        appointment.practitioner = personName(aip.field(3));
    if (appointment.practitioner.isEmpty()) {
        if (const Hl7Segment aig = m_message.segment(QByteArrayView("AIG"))) {
            const Hl7Value resource = aig.field(3);
            appointment.practitioner = resource.component(2).hasValue() ? resource.component(2).trimmed()
                                                                        : resource.component(1).trimmed();
        }
    }
}

void Reader::coverages()
{
    for (const Hl7Segment &in1 : m_message.segments(QByteArrayView("IN1"))) {
        InboundCoverage coverage;
        coverage.payerId = in1.field(3).component(1).trimmed();
        coverage.payer = in1.field(4).component(1).trimmed();
        if (coverage.payer.isEmpty())
            coverage.payer = coverage.payerId;
        coverage.planName = in1.field(2).component(2).trimmed();
        if (coverage.planName.isEmpty())
            coverage.planName = in1.field(2).component(1).trimmed();
        coverage.groupNumber = in1.field(8).trimmed();
        coverage.memberId = in1.field(36).trimmed();
        if (coverage.memberId.isEmpty())
            coverage.memberId = in1.field(49).component(1).trimmed();
        coverage.validFrom = dateAt(in1.field(12), in1, 12, 0);
        coverage.validTo = dateAt(in1.field(13), in1, 13, 0);
        coverage.source = QStringLiteral("IN1(%1)").arg(in1.sequence());
        if (coverage.payer.isEmpty())
            error(Code::RequiredFieldMissing, in1, 4, 1,
                QStringLiteral("The insurance names no payer (IN1-4 or IN1-3)."));
        if (coverage.memberId.isEmpty())
            error(Code::RequiredFieldMissing, in1, 36, 0,
                QStringLiteral("The insurance has no member id (IN1-36 or IN1-49)."));
        if (coverage.validFrom.isValid() && coverage.validTo.isValid()
            && coverage.validTo < coverage.validFrom)
            error(Code::DataType, in1, 13, 0,
                QStringLiteral("The coverage ends (IN1-13) before it starts (IN1-12)."));
        m_out.coverages.append(coverage);
    }
}

InboundOrder Reader::order(const QList<Hl7Segment> &group, bool pharmacy)
{
    InboundOrder order;
    order.patient = m_out.patient;
    const auto find = [&](const char *name) {
        for (const Hl7Segment &segment : group) {
            if (segment.nameBytes() == QByteArrayView(name))
                return segment;
        }
        return Hl7Segment();
    };
    const Hl7Segment orc = group.front();
    const Hl7Segment obr = find("OBR");
    const Hl7Segment rxo = find("RXO");
    const Hl7Segment rxe = find("RXE");
    const Hl7Segment tq1 = find("TQ1");

    order.orderControl = orc.field(1).trimmed().toUpper();
    static const QList<std::pair<QStringList, InboundOrder::Action>> controls = {
        {{QStringLiteral("NW"), QStringLiteral("SN")}, InboundOrder::Action::New},
        {{QStringLiteral("XO"), QStringLiteral("XX"), QStringLiteral("RP")}, InboundOrder::Action::Change},
        {{QStringLiteral("CA"), QStringLiteral("OC"), QStringLiteral("CR")}, InboundOrder::Action::Cancel},
        {{QStringLiteral("DC"), QStringLiteral("OD"), QStringLiteral("DR")},
            InboundOrder::Action::Discontinue},
        {{QStringLiteral("HD"), QStringLiteral("OH")}, InboundOrder::Action::Hold},
        {{QStringLiteral("RL"), QStringLiteral("OR")}, InboundOrder::Action::Release},
        {{QStringLiteral("SC"), QStringLiteral("OK")}, InboundOrder::Action::Status},
    };
    bool known = false;
    for (const auto &[codes, action] : controls) {
        if (codes.contains(order.orderControl)) {
            order.action = action;
            known = true;
        }
    }
    if (!known)
        error(order.orderControl.isEmpty() ? Code::RequiredFieldMissing : Code::TableValue, orc, 1, 0,
            order.orderControl.isEmpty()
                ? QStringLiteral("The order control (ORC-1) is empty.")
                : QStringLiteral(
                    "The order control \"%1\" is not read here (NW, XO, CA, DC, HD, RL, SC are).")
                      .arg(order.orderControl));

    order.placerOrderNumber = orc.field(2).component(1).trimmed();
    if (order.placerOrderNumber.isEmpty())
        order.placerOrderNumber = obr.field(2).component(1).trimmed();
    order.fillerOrderNumber = orc.field(3).component(1).trimmed();
    if (order.fillerOrderNumber.isEmpty())
        order.fillerOrderNumber = obr.field(3).component(1).trimmed();
    order.key = order.placerOrderNumber.isEmpty() ? order.fillerOrderNumber : order.placerOrderNumber;
    if (order.key.isEmpty())
        error(Code::RequiredFieldMissing, orc, 2, 1,
            QStringLiteral(
                "The order has no number: neither a placer (ORC-2) nor a filler (ORC-3) order number."));

    if (rxe)
        order.therapy = codeOf(rxe.field(2), QStringLiteral("RXE-2"));
    if (order.therapy.isEmpty() && rxo)
        order.therapy = codeOf(rxo.field(1), QStringLiteral("RXO-1"));
    if (order.therapy.isEmpty() && obr)
        order.therapy = codeOf(obr.field(4), QStringLiteral("OBR-4"));
    if (order.therapy.isEmpty()) {
        const Hl7Segment where = pharmacy ? rxe : (rxo ? rxo : obr);
        if (where)
            error(Code::RequiredFieldMissing, where, pharmacy ? 2 : (rxo ? 1 : 4), 0,
                QStringLiteral("The order names no therapy."));
        else
            missingSegment(pharmacy ? QStringLiteral("RXE") : QStringLiteral("RXO"),
                QStringLiteral("the order names no therapy (RXE, RXO or OBR)."));
    }
    if (rxe) {
        order.doseAmount = rxe.field(3).trimmed();
        order.doseUnits = codeOf(rxe.field(5), QString()).text;
        order.instructions = codeOf(rxe.field(7), QString()).text;
    } else if (rxo) {
        order.doseAmount = rxo.field(2).trimmed();
        order.doseUnits = codeOf(rxo.field(4), QString()).text;
        order.instructions = codeOf(rxo.field(6), QString()).text;
    }

    // The timing: a TQ in RXE-1, ORC-7 or OBR-27, else a TQ1 segment.
    const auto readTiming = [&](const Hl7Segment &segment, int field, int start, int end, int count) {
        if (!segment)
            return false;
        const Hl7Value tq = field > 0 ? segment.field(field) : Hl7Value();
        const auto part = [&](int position) {
            return field > 0 ? tq.component(position) : segment.field(position).component(1);
        };
        const int fieldOf = field > 0 ? field : 0;
        if (!part(start).hasValue() && !part(end).hasValue() && !part(count).hasValue())
            return false;
        const auto localDate = [&](int position) {
            const QString text = part(position).trimmed();
            if (text.isEmpty())
                return QDate();
            const Hl7Time time = Hl7Time::parse(text, m_options.senderZone);
            if (!time.error.isEmpty() || !time.date.isValid()) {
                error(Code::DataType, segment, fieldOf > 0 ? fieldOf : position, fieldOf > 0 ? position : 0,
                    time.error);
                return QDate();
            }
            return time.date;
        };
        order.validFrom = localDate(start);
        order.validTo = localDate(end);
        const QString doses = part(count).trimmed();
        if (!doses.isEmpty()) {
            bool ok = false;
            order.doses = doses.toInt(&ok);
            if (!ok || order.doses < 0 || order.doses > 10000) {
                error(Code::DataType, segment, fieldOf > 0 ? fieldOf : count, fieldOf > 0 ? count : 0,
                    QStringLiteral("The number of doses \"%1\" is not a whole number.").arg(doses));
                order.doses = 0;
            }
        }
        return true;
    };
    if (!readTiming(rxe, 1, 4, 5, 12) && !readTiming(orc, 7, 4, 5, 12) && !readTiming(obr, 27, 4, 5, 12))
        readTiming(tq1, 0, 7, 8, 14);
    if (order.validFrom.isValid() && order.validTo.isValid() && order.validTo < order.validFrom)
        error(Code::DataType, orc, 7, 5, QStringLiteral("The order ends before it starts."));

    order.prescriberId = orc.field(12).component(1).trimmed();
    order.prescriber = personName(orc.field(12));
    if (order.prescriber.isEmpty() && obr) {
        order.prescriberId = obr.field(16).component(1).trimmed();
        order.prescriber = personName(obr.field(16));
    }
    return order;
}

void Reader::orders(bool pharmacy)
{
    // An order is an ORC and the segments after it up to the next ORC.
    QList<QList<Hl7Segment>> groups;
    for (int i = 0; i < m_message.segmentCount(); ++i) {
        const Hl7Segment segment = m_message.segment(i);
        if (segment.nameBytes() == QByteArrayView("ORC"))
            groups.append({segment});
        else if (!groups.isEmpty())
            groups.back().append(segment);
    }
    if (groups.isEmpty()) {
        missingSegment(
            QStringLiteral("ORC"), QStringLiteral("an order message needs its common order segment."));
        return;
    }
    for (const QList<Hl7Segment> &group : std::as_const(groups))
        m_out.orders.append(order(group, pharmacy));
}

namespace Hl7Mapper {

Hl7Mapped map(const Hl7Message &message, const Hl7MappingOptions &options)
{
    Hl7Mapped out;
    out.errors = message.errors();
    out.warnings = message.warnings();
    if (!message.errors().isEmpty())
        return out;
    Reader reader(message, options, out);
    const Hl7Segment msh = message.segment(QByteArrayView("MSH"));
    const QString type = message.messageType().toUpper();
    const QString trigger = message.triggerEvent().toUpper();
    if (type == QLatin1String("SIU")) {
        out.patient = reader.patient();
        out.kind = Hl7Mapped::Kind::Appointment;
        reader.appointment(trigger);
    } else if (type == QLatin1String("ADT")) {
        static const QStringList events
            = {QStringLiteral("A04"), QStringLiteral("A08"), QStringLiteral("A28"), QStringLiteral("A31")};
        if (!events.contains(trigger)) {
            reader.error(Code::UnsupportedEvent, msh, 9, 2,
                QStringLiteral("ADT^%1 is not read here: A04, A08, A28 and A31 are.").arg(trigger));
            return out;
        }
        out.kind = Hl7Mapped::Kind::Patient;
        out.patient = reader.patient();
        reader.coverages();
    } else if (type == QLatin1String("ORM") || type == QLatin1String("RDE")) {
        const bool pharmacy = type == QLatin1String("RDE");
        const bool known = pharmacy ? (trigger == QLatin1String("O11") || trigger == QLatin1String("O01"))
                                    : trigger == QLatin1String("O01");
        if (!known) {
            reader.error(Code::UnsupportedEvent, msh, 9, 2,
                QStringLiteral("%1^%2 is not read here: ORM^O01 and RDE^O11 are.").arg(type, trigger));
            return out;
        }
        out.kind = Hl7Mapped::Kind::Order;
        out.patient = reader.patient();
        reader.orders(pharmacy);
    } else {
        reader.error(Code::UnsupportedMessageType, msh, 9, 1,
            QStringLiteral("%1 messages are not read here: SIU, ADT, ORM and RDE are.").arg(type));
    }
    return out;
}

std::optional<AppointmentStatus> statusFromFillerStatus(const QString &text)
{
    const QString folded = fold(text);
    static const QList<std::pair<QStringList, AppointmentStatus>> names = {
        {{QStringLiteral("booked"), QStringLiteral("scheduled"), QStringLiteral("confirmed"),
             QStringLiteral("overbook")},
            AppointmentStatus::Booked},
        {{QStringLiteral("arrived")}, AppointmentStatus::Arrived},
        {{QStringLiteral("checkedin")}, AppointmentStatus::CheckedIn},
        {{QStringLiteral("started"), QStringLiteral("inprogress")}, AppointmentStatus::InProgress},
        {{QStringLiteral("complete"), QStringLiteral("completed"), QStringLiteral("fulfilled")},
            AppointmentStatus::Fulfilled},
        {{QStringLiteral("cancelled"), QStringLiteral("canceled"), QStringLiteral("dc"),
             QStringLiteral("discontinued")},
            AppointmentStatus::Cancelled},
        {{QStringLiteral("noshow")}, AppointmentStatus::NoShow},
        {{QStringLiteral("deleted"), QStringLiteral("enteredinerror")}, AppointmentStatus::EnteredInError},
    };
    for (const auto &[words, status] : names) {
        if (words.contains(folded))
            return status;
    }
    return std::nullopt;
}

double minutesPerUnit(const QString &unit)
{
    const QString folded = fold(unit);
    static const QList<std::pair<QStringList, double>> units = {
        {{QStringLiteral("m"), QStringLiteral("min"), QStringLiteral("mins"), QStringLiteral("minute"),
             QStringLiteral("minutes")},
            1.0},
        {{QStringLiteral("h"), QStringLiteral("hr"), QStringLiteral("hrs"), QStringLiteral("hour"),
             QStringLiteral("hours")},
            60.0},
        {{QStringLiteral("s"), QStringLiteral("sec"), QStringLiteral("secs"), QStringLiteral("second"),
             QStringLiteral("seconds")},
            1.0 / 60.0},
        {{QStringLiteral("d"), QStringLiteral("day"), QStringLiteral("days")}, 24.0 * 60.0},
    };
    for (const auto &[words, perUnit] : units) {
        if (words.contains(folded))
            return perUnit;
    }
    return 0;
}

} // namespace Hl7Mapper

} // namespace chairside
