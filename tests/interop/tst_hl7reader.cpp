#include "catchqstring.h"
#include "interop/hl7batch.h"
#include "interop/hl7message.h"
#include "interop/hl7time.h"
#include "interophelpers.h"

#include <QTimeZone>

using namespace chairside;
using chairside::test::hl7;

namespace {

const QString kHeader = QStringLiteral("MSH|^~\\&|SEND|FAC|RECV|RFAC|20250301083000||SIU^S12|C1|P|2.4");

} // namespace

TEST_CASE("HL7 escape sequences decode to the delimiters, hex bytes and line breaks")
{
    const Hl7Message message
        = Hl7Message::parse(hl7({kHeader, QStringLiteral(R"(NTE|1||a\F\b\S\c\T\d\R\e\E\f\X41\)"),
            QStringLiteral(R"(NTE|2||\H\bold\N\ and\.br\next \Zlocal\\Cxxyy\done)"),
            QStringLiteral(R"(NTE|3||open \F and half)"), QStringLiteral(R"(NTE|4||\X4\ odd \XZZ\ hex)")}));
    REQUIRE(message.isValid());
    CHECK(message.text("NTE-3") == QStringLiteral("a|b^c&d~e\\fA"));
    // Highlighting, local and character-set escapes are dropped; .br is a line break.
    CHECK(message.text("NTE(2)-3") == QStringLiteral("bold and\nnext done"));
    // An escape character that opens no sequence is kept as sent.
    CHECK(message.text("NTE(3)-3") == QStringLiteral("open \\F and half"));
    // Malformed hex is dropped, not guessed.
    CHECK(message.text("NTE(4)-3") == QStringLiteral(" odd  hex"));
    // The raw bytes keep the escapes; escaped delimiters do not split.
    CHECK(message.value("NTE-3").raw() == QByteArrayView(R"(a\F\b\S\c\T\d\R\e\E\f\X41\)"));
    CHECK(message.value("NTE-3").componentCount() == 1);
    CHECK(message.value("NTE-3").repetitionCount() == 1);
}

TEST_CASE("HL7 explicit null differs from empty and absent")
{
    const Hl7Message message = Hl7Message::parse(hl7({kHeader, QStringLiteral("PID|1||\"\"||^\"\"^X|")}));
    REQUIRE(message.isValid());
    const Hl7Segment pid = message.segment("PID");
    CHECK(pid.field(3).isNull());
    CHECK_FALSE(pid.field(3).isEmpty());
    CHECK_FALSE(pid.field(3).hasValue());
    CHECK(pid.field(3).text().isEmpty());
    CHECK(pid.field(4).isEmpty());
    CHECK_FALSE(pid.field(4).isNull());
    CHECK(pid.field(40).isEmpty());
    CHECK_FALSE(pid.field(5).isNull());
    CHECK(pid.field(5).component(1).isEmpty());
    CHECK(pid.field(5).component(2).isNull());
    CHECK(pid.field(5).component(3).text() == QStringLiteral("X"));
    // Trailing empty fields are not counted.
    CHECK(pid.fieldCount() == 5);
}

