#include "catchqstring.h"
#include "interop/hl7ack.h"
#include "interop/hl7batch.h"
#include "interop/hl7mapper.h"
#include "interophelpers.h"

#include <QTimeZone>

using namespace chairside;

namespace {

Hl7Ack::Options options()
{
    Hl7Ack::Options o;
    o.controlId = QStringLiteral("CS-1");
    o.nowUtc = QDateTime(QDate(2025, 3, 1), QTime(13, 30, 5), QTimeZone::utc());
    o.zone = QTimeZone("America/New_York");
    return o;
}

Hl7Message first(const char *name)
{
    Hl7Batch batch = Hl7Batch::split(test::sample(name));
    REQUIRE(batch.messages.size() == 1);
    return batch.messages.front();
}

} // namespace

TEST_CASE("ACK for 2.2: MSH-9 ACK alone, applications swapped, MSA AA with the control id")
{
    const Hl7Message message = first("siu-s12-athena-v2.2.hl7");
    const QByteArray bytes = Hl7Ack::build(message, Hl7Ack::Code::Accept, options());
    CHECK(bytes.endsWith('\r'));
    CHECK_FALSE(bytes.contains('\n'));
    const Hl7Message ack = Hl7Message::parse(bytes);
    REQUIRE(ack.isValid());
    CHECK(ack.text("MSH-3") == QStringLiteral("ATHENA"));
    CHECK(ack.text("MSH-4").isEmpty());
    CHECK(ack.text("MSH-5") == QStringLiteral("ATHENANET"));
    CHECK(ack.value("MSH-6").raw() == QByteArrayView("235^TESTPRACTIVE"));
    CHECK(ack.text("MSH-7") == QStringLiteral("20250301083005-0500"));
    CHECK(ack.value("MSH-9").raw() == QByteArrayView("ACK"));
    CHECK(ack.controlId() == QStringLiteral("CS-1"));
    CHECK(ack.processingId() == QStringLiteral("T"));
    CHECK(ack.version() == QStringLiteral("2.2"));
    CHECK(ack.text("MSA-1") == QStringLiteral("AA"));
    CHECK(ack.text("MSA-2") == QStringLiteral("501"));
    CHECK(ack.segmentCount() == 2);
}

TEST_CASE("ACK for 2.3: MSH-9 ACK^S14, our name where the sender named no receiver")
{
    const Hl7Message message = first("siu-s14-corepoint-v2.3.hl7");
    const Hl7Message ack = Hl7Message::parse(Hl7Ack::build(message, Hl7Ack::Code::Accept, options()));
    REQUIRE(ack.isValid());
    CHECK(ack.value("MSH-9").raw() == QByteArrayView("ACK^S14"));
    CHECK(ack.text("MSH-3") == QStringLiteral("CHAIRSIDE"));
    CHECK(ack.text("MSH-4") == QStringLiteral("MED2000"));
    CHECK(ack.text("MSH-5") == QStringLiteral("GPMS"));
    CHECK(ack.text("MSA-2") == QStringLiteral("20080306953450"));
}

TEST_CASE("ACK for 2.4 with errors: MSH-9 ACK^S26^ACK, MSA AE with text, ERR-1 per error")
{
    const Hl7Message message = first("siu-s26-blt-v2.4.hl7");
    Hl7MappingOptions mapping;
    mapping.mrnAuthority = QStringLiteral("KCH");
    const Hl7Mapped mapped = Hl7Mapper::map(message, mapping);
    REQUIRE(mapped.errors.size() == 1);
    const Hl7Ack::Code code = Hl7Ack::codeFor(mapped.errors);
    CHECK(code == Hl7Ack::Code::Error);
    QList<Hl7Error> errors = mapped.errors;
    errors.append(Hl7Error::at(Hl7Error::Code::RequiredFieldMissing, QStringLiteral("SCH"), 2, 1,
        QStringLiteral("a second | error ^ with & delimiters")));
    const Hl7Message ack = Hl7Message::parse(Hl7Ack::build(message, code, options(), {}, errors));
    REQUIRE(ack.isValid());
    CHECK(ack.value("MSH-9").raw() == QByteArrayView("ACK^S26^ACK"));
    CHECK(ack.version() == QStringLiteral("2.4"));
    CHECK(ack.text("MSA-1") == QStringLiteral("AE"));
    CHECK(ack.text("MSA-2") == QStringLiteral("Q166123117"));
    CHECK(ack.text("MSA-3") == mapped.errors.front().toString());
    CHECK(ack.text("MSA-3").contains(QStringLiteral("Dover")));
    REQUIRE(ack.segments("ERR").size() == 1);
    const Hl7Value err1 = ack.segment("ERR").field(1);
    REQUIRE(err1.repetitionCount() == 2);
    CHECK(err1.repetition(1).raw() == QByteArrayView("PID^1^3^204&Unknown key identifier&HL70357"));
    CHECK(err1.repetition(2).component(1).text() == QStringLiteral("SCH"));
    CHECK(err1.repetition(2).component(3).text() == QStringLiteral("2"));
    CHECK(err1.repetition(2).component(4).subComponent(1).text() == QStringLiteral("101"));
}

