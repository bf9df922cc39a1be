// Every real sample in tests/interop/samples applied to a store as its provenance describes, after the
// sample's location and service codes are mapped: the records it writes and the fields checked on them.

#include "catchqstring.h"
#include "interfacefixture.h"
#include "store/store.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace chairside;
using namespace chairside::test;

namespace {

QDateTime newYork(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone("America/New_York")).toUTC();
}

QDateTime london(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone("Europe/London")).toUTC();
}

/// The sample as an S12 of its own (another trigger and control id): the booking a later S13, S15 or S26
/// acts on.
QByteArray asBooking(QByteArray message, const QByteArray &trigger, const QByteArray &controlId)
{
    const QByteArray from = QByteArray("SIU^") + trigger;
    message.replace(from, QByteArray("SIU^S12"));
    const qsizetype type = message.indexOf("SIU^S12|");
    const qsizetype end = message.indexOf('|', type + 8);
    QByteArray booking = message.left(type + 8);
    booking += "BOOK-" + controlId + message.mid(end);
    return booking;
}

InterfaceReceipt only(const InterfaceFileResult &result)
{
    REQUIRE(result.receipts.size() == 1);
    INFO(result.receipts.first().summary.toStdString());
    INFO((result.receipts.first().errors.isEmpty() ? QString()
                                                   : result.receipts.first().errors.first().toString())
             .toStdString());
    return result.receipts.first();
}

} // namespace

TEST_CASE("siu-s12-athena-v2.2: patient HALL 70690 and appointment 347606 at 15:40 for 10 minutes")
{
    InterfaceFixture f;
    f.mapLocation(QStringLiteral("2"));
    f.mapService(QStringLiteral("office visit"), f.infliximab);
    const InterfaceReceipt &r = only(f.importSample("siu-s12-athena-v2.2.hl7"));
    REQUIRE(r.state == InterfaceState::Applied);
    CHECK(r.messageType == QStringLiteral("SIU^S12"));
    CHECK(r.controlId == QStringLiteral("501"));
    const auto patient = f.store.patientByMrn(QStringLiteral("70690"));
    REQUIRE(patient);
    CHECK(patient->lastName == QStringLiteral("HALL"));
    CHECK(patient->firstName == QStringLiteral("ROSCOE"));
    CHECK(patient->dateOfBirth == QDate(1997, 10, 6));
    CHECK(patient->phone == QStringLiteral("(974)575-7194"));
    const auto a = f.appointmentOfKey(QStringLiteral("ATHENANET^235"), QStringLiteral("347606"));
    REQUIRE(a);
    CHECK(a->patientId == patient->id);
    CHECK(a->centerId == f.center.id);
    CHECK(a->therapyId == f.infliximab.id);
    CHECK(a->startUtc == newYork(2004, 3, 22, 15, 40));
    CHECK(a->minutes == 10);
    CHECK(a->status == AppointmentStatus::Booked);
    CHECK(a->chairId != 0);
}

TEST_CASE("siu-s12-mesa-v2.3: SCH-11 wins over AIL-6, the filler id 2196178 is the key")
{
    InterfaceFixture f;
    f.mapLocation(QStringLiteral("OFFICE"));
    f.mapService(QStringLiteral("reason for the appointment"), f.vedolizumab);
    const InterfaceReceipt &r = only(f.importSample("siu-s12-mesa-v2.3.hl7"));
    REQUIRE(r.state == InterfaceState::Applied);
    const auto patient = f.store.patientByMrn(QStringLiteral("42"));
    REQUIRE(patient);
    CHECK(patient->lastName == QStringLiteral("SMITH"));
    CHECK(patient->firstName == QStringLiteral("PAUL"));
    CHECK(patient->dateOfBirth == QDate(1978, 10, 12));
    const auto a = f.appointmentOfKey(QStringLiteral("MESA_OP^XYZ_HOSPITAL"), QStringLiteral("2196178"));
    REQUIRE(a);
    CHECK(a->startUtc == newYork(2011, 6, 17, 8, 45));
    CHECK(a->minutes == 60);
    CHECK(a->therapyId == f.vedolizumab.id);
}

