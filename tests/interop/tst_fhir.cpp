#include "catchqstring.h"
#include "interop/fhirexport.h"
#include "interop/fhirreader.h"
#include "interop/fhirstatus.h"
#include "interophelpers.h"

#include <QJsonDocument>
#include <QTimeZone>

using namespace chairside;

namespace {

FhirRead readSample(const char *name)
{
    FhirRead read = FhirReader::read(test::sample(name));
    for (const FhirError &error : read.errors)
        UNSCOPED_INFO(error.toString().toStdString());
    return read;
}

QDateTime utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

} // namespace

TEST_CASE(
    "fhir-r4-appointment-example: booked, UTC start and end, Patient, Practitioner and Location participants")
{
    const FhirRead read = readSample("fhir-r4-appointment-example.json");
    REQUIRE(read.ok());
    REQUIRE(read.appointments.size() == 1);
    const InboundAppointment &a = read.appointments.front();
    CHECK(a.reference == QStringLiteral("Appointment/example"));
    CHECK(a.key == QStringLiteral("example"));
    CHECK(a.keySource == QStringLiteral("Appointment.id"));
    CHECK(a.senderStatus == QStringLiteral("booked"));
    CHECK(a.status == AppointmentStatus::Booked);
    CHECK(a.action == InboundAppointment::Action::Book);
    CHECK(a.startUtc == utc(2013, 12, 10, 9, 0));
    CHECK(a.minutes == 120);
    CHECK(a.minutesSource == QStringLiteral("Appointment.end"));
    CHECK(a.service.code == QStringLiteral("52"));
    CHECK(a.service.text == QStringLiteral("General Discussion"));
    CHECK(a.appointmentType.code == QStringLiteral("FOLLOWUP"));
    CHECK(a.patient.reference == QStringLiteral("Patient/example"));
    CHECK(a.patient.display == QStringLiteral("Peter James Chalmers"));
    CHECK(a.location.reference == QStringLiteral("Location/1"));
    CHECK(a.location.description == QStringLiteral("South Wing, second floor"));
    CHECK(a.practitioner == QStringLiteral("Dr Adam Careful"));
}

TEST_CASE(
    "fhir-r4-appointment-examplereq: proposed is a request, minutesDuration, requestedPeriod dates, slot")
{
    const FhirRead read = readSample("fhir-r4-appointment-examplereq.json");
    REQUIRE(read.ok());
    REQUIRE(read.appointments.size() == 1);
    const InboundAppointment &a = read.appointments.front();
    CHECK(a.key == QStringLiteral("123"));
    CHECK(a.keySource == QStringLiteral("Appointment.identifier[0]"));
    CHECK(a.senderStatus == QStringLiteral("proposed"));
    CHECK_FALSE(a.status.has_value());
    CHECK(a.action == InboundAppointment::Action::Request);
    CHECK_FALSE(a.startUtc.isValid());
    CHECK(a.minutes == 15);
    CHECK(a.minutesSource == QStringLiteral("Appointment.minutesDuration"));
    CHECK(a.requestedFrom == QDate(2016, 6, 2));
    CHECK(a.requestedTo == QDate(2016, 6, 9));
    CHECK(a.slotReferences == QStringList {QStringLiteral("Slot/example")});
    CHECK(a.service.text == QStringLiteral("Clinical Review"));
    CHECK(a.service.code == QStringLiteral("413095006"));
    CHECK(a.patient.reference == QStringLiteral("Patient/example"));
}

TEST_CASE("fhir-r4-bundle-transaction: five Patients read, requests without resources and Parameters skipped")
{
    const FhirRead read = readSample("fhir-r4-bundle-transaction.json");
    REQUIRE(read.ok());
    CHECK(read.bundleType == QStringLiteral("transaction"));
    REQUIRE(read.patients.size() == 5);
    CHECK(read.patients[0].reference == QStringLiteral("urn:uuid:61ebe359-bfdc-4613-8bf2-c5e300945f0a"));
    CHECK(read.patients[0].mrn.isEmpty());
    CHECK(read.patients[1].mrn == QStringLiteral("234234"));
    CHECK(
        read.patients[1].mrnAuthority == QStringLiteral("http:/example.org/fhir/ids")); // one slash, as sent
    CHECK(read.patients[2].reference == QStringLiteral("Patient/123"));
    CHECK(read.patients[3].mrn == QStringLiteral("456456"));
    CHECK(read.patients[4].reference == QStringLiteral("Patient/123a"));
    for (const InboundPatient &p : read.patients) {
        CHECK(p.lastName == QStringLiteral("Chalmers"));
        CHECK(p.firstName == QStringLiteral("Peter"));
        CHECK(p.middleName == QStringLiteral("James"));
        CHECK(p.dateOfBirth == QDate(1974, 12, 25));
        CHECK(p.sex == QStringLiteral("male"));
    }
    REQUIRE(read.skipped.size() == 5);
    CHECK(read.skipped[0] == QStringLiteral("$.entry[5]: a DELETE Patient/234 request without a resource."));
    CHECK(read.skipped[2] == QStringLiteral("$.entry[7].resource: a Parameters, which is not read here."));
    CHECK(read.skipped[4].startsWith(QStringLiteral("$.entry[9]: a GET Patient/12334")));
}

