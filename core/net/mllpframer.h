#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace chairside {

/// MLLP (the HL7 minimal lower layer protocol) framing: a message travels as 0x0B, its bytes, 0x1C 0x0D.
///
/// The framer reads a stream as it arrives: feed() takes whatever a read returned (part of a frame,
/// several frames, or both) and gives back every message completed by it, in order, without the framing
/// bytes. Bytes outside a frame are skipped (whitespace between frames silently, anything else counted
/// in skippedBytes). A frame that grows past the maximum is dropped whole: its bytes are discarded until
/// its end block (or the next start block) and it is counted once in oversizedFrames. A start block
/// inside a frame means the sender started over: the unfinished frame is dropped and counted in
/// interruptedFrames. The frame ends at its 0x1C: the 0x0D after it is whitespace outside a frame, so a
/// sender that leaves the CR out is read as well.
class MllpFramer final
{
public:
    static constexpr char kStartBlock = 0x0B;
    static constexpr char kEndBlock = 0x1C;
    static constexpr char kCarriageReturn = 0x0D;
    static constexpr qsizetype kDefaultMaxFrameBytes = 4 * 1024 * 1024;

    /// What one feed() gave.
    struct Output
    {
        QList<QByteArray> messages;
        qsizetype skippedBytes = 0; ///< bytes outside a frame, whitespace aside
        int oversizedFrames = 0; ///< frames that passed the maximum and are being, or were, dropped
        int interruptedFrames = 0; ///< frames cut off by a new start block
    };

    explicit MllpFramer(qsizetype maxFrameBytes = kDefaultMaxFrameBytes);

    Output feed(QByteArrayView bytes);

    /// A frame is begun and not finished: the bytes of an unfinished frame are waiting.
    bool inFrame() const { return m_state != State::Outside; }
    /// The bytes kept of the unfinished frame (0 while an oversized one is discarded).
    qsizetype pendingBytes() const { return m_buffer.size(); }
    qsizetype maxFrameBytes() const { return m_maxFrameBytes; }

    /// Forgets an unfinished frame: the next byte is read as outside a frame.
    void reset();

    /// The message in its frame.
    static QByteArray frame(QByteArrayView message);

private:
    enum class State
    {
        Outside,
        Inside,
        Discarding, ///< an oversized frame, until its end
    };

    State m_state = State::Outside;
    QByteArray m_buffer;
    qsizetype m_maxFrameBytes;
};

} // namespace chairside
