#include "catchqstring.h"
#include "fuzzmllp.h"
#include "net/mllpframer.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

using chairside::MllpFramer;

namespace {

const QByteArray kSb(1, '\x0b');
const QByteArray kEb("\x1c\x0d", 2);

QByteArray framed(const QByteArray &message)
{
    return kSb + message + kEb;
}

MllpFramer::Output feed(MllpFramer &framer, const QByteArray &bytes)
{
    return framer.feed(QByteArrayView(bytes));
}

} // namespace

TEST_CASE("MllpFramer reads one frame, without its framing bytes")
{
    MllpFramer framer;
    const auto out = feed(framer, framed("MSH|^~\\&|A\rPID|1\r"));
    REQUIRE(out.messages == QList<QByteArray> {QByteArray("MSH|^~\\&|A\rPID|1\r")});
    REQUIRE(out.skippedBytes == 0);
    REQUIRE(out.oversizedFrames == 0);
    REQUIRE_FALSE(framer.inFrame());
}

TEST_CASE("MllpFramer reads a frame that arrives one byte at a time")
{
    MllpFramer framer;
    const QByteArray bytes = framed("MSH|^~\\&|SPLIT\rSCH|1\r");
    QList<QByteArray> messages;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto out = feed(framer, bytes.sliced(i, 1));
        messages += out.messages;
        // Nothing is given before the end block; the frame is pending until then.
        if (i + 2 < bytes.size())
            REQUIRE(messages.isEmpty());
        if (i > 0 && i < bytes.size() - 2)
            REQUIRE(framer.inFrame());
    }
    REQUIRE(messages == QList<QByteArray> {QByteArray("MSH|^~\\&|SPLIT\rSCH|1\r")});
    REQUIRE_FALSE(framer.inFrame());
}

TEST_CASE("MllpFramer reads several frames from one read, and a frame split across reads, in order")
{
    MllpFramer framer;
    const QByteArray stream = framed("one") + framed("two") + framed("three") + framed("four");
    // Split in the middle of "three".
    const qsizetype cut = stream.indexOf("thr") + 2;
    auto first = feed(framer, stream.left(cut));
    REQUIRE(first.messages == QList<QByteArray> {"one", "two"});
    REQUIRE(framer.inFrame());
    REQUIRE(framer.pendingBytes() == 2);
    auto second = feed(framer, stream.mid(cut));
    REQUIRE(second.messages == QList<QByteArray> {"three", "four"});
}

TEST_CASE("MllpFramer splits the end block across reads")
{
    MllpFramer framer;
    REQUIRE(feed(framer, kSb + "abc\x1c").messages == QList<QByteArray> {"abc"});
    const auto out = feed(framer, "\x0d");
    REQUIRE(out.messages.isEmpty());
    REQUIRE(out.skippedBytes == 0);
    REQUIRE(feed(framer, framed("def")).messages == QList<QByteArray> {"def"});
}

TEST_CASE("MllpFramer skips and counts bytes before a start block, whitespace between frames aside")
{
    MllpFramer framer;
    const auto out = feed(framer, "junk" + framed("a") + "\r\n \t" + framed("b") + "xy");
    REQUIRE(out.messages == QList<QByteArray> {"a", "b"});
    REQUIRE(out.skippedBytes == 6);
    REQUIRE_FALSE(framer.inFrame());
}

TEST_CASE("MllpFramer drops a frame larger than the maximum and reads the next one")
{
    MllpFramer framer(16);
    SECTION("in one read")
    {
        const auto out = feed(framer, framed(QByteArray(17, 'x')) + framed("after"));
        REQUIRE(out.oversizedFrames == 1);
        REQUIRE(out.messages == QList<QByteArray> {"after"});
    }
    SECTION("across many reads: counted once, and nothing of it kept")
    {
        int oversized = 0;
        QList<QByteArray> messages;
        const QByteArray stream = framed(QByteArray(100, 'y')) + framed("after");
        for (qsizetype i = 0; i < stream.size(); i += 7) {
            const auto out = feed(framer, stream.mid(i, 7));
            oversized += out.oversizedFrames;
            messages += out.messages;
            REQUIRE(framer.pendingBytes() <= 16);
        }
        REQUIRE(oversized == 1);
        REQUIRE(messages == QList<QByteArray> {"after"});
    }
    SECTION("a frame of exactly the maximum is read")
    {
        const auto out = feed(framer, framed(QByteArray(16, 'z')));
        REQUIRE(out.oversizedFrames == 0);
        REQUIRE(out.messages == QList<QByteArray> {QByteArray(16, 'z')});
    }
    SECTION("an oversized frame cut off by a new start block resynchronises on it")
    {
        const auto out = feed(framer, kSb + QByteArray(40, 'q') + framed("next"));
        REQUIRE(out.oversizedFrames == 1);
        REQUIRE(out.messages == QList<QByteArray> {"next"});
    }
}

TEST_CASE("MllpFramer drops a frame cut off by a new start block and reads the new one")
{
    MllpFramer framer;
    const auto out = feed(framer, kSb + "half of a" + framed("whole"));
    REQUIRE(out.interruptedFrames == 1);
    REQUIRE(out.messages == QList<QByteArray> {"whole"});
}

TEST_CASE("MllpFramer ends a frame at 0x1C when the sender leaves out the CR")
{
    MllpFramer framer;
    const auto out = feed(framer, kSb + "a\x1c" + kSb + "b\x1c");
    REQUIRE(out.messages == QList<QByteArray> {"a", "b"});
    REQUIRE(out.skippedBytes == 0);
}

TEST_CASE("MllpFramer reset forgets an unfinished frame")
{
    MllpFramer framer;
    REQUIRE(feed(framer, kSb + "unfinished").messages.isEmpty());
    REQUIRE(framer.inFrame());
    framer.reset();
    REQUIRE_FALSE(framer.inFrame());
    const auto out = feed(framer, "rest" + kEb + framed("next"));
    REQUIRE(out.messages == QList<QByteArray> {"next"});
    REQUIRE(out.skippedBytes == 5); // "rest" and the lone 0x1C
}

TEST_CASE("MllpFramer frame wraps a message and reads back the same bytes, binary and empty included")
{
    const QByteArray message = QByteArray("MSH|^~\\&|\xc3\xa9\r", 12) + QByteArray(1, '\0');
    REQUIRE(MllpFramer::frame(message) == framed(message));
    MllpFramer framer;
    REQUIRE(feed(framer, MllpFramer::frame(message)).messages == QList<QByteArray> {message});
    REQUIRE(feed(framer, MllpFramer::frame({})).messages == QList<QByteArray> {QByteArray()});
}

TEST_CASE("MllpFramer fuzz property holds on the samples framed, torn and glued together")
{
    QList<QByteArray> inputs;
    const QDir samples(QStringLiteral(CHAIRSIDE_INTEROP_SAMPLES));
    QByteArray glued;
    for (const QString &name : samples.entryList({QStringLiteral("*.hl7")}, QDir::Files, QDir::Name)) {
        QFile file(samples.filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray framedSample = framed(file.readAll());
        inputs << framedSample << framedSample.left(framedSample.size() / 2) << "junk" + framedSample;
        glued += framedSample;
    }
    inputs << glued << kSb + kSb + kEb + kEb << QByteArray(1, '\x01') + kSb + QByteArray(100, 'x') + kEb;
    for (const QByteArray &input : std::as_const(inputs)) {
        QString why;
        const bool held = chairside::fuzz::mllp(input, &why);
        INFO(why.toStdString());
        REQUIRE(held);
    }
}