TEST_CASE("siu-s12-ntierprise-v2.3: Bond 150 with his e-mail, appointment 13030 at 14:00 for 15 minutes")
{
    InterfaceFixture f;
    f.mapLocation(QStringLiteral("MainOffi"));
    f.mapService(QStringLiteral("OFFICE VISIT-15"), f.ivig);
    const InterfaceReceipt &r = only(f.importSample("siu-s12-ntierprise-v2.3.hl7"));
    REQUIRE(r.state == InterfaceState::Applied);
    const auto patient = f.store.patientByMrn(QStringLiteral("150"));
    REQUIRE(patient);
    CHECK(patient->lastName == QStringLiteral("Bond"));
    CHECK(patient->firstName == QStringLiteral("James"));
    CHECK(patient->dateOfBirth == QDate(1977, 9, 20));
    CHECK(patient->email == QStringLiteral("007@BritishSecretService.com"));
    const auto a
        = f.appointmentOfKey(QStringLiteral("Ntierprise^Ntierprise Clinic"), QStringLiteral("13030"));
    REQUIRE(a);
    CHECK(a->startUtc == newYork(2019, 4, 23, 14, 0));
    CHECK(a->minutes == 15);
    CHECK(a->therapyId == f.ivig.id);
}

TEST_CASE("siu-s13-blt-v2.4: an appointment not known before is booked at its new time, 11:30 London")
{
    InterfaceFixture f;
    f.service.setSenderZone(f.admin, "Europe/London");
    f.mapLocation(QStringLiteral("RNJ Renal OPD"));
    f.mapService(QStringLiteral("Nephrology New"), f.infliximab);
    const InterfaceReceipt &r = only(f.importSample("siu-s13-blt-v2.4.hl7"));
    REQUIRE(r.state == InterfaceState::Applied);
    const auto patient = f.store.patientByMrn(QStringLiteral("10769861"));
    REQUIRE(patient);
    CHECK(patient->lastName == QStringLiteral("MOLLY"));
    CHECK(patient->firstName == QStringLiteral("RENALEIGHT"));
    CHECK(patient->dateOfBirth == QDate(1987, 1, 1));
    const auto a = f.appointmentOfKey(QStringLiteral("BLT_TIE^BLT"), QStringLiteral("149549023"));
    REQUIRE(a);
    CHECK(a->startUtc == london(2024, 11, 6, 11, 30));
    CHECK(a->minutes == 30);
}

TEST_CASE("siu-s13-blt-v2.4: a booked appointment is moved, the old one cancelled and linked")
{
    InterfaceFixture f;
    f.service.setSenderZone(f.admin, "Europe/London");
    f.mapLocation(QStringLiteral("RNJ Renal OPD"));
    f.mapService(QStringLiteral("Nephrology New"), f.infliximab);
    QByteArray booking = asBooking(InterfaceFixture::sample("siu-s13-blt-v2.4.hl7"), "S13", "1");
    booking.replace("20241106113000^20241106120000", "20241105090000^20241105093000");
    REQUIRE(only(f.import(booking)).state == InterfaceState::Applied);
    const auto before = f.appointmentOfKey(QStringLiteral("BLT_TIE^BLT"), QStringLiteral("149549023"));
    REQUIRE(before);
    CHECK(before->startUtc == london(2024, 11, 5, 9, 0));
    REQUIRE(only(f.importSample("siu-s13-blt-v2.4.hl7")).state == InterfaceState::Applied);
    const auto after = f.appointmentOfKey(QStringLiteral("BLT_TIE^BLT"), QStringLiteral("149549023"));
    REQUIRE(after);
    CHECK(after->id != before->id);
    CHECK(after->replacesId == before->id);
    CHECK(after->startUtc == london(2024, 11, 6, 11, 30));
    CHECK(f.store.appointment(before->id)->status == AppointmentStatus::Cancelled);
}

