#include "catchqstring.h"
#include "interop/hl7mapper.h"
#include "interophelpers.h"

#include <QTimeZone>

using namespace chairside;
using chairside::test::hl7;

namespace {

Hl7Mapped mapLines(const QStringList &segments, const QString &authority = {})
{
    const Hl7Message message = Hl7Message::parse(hl7(segments));
    Hl7MappingOptions options;
    options.senderZone = QTimeZone("America/New_York");
    options.mrnAuthority = authority;
    return Hl7Mapper::map(message, options);
}

QString header(const QString &type, const QString &version = QStringLiteral("2.4"))
{
    return QStringLiteral("MSH|^~\\&|EHR|HOSP|CHAIRSIDE|INF|20250301083000||%1|X1|P|%2").arg(type, version);
}

/// A segment with the given fields at their positions, the rest empty.
QString segment(const QString &name, const QList<std::pair<int, QString>> &fields)
{
    int last = 0;
    for (const auto &[position, value] : fields)
        last = std::max(last, position);
    QStringList parts(last + 1);
    parts[0] = name;
    for (const auto &[position, value] : fields)
        parts[position] = value;
    return parts.join(QLatin1Char('|'));
}

const QString kPid
    = QStringLiteral("PID|1||55501^^^HOSP^MR~900-12^^^SSA^SS||Doe^Jane^Q||19700115|F|||||(555)010-2000");

} // namespace

TEST_CASE("RDE^O11: an infusion order with its therapy, dose, dates, doses and prescriber")
{
    const Hl7Mapped mapped = mapLines({header(QStringLiteral("RDE^O11^RDE_O11")), kPid,
        QStringLiteral("ORC|NW|ORD-778^EHR|F-99^PHARM||||||20250301083000|||1234567^Careful^Adam^^^Dr"),
        QStringLiteral(
            "RXE|^^^20250301^20250831^^^^^^^6|J1745^infliximab (Remicade)^HCPCS|5||mg/kg^milligram per "
            "kilogram|||Infuse over 2 hours")});
    REQUIRE(mapped.ok());
    CHECK(mapped.kind == Hl7Mapped::Kind::Order);
    REQUIRE(mapped.orders.size() == 1);
    const InboundOrder &order = mapped.orders.front();
    CHECK(order.action == InboundOrder::Action::New);
    CHECK(order.key == QStringLiteral("ORD-778"));
    CHECK(order.fillerOrderNumber == QStringLiteral("F-99"));
    CHECK(order.therapy.code == QStringLiteral("J1745"));
    CHECK(order.therapy.text == QStringLiteral("infliximab (Remicade)"));
    CHECK(order.therapy.source == QStringLiteral("RXE-2"));
    CHECK(order.doseAmount == QStringLiteral("5"));
    CHECK(order.doseUnits == QStringLiteral("milligram per kilogram"));
    CHECK(order.validFrom == QDate(2025, 3, 1));
    CHECK(order.validTo == QDate(2025, 8, 31));
    CHECK(order.doses == 6);
    CHECK(order.prescriber == QStringLiteral("Adam Careful"));
    CHECK(order.prescriberId == QStringLiteral("1234567"));
    CHECK(order.patient.mrn == QStringLiteral("55501"));
    CHECK(mapped.patient.phone == QStringLiteral("(555)010-2000"));
}