TEST_CASE("HL7 repetitions, components and sub-components by position and by path")
{
    const Hl7Message message = Hl7Message::parse(
        hl7({kHeader, QStringLiteral("PID|1||111^^^HOSP&1.2.3&ISO^MR~222^^^LAB^PI||Doe^Jane")}));
    REQUIRE(message.isValid());
    const Hl7Value ids = message.segment("PID").field(3);
    CHECK(ids.repetitionCount() == 2);
    CHECK(ids.repetition(2).component(1).text() == QStringLiteral("222"));
    CHECK(
        ids.component(1).text() == QStringLiteral("111")); // a field's components are its first repetition's
    CHECK(ids.repetition(1).component(4).subComponentCount() == 3);
    CHECK(ids.repetition(1).component(4).subComponent(2).text() == QStringLiteral("1.2.3"));
    CHECK(message.text("PID-3.1") == QStringLiteral("111"));
    CHECK(message.text("PID-3(2).4") == QStringLiteral("LAB"));
    CHECK(message.text("PID-3[2].5") == QStringLiteral("PI"));
    CHECK(message.text("PID-3.4.2") == QStringLiteral("1.2.3"));
    CHECK(message.text("PID-3-4-3") == QStringLiteral("ISO"));
    CHECK(message.text("PID-5.2") == QStringLiteral("Jane"));
    CHECK(message.text("PID(1)-5.1") == QStringLiteral("Doe"));
    // Past the end, an absent segment, or a malformed path: empty, never an error.
    CHECK(message.text("PID-3(3).1").isEmpty());
    CHECK(message.text("PV1-3").isEmpty());
    CHECK(message.text("PID(2)-3").isEmpty());
    CHECK(message.value("PID-x").isEmpty());
    CHECK(message.value("PID-3(0)").isEmpty());
    CHECK(message.value("PID-3.1.2.3").isEmpty());
    // MSH-1 and MSH-2 are the delimiters themselves.
    CHECK(message.text("MSH-1") == QStringLiteral("|"));
    CHECK(message.text("MSH-2") == QStringLiteral("^~\\&"));
    CHECK(message.text("MSH-9.2") == QStringLiteral("S12"));
    CHECK(message.controlId() == QStringLiteral("C1"));
    CHECK(message.versionNumber() == 240);
}

TEST_CASE("HL7 delimiters come from MSH-1 and MSH-2, whatever they are")
{
    const Hl7Message message = Hl7Message::parse(QByteArray(
        "MSH#$*@%#SEND#FAC#RECV#RFAC#20250301##SIU$S12#C2#P#2.3.1\rPID#1##9$$$A%B*10$$$C#x@F@y\r"));
    REQUIRE(message.isValid());
    CHECK(message.encoding().field == '#');
    CHECK(message.encoding().component == '$');
    CHECK(message.encoding().repetition == '*');
    CHECK(message.encoding().escape == '@');
    CHECK(message.encoding().subComponent == '%');
    CHECK(message.messageType() == QStringLiteral("SIU"));
    CHECK(message.text("PID-3(1).4.2") == QStringLiteral("B"));
    CHECK(message.text("PID-3(2).4") == QStringLiteral("C"));
    CHECK(message.text("PID-4") == QStringLiteral("x#y"));
}

TEST_CASE("HL7 segments may end in CR, LF or CRLF, with the same values and line numbers")
{
    const QStringList segments
        = {kHeader, QStringLiteral("PID|1||42"), QStringLiteral("bad line"), QStringLiteral("PV1|1|O|ward")};
    for (const QByteArray &end : {QByteArray("\r"), QByteArray("\n"), QByteArray("\r\n")}) {
        QByteArray bytes = segments.join(QString::fromLatin1(end)).toUtf8() + end;
        const Hl7Message message = Hl7Message::parse(bytes);
        CHECK(message.segmentCount() == 3);
        CHECK(message.text("PID-3") == QStringLiteral("42"));
        CHECK(message.text("PV1-3") == QStringLiteral("ward"));
        CHECK(message.segment("PV1").line() == 4);
        REQUIRE(message.errors().size() == 1);
        CHECK(message.errors().front().line == 3);
        CHECK(message.errors().front().reason.contains(QStringLiteral("bad line")));
    }
}

