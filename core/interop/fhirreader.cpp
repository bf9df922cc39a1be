#include "fhirreader.h"

#include "fhirstatus.h"
#include "scheduling/centertime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>

#include <cmath>

namespace chairside {

namespace {

constexpr int kMaxDepth = 4;

/// A JSON value with the path that reached it; type mismatches become errors naming the path.
class Node
{
public:
    Node(QJsonValue value, QString path, QList<FhirError> *errors)
        : m_value(std::move(value))
        , m_path(std::move(path))
        , m_errors(errors)
    { }

    const QString &path() const { return m_path; }
    bool exists() const { return !m_value.isUndefined() && !m_value.isNull(); }
    const QJsonValue &json() const { return m_value; }

    Node operator[](const char *key) const
    {
        const QString name = QString::fromLatin1(key);
        return Node(m_value.isObject() ? m_value.toObject().value(name) : QJsonValue(QJsonValue::Undefined),
            m_path + QLatin1Char('.') + name, m_errors);
    }

    void fail(const QString &reason) const { m_errors->append(FhirError {m_path, reason}); }

    /// A string, or empty when absent; anything else is an error.
    QString string() const
    {
        if (!exists())
            return {};
        if (!m_value.isString()) {
            fail(QStringLiteral("must be a string."));
            return {};
        }
        return m_value.toString().trimmed();
    }

    /// The elements of an array, or the value itself when it is a single object (older versions).
    QList<Node> list() const
    {
        QList<Node> nodes;
        if (!exists())
            return nodes;
        if (m_value.isArray()) {
            const QJsonArray array = m_value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i)
                nodes.append(Node(array.at(i), m_path + QStringLiteral("[%1]").arg(i), m_errors));
        } else if (m_value.isObject()) {
            nodes.append(*this);
        } else {
            fail(QStringLiteral("must be a list."));
        }
        return nodes;
    }

    Node first() const
    {
        const QList<Node> nodes = list();
        return nodes.isEmpty()
            ? Node(QJsonValue(QJsonValue::Undefined), m_path + QStringLiteral("[0]"), m_errors)
            : nodes.front();
    }

    /// An integer, or fallback when absent.
    int integer(int fallback) const
    {
        if (!exists())
            return fallback;
        const double value = m_value.toDouble(-1);
        // The range first: converting a double beyond an integer's range to one is undefined.
        if (!m_value.isDouble() || !(value >= 0 && value <= 1e6) || value != std::floor(value)) {
            fail(QStringLiteral("must be a whole number."));
            return fallback;
        }
        return int(value);
    }

private:
    QJsonValue m_value;
    QString m_path;
    QList<FhirError> *m_errors;
};

class Reader
{
public:
    Reader(const FhirReadOptions &options, FhirRead &out)
        : m_options(options)
        , m_out(out)
    { }

    void resource(const Node &node, const QString &fullUrl, int depth);

private:
    QList<FhirError> *errors() { return &m_out.errors; }

    QDate date(const Node &node);
    QDateTime instant(const Node &node);
    InboundCode codeable(const Node &node, const QString &source);
    QString referenceOf(const Node &resource, const QString &type, const QString &fullUrl);

    void patient(const Node &node, const QString &fullUrl);
    void appointment(const Node &node, const QString &fullUrl);
    void location(const Node &node, const QString &fullUrl);
    void coverage(const Node &node, const QString &fullUrl);
    void medicationRequest(const Node &node, const QString &fullUrl);
    void claimResponse(const Node &node, const QString &fullUrl);
    void slot(const Node &node, const QString &fullUrl);
    void schedule(const Node &node, const QString &fullUrl);
    void bundle(const Node &node, int depth);

    const FhirReadOptions &m_options;
    FhirRead &m_out;
};

QDate Reader::date(const Node &node)
{
    const QString text = node.string();
    if (text.isEmpty())
        return {};
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})(T.*)?$"));
    const QRegularExpressionMatch match = pattern.match(text);
    const QDate value = match.hasMatch()
        ? QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt())
        : QDate();
    if (!value.isValid())
        node.fail(QStringLiteral("\"%1\" is not a date (YYYY-MM-DD).").arg(text));
    return value;
}

