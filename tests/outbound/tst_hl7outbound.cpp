// Building the messages Chairside sends: what each field holds, and that each reads back through the
// same reader and mapping that take messages in.

#include "catchqstring.h"
#include "interop/hl7mapper.h"
#include "interop/hl7message.h"
#include "interop/hl7outbound.h"

#include <catch2/catch.hpp>

using namespace chairside;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
}

Hl7OutboundInput input(OutboundEvent event)
{
    Hl7OutboundInput in;
    in.event = event;
    in.controlId = QStringLiteral("CS00000042");
    in.nowUtc = utc(2026, 12, 1, 15, 20);
    in.endpoints.sendingApplication = QStringLiteral("CHAIRSIDE");
    in.endpoints.sendingFacility = QStringLiteral("RIVERSIDE");
    in.endpoints.receivingApplication = QStringLiteral("EPIC");
    in.endpoints.receivingFacility = QStringLiteral("MAIN|HOSP"); // a delimiter in a value
    in.center.id = 1;
    in.center.name = QStringLiteral("Riverside Infusion Center");
    in.center.timeZoneId = "America/New_York";
    in.patient.id = 7;
    in.patient.mrn = QStringLiteral("M0001");
    in.patient.firstName = QStringLiteral("Maria");
    in.patient.lastName = QStringLiteral("Alvarez^Ruiz"); // a component separator in a name
    in.patient.dateOfBirth = QDate(1961, 3, 4);
    in.patient.phone = QStringLiteral("(555) 010-2030");
    in.patient.email = QStringLiteral("maria@example.org");
    in.mrnAuthority = QStringLiteral("RIVERSIDE_MRN");
    in.appointment.id = 314;
    in.appointment.patientId = 7;
    in.appointment.centerId = 1;
    in.appointment.chairId = 3;
    in.appointment.startUtc = utc(2026, 12, 1, 15, 30);
    in.appointment.minutes = 150;
    in.appointment.checkedInAtUtc = utc(2026, 12, 1, 15, 20);
    in.chair.id = 3;
    in.chair.label = QStringLiteral("3");
    in.therapy.id = 1;
    in.therapy.name = QStringLiteral("infliximab");
    in.therapy.brand = QStringLiteral("Remicade");
    return in;
}

} // namespace

TEST_CASE("An ADT^A04 for a check-in carries the MRN with its authority and the chair, and reads back")
{
    const QByteArray bytes = Hl7Outbound::build(input(OutboundEvent::CheckedIn));
    CHECK_FALSE(bytes.contains('\n'));
    CHECK(bytes.endsWith('\r'));
    const Hl7Message message = Hl7Message::parse(bytes);
    REQUIRE(message.isValid());
    CHECK(message.messageType() == QStringLiteral("ADT"));
    CHECK(message.triggerEvent() == QStringLiteral("A04"));
    CHECK(message.controlId() == QStringLiteral("CS00000042"));
    CHECK(message.version() == QStringLiteral("2.5.1"));
    CHECK(message.text("MSH-3") == QStringLiteral("CHAIRSIDE"));
    CHECK(message.text("MSH-4") == QStringLiteral("RIVERSIDE"));
    CHECK(message.text("MSH-5") == QStringLiteral("EPIC"));
    CHECK(message.text("MSH-6") == QStringLiteral("MAIN|HOSP"));
    CHECK(message.value("MSH-6").raw() == QByteArrayView("MAIN\\F\\HOSP"));
    // 10:20 in New York on 1 December is 15:20 UTC, written with the center's offset.
    CHECK(message.text("MSH-7") == QStringLiteral("20261201102000-0500"));
    CHECK(message.text("MSH-18") == QStringLiteral("UNICODE UTF-8"));
    CHECK(message.text("EVN-1") == QStringLiteral("A04"));
    CHECK(message.text("PID-3.1") == QStringLiteral("M0001"));
    CHECK(message.text("PID-3.4") == QStringLiteral("RIVERSIDE_MRN"));
    CHECK(message.text("PID-3.5") == QStringLiteral("MR"));
    CHECK(message.text("PID-5.1") == QStringLiteral("Alvarez^Ruiz"));
    CHECK(message.text("PID-5.2") == QStringLiteral("Maria"));
    CHECK(message.text("PID-7") == QStringLiteral("19610304"));
    CHECK(message.text("PV1-2") == QStringLiteral("O"));
    CHECK(message.text("PV1-3.1") == QStringLiteral("Riverside Infusion Center"));
    CHECK(message.text("PV1-3.3") == QStringLiteral("3"));
    CHECK(message.text("PV1-19") == QStringLiteral("314"));
    CHECK(message.text("PV1-44") == QStringLiteral("20261201102000-0500"));

    Hl7MappingOptions options;
    options.mrnAuthority = QStringLiteral("RIVERSIDE_MRN");
    const Hl7Mapped mapped = Hl7Mapper::map(message, options);
    INFO((mapped.errors.isEmpty() ? std::string() : mapped.errors.front().toString().toStdString()));
    REQUIRE(mapped.ok());
    CHECK(mapped.kind == Hl7Mapped::Kind::Patient);
    CHECK(mapped.patient.mrn == QStringLiteral("M0001"));
    CHECK(mapped.patient.mrnAuthority == QStringLiteral("RIVERSIDE_MRN"));
    CHECK(mapped.patient.lastName == QStringLiteral("Alvarez^Ruiz"));
    CHECK(mapped.patient.firstName == QStringLiteral("Maria"));
    CHECK(mapped.patient.dateOfBirth == QDate(1961, 3, 4));
    CHECK(mapped.patient.phone == QStringLiteral("(555) 010-2030"));
    CHECK(mapped.patient.email == QStringLiteral("maria@example.org"));
}