TEST_CASE(
    "fhir-v1.7.0-patient-example: family as an array, MR identifier, official name over usual, work phone")
{
    const FhirRead read = readSample("fhir-v1.7.0-patient-example.json");
    REQUIRE(read.ok());
    REQUIRE(read.patients.size() == 1);
    const InboundPatient &p = read.patients.front();
    CHECK(p.reference == QStringLiteral("Patient/example"));
    CHECK(p.mrn == QStringLiteral("12345"));
    CHECK(p.mrnAuthority == QStringLiteral("urn:oid:1.2.36.146.595.217.0.1"));
    CHECK(p.identifiers.front().type == QStringLiteral("MR"));
    CHECK(p.lastName == QStringLiteral("Chalmers"));
    CHECK(p.firstName == QStringLiteral("Peter"));
    CHECK(p.middleName == QStringLiteral("James"));
    CHECK(p.dateOfBirth == QDate(1974, 12, 25));
    CHECK(p.phone == QStringLiteral("(03) 5555 6473"));
    CHECK(p.sex == QStringLiteral("male"));
}

TEST_CASE("fhir-v1.7.0-location-example: name, identifier, reference")
{
    const FhirRead read = readSample("fhir-v1.7.0-location-example.json");
    REQUIRE(read.ok());
    REQUIRE(read.locations.size() == 1);
    CHECK(read.locations.front().reference == QStringLiteral("Location/1"));
    CHECK(read.locations.front().description == QStringLiteral("South Wing, second floor"));
    CHECK(read.locations.front().pointOfCare == QStringLiteral("B1-S.F2"));
    CHECK(read.locations.front().key() == QStringLiteral("B1-S.F2"));
}

TEST_CASE("fhir-v1.7.0-slot-example: free, start and end, its schedule, serviceCategory a single object")
{
    const FhirRead read = readSample("fhir-v1.7.0-slot-example.json");
    REQUIRE(read.ok());
    REQUIRE(read.slotList.size() == 1);
    const FhirSlot &slot = read.slotList.front();
    CHECK(slot.status == QStringLiteral("free"));
    CHECK(slot.schedule == QStringLiteral("Schedule/example"));
    CHECK(slot.startUtc == utc(2013, 12, 25, 9, 15));
    CHECK(slot.endUtc == utc(2013, 12, 25, 9, 30));
    CHECK(slot.serviceType.code == QStringLiteral("57"));
}

TEST_CASE("fhir-v1.7.0-schedule-example: actor and serviceCategory single objects, planning horizon")
{
    const FhirRead read = readSample("fhir-v1.7.0-schedule-example.json");
    REQUIRE(read.ok());
    REQUIRE(read.schedules.size() == 1);
    const FhirSchedule &schedule = read.schedules.front();
    CHECK(schedule.actors == QStringList {QStringLiteral("Location/1")});
    CHECK(schedule.actorDisplay == QStringLiteral("Burgers UMC, South Wing, second floor"));
    CHECK(schedule.serviceCategory.code == QStringLiteral("17"));
    CHECK(schedule.serviceType.text == QStringLiteral("Immunization"));
    CHECK(schedule.horizonStartUtc == utc(2013, 12, 25, 9, 15));
    CHECK(schedule.horizonEndUtc == utc(2013, 12, 25, 9, 30));
}