QDateTime Reader::instant(const Node &node)
{
    const QString text = node.string();
    if (text.isEmpty())
        return {};
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?(Z|[+-]"
                       "\\d{2}:\\d{2})?$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        node.fail(QStringLiteral("\"%1\" is not a date and time (YYYY-MM-DDThh:mm:ss with Z or an offset).")
                      .arg(text));
        return {};
    }
    const QDate day(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt(),
        match.captured(7).left(3).leftJustified(3, QLatin1Char('0')).toInt());
    if (!day.isValid() || !time.isValid()) {
        node.fail(QStringLiteral("\"%1\" is not a real date and time.").arg(text));
        return {};
    }
    const QString zone = match.captured(8);
    if (zone.isEmpty()) {
        const CenterTime::WallTime wall = CenterTime::readWallTime(m_options.zone, day, time);
        if (!wall.utc.isValid())
            node.fail(wall.note.isEmpty()
                    ? QStringLiteral("\"%1\" cannot be placed in the center's time zone.").arg(text)
                    : wall.note);
        return wall.utc.toUTC();
    }
    int offset = 0;
    if (zone != QLatin1String("Z")) {
        const int hours = zone.mid(1, 2).toInt();
        const int minutes = zone.mid(4, 2).toInt();
        if (hours > 14 || minutes > 59) {
            node.fail(QStringLiteral("\"%1\" has no such offset.").arg(text));
            return {};
        }
        offset = (hours * 3600 + minutes * 60) * (zone.front() == QLatin1Char('-') ? -1 : 1);
    }
    return QDateTime(day, time, QTimeZone(offset)).toUTC();
}

InboundCode Reader::codeable(const Node &node, const QString &source)
{
    InboundCode code;
    if (!node.exists())
        return code;
    if (!node.json().isObject()) {
        node.fail(QStringLiteral("must be an object (a CodeableConcept)."));
        return code;
    }
    const Node coding = node["coding"].first();
    code.code = coding["code"].string();
    code.system = coding["system"].string();
    code.text = node["text"].string();
    if (code.text.isEmpty())
        code.text = coding["display"].string();
    if (code.text.isEmpty())
        code.text = code.code;
    if (!code.isEmpty())
        code.source = source;
    return code;
}

QString Reader::referenceOf(const Node &resource, const QString &type, const QString &fullUrl)
{
    const QString id = resource["id"].string();
    return id.isEmpty() ? fullUrl : type + QLatin1Char('/') + id;
}

void Reader::resource(const Node &node, const QString &fullUrl, int depth)
{
    if (!node.json().isObject()) {
        node.fail(QStringLiteral("must be a FHIR resource (a JSON object)."));
        return;
    }
    const Node typeNode = node["resourceType"];
    const QString type = typeNode.string();
    if (type.isEmpty()) {
        typeNode.fail(QStringLiteral("is missing: this is not a FHIR resource."));
        return;
    }
    if (type == QLatin1String("Bundle")) {
        if (depth >= kMaxDepth)
            node.fail(QStringLiteral("Bundles are nested more than %1 deep.").arg(kMaxDepth));
        else
            bundle(node, depth + 1);
    } else if (type == QLatin1String("Patient"))
        patient(node, fullUrl);
    else if (type == QLatin1String("Appointment"))
        appointment(node, fullUrl);
    else if (type == QLatin1String("Location"))
        location(node, fullUrl);
    else if (type == QLatin1String("Coverage"))
        coverage(node, fullUrl);
    else if (type == QLatin1String("MedicationRequest"))
        medicationRequest(node, fullUrl);
    else if (type == QLatin1String("ClaimResponse"))
        claimResponse(node, fullUrl);
    else if (type == QLatin1String("Slot"))
        slot(node, fullUrl);
    else if (type == QLatin1String("Schedule"))
        schedule(node, fullUrl);
    else
        m_out.skipped.append(QStringLiteral("%1: a %2, which is not read here.").arg(node.path(), type));
}