TEST_CASE("siu-s14-corepoint-v2.3: ARRIVED on placer id 00331839401 books it and marks it arrived")
{
    InterfaceFixture f;
    f.mapLocation(QStringLiteral("HHR"));
    f.mapService(QStringLiteral("HLCK"), f.infliximab);
    const InterfaceReceipt &r = only(f.importSample("siu-s14-corepoint-v2.3.hl7"));
    REQUIRE(r.state == InterfaceState::Applied);
    const auto patient = f.store.patientByMrn(QStringLiteral("489671"));
    REQUIRE(patient);
    CHECK(patient->lastName == QStringLiteral("SMITH"));
    CHECK(patient->firstName == QStringLiteral("MICHAEL"));
    CHECK(patient->dateOfBirth == QDate(2008, 2, 5));
    const auto a = f.appointmentOfKey(QStringLiteral("GPMS^CTX"), QStringLiteral("00331839401"));
    REQUIRE(a);
    CHECK(a->startUtc == newYork(2008, 3, 6, 10, 0));
    CHECK(a->minutes == 20);
    CHECK(a->status == AppointmentStatus::Arrived);
    CHECK(a->arrivedAtUtc == f.clock.nowUtc());
}

TEST_CASE("siu-s15-athena-v2.3.1: NOSHOW on appointment 33910 records a no-show")
{
    InterfaceFixture f;
    f.mapLocation(QStringLiteral("2"));
    f.mapService(QStringLiteral("Test Appointment"), f.infliximab);
    REQUIRE(only(f.import(asBooking(InterfaceFixture::sample("siu-s15-athena-v2.3.1.hl7"), "S15", "1"))).state
        == InterfaceState::Applied);
    const auto booked = f.appointmentOfKey(QStringLiteral("ATHENANET^99999"), QStringLiteral("33910"));
    REQUIRE(booked);
    CHECK(booked->startUtc == newYork(2015, 5, 19, 13, 0));
    CHECK(booked->minutes == 15);
    const InterfaceReceipt &r = only(f.importSample("siu-s15-athena-v2.3.1.hl7"));
    REQUIRE(r.state == InterfaceState::Applied);
    CHECK(f.store.appointment(booked->id)->status == AppointmentStatus::NoShow);
    const auto patient = f.store.patientByMrn(QStringLiteral("105613"));
    REQUIRE(patient);
    CHECK(patient->lastName == QStringLiteral("LASTNAME"));
    CHECK(patient->dateOfBirth == QDate(1988, 6, 1));
    CHECK(patient->email == QStringLiteral("Patientemail@email.com"));
}

TEST_CASE("siu-s15-blt-v2.4: Cancelled cancels appointment 149549027, and S26 with its MSH-10 is a duplicate")
{
    InterfaceFixture f;
    f.service.setSenderZone(f.admin, "Europe/London");
    f.mapLocation(QStringLiteral("RNJ Renal SBH"));
    f.mapService(QStringLiteral("Nephrology Haemodialysis F/Up"), f.infliximab);
    REQUIRE(only(f.import(asBooking(InterfaceFixture::sample("siu-s15-blt-v2.4.hl7"), "S15", "1"))).state
        == InterfaceState::Applied);
    const auto booked = f.appointmentOfKey(QStringLiteral("BLT_TIE^BLT"), QStringLiteral("149549027"));
    REQUIRE(booked);
    CHECK(booked->startUtc == london(2024, 11, 13, 10, 0));
    CHECK(booked->minutes == 60);
    const InterfaceReceipt &cancel = only(f.importSample("siu-s15-blt-v2.4.hl7"));
    REQUIRE(cancel.state == InterfaceState::Applied);
    CHECK(f.store.appointment(booked->id)->status == AppointmentStatus::Cancelled);
    // The S26 sample is the S15 with its trigger edited, MSH-10 Q166123117 kept: a resend, no second effect.
    const InterfaceReceipt &again = only(f.importSample("siu-s26-blt-v2.4.hl7"));
    CHECK(again.state == InterfaceState::Duplicate);
    CHECK(f.store.appointment(booked->id)->status == AppointmentStatus::Cancelled);
    CHECK(f.service.message(f.admin, again.messageId)->duplicateOf == cancel.messageId);
}