TEST_CASE("HL7 header errors name MSH and the field")
{
    SECTION("not starting with MSH")
    {
        const Hl7Message message = Hl7Message::parse(QByteArray("PID|1||42\r"));
        REQUIRE(message.errors().size() == 1);
        CHECK(message.errors().front().segment == QStringLiteral("MSH"));
        CHECK(message.errors().front().reason.contains(QStringLiteral("does not start with an MSH")));
    }
    SECTION("encoding characters that repeat")
    {
        const Hl7Message message = Hl7Message::parse(QByteArray("MSH|^^\\&|A|B\r"));
        REQUIRE(message.errors().size() == 1);
        CHECK(message.errors().front().location() == QStringLiteral("MSH-2"));
    }
    SECTION("a letter as the field separator")
    {
        const Hl7Message message = Hl7Message::parse(QByteArray("MSHA^~\\&A\r"));
        REQUIRE(message.errors().size() == 1);
        CHECK(message.errors().front().location() == QStringLiteral("MSH-1"));
    }
    SECTION("no control id, no type, an old version")
    {
        const Hl7Message message = Hl7Message::parse(QByteArray("MSH|^~\\&|A|B|C|D|2025||||P|2.1\r"));
        QStringList where;
        for (const Hl7Error &error : message.errors())
            where.append(error.location());
        CHECK(where
            == QStringList {QStringLiteral("MSH-9.1"), QStringLiteral("MSH-10"), QStringLiteral("MSH-12")});
        CHECK(message.errors().back().code == Hl7Error::Code::UnsupportedVersion);
        CHECK(message.errors().back().isRejection());
        CHECK(message.errors().front().toString().startsWith(QStringLiteral("MSH-9.1, line 1: ")));
    }
    SECTION("nothing at all")
    {
        const Hl7Message message = Hl7Message::parse(QByteArray());
        REQUIRE(message.errors().size() == 1);
        CHECK(message.errors().front().reason == QStringLiteral("The message is empty."));
    }
}

TEST_CASE("HL7 text is Latin-1 or UTF-8 as MSH-18 says, else as the bytes say")
{
    SECTION("declared 8859/1")
    {
        const QByteArray bytes
            = "MSH|^~\\&|A|B|C|D|2025||ADT^A08|L1|P|2.4||||||8859/1\rPID|1||7||M\xfcller^J\xf6rg\r";
        const Hl7Message message = Hl7Message::parse(bytes);
        REQUIRE(message.isValid());
        CHECK(message.encoding().charset == Hl7Encoding::Charset::Latin1);
        CHECK(message.text("PID-5.1") == QStringLiteral("M\u00fcller"));
        CHECK(message.text("PID-5.2") == QStringLiteral("J\u00f6rg"));
    }
    SECTION("undeclared, not UTF-8: Latin-1")
    {
        const QByteArray bytes = "MSH|^~\\&|A|B|C|D|2025||ADT^A08|L2|P|2.3\rPID|1||7||Fran\xe7ois\r";
        const Hl7Message message = Hl7Message::parse(bytes);
        CHECK(message.encoding().charset == Hl7Encoding::Charset::Latin1);
        CHECK(message.text("PID-5") == QStringLiteral("Fran\u00e7ois"));
    }
    SECTION("declared UTF-8, and UTF-8 undeclared")
    {
        for (const QByteArray &charset : {QByteArray("UNICODE UTF-8"), QByteArray()}) {
            const QByteArray bytes
                = "MSH|^~\\&|A|B|C|D|2025||ADT^A08|L3|P|2.5||||||" + charset + "\rPID|1||7||M\xc3\xbcller\r";
            const Hl7Message message = Hl7Message::parse(bytes);
            CHECK(message.encoding().charset == Hl7Encoding::Charset::Utf8);
            CHECK(message.text("PID-5") == QStringLiteral("M\u00fcller"));
            CHECK(message.warnings().isEmpty());
        }
    }
    SECTION("declared UTF-8 but not: Latin-1, with a warning")
    {
        const QByteArray bytes
            = "MSH|^~\\&|A|B|C|D|2025||ADT^A08|L4|P|2.5||||||UNICODE UTF-8\rPID|1||7||G\xe9rard\r";
        const Hl7Message message = Hl7Message::parse(bytes);
        CHECK(message.text("PID-5") == QStringLiteral("G\u00e9rard"));
        REQUIRE(message.warnings().size() == 1);
        CHECK(message.warnings().front().contains(QStringLiteral("not valid UTF-8")));
    }
    SECTION("a hex escape in a Latin-1 message")
    {
        const QByteArray bytes
            = "MSH|^~\\&|A|B|C|D|2025||ADT^A08|L5|P|2.4||||||8859/1\rPID|1||7||M\\XFC\\ller\r";
        CHECK(Hl7Message::parse(bytes).text("PID-5") == QStringLiteral("M\u00fcller"));
    }
}

