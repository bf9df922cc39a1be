// One test per real message in samples/ (PROVENANCE.md says where each came from, SHAPES.md what each
// sender puts where). Each names the fields it checks. Times without an offset are read on the
// sender's clock: the zone of the town the sample's sender is in.
#include "catchqstring.h"
#include "interop/hl7batch.h"
#include "interop/hl7mapper.h"
#include "interophelpers.h"

#include <QTimeZone>

using namespace chairside;

namespace {

struct Read
{
    Hl7Batch batch;
    Hl7Mapped mapped;
};

Read read(const char *name, const char *zone, const QString &mrnAuthority = {})
{
    Read result;
    result.batch = Hl7Batch::split(test::sample(name));
    REQUIRE(result.batch.messages.size() == 1);
    REQUIRE(result.batch.errors.isEmpty());
    Hl7MappingOptions options;
    options.senderZone = QTimeZone(QByteArray(zone));
    options.mrnAuthority = mrnAuthority;
    result.mapped = Hl7Mapper::map(result.batch.messages.front(), options);
    return result;
}

QDateTime utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

QString errors(const Hl7Mapped &mapped)
{
    QStringList lines;
    for (const Hl7Error &error : mapped.errors)
        lines.append(error.toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("siu-s12-athena-v2.2: SCH-2 key, SCH-11.4 start, SCH-9/10 duration, SCH-7, AIL-3, PID-3 without "
          "authority")
{
    const Read r = read("siu-s12-athena-v2.2.hl7", "America/New_York", QStringLiteral("RNJ 5C4 MRN"));
    INFO(errors(r.mapped).toStdString());
    REQUIRE(r.mapped.ok());
    const Hl7Message &message = r.batch.messages.front();
    CHECK(message.version() == QStringLiteral("2.2"));
    CHECK(message.controlId() == QStringLiteral("501"));
    CHECK(message.processingId() == QStringLiteral("T"));
    const InboundAppointment &a = r.mapped.appointment;
    CHECK(r.mapped.kind == Hl7Mapped::Kind::Appointment);
    CHECK(a.action == InboundAppointment::Action::Book);
    CHECK(a.key == QStringLiteral("347606"));
    CHECK(a.keySource == QStringLiteral("SCH-2"));
    CHECK(a.placerId == QStringLiteral("347606"));
    CHECK(a.startUtc == utc(2004, 3, 22, 20, 40)); // 15:40 EST
    CHECK(a.startSource == QStringLiteral("SCH-11.4"));
    CHECK(a.minutes == 10);
    CHECK(a.minutesSource == QStringLiteral("SCH-9"));
    CHECK(a.status == AppointmentStatus::Booked);
    CHECK(a.senderStatus.isEmpty()); // no SCH-25 in 2.2
    CHECK(a.service.key() == QStringLiteral("office visit"));
    CHECK(a.service.source == QStringLiteral("SCH-7"));
    CHECK(a.appointmentType.code == QStringLiteral("ov"));
    CHECK(a.location.pointOfCare == QStringLiteral("2"));
    CHECK(a.location.room == QStringLiteral("Brockton"));
    CHECK(a.location.source == QStringLiteral("AIL-3"));
    CHECK(a.practitioner == QStringLiteral("medickinson2"));
    // The same bare number in PID-2, 3 and 4, no authority: the configured authority cannot be matched,
    // and since none is named the first identifier is the MRN.
    CHECK(r.mapped.patient.mrn == QStringLiteral("70690"));
    CHECK(r.mapped.patient.mrnAuthority.isEmpty());
    CHECK(r.mapped.patient.lastName == QStringLiteral("HALL"));
    CHECK(r.mapped.patient.firstName == QStringLiteral("ROSCOE"));
    CHECK(r.mapped.patient.dateOfBirth == QDate(1997, 10, 6));
    CHECK(r.mapped.patient.sex == QStringLiteral("M"));
    CHECK(r.mapped.patient.phone == QStringLiteral("(974)575-7194"));
    CHECK(a.patient.mrn == QStringLiteral("70690"));
    CHECK(r.mapped.warnings.isEmpty()); // AIG-8 and AIL-6 agree with SCH-11.4
}

TEST_CASE("siu-s12-mesa-v2.3: SCH-2 over SCH-1, SCH-11 wins over contradicting AIL-6/AIP-6, SCH-25 Scheduled")
{
    const Read r = read("siu-s12-mesa-v2.3.hl7", "America/Indiana/Indianapolis");
    INFO(errors(r.mapped).toStdString());
    REQUIRE(r.mapped.ok());
    const InboundAppointment &a = r.mapped.appointment;
    CHECK(a.key == QStringLiteral("2196178"));
    CHECK(a.placerId == QStringLiteral("10345"));
    CHECK(a.fillerId == QStringLiteral("2196178"));
    CHECK(a.startUtc == utc(2011, 6, 17, 12, 45)); // 08:45 EDT, from SCH-11.4, not 14 June
    CHECK(a.startSource == QStringLiteral("SCH-11.4"));
    CHECK(a.minutes == 60);
    CHECK(a.minutesSource == QStringLiteral("SCH-11.3"));
    REQUIRE(r.mapped.warnings.size() == 2);
    CHECK(r.mapped.warnings[0].startsWith(QStringLiteral(
        "AIL-6 says the appointment starts 2011-06-14 08:45, SCH-11.4 says 2011-06-17 08:45")));
    CHECK(r.mapped.warnings[1].startsWith(QStringLiteral("AIP-6 says")));
    CHECK(a.senderStatus == QStringLiteral("Scheduled"));
    CHECK(a.status == AppointmentStatus::Booked);
    CHECK(a.service.text == QStringLiteral("reason for the appointment"));
    CHECK(a.eventReason.code == QStringLiteral("OFFICE"));
    CHECK(a.eventReason.text == QStringLiteral("Office visit"));
    CHECK(a.location.pointOfCare == QStringLiteral("OFFICE"));
    CHECK(a.location.facility == QStringLiteral("OFFICE"));
    CHECK(a.practitioner == QStringLiteral("Charles White"));
    CHECK(r.mapped.patient.mrn == QStringLiteral("42"));
    CHECK(r.mapped.patient.lastName == QStringLiteral("SMITH"));
    CHECK(r.mapped.patient.firstName == QStringLiteral("PAUL"));
    CHECK(r.mapped.patient.dateOfBirth == QDate(1978, 10, 12));
    CHECK(r.mapped.patient.phone == QStringLiteral("(260)555-1234"));
}

TEST_CASE(
    "siu-s12-ntierprise-v2.3: separate placer and filler ids, SCH-11 with end, XTN phone and X.400 e-mail")
{
    const Read r = read("siu-s12-ntierprise-v2.3.hl7", "America/New_York");
    INFO(errors(r.mapped).toStdString());
    REQUIRE(r.mapped.ok());
    const InboundAppointment &a = r.mapped.appointment;
    CHECK(a.key == QStringLiteral("13030"));
    CHECK(a.placerId == QStringLiteral("1209"));
    CHECK(a.startUtc == utc(2019, 4, 23, 18, 0)); // 14:00 EDT
    CHECK(a.minutes == 15);
    CHECK(a.minutesSource == QStringLiteral("SCH-11.3"));
    CHECK(a.senderStatus == QStringLiteral("Scheduled")); // "Scheduled^^CSI"
    CHECK(a.status == AppointmentStatus::Booked);
    CHECK(a.service.code == QStringLiteral("OFFICE VISIT-15"));
    CHECK(a.service.source == QStringLiteral("SCH-7"));
    CHECK(a.eventReason.code == QStringLiteral("OV15"));
    CHECK(a.location.pointOfCare == QStringLiteral("MainOffi"));
    CHECK(a.location.facility == QStringLiteral("MainOffi"));
    CHECK(a.location.description == QStringLiteral("Healthmatics Clinic"));
    CHECK(a.practitioner == QStringLiteral("Jeri Pullen"));
    CHECK(r.mapped.warnings.isEmpty());
    const InboundPatient &p = r.mapped.patient;
    CHECK(p.mrn == QStringLiteral("150"));
    CHECK(p.lastName == QStringLiteral("Bond"));
    CHECK(p.firstName == QStringLiteral("James"));
    CHECK(p.dateOfBirth == QDate(1977, 9, 20));
    CHECK(p.phone == QStringLiteral("(919)007-0007"));
    CHECK(p.email == QStringLiteral("007@BritishSecretService.com"));
}

TEST_CASE("siu-s14-corepoint-v2.3: placer id only, SCH-11.4 with a trailing space, ARRIVED, SCH-9 in MIN")
{
    const Read r = read("siu-s14-corepoint-v2.3.hl7", "America/Chicago");
    INFO(errors(r.mapped).toStdString());
    REQUIRE(r.mapped.ok());
    const InboundAppointment &a = r.mapped.appointment;
    CHECK(a.action == InboundAppointment::Action::Modify);
    CHECK(a.key == QStringLiteral("00331839401"));
    CHECK(a.keySource == QStringLiteral("SCH-1"));
    CHECK(a.fillerId.isEmpty());
    CHECK(a.startUtc == utc(2008, 3, 6, 16, 0)); // 10:00 CST
    CHECK(a.minutes == 20);
    CHECK(a.minutesSource == QStringLiteral("SCH-9"));
    CHECK(a.senderStatus == QStringLiteral("ARRIVED"));
    CHECK(a.status == AppointmentStatus::Arrived);
    CHECK(a.service.code == QStringLiteral("HLCK")); // no SCH-7: the type
    CHECK(a.service.text == QStringLiteral("HEALTHCHECK ANY AGE"));
    CHECK(a.service.source == QStringLiteral("SCH-8"));
    CHECK(a.eventReason.code == QStringLiteral("58"));
    CHECK(a.location.pointOfCare == QStringLiteral("HHR"));
    CHECK(a.location.room == QStringLiteral("FPCS NGUYEN, MD"));
    CHECK(a.practitioner == QStringLiteral("LISAPORTER"));
    CHECK(r.mapped.patient.mrn == QStringLiteral("489671"));
    CHECK(r.mapped.patient.lastName == QStringLiteral("SMITH"));
    CHECK(r.mapped.patient.dateOfBirth == QDate(2008, 2, 5));
    CHECK(r.mapped.patient.phone == QStringLiteral("(832)795-8259"));
}

TEST_CASE("siu-s15-athena-v2.3.1: S15 with SCH-25 NOSHOW is a no-show, no RGS, XTN e-mail in component 4")
{
    const Read r = read("siu-s15-athena-v2.3.1.hl7", "America/New_York");
    INFO(errors(r.mapped).toStdString());
    REQUIRE(r.mapped.ok());
    const InboundAppointment &a = r.mapped.appointment;
    CHECK(a.action == InboundAppointment::Action::NoShow);
    CHECK(a.status == AppointmentStatus::NoShow);
    CHECK(a.senderStatus == QStringLiteral("NOSHOW"));
    CHECK(a.key == QStringLiteral("33910"));
    CHECK(a.startUtc == utc(2015, 5, 19, 17, 0)); // 13:00 EDT
    CHECK(a.minutes == 15);
    CHECK(a.service.text == QStringLiteral("Test Appointment"));
    CHECK(a.eventReason.code == QStringLiteral("22"));
    CHECK(a.eventReason.text == QStringLiteral("CAR PROBLEMS"));
    CHECK(a.location.pointOfCare == QStringLiteral("2"));
    CHECK(a.location.room == QStringLiteral("TEST DEPARTMENT"));
    CHECK(a.practitioner == QStringLiteral("providerusername"));
    const InboundPatient &p = r.mapped.patient;
    CHECK(p.mrn == QStringLiteral("105613"));
    CHECK(p.lastName == QStringLiteral("LASTNAME"));
    CHECK(p.firstName == QStringLiteral("FIRSTNAME"));
    CHECK(p.middleName == QStringLiteral("MIDDLENNAME"));
    CHECK(p.dateOfBirth == QDate(1988, 6, 1));
    CHECK(p.phone == QStringLiteral("(111)111-1111"));
    CHECK(p.email == QStringLiteral("Patientemail@email.com"));
}

TEST_CASE("siu-s13-blt-v2.4: reschedule keyed on SCH-1, SCH-25 Confirmed, PID-3 authority RNJ 5C4 MRN, PV1 "
          "and AIL PL")
{
    const Read r = read("siu-s13-blt-v2.4.hl7", "Europe/London", QStringLiteral("RNJ 5C4 MRN"));
    INFO(errors(r.mapped).toStdString());
    REQUIRE(r.mapped.ok());
    const InboundAppointment &a = r.mapped.appointment;
    CHECK(a.action == InboundAppointment::Action::Reschedule);
    CHECK(a.key == QStringLiteral("149549023"));
    CHECK(a.keySource == QStringLiteral("SCH-1"));
    CHECK(a.startUtc == utc(2024, 11, 6, 11, 30)); // GMT
    CHECK(a.minutes == 30);
    CHECK(a.senderStatus == QStringLiteral("Confirmed"));
    CHECK(a.status == AppointmentStatus::Booked);
    CHECK(a.service.text == QStringLiteral("Nephrology New"));
    CHECK(a.eventReason.text == QStringLiteral("Undo Cancel"));
    CHECK(a.location.pointOfCare == QStringLiteral("RNJ Renal OPD"));
    CHECK(a.location.facility == QStringLiteral("RNJ ROYALLONDON"));
    CHECK(a.location.building == QStringLiteral("RNJ MainBld RLH"));
    CHECK(a.practitioner == QStringLiteral("Stevens, Stanley"));
    const InboundPatient &p = r.mapped.patient;
    CHECK(p.mrn == QStringLiteral("10769861"));
    CHECK(p.mrnAuthority == QStringLiteral("RNJ 5C4 MRN"));
    REQUIRE(p.identifiers.size() == 1);
    CHECK(p.identifiers.front().type == QStringLiteral("MRN"));
    CHECK(p.lastName == QStringLiteral("MOLLY"));
    CHECK(p.firstName == QStringLiteral("RENALEIGHT"));
    CHECK(p.dateOfBirth == QDate(1987, 1, 1));
    CHECK(p.sex == QStringLiteral("2"));
    CHECK(p.phone == QStringLiteral("0789898989"));
    CHECK(p.email == QStringLiteral("testrenal@co.in"));
    CHECK(p.cleared.isEmpty()); // PID-14 ""^BUSINESS does not clear a phone PID-13 gives
}

TEST_CASE("siu-s15-blt-v2.4: cancellation, SCH-25 Cancelled, PID-3 authority KCH")
{
    const Read r = read("siu-s15-blt-v2.4.hl7", "Europe/London", QStringLiteral("KCH"));
    INFO(errors(r.mapped).toStdString());
    REQUIRE(r.mapped.ok());
    const InboundAppointment &a = r.mapped.appointment;
    CHECK(a.action == InboundAppointment::Action::Cancel);
    CHECK(a.status == AppointmentStatus::Cancelled);
    CHECK(a.key == QStringLiteral("149549027"));
    CHECK(a.startUtc == utc(2024, 11, 13, 10, 0));
    CHECK(a.minutes == 60);
    CHECK(a.service.text == QStringLiteral("Nephrology Haemodialysis F/Up"));
    CHECK(r.batch.messages.front().controlId() == QStringLiteral("Q166123117"));
    CHECK(r.mapped.patient.mrn == QStringLiteral("10769859"));
    CHECK(r.mapped.patient.email == QStringLiteral("testemail@test.co"));
}

TEST_CASE(
    "siu-s26-blt-v2.4: S26 is a no-show whatever SCH-25 says; PID-3's authority Dover is not the center's")
{
    SECTION("with the center's authority KCH the patient cannot be identified")
    {
        const Read r = read("siu-s26-blt-v2.4.hl7", "Europe/London", QStringLiteral("KCH"));
        REQUIRE(r.mapped.errors.size() == 1);
        const Hl7Error &error = r.mapped.errors.front();
        CHECK(error.code == Hl7Error::Code::UnknownKey);
        CHECK(error.location() == QStringLiteral("PID-3.4"));
        CHECK(error.line == 3);
        CHECK(error.reason.contains(QStringLiteral("Dover")));
        CHECK_FALSE(r.mapped.ok());
    }
    SECTION("with Dover as the authority it reads, with a warning about SCH-25")
    {
        const Read r = read("siu-s26-blt-v2.4.hl7", "Europe/London", QStringLiteral("Dover"));
        INFO(errors(r.mapped).toStdString());
        REQUIRE(r.mapped.ok());
        const InboundAppointment &a = r.mapped.appointment;
        CHECK(a.action == InboundAppointment::Action::NoShow);
        CHECK(a.status == AppointmentStatus::NoShow);
        CHECK(a.senderStatus == QStringLiteral("Cancelled"));
        CHECK(a.key == QStringLiteral("149549027"));
        REQUIRE(r.mapped.warnings.size() == 1);
        CHECK(r.mapped.warnings.front().contains(QStringLiteral("no-show")));
        // The same control id as the S15 it was edited from: a resend check on MSH-10 alone would drop it.
        CHECK(r.batch.messages.front().controlId() == QStringLiteral("Q166123117"));
        CHECK(r.mapped.patient.mrn == QStringLiteral("10769859"));
    }
}

TEST_CASE("adt-a04-blt-v2.4: patient from PID with authority, XTN use codes MOBILE and EMAIL, no IN1")
{
    const Read r = read("adt-a04-blt-v2.4.hl7", "Europe/London", QStringLiteral("RNJ 5C4 MRN"));
    INFO(errors(r.mapped).toStdString());
    REQUIRE(r.mapped.ok());
    CHECK(r.mapped.kind == Hl7Mapped::Kind::Patient);
    const InboundPatient &p = r.mapped.patient;
    CHECK(p.mrn == QStringLiteral("10769852"));
    CHECK(p.lastName == QStringLiteral("TEST"));
    CHECK(p.firstName == QStringLiteral("PATIENT"));
    CHECK(p.dateOfBirth == QDate(1982, 1, 1));
    CHECK(p.sex == QStringLiteral("2"));
    CHECK(p.phone == QStringLiteral("0788888888"));
    CHECK(p.email == QStringLiteral("test@test.co"));
    CHECK(p.cleared.isEmpty());
    CHECK(r.mapped.coverages.isEmpty());
}

TEST_CASE("adt-a08-blt-v2.4: 14-digit date of birth, every phone and e-mail an explicit null")
{
    const Read r = read("adt-a08-blt-v2.4.hl7", "Europe/London", QStringLiteral("RNJ 5C4 MRN"));
    INFO(errors(r.mapped).toStdString());
    REQUIRE(r.mapped.ok());
    const InboundPatient &p = r.mapped.patient;
    CHECK(r.batch.messages.front().controlId() == QStringLiteral("Q1663235330T1667361997X221285A1117"));
    CHECK(p.mrn == QStringLiteral("10769847"));
    CHECK(p.lastName == QStringLiteral("ZZZTEST"));
    CHECK(p.firstName == QStringLiteral("TWIN 1MOM"));
    CHECK(p.dateOfBirth == QDate(2024, 11, 4));
    CHECK(p.phone.isEmpty());
    CHECK(p.email.isEmpty());
    CHECK(p.cleared.contains(QStringLiteral("phone")));
    CHECK(p.cleared.contains(QStringLiteral("email")));
}