void Reader::bundle(const Node &node, int depth)
{
    if (m_out.bundleType.isEmpty())
        m_out.bundleType = node["type"].string();
    for (const Node &entry : node["entry"].list()) {
        const Node resourceNode = entry["resource"];
        if (!resourceNode.exists()) {
            const Node request = entry["request"];
            m_out.skipped.append(QStringLiteral("%1: a %2 %3 request without a resource.")
                                     .arg(entry.path(), request["method"].string(), request["url"].string()));
            continue;
        }
        resource(resourceNode, entry["fullUrl"].string(), depth);
    }
}

void Reader::patient(const Node &node, const QString &fullUrl)
{
    InboundPatient patient;
    patient.reference = referenceOf(node, QStringLiteral("Patient"), fullUrl);
    const Node *chosen = nullptr;
    const QList<Node> identifiers = node["identifier"].list();
    for (const Node &identifier : identifiers) {
        InboundIdentifier id;
        id.value = identifier["value"].string();
        id.authority = identifier["system"].string();
        const InboundCode type = codeable(identifier["type"], {});
        id.type = type.code.isEmpty() ? type.text : type.code;
        if (id.value.isEmpty())
            continue;
        patient.identifiers.append(id);
        const bool wanted = m_options.mrnSystem.isEmpty()
            ? id.type.compare(QLatin1String("MR"), Qt::CaseInsensitive) == 0
            : id.authority == m_options.mrnSystem;
        if (!chosen && wanted)
            chosen = &identifier;
    }
    if (chosen) {
        patient.mrn = (*chosen)["value"].string();
        patient.mrnAuthority = (*chosen)["system"].string();
    } else if (!patient.identifiers.isEmpty() && m_options.mrnSystem.isEmpty()) {
        patient.mrn = patient.identifiers.front().value;
        patient.mrnAuthority = patient.identifiers.front().authority;
    } else if (!patient.identifiers.isEmpty()) {
        node["identifier"].fail(
            QStringLiteral("has no identifier of the center's system \"%1\".").arg(m_options.mrnSystem));
    }

    // The official name, else the first that is not old.
    const QList<Node> names = node["name"].list();
    const Node *name = nullptr;
    for (const Node &candidate : names) {
        const QString use = candidate["use"].string();
        if (use == QLatin1String("official") || (!name && use != QLatin1String("old")))
            name = &candidate;
        if (use == QLatin1String("official"))
            break;
    }
    if (name) {
        const Node family = (*name)["family"];
        if (family.json().isArray()) {
            QStringList parts;
            for (const Node &part : family.list())
                parts.append(part.string());
            parts.removeAll(QString());
            patient.lastName = parts.join(QLatin1Char(' '));
        } else {
            patient.lastName = family.string();
        }
        QStringList given;
        for (const Node &part : (*name)["given"].list())
            given.append(part.string());
        if (!given.isEmpty())
            patient.firstName = given.takeFirst();
        patient.middleName = given.join(QLatin1Char(' '));
    }
    patient.dateOfBirth = date(node["birthDate"]);
    patient.sex = node["gender"].string();
    for (const Node &telecom : node["telecom"].list()) {
        const QString system = telecom["system"].string();
        const QString value = telecom["value"].string();
        if (system == QLatin1String("phone") && patient.phone.isEmpty())
            patient.phone = value;
        else if (system == QLatin1String("email") && patient.email.isEmpty())
            patient.email = value;
    }
    m_out.patients.append(patient);
}