TEST_CASE("HL7 files split into messages: several, MLLP frames, batches")
{
    const QByteArray one = hl7({kHeader, QStringLiteral("PID|1||1")});
    const QByteArray two = hl7({QString(kHeader).replace(QStringLiteral("|C1|"), QStringLiteral("|C2|")),
        QStringLiteral("PID|1||2")});

    SECTION("one after another, blank lines between")
    {
        const Hl7Batch batch = Hl7Batch::split(one + "\n\n" + two);
        REQUIRE(batch.messages.size() == 2);
        CHECK(batch.errors.isEmpty());
        CHECK(batch.messages[0].text("PID-3") == QStringLiteral("1"));
        CHECK(batch.messages[1].controlId() == QStringLiteral("C2"));
        CHECK(batch.messages[1].firstLine() == 4); // the CR ending PID and the LF after it are one CRLF
    }
    SECTION("MLLP frames")
    {
        const QByteArray framed = "\x0b" + one + "\x1c\r" + "\x0b" + two + "\x1c\r";
        const Hl7Batch batch = Hl7Batch::split(framed);
        REQUIRE(batch.messages.size() == 2);
        CHECK(batch.errors.isEmpty());
        CHECK(batch.messages[0].isValid());
        CHECK(batch.messages[1].text("PID-3") == QStringLiteral("2"));
        CHECK(batch.messages[0].segmentCount() == 2);
    }
    SECTION("FHS/BHS batch with a right count")
    {
        const QByteArray file = "FHS|^~\\&|SEND\rBHS|^~\\&|SEND\r" + one + two + "BTS|2\rFTS|1\r";
        const Hl7Batch batch = Hl7Batch::split(file);
        REQUIRE(batch.messages.size() == 2);
        CHECK(batch.errors.isEmpty());
        CHECK(batch.warnings.isEmpty());
        CHECK(batch.messages[1].segmentCount() == 2); // BTS is not part of the last message
        CHECK(batch.messages[0].firstLine() == 3);
    }
    SECTION("a batch trailer that miscounts")
    {
        const Hl7Batch batch = Hl7Batch::split("BHS|^~\\&\r" + one + "BTS|3\r");
        REQUIRE(batch.messages.size() == 1);
        REQUIRE(batch.warnings.size() == 1);
        CHECK(batch.warnings.front().contains(QStringLiteral("counts 3 messages, but 1")));
    }
    SECTION("text before the first message is reported once, with its line")
    {
        const Hl7Batch batch = Hl7Batch::split("hello\nworld\n" + one);
        REQUIRE(batch.messages.size() == 1);
        REQUIRE(batch.errors.size() == 1);
        CHECK(batch.errors.front().line == 1);
    }
    SECTION("every sample, concatenated")
    {
        QByteArray file;
        const QStringList names = test::sampleNames(QStringLiteral(".hl7"));
        for (const QString &name : names)
            file += test::sample(name.toLatin1().constData());
        const Hl7Batch batch = Hl7Batch::split(file);
        REQUIRE(batch.messages.size() == names.size());
        for (const Hl7Message &message : batch.messages)
            CHECK(message.isValid());
    }
}