TEST_CASE("ORM^O01: RXO therapy, ORC-7 timing, a TQ1 in 2.5, a cancel, and two orders")
{
    SECTION("2.3 with the timing in ORC-7")
    {
        const Hl7Mapped mapped = mapLines({header(QStringLiteral("ORM^O01"), QStringLiteral("2.3")), kPid,
            QStringLiteral("ORC|NW|A-1|||||^^^20250401^20250930^^^^^^^8|||||55^Kind^Karen"),
            QStringLiteral("RXO|VEDO^vedolizumab (Entyvio)^LOCAL|300||mg")});
        REQUIRE(mapped.ok());
        const InboundOrder &order = mapped.orders.front();
        CHECK(order.therapy.text == QStringLiteral("vedolizumab (Entyvio)"));
        CHECK(order.therapy.source == QStringLiteral("RXO-1"));
        CHECK(order.doseAmount == QStringLiteral("300"));
        CHECK(order.doseUnits == QStringLiteral("mg"));
        CHECK(order.validFrom == QDate(2025, 4, 1));
        CHECK(order.validTo == QDate(2025, 9, 30));
        CHECK(order.doses == 8);
        CHECK(order.prescriber == QStringLiteral("Karen Kind"));
    }
    SECTION("2.5.1 with OBR-4 and TQ1")
    {
        const Hl7Mapped mapped = mapLines({header(QStringLiteral("ORM^O01"), QStringLiteral("2.5.1")), kPid,
            QStringLiteral("ORC|XO|A-2"), QStringLiteral("OBR|1|A-2||IVIG^immune globulin infusion"),
            QStringLiteral("TQ1|1||||||20250501|20251031||||||4")});
        REQUIRE(mapped.ok());
        const InboundOrder &order = mapped.orders.front();
        CHECK(order.action == InboundOrder::Action::Change);
        CHECK(order.therapy.code == QStringLiteral("IVIG"));
        CHECK(order.therapy.source == QStringLiteral("OBR-4"));
        CHECK(order.validFrom == QDate(2025, 5, 1));
        CHECK(order.validTo == QDate(2025, 10, 31));
        CHECK(order.doses == 4);
    }
    SECTION("a cancel and a discontinue in one message")
    {
        const Hl7Mapped mapped
            = mapLines({header(QStringLiteral("ORM^O01")), kPid, QStringLiteral("ORC|CA|A-3"),
                QStringLiteral("RXO|X^one"), QStringLiteral("ORC|DC|A-4"), QStringLiteral("RXO|Y^two")});
        REQUIRE(mapped.ok());
        REQUIRE(mapped.orders.size() == 2);
        CHECK(mapped.orders[0].action == InboundOrder::Action::Cancel);
        CHECK(mapped.orders[1].action == InboundOrder::Action::Discontinue);
        CHECK(mapped.orders[1].therapy.code == QStringLiteral("Y"));
    }
    SECTION("errors name the field")
    {
        const Hl7Mapped noTherapy = mapLines({header(QStringLiteral("ORM^O01")), kPid,
            QStringLiteral("ORC|NW|A-5"), QStringLiteral("RXO||5")});
        REQUIRE(noTherapy.errors.size() == 1);
        CHECK(noTherapy.errors.front().location() == QStringLiteral("RXO-1"));
        const Hl7Mapped badControl = mapLines(
            {header(QStringLiteral("ORM^O01")), kPid, QStringLiteral("ORC|ZZ|A-6"), QStringLiteral("RXO|X")});
        REQUIRE(badControl.errors.size() == 1);
        CHECK(badControl.errors.front().location() == QStringLiteral("ORC-1"));
        CHECK(badControl.errors.front().code == Hl7Error::Code::TableValue);
        const Hl7Mapped noOrc = mapLines({header(QStringLiteral("RDE^O11")), kPid});
        REQUIRE(noOrc.errors.size() == 1);
        CHECK(noOrc.errors.front().segment == QStringLiteral("ORC"));
        const Hl7Mapped badDoses
            = mapLines({header(QStringLiteral("RDE^O11")), kPid, QStringLiteral("ORC|NW|A-7"),
                QStringLiteral("RXE|^^^20250301^20250831^^^^^^^six|J1745^infliximab")});
        REQUIRE(badDoses.errors.size() == 1);
        CHECK(badDoses.errors.front().location() == QStringLiteral("RXE-1.12"));
    }
}

