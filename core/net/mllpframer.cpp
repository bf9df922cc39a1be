#include "mllpframer.h"

namespace chairside {

namespace {

bool isWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

} // namespace

MllpFramer::MllpFramer(qsizetype maxFrameBytes)
    : m_maxFrameBytes(maxFrameBytes > 0 ? maxFrameBytes : kDefaultMaxFrameBytes)
{ }

void MllpFramer::reset()
{
    m_state = State::Outside;
    m_buffer.clear();
}

QByteArray MllpFramer::frame(QByteArrayView message)
{
    QByteArray framed;
    framed.reserve(message.size() + 3);
    framed.append(kStartBlock);
    framed.append(message);
    framed.append(kEndBlock);
    framed.append(kCarriageReturn);
    return framed;
}

MllpFramer::Output MllpFramer::feed(QByteArrayView bytes)
{
    Output out;
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        switch (m_state) {
        case State::Outside: {
            const qsizetype start = bytes.indexOf(kStartBlock, i);
            const qsizetype end = start < 0 ? size : start;
            for (qsizetype k = i; k < end; ++k) {
                if (!isWhitespace(bytes[k]))
                    ++out.skippedBytes;
            }
            if (start < 0)
                return out;
            m_state = State::Inside;
            m_buffer.clear();
            i = start + 1;
            break;
        }
        case State::Inside: {
            // The frame's bytes up to the first block character: an end, or a start that cuts it off.
            qsizetype stop = i;
            while (stop < size && bytes[stop] != kEndBlock && bytes[stop] != kStartBlock)
                ++stop;
            if (m_buffer.size() + (stop - i) > m_maxFrameBytes) {
                m_buffer.clear();
                m_buffer.squeeze();
                m_state = State::Discarding;
                ++out.oversizedFrames;
                break; // the same bytes are read again as discarded
            }
            m_buffer.append(bytes.sliced(i, stop - i));
            if (stop == size)
                return out;
            if (bytes[stop] == kStartBlock) {
                ++out.interruptedFrames;
                m_buffer.clear();
                i = stop + 1;
                break;
            }
            // The end block is 0x1C 0x0D; the frame ends at the 0x1C, and the CR after it is whitespace
            // outside a frame (so a sender that leaves it out is read too).
            out.messages.append(m_buffer);
            m_buffer.clear();
            m_state = State::Outside;
            i = stop + 1;
            break;
        }
        case State::Discarding: {
            qsizetype stop = i;
            while (stop < size && bytes[stop] != kEndBlock && bytes[stop] != kStartBlock)
                ++stop;
            if (stop == size)
                return out;
            m_state = bytes[stop] == kStartBlock ? State::Inside : State::Outside;
            m_buffer.clear();
            i = stop + 1;
            break;
        }
        }
    }
    return out;
}

} // namespace chairside