TEST_CASE("siu-s26-blt-v2.4: a no-show on appointment 149549027")
{
    InterfaceFixture f;
    f.service.setSenderZone(f.admin, "Europe/London");
    f.mapLocation(QStringLiteral("RNJ Renal SBH"));
    f.mapService(QStringLiteral("Nephrology Haemodialysis F/Up"), f.infliximab);
    REQUIRE(only(f.import(asBooking(InterfaceFixture::sample("siu-s26-blt-v2.4.hl7"), "S26", "1"))).state
        == InterfaceState::Applied);
    const auto booked = f.appointmentOfKey(QStringLiteral("BLT_TIE^BLT"), QStringLiteral("149549027"));
    REQUIRE(booked);
    REQUIRE(only(f.importSample("siu-s26-blt-v2.4.hl7")).state == InterfaceState::Applied);
    CHECK(f.store.appointment(booked->id)->status == AppointmentStatus::NoShow);
    CHECK(f.store.patientByMrn(QStringLiteral("10769859")));
}

TEST_CASE("adt-a04-blt-v2.4: registers TEST PATIENT 10769852 with phone and e-mail")
{
    InterfaceFixture f;
    const InterfaceReceipt &r = only(f.importSample("adt-a04-blt-v2.4.hl7"));
    REQUIRE(r.state == InterfaceState::Applied);
    CHECK(r.messageType == QStringLiteral("ADT^A04"));
    const auto patient = f.store.patientByMrn(QStringLiteral("10769852"));
    REQUIRE(patient);
    CHECK(patient->lastName == QStringLiteral("TEST"));
    CHECK(patient->firstName == QStringLiteral("PATIENT"));
    CHECK(patient->dateOfBirth == QDate(1982, 1, 1));
    CHECK(patient->phone == QStringLiteral("0788888888"));
    CHECK(patient->email == QStringLiteral("test@test.co"));
    CHECK(f.appointmentCount() == 0);
}

TEST_CASE("adt-a08-blt-v2.4: the newborn 10769847 registered, then the same update changes nothing")
{
    InterfaceFixture f;
    REQUIRE(only(f.importSample("adt-a08-blt-v2.4.hl7")).state == InterfaceState::Applied);
    const auto patient = f.store.patientByMrn(QStringLiteral("10769847"));
    REQUIRE(patient);
    CHECK(patient->lastName == QStringLiteral("ZZZTEST"));
    CHECK(patient->firstName == QStringLiteral("TWIN 1MOM"));
    CHECK(patient->dateOfBirth == QDate(2024, 11, 4));
    CHECK(patient->phone.isEmpty()); // "" explicit nulls
    // A second copy under another control id: applied, and the record is as it was.
    QByteArray again = InterfaceFixture::sample("adt-a08-blt-v2.4.hl7");
    again.replace("Q1663235330T1667361997X221285A1117", "Q2");
    const InterfaceReceipt &r = only(f.import(again));
    CHECK(r.state == InterfaceState::Applied);
    CHECK(r.summary == QStringLiteral("patient %1 unchanged").arg(patient->id));
}