void Reader::appointment(const Node &node, const QString &fullUrl)
{
    InboundAppointment appointment;
    appointment.reference = referenceOf(node, QStringLiteral("Appointment"), fullUrl);
    const Node identifier = node["identifier"].first();
    appointment.key = identifier["value"].string();
    if (!appointment.key.isEmpty()) {
        appointment.keySource = QStringLiteral("Appointment.identifier[0]");
        appointment.placerId = appointment.key;
    } else {
        appointment.key = node["id"].string();
        appointment.keySource = QStringLiteral("Appointment.id");
    }
    if (appointment.key.isEmpty())
        node["identifier"].fail(QStringLiteral("is missing, and so is the id: the appointment has no key."));

    const Node statusNode = node["status"];
    appointment.senderStatus = statusNode.string();
    using Action = InboundAppointment::Action;
    if (!FhirStatus::isAppointmentStatus(appointment.senderStatus)) {
        statusNode.fail(appointment.senderStatus.isEmpty()
                ? QStringLiteral("is missing.")
                : QStringLiteral("\"%1\" is not an R4 appointment status.").arg(appointment.senderStatus));
    } else {
        appointment.status = FhirStatus::toChairside(appointment.senderStatus);
        const QString &s = appointment.senderStatus;
        appointment.action = s == QLatin1String("booked") ? Action::Book
            : s == QLatin1String("cancelled")             ? Action::Cancel
            : s == QLatin1String("noshow")                ? Action::NoShow
            : s == QLatin1String("entered-in-error")      ? Action::Delete
            : appointment.status.has_value()              ? Action::Modify
                                                          : Action::Request;
    }

    appointment.startUtc = instant(node["start"]);
    if (appointment.startUtc.isValid())
        appointment.startSource = QStringLiteral("Appointment.start");
    const QDateTime end = instant(node["end"]);
    const int minutesDuration = node["minutesDuration"].integer(0);
    if (minutesDuration > 0) {
        appointment.minutes = minutesDuration;
        appointment.minutesSource = QStringLiteral("Appointment.minutesDuration");
    } else if (end.isValid() && appointment.startUtc.isValid()) {
        const qint64 minutes = appointment.startUtc.secsTo(end) / 60;
        if (minutes < 1 || minutes > 24 * 60) {
            node["end"].fail(QStringLiteral("is not after the start, or more than a day after it."));
        } else {
            appointment.minutes = int(minutes);
            appointment.minutesSource = QStringLiteral("Appointment.end");
        }
    }
    if (minutesDuration > 0 && end.isValid() && appointment.startUtc.isValid()
        && appointment.startUtc.secsTo(end) / 60 != minutesDuration)
        m_out.warnings.append(
            QStringLiteral("%1: minutesDuration %2 and end disagree; minutesDuration is taken.")
                .arg(node.path())
                .arg(minutesDuration));
    if (appointment.action == Action::Book && !appointment.startUtc.isValid()
        && appointment.status.has_value())
        node["start"].fail(QStringLiteral("is missing: a booked appointment needs a start."));
    const Node requested = node["requestedPeriod"].first();
    appointment.requestedFrom = date(requested["start"]);
    appointment.requestedTo = date(requested["end"]);

    appointment.appointmentType
        = codeable(node["appointmentType"], QStringLiteral("Appointment.appointmentType"));
    appointment.service = codeable(node["serviceType"].first(), QStringLiteral("Appointment.serviceType[0]"));
    if (appointment.service.isEmpty())
        appointment.service
            = codeable(node["reasonCode"].first(), QStringLiteral("Appointment.reasonCode[0]"));
    if (appointment.service.isEmpty())
        appointment.service = appointment.appointmentType;

    for (const Node &participant : node["participant"].list()) {
        const Node actor = participant["actor"];
        const QString reference = actor["reference"].string();
        const QString display = actor["display"].string();
        if (reference.startsWith(QLatin1String("Patient/"))
            || reference.startsWith(QLatin1String("urn:uuid:"))) {
            if (appointment.patient.reference.isEmpty()) {
                appointment.patient.reference = reference;
                appointment.patient.display = display;
            }
        } else if (reference.startsWith(QLatin1String("Location/"))) {
            if (appointment.location.reference.isEmpty()) {
                appointment.location.reference = reference;
                appointment.location.description = display;
                appointment.location.source = participant.path();
            }
        } else if (reference.startsWith(QLatin1String("Practitioner/"))
            && appointment.practitioner.isEmpty()) {
            appointment.practitioner = display.isEmpty() ? reference : display;
        }
    }
    for (const Node &slotNode : node["slot"].list())
        appointment.slotReferences.append(slotNode["reference"].string());
    m_out.appointments.append(appointment);
}

void Reader::location(const Node &node, const QString &fullUrl)
{
    InboundLocation location;
    location.reference = referenceOf(node, QStringLiteral("Location"), fullUrl);
    location.pointOfCare = node["identifier"].first()["value"].string();
    location.description = node["name"].string();
    location.facility = node["managingOrganization"]["display"].string();
    location.source = node.path();
    if (location.description.isEmpty() && location.pointOfCare.isEmpty())
        node["name"].fail(
            QStringLiteral("is missing, and so is an identifier: the location cannot be named."));
    m_out.locations.append(location);
}