TEST_CASE("FHIR appointment status: R4 to Chairside and back")
{
    const QList<AppointmentStatus> all = {AppointmentStatus::Booked, AppointmentStatus::Arrived,
        AppointmentStatus::CheckedIn, AppointmentStatus::InProgress, AppointmentStatus::Fulfilled,
        AppointmentStatus::Cancelled, AppointmentStatus::NoShow, AppointmentStatus::EnteredInError};
    for (const AppointmentStatus status : all) {
        const QString code = FhirStatus::toFhir(status);
        CHECK(FhirStatus::isAppointmentStatus(code));
        const AppointmentStatus back = *FhirStatus::toChairside(code);
        // In chair has no Appointment code: it goes out as checked-in and comes back so.
        CHECK(back == (status == AppointmentStatus::InProgress ? AppointmentStatus::CheckedIn : status));
    }
    for (const QString &code : {QStringLiteral("booked"), QStringLiteral("arrived"),
             QStringLiteral("checked-in"), QStringLiteral("fulfilled"), QStringLiteral("cancelled"),
             QStringLiteral("noshow"), QStringLiteral("entered-in-error")})
        CHECK(FhirStatus::toFhir(*FhirStatus::toChairside(code)) == code);
    for (const QString &code :
        {QStringLiteral("proposed"), QStringLiteral("pending"), QStringLiteral("waitlist")}) {
        CHECK(FhirStatus::isAppointmentStatus(code));
        CHECK_FALSE(FhirStatus::toChairside(code).has_value());
    }
    CHECK_FALSE(FhirStatus::isAppointmentStatus(QStringLiteral("in-progress")));
    CHECK_FALSE(FhirStatus::toChairside(QStringLiteral("in-progress")).has_value());
}

TEST_CASE("FHIR Coverage, MedicationRequest and a ClaimResponse prior authorization in a Bundle")
{
    const QByteArray json = R"json({"resourceType": "Bundle", "type": "collection", "entry": [
      {"resource": {"resourceType": "Coverage", "id": "9876", "status": "active", "subscriberId": "W123456789",
        "beneficiary": {"reference": "Patient/4"}, "payor": [{"reference": "Organization/2", "display": "Aetna"}],
        "period": {"start": "2025-01-01", "end": "2025-12-31"},
        "class": [{"type": {"coding": [{"code": "group"}]}, "value": "G-555"},
                  {"type": {"coding": [{"code": "plan"}]}, "value": "P1", "name": "Gold PPO"}]}},
      {"resource": {"resourceType": "MedicationRequest", "id": "mr1", "identifier": [{"value": "ORD-778"}],
        "status": "active", "intent": "order",
        "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "261488", "display": "infliximab"}], "text": "Infliximab (Remicade)"},
        "subject": {"reference": "Patient/4"}, "requester": {"reference": "Practitioner/7", "display": "Dr Adam Careful"},
        "authoredOn": "2025-02-20",
        "dosageInstruction": [{"text": "5 mg/kg every 8 weeks", "doseAndRate": [{"doseQuantity": {"value": 5, "unit": "mg/kg"}}]}],
        "dispenseRequest": {"validityPeriod": {"start": "2025-03-01", "end": "2025-08-31"}, "numberOfRepeatsAllowed": 5}}},
      {"resource": {"resourceType": "ClaimResponse", "id": "pa1", "status": "active", "type": {"coding": [{"code": "professional"}]},
        "use": "preauthorization", "patient": {"reference": "Patient/4"}, "created": "2025-02-25",
        "insurer": {"display": "Aetna"}, "outcome": "complete", "preAuthRef": "PA-2025-0042",
        "preAuthPeriod": {"start": "2025-03-01", "end": "2025-06-30"},
        "addItem": [{"productOrService": {"text": "infliximab infusion"}}]}}
    ]})json";
    const FhirRead read = FhirReader::read(json);
    for (const FhirError &error : read.errors)
        UNSCOPED_INFO(error.toString().toStdString());
    REQUIRE(read.ok());
    REQUIRE(read.coverages.size() == 1);
    const InboundCoverage &coverage = read.coverages.front();
    CHECK(coverage.payer == QStringLiteral("Aetna"));
    CHECK(coverage.payerId == QStringLiteral("Organization/2"));
    CHECK(coverage.memberId == QStringLiteral("W123456789"));
    CHECK(coverage.groupNumber == QStringLiteral("G-555"));
    CHECK(coverage.planName == QStringLiteral("Gold PPO"));
    CHECK(coverage.beneficiary == QStringLiteral("Patient/4"));
    CHECK(coverage.validTo == QDate(2025, 12, 31));
    REQUIRE(read.orders.size() == 1);
    const InboundOrder &order = read.orders.front();
    CHECK(order.key == QStringLiteral("ORD-778"));
    CHECK(order.action == InboundOrder::Action::New);
    CHECK(order.therapy.text == QStringLiteral("Infliximab (Remicade)"));
    CHECK(order.therapy.code == QStringLiteral("261488"));
    CHECK(order.subject == QStringLiteral("Patient/4"));
    CHECK(order.prescriber == QStringLiteral("Dr Adam Careful"));
    CHECK(order.validFrom == QDate(2025, 3, 1));
    CHECK(order.validTo == QDate(2025, 8, 31));
    CHECK(order.doses == 6);
    CHECK(order.doseAmount == QStringLiteral("5"));
    CHECK(order.doseUnits == QStringLiteral("mg/kg"));
    CHECK(order.instructions == QStringLiteral("5 mg/kg every 8 weeks"));
    REQUIRE(read.authorizations.size() == 1);
    const InboundAuthorization &authorization = read.authorizations.front();
    CHECK(authorization.reference == QStringLiteral("PA-2025-0042"));
    CHECK(authorization.payer == QStringLiteral("Aetna"));
    CHECK(authorization.subject == QStringLiteral("Patient/4"));
    CHECK(authorization.validFrom == QDate(2025, 3, 1));
    CHECK(authorization.validTo == QDate(2025, 6, 30));
    CHECK(authorization.status == PriorAuthorization::Status::Approved);
    CHECK(authorization.therapy == QStringLiteral("infliximab infusion"));
}