TEST_CASE("ADT with IN1: coverage with payer and member id; the MRN by authority among repetitions")
{
    const Hl7Mapped mapped = mapLines(
        {header(QStringLiteral("ADT^A28")), kPid,
            segment(QStringLiteral("IN1"),
                {{1, QStringLiteral("1")}, {2, QStringLiteral("PPO^Gold PPO")}, {3, QStringLiteral("AET01")},
                    {4, QStringLiteral("Aetna^^^")}, {8, QStringLiteral("G-555")},
                    {12, QStringLiteral("20250101")}, {13, QStringLiteral("20251231")},
                    {36, QStringLiteral("W123456789")}}),
            segment(QStringLiteral("IN1"),
                {{1, QStringLiteral("2")}, {3, QStringLiteral("MCR")}, {4, QStringLiteral("Medicare")},
                    {12, QStringLiteral("20240101")}, {49, QStringLiteral("1EG4-TE5-MK72")}})},
        QStringLiteral("HOSP"));
    REQUIRE(mapped.ok());
    CHECK(mapped.kind == Hl7Mapped::Kind::Patient);
    CHECK(mapped.patient.mrn == QStringLiteral("55501"));
    CHECK(mapped.patient.identifiers.size() == 2);
    CHECK(mapped.patient.identifiers[1].type == QStringLiteral("SS"));
    CHECK(mapped.patient.middleName == QStringLiteral("Q"));
    REQUIRE(mapped.coverages.size() == 2);
    CHECK(mapped.coverages[0].payer == QStringLiteral("Aetna"));
    CHECK(mapped.coverages[0].payerId == QStringLiteral("AET01"));
    CHECK(mapped.coverages[0].planName == QStringLiteral("Gold PPO"));
    CHECK(mapped.coverages[0].groupNumber == QStringLiteral("G-555"));
    CHECK(mapped.coverages[0].memberId == QStringLiteral("W123456789"));
    CHECK(mapped.coverages[0].validFrom == QDate(2025, 1, 1));
    CHECK(mapped.coverages[0].validTo == QDate(2025, 12, 31));
    CHECK(mapped.coverages[1].memberId == QStringLiteral("1EG4-TE5-MK72")); // IN1-49
    CHECK(mapped.coverages[1].source == QStringLiteral("IN1(2)"));

    SECTION("the second repetition when it carries the center's authority")
    {
        const Hl7Mapped bySsa = mapLines({header(QStringLiteral("ADT^A31")), kPid}, QStringLiteral("ssa"));
        REQUIRE(bySsa.ok());
        CHECK(bySsa.patient.mrn == QStringLiteral("900-12"));
    }
    SECTION("a coverage without a member id is refused, naming IN1-36")
    {
        const Hl7Mapped bad
            = mapLines({header(QStringLiteral("ADT^A08")), kPid, QStringLiteral("IN1|1||AET01|Aetna")});
        REQUIRE(bad.errors.size() == 1);
        CHECK(bad.errors.front().location() == QStringLiteral("IN1-36"));
        CHECK(bad.errors.front().line == 3);
    }
    SECTION("ADT events other than A04, A08, A28, A31 are refused as such")
    {
        const Hl7Mapped admit = mapLines({header(QStringLiteral("ADT^A01")), kPid});
        REQUIRE(admit.errors.size() == 1);
        CHECK(admit.errors.front().code == Hl7Error::Code::UnsupportedEvent);
        CHECK(admit.errors.front().location() == QStringLiteral("MSH-9.2"));
        CHECK(admit.errors.front().isRejection());
    }
    SECTION("no PID")
    {
        const Hl7Mapped none = mapLines({header(QStringLiteral("ADT^A04"))});
        REQUIRE(none.errors.size() == 1);
        CHECK(none.errors.front().segment == QStringLiteral("PID"));
        CHECK(none.errors.front().code == Hl7Error::Code::SegmentSequence);
    }
    SECTION("a date of birth that is not one")
    {
        const Hl7Mapped bad
            = mapLines({header(QStringLiteral("ADT^A04")), QStringLiteral("PID|1||7||A^B||19701345")});
        REQUIRE(bad.errors.size() == 1);
        CHECK(bad.errors.front().location() == QStringLiteral("PID-7.1"));
        CHECK(bad.errors.front().code == Hl7Error::Code::DataType);
    }
}