TEST_CASE("An SIU^S14 carries the new status, both ids and the times, and reads back as a modification")
{
    struct Case
    {
        OutboundEvent event;
        const char *fillerStatus;
        AppointmentStatus status;
    };
    const Case c = GENERATE(Case {OutboundEvent::Arrived, "ARRIVED", AppointmentStatus::Arrived},
        Case {OutboundEvent::NoShow, "NOSHOW", AppointmentStatus::NoShow},
        Case {OutboundEvent::Completed, "COMPLETE", AppointmentStatus::Fulfilled});
    Hl7OutboundInput in = input(c.event);
    in.placerKey = QStringLiteral("EPIC-APPT&77"); // a sub-component separator in the sender's key
    const Hl7Message message = Hl7Message::parse(Hl7Outbound::build(in));
    REQUIRE(message.isValid());
    CHECK(message.messageType() == QStringLiteral("SIU"));
    CHECK(message.triggerEvent() == QStringLiteral("S14"));
    CHECK(message.text("SCH-1.1") == QStringLiteral("EPIC-APPT&77"));
    CHECK(message.text("SCH-2.1") == QStringLiteral("314"));
    CHECK(message.text("SCH-2.2") == QStringLiteral("CHAIRSIDE"));
    CHECK(message.text("SCH-11.3") == QStringLiteral("150"));
    CHECK(message.text("SCH-11.4") == QStringLiteral("20261201103000-0500"));
    CHECK(message.text("SCH-11.5") == QStringLiteral("20261201130000-0500"));
    CHECK(message.text("SCH-25") == QString::fromLatin1(c.fillerStatus));
    CHECK(message.text("AIS-3.1") == QStringLiteral("infliximab"));
    CHECK(message.text("AIL-3.3") == QStringLiteral("3"));

    Hl7MappingOptions options;
    options.mrnAuthority = QStringLiteral("RIVERSIDE_MRN");
    const Hl7Mapped mapped = Hl7Mapper::map(message, options);
    INFO((mapped.errors.isEmpty() ? std::string() : mapped.errors.front().toString().toStdString()));
    REQUIRE(mapped.ok());
    REQUIRE(mapped.kind == Hl7Mapped::Kind::Appointment);
    const InboundAppointment &a = mapped.appointment;
    CHECK(a.action == InboundAppointment::Action::Modify);
    CHECK(a.key == QStringLiteral("314"));
    CHECK(a.fillerId == QStringLiteral("314"));
    CHECK(a.placerId == QStringLiteral("EPIC-APPT&77"));
    REQUIRE(a.status);
    CHECK(*a.status == c.status);
    CHECK(a.startUtc == utc(2026, 12, 1, 15, 30));
    CHECK(a.minutes == 150);
    CHECK(a.service.code == QStringLiteral("infliximab"));
    CHECK(a.location.pointOfCare == QStringLiteral("Riverside Infusion Center"));
    CHECK(a.location.bed == QStringLiteral("3"));
    CHECK(mapped.patient.mrn == QStringLiteral("M0001"));
}

TEST_CASE("Without a placer key SCH-1 is empty and the filler id is the key")
{
    const Hl7Message message = Hl7Message::parse(Hl7Outbound::build(input(OutboundEvent::Arrived)));
    CHECK(message.value("SCH-1").isEmpty());
    const Hl7Mapped mapped = Hl7Mapper::map(message, {});
    REQUIRE(mapped.ok());
    CHECK(mapped.appointment.keySource == QStringLiteral("SCH-2"));
}

TEST_CASE("Message types, filler statuses and event codes")
{
    CHECK(Hl7Outbound::messageType(OutboundEvent::CheckedIn) == QStringLiteral("ADT^A04"));
    CHECK(Hl7Outbound::messageType(OutboundEvent::Completed) == QStringLiteral("SIU^S14"));
    CHECK(Hl7Outbound::fillerStatus(OutboundEvent::CheckedIn).isEmpty());
    for (const OutboundEvent event : allOutboundEvents())
        CHECK(outboundEventFromCode(outboundEventCode(event)) == event);
    CHECK(outboundEventFromCode(QStringLiteral(" No-Show ")) == OutboundEvent::NoShow);
    CHECK_FALSE(outboundEventFromCode(QStringLiteral("booked")));
    CHECK(outboundStateFromCode(QStringLiteral("refused")) == OutboundState::Refused);
    CHECK_FALSE(outboundStateFromCode(QStringLiteral("lost")));
}