TEST_CASE("FHIR errors name the JSON path")
{
    SECTION("not JSON: line and column")
    {
        const FhirRead read = FhirReader::read("{\n  \"resourceType\": \"Patient\",\n  \"id\": }");
        REQUIRE(read.errors.size() == 1);
        CHECK(read.errors.front().path == QStringLiteral("$"));
        CHECK(read.errors.front().reason.contains(QStringLiteral("line 3")));
    }
    SECTION("no resourceType")
    {
        const FhirRead read = FhirReader::read(R"({"id": "x"})");
        REQUIRE(read.errors.size() == 1);
        CHECK(read.errors.front().path == QStringLiteral("$.resourceType"));
    }
    SECTION("a birth date that is not one, inside a bundle")
    {
        const FhirRead read = FhirReader::read(
            R"({"resourceType": "Bundle", "entry": [{"resource": {"resourceType": "Patient", "birthDate": "1974-13-45"}}]})");
        REQUIRE(read.errors.size() == 1);
        CHECK(read.errors.front().path == QStringLiteral("$.entry[0].resource.birthDate"));
        CHECK(read.errors.front().toString().contains(QStringLiteral("1974-13-45")));
    }
    SECTION("a status R4 does not have, a booked appointment without a start, a wrong type")
    {
        const FhirRead bogus
            = FhirReader::read(R"({"resourceType": "Appointment", "id": "a", "status": "bogus"})");
        REQUIRE(bogus.errors.size() == 1);
        CHECK(bogus.errors.front().path == QStringLiteral("$.status"));
        const FhirRead noStart
            = FhirReader::read(R"({"resourceType": "Appointment", "id": "a", "status": "booked"})");
        REQUIRE(noStart.errors.size() == 1);
        CHECK(noStart.errors.front().path == QStringLiteral("$.start"));
        const FhirRead badType = FhirReader::read(
            R"({"resourceType": "Appointment", "id": "a", "status": "booked", "start": 5, "minutesDuration": "x"})");
        REQUIRE(badType.errors.size() == 3);
        CHECK(badType.errors[0].path == QStringLiteral("$.start"));
        CHECK(badType.errors[1].path == QStringLiteral("$.minutesDuration"));
    }
    SECTION("numbers that are not whole, or far too large (found by fuzz_fhir: 1e90 was converted unchecked)")
    {
        for (const QByteArray &number :
            {QByteArray("1e90"), QByteArray("-1e90"), QByteArray("2.5"), QByteArray("-3")}) {
            const FhirRead read = FhirReader::read(
                R"({"resourceType": "Appointment", "id": "a", "status": "proposed", "minutesDuration": )"
                + number + "}");
            REQUIRE(read.errors.size() == 1);
            CHECK(read.errors.front().path == QStringLiteral("$.minutesDuration"));
            CHECK(read.appointments.front().minutes == 0);
        }
    }
    SECTION("a ClaimResponse without preAuthRef is not a prior authorization")
    {
        const FhirRead read = FhirReader::read(R"({"resourceType": "ClaimResponse", "outcome": "complete"})");
        REQUIRE(read.errors.size() == 1);
        CHECK(read.errors.front().path == QStringLiteral("$.preAuthRef"));
        CHECK(read.authorizations.isEmpty());
    }
    SECTION("a date and time without an offset is read in the given zone")
    {
        FhirReadOptions options;
        options.zone = QTimeZone("America/New_York");
        const FhirRead read = FhirReader::read(
            R"({"resourceType": "Appointment", "id": "a", "status": "arrived", "start": "2025-03-03T14:00:00"})",
            options);
        REQUIRE(read.ok());
        CHECK(read.appointments.front().startUtc == utc(2025, 3, 3, 19, 0));
        CHECK(read.appointments.front().action == InboundAppointment::Action::Modify);
        CHECK(read.appointments.front().status == AppointmentStatus::Arrived);
    }
}