TEST_CASE("fhir-v1.7.0-patient-example and fhir-r4-appointment-example: Chalmers 12345 booked 10 Dec 2013")
{
    InterfaceFixture f;
    f.mapLocation(QStringLiteral("Location/1"));
    f.mapService(QStringLiteral("52"), f.infliximab);
    const InterfaceReceipt &p = only(f.importSample("fhir-v1.7.0-patient-example.json"));
    REQUIRE(p.state == InterfaceState::Applied);
    CHECK(p.format == InterfaceFormat::Fhir);
    CHECK(p.messageType == QStringLiteral("Patient"));
    const auto patient = f.store.patientByMrn(QStringLiteral("12345"));
    REQUIRE(patient);
    CHECK(patient->lastName == QStringLiteral("Chalmers"));
    CHECK(patient->firstName == QStringLiteral("Peter"));
    CHECK(patient->dateOfBirth == QDate(1974, 12, 25));
    CHECK(patient->phone == QStringLiteral("(03) 5555 6473"));
    const InterfaceReceipt &a = only(f.importSample("fhir-r4-appointment-example.json"));
    REQUIRE(a.state == InterfaceState::Applied);
    const auto booked = f.appointmentOfKey(QStringLiteral("fhir"), QStringLiteral("example"));
    REQUIRE(booked);
    CHECK(booked->patientId == patient->id);
    CHECK(booked->startUtc == QDateTime(QDate(2013, 12, 10), QTime(9, 0), QTimeZone::utc()));
    CHECK(booked->minutes == 120);
    CHECK(booked->therapyId == f.infliximab.id);
}

TEST_CASE("fhir-r4-appointment-example: without its Patient first, quarantined naming the participant")
{
    InterfaceFixture f;
    const InterfaceReceipt &a = only(f.importSample("fhir-r4-appointment-example.json"));
    REQUIRE(a.state == InterfaceState::Quarantined);
    CHECK(a.errors.first().field == QStringLiteral("Appointment.participant"));
    CHECK(a.errors.first().reason.contains(QStringLiteral("Patient/example")));
    CHECK(f.appointmentCount() == 0);
}

TEST_CASE("fhir-r4-appointment-examplereq: a proposed appointment is a request, nothing booked")
{
    InterfaceFixture f;
    const InterfaceReceipt &r = only(f.importSample("fhir-r4-appointment-examplereq.json"));
    CHECK(r.state == InterfaceState::Ignored);
    CHECK(r.summary.contains(QStringLiteral("proposed")));
    CHECK(f.appointmentCount() == 0);
}

TEST_CASE("fhir-r4-bundle-transaction: a Patient without an MRN refuses the whole Bundle")
{
    InterfaceFixture f;
    const qint64 patientsBefore = f.store.patientCount();
    const InterfaceReceipt &r = only(f.importSample("fhir-r4-bundle-transaction.json"));
    REQUIRE(r.state == InterfaceState::Quarantined);
    CHECK(r.messageType == QStringLiteral("Bundle"));
    CHECK(r.controlId == QStringLiteral("bundle-transaction"));
    CHECK(r.errors.first().field == QStringLiteral("Patient.identifier"));
    CHECK(r.errors.first().reason.contains(QStringLiteral("MRN")));
    // Nothing of it written: not even the patients that do carry an MRN.
    CHECK(f.store.patientCount() == patientsBefore);
    CHECK_FALSE(f.store.patientByMrn(QStringLiteral("234234")));
    CHECK_FALSE(f.store.patientByMrn(QStringLiteral("456456")));
}

TEST_CASE("fhir-v1.7.0 location, slot and schedule: read, nothing to store")
{
    InterfaceFixture f;
    f.mapLocation(QStringLiteral("B1-S.F2"));
    const InterfaceReceipt &location = only(f.importSample("fhir-v1.7.0-location-example.json"));
    CHECK(location.state == InterfaceState::Ignored);
    CHECK(location.summary.contains(QStringLiteral("is mapped to a center")));
    CHECK(only(f.importSample("fhir-v1.7.0-slot-example.json")).state == InterfaceState::Ignored);
    CHECK(only(f.importSample("fhir-v1.7.0-schedule-example.json")).state == InterfaceState::Ignored);
    CHECK(f.appointmentCount() == 0);
}