TEST_CASE(
    "ACK for 2.5 and 2.5.1: one ERR per error with ERR-2 location, ERR-3 code, ERR-4 severity, ERR-8 text")
{
    for (const QString &version : {QStringLiteral("2.5"), QStringLiteral("2.5.1")}) {
        const QByteArray bytes = test::hl7(
            {QStringLiteral("MSH|^~\\&|EHR|HOSP|CS|INF|20250301||SIU^S12^SIU_S12|M-9|P|") + version,
                QStringLiteral("SCH|1")});
        const Hl7Message message = Hl7Message::parse(bytes);
        REQUIRE(message.isValid());
        Hl7Error error = Hl7Error::at(Hl7Error::Code::UnknownKey, QStringLiteral("PID"), 3, 4,
            QStringLiteral("No identifier of the center's authority \"KCH\" in PID-3 (it names Dover)."));
        const Hl7Error second = Hl7Error::at(
            Hl7Error::Code::SegmentSequence, QStringLiteral("RGS"), 0, 0, QStringLiteral("missing"));
        const Hl7Message ack = Hl7Message::parse(Hl7Ack::build(
            message, Hl7Ack::Code::Error, options(), QStringLiteral("Not applied"), {error, second}));
        REQUIRE(ack.isValid());
        CHECK(ack.version() == version);
        CHECK(ack.value("MSH-9").raw() == QByteArrayView("ACK^S12^ACK"));
        CHECK(ack.text("MSA-3") == QStringLiteral("Not applied"));
        const QList<Hl7Segment> errs = ack.segments("ERR");
        REQUIRE(errs.size() == 2);
        CHECK(errs[0].field(1).isEmpty());
        CHECK(errs[0].field(2).raw() == QByteArrayView("PID^1^3^1^4"));
        CHECK(errs[0].field(3).raw() == QByteArrayView("204^Unknown key identifier^HL70357"));
        CHECK(errs[0].field(4).text() == QStringLiteral("E"));
        CHECK(errs[0].field(8).text() == error.reason);
        CHECK(errs[1].field(2).raw() == QByteArrayView("RGS^1"));
        CHECK(errs[1].field(3).component(1).text() == QStringLiteral("100"));
    }
}

TEST_CASE("ACK codes: AR for what is refused as such, AE for content, AA for none")
{
    CHECK(Hl7Ack::codeFor({}) == Hl7Ack::Code::Accept);
    const Hl7Error content
        = Hl7Error::at(Hl7Error::Code::DataType, QStringLiteral("PID"), 7, 1, QStringLiteral("x"));
    const Hl7Error type = Hl7Error::at(
        Hl7Error::Code::UnsupportedMessageType, QStringLiteral("MSH"), 9, 1, QStringLiteral("y"));
    CHECK(Hl7Ack::codeFor({content}) == Hl7Ack::Code::Error);
    CHECK(Hl7Ack::codeFor({content, type}) == Hl7Ack::Code::Reject);

    const Hl7Message oru
        = Hl7Message::parse(test::hl7({QStringLiteral("MSH|^~\\&|LAB|H|CS|I|2025||ORU^R01|R-1|P|2.3.1")}));
    const Hl7Mapped mapped = Hl7Mapper::map(oru, {});
    const Hl7Message ack
        = Hl7Message::parse(Hl7Ack::build(oru, Hl7Ack::codeFor(mapped.errors), options(), {}, mapped.errors));
    CHECK(ack.text("MSA-1") == QStringLiteral("AR"));
    CHECK(ack.value("ERR-1").raw() == QByteArrayView("MSH^1^9^200&Unsupported message type&HL70357"));
}

TEST_CASE("ACK text is escaped for the delimiters and read back whole, the sender's own delimiters undone")
{
    const QByteArray bytes = "MSH#$*@%#APP#FAC$X%Y#CS#INF#2025##ADT$A08#Z-1#P#2.4\r";
    const Hl7Message message = Hl7Message::parse(bytes);
    REQUIRE(message.isValid());
    const QString text = QStringLiteral("PID-5 | \"A^B\" ~ C & D \\ E\nnext line");
    const Hl7Message ack = Hl7Message::parse(Hl7Ack::build(message, Hl7Ack::Code::Error, options(), text));
    REQUIRE(ack.isValid());
    CHECK(ack.text("MSA-3") == text);
    CHECK(ack.segmentCount() == 2);
    // The sender's facility keeps its components and sub-components, in the standard delimiters.
    CHECK(ack.value("MSH-6").raw() == QByteArrayView("FAC^X&Y"));
    CHECK(ack.value("MSH-9").raw() == QByteArrayView("ACK^A08^ACK"));
}

TEST_CASE("ACK for a message whose header could not be read still parses")
{
    const Hl7Message garbage = Hl7Message::parse(QByteArray("not hl7 at all"));
    REQUIRE_FALSE(garbage.isValid());
    const Hl7Message ack = Hl7Message::parse(
        Hl7Ack::build(garbage, Hl7Ack::codeFor(garbage.errors()), options(), {}, garbage.errors()));
    REQUIRE(ack.isValid());
    CHECK(ack.text("MSA-1") == QStringLiteral("AE"));
    CHECK(ack.text("MSA-2").isEmpty());
    CHECK(ack.version() == QStringLiteral("2.5.1"));
    CHECK(ack.text("ERR-2.1") == QStringLiteral("MSH"));
    CHECK(ack.text("ERR-3.1") == QStringLiteral("100"));
}