TEST_CASE("HL7 timestamps: precision, offsets, the sender's zone")
{
    const QTimeZone newYork("America/New_York");
    SECTION("minute precision, no offset: the sender's wall clock")
    {
        const Hl7Time time = Hl7Time::parse(u"200403221540", newYork);
        REQUIRE(time.isValid());
        CHECK(time.precision == Hl7Time::Precision::Minute);
        CHECK_FALSE(time.hadOffset);
        CHECK(time.utc == QDateTime(QDate(2004, 3, 22), QTime(20, 40), QTimeZone::utc()));
    }
    SECTION("an offset wins over the zone")
    {
        const Hl7Time time = Hl7Time::parse(u"20240601083000.25+0200", newYork);
        REQUIRE(time.isValid());
        CHECK(time.precision == Hl7Time::Precision::Fraction);
        CHECK(time.hadOffset);
        CHECK(time.utc == QDateTime(QDate(2024, 6, 1), QTime(6, 30, 0, 250), QTimeZone::utc()));
    }
    SECTION("trailing spaces are tolerated, day precision")
    {
        const Hl7Time time = Hl7Time::parse(u"20080306 ", QTimeZone::utc());
        CHECK(time.isValid());
        CHECK(time.precision == Hl7Time::Precision::Day);
    }
    SECTION("a wall time the clocks skip is an error")
    {
        const Hl7Time time = Hl7Time::parse(u"202403100230", newYork);
        CHECK_FALSE(time.isValid());
        CHECK(time.error.contains(QStringLiteral("does not exist")));
    }
    SECTION("a wall time the clocks pass twice is the first")
    {
        const Hl7Time time = Hl7Time::parse(u"202411030130", newYork);
        REQUIRE(time.isValid());
        CHECK(time.utc == QDateTime(QDate(2024, 11, 3), QTime(5, 30), QTimeZone::utc()));
    }
    SECTION("unreadable")
    {
        for (const QString &text : {QStringLiteral("2024-11-03"), QStringLiteral("20241332"),
                 QStringLiteral("202411031"), QStringLiteral("20241103+05"), QStringLiteral("2024110312.5"),
                 QStringLiteral("20241103126199")}) {
            const Hl7Time time = Hl7Time::parse(text, newYork);
            CHECK_FALSE(time.isValid());
            CHECK(time.error.contains(text));
        }
    }
    SECTION("dates, with or without a time after them")
    {
        CHECK(hl7Date(u"19820101") == QDate(1982, 1, 1));
        CHECK(hl7Date(u"20241104143500") == QDate(2024, 11, 4));
        QString why;
        CHECK_FALSE(hl7Date(u"19821301", &why).isValid());
        CHECK(why.contains(QStringLiteral("19821301")));
        CHECK_FALSE(hl7Date(u"1982").isValid());
    }
    SECTION("written back with the offset")
    {
        const QDateTime instant(QDate(2025, 1, 15), QTime(14, 5, 9), QTimeZone::utc());
        CHECK(hl7Timestamp(instant, newYork) == QStringLiteral("20250115090509-0500"));
        CHECK(hl7Timestamp(instant, QTimeZone::utc()) == QStringLiteral("20250115140509+0000"));
    }
}

TEST_CASE("HL7 a second MSH inside one message is an error on its line, not a second header")
{
    // Found by fuzz_hl7: a bare "MSH" line was read as a header with its delimiter fields past the line's
    // end.
    for (const QByteArray &stray :
        {QByteArray("MSH"), QByteArray("MSH|^~\\&|X|Y|Z|W|2025||ADT^A08|2|P|2.4")}) {
        const Hl7Message message
            = Hl7Message::parse("MSH|^~\\&|A|B|C|D|2025||SIU^S12|1|P|2.4\rSCH|1\r" + stray + "\rPID|1||2\r");
        REQUIRE(message.errors().size() == 1);
        CHECK(message.errors().front().line == 3);
        CHECK(message.errors().front().location() == QStringLiteral("MSH(2)"));
        CHECK(message.text("PID-3") == QStringLiteral("2"));
        CHECK(message.segments("MSH").size() == 1);
    }
}