void Reader::coverage(const Node &node, const QString &fullUrl)
{
    InboundCoverage coverage;
    coverage.source = referenceOf(node, QStringLiteral("Coverage"), fullUrl);
    const Node payor = node["payor"].first();
    coverage.payer = payor["display"].string();
    coverage.payerId = payor["reference"].string();
    if (coverage.payer.isEmpty())
        coverage.payer = coverage.payerId;
    coverage.memberId = node["subscriberId"].string();
    if (coverage.memberId.isEmpty())
        coverage.memberId = node["identifier"].first()["value"].string();
    coverage.beneficiary = node["beneficiary"]["reference"].string();
    coverage.validFrom = date(node["period"]["start"]);
    coverage.validTo = date(node["period"]["end"]);
    for (const Node &entry : node["class"].list()) {
        const QString type = codeable(entry["type"], {}).code;
        if (type == QLatin1String("group"))
            coverage.groupNumber = entry["value"].string();
        else if (type == QLatin1String("plan"))
            coverage.planName = entry["name"].exists() ? entry["name"].string() : entry["value"].string();
    }
    if (coverage.payer.isEmpty())
        node["payor"].fail(QStringLiteral("is missing: the coverage names no payer."));
    if (coverage.memberId.isEmpty())
        node["subscriberId"].fail(
            QStringLiteral("is missing, and so is an identifier: the coverage has no member id."));
    m_out.coverages.append(coverage);
}

void Reader::medicationRequest(const Node &node, const QString &fullUrl)
{
    InboundOrder order;
    order.key = node["identifier"].first()["value"].string();
    order.placerOrderNumber = order.key;
    if (order.key.isEmpty())
        order.key = referenceOf(node, QStringLiteral("MedicationRequest"), fullUrl);
    order.orderControl = node["status"].string();
    using Action = InboundOrder::Action;
    const QString &status = order.orderControl;
    order.action = status == QLatin1String("active")  ? Action::New
        : status == QLatin1String("on-hold")          ? Action::Hold
        : status == QLatin1String("cancelled")        ? Action::Cancel
        : status == QLatin1String("entered-in-error") ? Action::Cancel
        : status == QLatin1String("stopped")          ? Action::Discontinue
        : status == QLatin1String("completed")        ? Action::Discontinue
                                                      : Action::Status;
    order.therapy = codeable(
        node["medicationCodeableConcept"], QStringLiteral("MedicationRequest.medicationCodeableConcept"));
    if (order.therapy.isEmpty()) {
        order.therapy.text = node["medicationReference"]["display"].string();
        order.therapy.code = node["medicationReference"]["reference"].string();
        if (!order.therapy.isEmpty())
            order.therapy.source = QStringLiteral("MedicationRequest.medicationReference");
    }
    if (order.therapy.isEmpty())
        node["medicationCodeableConcept"].fail(QStringLiteral("is missing: the order names no therapy."));
    order.subject = node["subject"]["reference"].string();
    order.patient.reference = order.subject;
    order.patient.display = node["subject"]["display"].string();
    order.prescriber = node["requester"]["display"].string();
    order.prescriberId = node["requester"]["reference"].string();
    const Node dispense = node["dispenseRequest"];
    order.validFrom = date(dispense["validityPeriod"]["start"]);
    order.validTo = date(dispense["validityPeriod"]["end"]);
    if (!order.validFrom.isValid())
        order.validFrom = date(node["authoredOn"]);
    const int repeats = dispense["numberOfRepeatsAllowed"].integer(-1);
    if (repeats >= 0)
        order.doses = repeats + 1;
    const Node dosage = node["dosageInstruction"].first();
    order.instructions = dosage["text"].string();
    const Node quantity = dosage["doseAndRate"].first()["doseQuantity"];
    if (const QJsonValue amount = quantity.json().toObject().value(QLatin1String("value")); amount.isDouble())
        order.doseAmount = QString::number(amount.toDouble());
    order.doseUnits = quantity["unit"].string();
    if (order.validFrom.isValid() && order.validTo.isValid() && order.validTo < order.validFrom)
        dispense["validityPeriod"]["end"].fail(QStringLiteral("is before the start."));
    m_out.orders.append(order);
}

