#include "fhirexport.h"

#include "fhirstatus.h"
#include "scheduling/centertime.h"

#include <QJsonArray>
#include <QSet>

namespace chairside::FhirExport {

namespace {

QString instantText(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

QJsonObject entry(const QJsonObject &resource)
{
    return QJsonObject {{QStringLiteral("resource"), resource}};
}

QJsonObject patientResource(const Patient &patient, const QString &mrnSystem)
{
    QJsonObject resource {{QStringLiteral("resourceType"), QStringLiteral("Patient")},
        {QStringLiteral("id"), QString::number(patient.id)}};
    const QJsonObject mrType {{QStringLiteral("coding"),
        QJsonArray {QJsonObject {
            {QStringLiteral("system"), QStringLiteral("http://terminology.hl7.org/CodeSystem/v2-0203")},
            {QStringLiteral("code"), QStringLiteral("MR")}}}}};
    resource.insert(QStringLiteral("identifier"),
        QJsonArray {
            QJsonObject {{QStringLiteral("use"), QStringLiteral("usual")}, {QStringLiteral("type"), mrType},
                {QStringLiteral("system"), mrnSystem}, {QStringLiteral("value"), patient.mrn}}});
    QJsonObject name {{QStringLiteral("use"), QStringLiteral("official")},
        {QStringLiteral("family"), patient.lastName},
        {QStringLiteral("given"), QJsonArray {patient.firstName}}};
    QJsonArray names {name};
    if (!patient.preferredName.isEmpty())
        names.append(QJsonObject {{QStringLiteral("use"), QStringLiteral("usual")},
            {QStringLiteral("given"), QJsonArray {patient.preferredName}}});
    resource.insert(QStringLiteral("name"), names);
    if (patient.dateOfBirth.isValid())
        resource.insert(QStringLiteral("birthDate"), patient.dateOfBirth.toString(Qt::ISODate));
    QJsonArray telecom;
    if (!patient.phone.isEmpty())
        telecom.append(QJsonObject {
            {QStringLiteral("system"), QStringLiteral("phone")}, {QStringLiteral("value"), patient.phone}});
    if (!patient.email.isEmpty())
        telecom.append(QJsonObject {
            {QStringLiteral("system"), QStringLiteral("email")}, {QStringLiteral("value"), patient.email}});
    if (!telecom.isEmpty())
        resource.insert(QStringLiteral("telecom"), telecom);
    return resource;
}

QJsonObject participant(const QString &reference, const QString &display)
{
    QJsonObject actor {{QStringLiteral("reference"), reference}};
    if (!display.isEmpty())
        actor.insert(QStringLiteral("display"), display);
    return QJsonObject {{QStringLiteral("actor"), actor},
        {QStringLiteral("required"), QStringLiteral("required")},
        {QStringLiteral("status"), QStringLiteral("accepted")}};
}

} // namespace

QJsonObject dayBundle(const FhirDay &day, const QDateTime &generatedUtc)
{
    QHash<qint64, const Patient *> patients;
    for (const Patient &patient : day.patients)
        patients.insert(patient.id, &patient);
    QHash<qint64, const Therapy *> therapies;
    for (const Therapy &therapy : day.therapies)
        therapies.insert(therapy.id, &therapy);
    QHash<qint64, const Chair *> chairs;
    for (const Chair &chair : day.chairs)
        chairs.insert(chair.id, &chair);

    const QString centerReference = QStringLiteral("Location/center-%1").arg(day.center.id);
    QJsonArray entries;
    entries.append(entry(QJsonObject {{QStringLiteral("resourceType"), QStringLiteral("Location")},
        {QStringLiteral("id"), QStringLiteral("center-%1").arg(day.center.id)},
        {QStringLiteral("name"), day.center.name}, {QStringLiteral("status"), QStringLiteral("active")},
        {QStringLiteral("mode"), QStringLiteral("instance")}}));

    QSet<qint64> chairsWritten;
    QSet<qint64> patientsWritten;
    QJsonArray appointments;
    for (const Appointment &appointment : day.appointments) {
        if (CenterTime::localDate(day.center, appointment.startUtc) != day.day)
            continue;
        const Patient *patient = patients.value(appointment.patientId);
        const Chair *chair = chairs.value(appointment.chairId);
        const Therapy *therapy = therapies.value(appointment.therapyId);
        if (patient && !patientsWritten.contains(patient->id)) {
            patientsWritten.insert(patient->id);
            entries.append(entry(patientResource(*patient, day.mrnSystem)));
        }
        if (chair && !chairsWritten.contains(chair->id)) {
            chairsWritten.insert(chair->id);
            entries.append(entry(QJsonObject {{QStringLiteral("resourceType"), QStringLiteral("Location")},
                {QStringLiteral("id"), QStringLiteral("chair-%1").arg(chair->id)},
                {QStringLiteral("name"), chair->label},
                {QStringLiteral("status"),
                    chair->active ? QStringLiteral("active") : QStringLiteral("inactive")},
                {QStringLiteral("mode"), QStringLiteral("instance")},
                {QStringLiteral("partOf"), QJsonObject {{QStringLiteral("reference"), centerReference}}}}));
        }
        QJsonObject resource {{QStringLiteral("resourceType"), QStringLiteral("Appointment")},
            {QStringLiteral("id"), QString::number(appointment.id)},
            {QStringLiteral("identifier"),
                QJsonArray {
                    QJsonObject {{QStringLiteral("system"), QStringLiteral("urn:chairside:appointment")},
                        {QStringLiteral("value"), QString::number(appointment.id)}}}},
            {QStringLiteral("status"), FhirStatus::toFhir(appointment.status)},
            {QStringLiteral("start"), instantText(appointment.startUtc)},
            {QStringLiteral("end"), instantText(appointment.endUtc())},
            {QStringLiteral("minutesDuration"), appointment.minutes}};
        if (therapy)
            resource.insert(QStringLiteral("serviceType"),
                QJsonArray {QJsonObject {{QStringLiteral("text"), therapy->displayName()}}});
        QJsonArray participants;
        participants.append(participant(QStringLiteral("Patient/%1").arg(appointment.patientId),
            patient ? patient->firstName + QLatin1Char(' ') + patient->lastName : QString()));
        if (appointment.chairId != 0)
            participants.append(participant(QStringLiteral("Location/chair-%1").arg(appointment.chairId),
                chair ? chair->label : QString()));
        else
            participants.append(participant(centerReference, day.center.name));
        resource.insert(QStringLiteral("participant"), participants);
        appointments.append(entry(resource));
    }
    for (qsizetype i = 0; i < appointments.size(); ++i)
        entries.append(appointments.at(i));
    return QJsonObject {{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
        {QStringLiteral("type"), QStringLiteral("collection")},
        {QStringLiteral("timestamp"), instantText(generatedUtc)}, {QStringLiteral("entry"), entries}};
}

} // namespace chairside::FhirExport
