#include "fuzzmllp.h"

#include "net/mllpframer.h"

namespace chairside::fuzz {

namespace {

constexpr qsizetype kMax = 64;

struct Totals
{
    QList<QByteArray> messages;
    qsizetype skipped = 0;
    int oversized = 0;
    int interrupted = 0;
};

bool add(Totals &totals, const MllpFramer &framer, const MllpFramer::Output &out, QString *why)
{
    totals.messages += out.messages;
    totals.skipped += out.skippedBytes;
    totals.oversized += out.oversizedFrames;
    totals.interrupted += out.interruptedFrames;
    if (framer.pendingBytes() > kMax) {
        *why = QStringLiteral("the framer keeps %1 bytes, more than the maximum").arg(framer.pendingBytes());
        return false;
    }
    return true;
}

} // namespace

bool mllp(QByteArrayView bytes, QString *why)
{
    MllpFramer whole(kMax);
    Totals once;
    if (!add(once, whole, whole.feed(bytes), why))
        return false;

    MllpFramer pieces(kMax);
    Totals split;
    const qsizetype step = bytes.isEmpty() ? 1 : 1 + static_cast<unsigned char>(bytes[0]) % 17;
    for (qsizetype i = 0; i < bytes.size(); i += step) {
        if (!add(split, pieces, pieces.feed(bytes.sliced(i, std::min(step, bytes.size() - i))), why))
            return false;
    }
    if (once.messages != split.messages || once.skipped != split.skipped || once.oversized != split.oversized
        || once.interrupted != split.interrupted || whole.inFrame() != pieces.inFrame()) {
        *why = QStringLiteral("read whole and in pieces of %1 bytes, the stream gives different frames")
                   .arg(step);
        return false;
    }
    for (const QByteArray &message : std::as_const(once.messages)) {
        if (message.size() > kMax) {
            *why = QStringLiteral("a message of %1 bytes passed the maximum").arg(message.size());
            return false;
        }
        if (message.contains(MllpFramer::kStartBlock) || message.contains(MllpFramer::kEndBlock)) {
            *why = QStringLiteral("a message holds a framing byte");
            return false;
        }
        MllpFramer again(kMax);
        const MllpFramer::Output out = again.feed(MllpFramer::frame(message));
        if (out.messages != QList<QByteArray> {message} || out.skippedBytes != 0 || again.inFrame()) {
            *why = QStringLiteral("a message framed again does not read back unchanged");
            return false;
        }
    }
    return true;
}

} // namespace chairside::fuzz