void Reader::claimResponse(const Node &node, const QString &fullUrl)
{
    InboundAuthorization authorization;
    authorization.reference = node["preAuthRef"].string();
    if (authorization.reference.isEmpty()) {
        node["preAuthRef"].fail(
            QStringLiteral("is missing: a ClaimResponse without one is not a prior authorization."));
        return;
    }
    authorization.payer = node["insurer"]["display"].string();
    if (authorization.payer.isEmpty())
        authorization.payer = node["insurer"]["reference"].string();
    authorization.subject = node["patient"]["reference"].string();
    authorization.validFrom = date(node["preAuthPeriod"]["start"]);
    authorization.validTo = date(node["preAuthPeriod"]["end"]);
    authorization.therapy = codeable(node["addItem"].first()["productOrService"], {}).text;
    const QString outcome = node["outcome"].string();
    using Status = PriorAuthorization::Status;
    if (outcome == QLatin1String("complete"))
        authorization.status = Status::Approved;
    else if (outcome == QLatin1String("queued") || outcome == QLatin1String("partial"))
        authorization.status = Status::Pending;
    else if (outcome == QLatin1String("error"))
        authorization.status = Status::Denied;
    else
        node["outcome"].fail(outcome.isEmpty()
                ? QStringLiteral("is missing.")
                : QStringLiteral("\"%1\" is not an R4 claim outcome.").arg(outcome));
    if (authorization.validFrom.isValid() && authorization.validTo.isValid()
        && authorization.validTo < authorization.validFrom)
        node["preAuthPeriod"]["end"].fail(QStringLiteral("is before the start."));
    Q_UNUSED(fullUrl)
    m_out.authorizations.append(authorization);
}

void Reader::slot(const Node &node, const QString &fullUrl)
{
    FhirSlot slot;
    slot.reference = referenceOf(node, QStringLiteral("Slot"), fullUrl);
    slot.schedule = node["schedule"]["reference"].string();
    slot.status = node["status"].string();
    slot.startUtc = instant(node["start"]);
    slot.endUtc = instant(node["end"]);
    slot.serviceType = codeable(node["serviceType"].first(), QStringLiteral("Slot.serviceType[0]"));
    if (!slot.startUtc.isValid())
        node["start"].fail(QStringLiteral("is missing: a slot needs a start."));
    m_out.slotList.append(slot);
}

void Reader::schedule(const Node &node, const QString &fullUrl)
{
    FhirSchedule schedule;
    schedule.reference = referenceOf(node, QStringLiteral("Schedule"), fullUrl);
    for (const Node &actor : node["actor"].list()) {
        schedule.actors.append(actor["reference"].string());
        if (schedule.actorDisplay.isEmpty())
            schedule.actorDisplay = actor["display"].string();
    }
    schedule.serviceCategory
        = codeable(node["serviceCategory"].first(), QStringLiteral("Schedule.serviceCategory"));
    schedule.serviceType = codeable(node["serviceType"].first(), QStringLiteral("Schedule.serviceType[0]"));
    schedule.horizonStartUtc = instant(node["planningHorizon"]["start"]);
    schedule.horizonEndUtc = instant(node["planningHorizon"]["end"]);
    if (schedule.actors.isEmpty())
        node["actor"].fail(QStringLiteral("is missing: a schedule belongs to someone or somewhere."));
    m_out.schedules.append(schedule);
}

} // namespace

namespace FhirReader {

FhirRead read(const QByteArray &json, const FhirReadOptions &options)
{
    FhirRead out;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        out.errors.append(FhirError {QStringLiteral("$"),
            QStringLiteral("Not JSON: %1 at line %2, column %3.")
                .arg(parseError.errorString())
                .arg(line)
                .arg(column)});
        return out;
    }
    if (!document.isObject()) {
        out.errors.append(
            FhirError {QStringLiteral("$"), QStringLiteral("must be a FHIR resource (a JSON object).")});
        return out;
    }
    Reader reader(options, out);
    reader.resource(Node(document.object(), QStringLiteral("$"), &out.errors), {}, 0);
    return out;
}

} // namespace FhirReader

} // namespace chairside