TEST_CASE("SIU precedence and events beyond the samples")
{
    const QString sch = QStringLiteral("SCH|P-1|F-1|||||Infliximab infusion||120|min|%1||||||||||||||%2");
    SECTION("S17 deletes: entered in error")
    {
        const Hl7Mapped mapped
            = mapLines({header(QStringLiteral("SIU^S17")), sch.arg(QString(), QString()), kPid});
        REQUIRE(mapped.ok());
        CHECK(mapped.appointment.action == InboundAppointment::Action::Delete);
        CHECK(mapped.appointment.status == AppointmentStatus::EnteredInError);
        CHECK(mapped.appointment.key == QStringLiteral("F-1"));
    }
    SECTION("a 2.5 message with TQ1 and AIS: TQ1-7 start, AIS-3 service, TQ1-13 duration")
    {
        const Hl7Mapped mapped = mapLines(
            {header(QStringLiteral("SIU^S12"), QStringLiteral("2.5.1")), sch.arg(QString(), QString()),
                segment(QStringLiteral("TQ1"),
                    {{1, QStringLiteral("1")}, {7, QStringLiteral("202503031400-0500")},
                        {13, QStringLiteral("90^min")}}),
                kPid, QStringLiteral("RGS|1"),
                QStringLiteral("AIS|1||INFX^Infliximab 5 mg/kg|202503031400|||90|min")});
        REQUIRE(mapped.ok());
        CHECK(mapped.appointment.startUtc == QDateTime(QDate(2025, 3, 3), QTime(19, 0), QTimeZone::utc()));
        CHECK(mapped.appointment.startSource == QStringLiteral("TQ1-7"));
        CHECK(mapped.appointment.minutes == 90);
        CHECK(mapped.appointment.minutesSource == QStringLiteral("TQ1-13"));
        CHECK(mapped.appointment.service.code == QStringLiteral("INFX"));
        CHECK(mapped.appointment.service.source == QStringLiteral("AIS-3"));
    }
    SECTION("only the AIS has the time: AIS-4, AIS-7 in hours")
    {
        const Hl7Mapped mapped = mapLines({header(QStringLiteral("SIU^S12")), QStringLiteral("SCH|P-2"), kPid,
            QStringLiteral("AIS|1||OCR^ocrelizumab|202503041000|||3.5|h")});
        REQUIRE(mapped.ok());
        CHECK(mapped.appointment.key == QStringLiteral("P-2"));
        CHECK(mapped.appointment.startSource == QStringLiteral("AIS-4"));
        CHECK(mapped.appointment.minutes == 210);
        CHECK(mapped.appointment.minutesSource == QStringLiteral("AIS-7"));
    }
    SECTION("SCH-11 durations with their unit letters, and SCH-11.5 when SCH-11.3 is empty")
    {
        const QStringList durations = {QStringLiteral("M45"), QStringLiteral("H2"), QStringLiteral("S5400")};
        const QList<int> minutes = {45, 120, 90};
        for (qsizetype i = 0; i < durations.size(); ++i) {
            const Hl7Mapped mapped = mapLines({header(QStringLiteral("SIU^S12")),
                segment(QStringLiteral("SCH"),
                    {{1, QStringLiteral("P-3")},
                        {11, QStringLiteral("^^%1^202503051000").arg(durations[i])}}),
                kPid});
            REQUIRE(mapped.ok());
            CHECK(mapped.appointment.minutes == minutes[i]);
        }
        const Hl7Mapped byEnd = mapLines({header(QStringLiteral("SIU^S12")),
            segment(QStringLiteral("SCH"),
                {{1, QStringLiteral("P-3")}, {11, QStringLiteral("^^^202503051000^202503051145")}}),
            kPid});
        REQUIRE(byEnd.ok());
        CHECK(byEnd.appointment.minutes == 105);
        CHECK(byEnd.appointment.minutesSource == QStringLiteral("SCH-11.5"));
    }
    SECTION("a booking without any start is refused, naming SCH-11.4")
    {
        const Hl7Mapped mapped
            = mapLines({header(QStringLiteral("SIU^S12")), sch.arg(QString(), QString()), kPid});
        REQUIRE(mapped.errors.size() == 1);
        CHECK(mapped.errors.front().location() == QStringLiteral("SCH-11.4"));
        CHECK(mapped.errors.front().code == Hl7Error::Code::RequiredFieldMissing);
        CHECK(mapped.errors.front().line == 2);
    }
    SECTION("a cancel needs no start")
    {
        const Hl7Mapped mapped = mapLines(
            {header(QStringLiteral("SIU^S15")), sch.arg(QString(), QStringLiteral("cancelled")), kPid});
        REQUIRE(mapped.ok());
        CHECK(mapped.appointment.status == AppointmentStatus::Cancelled);
    }
    SECTION("a unit of time that is not one, a start that is not a time, a start without a time of day")
    {
        const Hl7Mapped units = mapLines({header(QStringLiteral("SIU^S12")),
            segment(QStringLiteral("SCH"),
                {{1, QStringLiteral("P-4")}, {9, QStringLiteral("2")}, {10, QStringLiteral("fortnights")},
                    {11, QStringLiteral("^^^202503051000")}}),
            kPid});
        REQUIRE(units.errors.size() == 1);
        CHECK(units.errors.front().location() == QStringLiteral("SCH-10.1"));
        CHECK(units.errors.front().code == Hl7Error::Code::TableValue);
        const Hl7Mapped start = mapLines({header(QStringLiteral("SIU^S12")),
            segment(QStringLiteral("SCH"),
                {{1, QStringLiteral("P-4")}, {11, QStringLiteral("^^60^2025030510XX")}}),
            kPid});
        REQUIRE(start.errors.size() == 1);
        CHECK(start.errors.front().location() == QStringLiteral("SCH-11.4"));
        CHECK(start.errors.front().code == Hl7Error::Code::DataType);
        const Hl7Mapped dayOnly = mapLines({header(QStringLiteral("SIU^S12")),
            segment(
                QStringLiteral("SCH"), {{1, QStringLiteral("P-4")}, {11, QStringLiteral("^^60^20250305")}}),
            kPid});
        REQUIRE(dayOnly.errors.size() == 1);
        CHECK(dayOnly.errors.front().reason.contains(QStringLiteral("no time of day")));
    }
    SECTION("an unreadable resource time beside a good SCH-11 is a warning, not a refusal")
    {
        const Hl7Mapped mapped = mapLines({header(QStringLiteral("SIU^S12")),
            segment(QStringLiteral("SCH"),
                {{1, QStringLiteral("P-5")}, {11, QStringLiteral("^^60^202503051000")}}),
            kPid, QStringLiteral("AIL|1||CHAIR 3|||20250399")});
        REQUIRE(mapped.ok());
        REQUIRE(mapped.warnings.size() == 1);
        CHECK(mapped.warnings.front().startsWith(QStringLiteral("AIL-6 was not read")));
    }
    SECTION("no id at all")
    {
        const Hl7Mapped mapped = mapLines({header(QStringLiteral("SIU^S12")),
            segment(QStringLiteral("SCH"), {{11, QStringLiteral("^^60^202503051000")}}), kPid});
        REQUIRE(mapped.errors.size() == 1);
        CHECK(mapped.errors.front().location() == QStringLiteral("SCH-2.1"));
    }
    SECTION("SIU events not read, other message types")
    {
        const Hl7Mapped s16
            = mapLines({header(QStringLiteral("SIU^S16")), sch.arg(QString(), QString()), kPid});
        REQUIRE(s16.errors.size() == 1);
        CHECK(s16.errors.front().code == Hl7Error::Code::UnsupportedEvent);
        const Hl7Mapped oru = mapLines({header(QStringLiteral("ORU^R01")), kPid});
        REQUIRE(oru.errors.size() == 1);
        CHECK(oru.errors.front().code == Hl7Error::Code::UnsupportedMessageType);
        CHECK(oru.kind == Hl7Mapped::Kind::None);
    }
}

