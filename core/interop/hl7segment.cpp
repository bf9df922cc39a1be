#include "hl7segment.h"

#include "hl7message.h"

namespace chairside {

QString Hl7Segment::name() const
{
    return m_message ? QString::fromLatin1(nameBytes()) : QString();
}

QByteArrayView Hl7Segment::nameBytes() const
{
    return m_message ? m_message->m_segments[std::size_t(m_index)].name : QByteArrayView();
}

Hl7Value Hl7Segment::field(int position) const
{
    if (!m_message || position < 1)
        return {};
    const auto &entry = m_message->m_segments[std::size_t(m_index)];
    if (position > entry.fieldCount)
        return Hl7Value({}, &m_message->m_encoding, Hl7Value::Level::Field);
    const bool literal = position <= 2 && entry.name == QByteArrayView("MSH");
    return Hl7Value(m_message->m_fields[std::size_t(entry.firstField) + std::size_t(position)],
        &m_message->m_encoding, Hl7Value::Level::Field, literal);
}

int Hl7Segment::fieldCount() const
{
    return m_message ? m_message->m_segments[std::size_t(m_index)].fieldCount : 0;
}

int Hl7Segment::sequence() const
{
    return m_message ? m_message->m_segments[std::size_t(m_index)].sequence : 0;
}

int Hl7Segment::line() const
{
    return m_message ? m_message->m_segments[std::size_t(m_index)].line : 0;
}

} // namespace chairside