TEST_CASE("FHIR export: a day's appointments with their patients as an R4 Bundle that reads back")
{
    FhirDay day;
    day.center.id = 1;
    day.center.name = QStringLiteral("Riverside Infusion");
    day.center.timeZoneId = "America/New_York";
    day.day = QDate(2025, 3, 3);
    Patient ana;
    ana.id = 11;
    ana.mrn = QStringLiteral("MRN-0011");
    ana.firstName = QStringLiteral("Ana");
    ana.lastName = QStringLiteral("Lima");
    ana.dateOfBirth = QDate(1980, 5, 17);
    ana.phone = QStringLiteral("555-0101");
    Patient ben = ana;
    ben.id = 12;
    ben.mrn = QStringLiteral("MRN-0012");
    ben.firstName = QStringLiteral("Ben");
    day.patients = {ana, ben};
    Therapy therapy;
    therapy.id = 3;
    therapy.name = QStringLiteral("infliximab");
    therapy.brand = QStringLiteral("Remicade");
    day.therapies = {therapy};
    Chair chair;
    chair.id = 5;
    chair.centerId = 1;
    chair.label = QStringLiteral("Chair 5");
    day.chairs = {chair};
    Appointment first;
    first.id = 101;
    first.patientId = 11;
    first.chairId = 5;
    first.therapyId = 3;
    first.startUtc = utc(2025, 3, 3, 14, 0); // 09:00 EST
    first.minutes = 120;
    first.status = AppointmentStatus::InProgress;
    Appointment second = first;
    second.id = 102;
    second.patientId = 12;
    second.startUtc = utc(2025, 3, 3, 18, 30);
    second.status = AppointmentStatus::NoShow;
    Appointment late = first;
    late.id = 103;
    late.startUtc = utc(2025, 3, 4, 5, 30); // 00:30 on the 4th in New York: another day
    Appointment sameDayAgain = first;
    sameDayAgain.id = 104;
    sameDayAgain.startUtc = utc(2025, 3, 3, 20, 0);
    sameDayAgain.status = AppointmentStatus::Booked;
    day.appointments = {first, second, late, sameDayAgain};

    const QJsonObject bundle = FhirExport::dayBundle(day, utc(2025, 3, 3, 12, 0));
    CHECK(bundle.value(QStringLiteral("type")).toString() == QStringLiteral("collection"));
    CHECK(bundle.value(QStringLiteral("timestamp")).toString() == QStringLiteral("2025-03-03T12:00:00Z"));
    const QByteArray json = QJsonDocument(bundle).toJson();
    const FhirRead read = FhirReader::read(json);
    for (const FhirError &error : read.errors)
        UNSCOPED_INFO(error.toString().toStdString());
    REQUIRE(read.ok());
    REQUIRE(read.appointments.size() == 3);
    REQUIRE(read.patients.size() == 2); // Ana once, though she has two appointments
    CHECK(read.locations.size() == 2); // the center and chair 5
    CHECK(read.patients[0].mrn == QStringLiteral("MRN-0011"));
    CHECK(read.patients[0].mrnAuthority == QStringLiteral("urn:chairside:mrn"));
    CHECK(read.patients[0].dateOfBirth == QDate(1980, 5, 17));
    CHECK(read.patients[0].phone == QStringLiteral("555-0101"));
    const InboundAppointment &a = read.appointments[0];
    CHECK(a.key == QStringLiteral("101"));
    CHECK(a.senderStatus == QStringLiteral("checked-in"));
    CHECK(a.startUtc == first.startUtc);
    CHECK(a.minutes == 120);
    CHECK(a.service.text == QStringLiteral("infliximab (Remicade)"));
    CHECK(a.patient.reference == QStringLiteral("Patient/11"));
    CHECK(a.patient.display == QStringLiteral("Ana Lima"));
    CHECK(a.location.reference == QStringLiteral("Location/chair-5"));
    CHECK(read.appointments[1].status == AppointmentStatus::NoShow);
    CHECK(read.appointments[1].action == InboundAppointment::Action::NoShow);
    CHECK(read.appointments[2].key == QStringLiteral("104"));
}