TEST_CASE("SCH-25 filler statuses in Chairside's terms")
{
    using S = AppointmentStatus;
    CHECK(Hl7Mapper::statusFromFillerStatus(QStringLiteral("Booked")) == S::Booked);
    CHECK(Hl7Mapper::statusFromFillerStatus(QStringLiteral("Scheduled")) == S::Booked);
    CHECK(Hl7Mapper::statusFromFillerStatus(QStringLiteral("Confirmed")) == S::Booked);
    CHECK(Hl7Mapper::statusFromFillerStatus(QStringLiteral("ARRIVED")) == S::Arrived);
    CHECK(Hl7Mapper::statusFromFillerStatus(QStringLiteral("Checked-In")) == S::CheckedIn);
    CHECK(Hl7Mapper::statusFromFillerStatus(QStringLiteral("Started")) == S::InProgress);
    CHECK(Hl7Mapper::statusFromFillerStatus(QStringLiteral("Complete")) == S::Fulfilled);
    CHECK(Hl7Mapper::statusFromFillerStatus(QStringLiteral("Canceled")) == S::Cancelled);
    CHECK(Hl7Mapper::statusFromFillerStatus(QStringLiteral("No Show")) == S::NoShow);
    CHECK(Hl7Mapper::statusFromFillerStatus(QStringLiteral("NOSHOW")) == S::NoShow);
    CHECK(Hl7Mapper::statusFromFillerStatus(QStringLiteral("Deleted")) == S::EnteredInError);
    CHECK_FALSE(Hl7Mapper::statusFromFillerStatus(QStringLiteral("Pending")).has_value());
    CHECK_FALSE(Hl7Mapper::statusFromFillerStatus(QString()).has_value());
    CHECK(Hl7Mapper::minutesPerUnit(QStringLiteral("MINUTES")) == 1.0);
    CHECK(Hl7Mapper::minutesPerUnit(QStringLiteral("hrs")) == 60.0);
    CHECK(Hl7Mapper::minutesPerUnit(QStringLiteral("weeks")) == 0.0);
}

TEST_CASE("SCH-11 durations too long to be an appointment are refused, however large")
{
    for (const QString &duration : {QStringLiteral("D99999999"), QStringLiteral("S2147483647"),
             QStringLiteral("H25"), QStringLiteral("2000"), QStringLiteral("X3")}) {
        INFO(duration.toStdString());
        const Hl7Mapped mapped = mapLines({header(QStringLiteral("SIU^S12")),
            segment(QStringLiteral("SCH"),
                {{1, QStringLiteral("P-9")}, {11, QStringLiteral("^^%1^202503051000").arg(duration)}}),
            kPid});
        REQUIRE(mapped.errors.size() == 1);
        CHECK(mapped.errors.front().location() == QStringLiteral("SCH-11.3"));
    }
}
