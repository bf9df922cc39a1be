#pragma once

#include "hl7value.h"

#include <QString>

namespace chairside {

class Hl7Message;

/// One segment of a message, a view that lives no longer than its Hl7Message. A segment that is not
/// there (asked for by a name the message lacks) is null: every field of it is empty.
class Hl7Segment
{
public:
    Hl7Segment() = default;
    Hl7Segment(const Hl7Message *message, int index)
        : m_message(message)
        , m_index(index)
    { }

    bool isNull() const { return m_message == nullptr; }
    explicit operator bool() const { return !isNull(); }

    /// "PID"; empty when null.
    QString name() const;
    QByteArrayView nameBytes() const;
    /// The field at a 1-based position; for MSH, field 1 is the field separator and field 2 the encoding
    /// characters, as the standard numbers them.
    Hl7Value field(int position) const;
    /// The number of the last field present.
    int fieldCount() const;
    /// Which occurrence of its name in the message, from 1.
    int sequence() const;
    /// The line of the input it starts on.
    int line() const;
    /// Its place among the message's segments, from 0.
    int index() const { return m_index; }

private:
    const Hl7Message *m_message = nullptr;
    int m_index = -1;
};

} // namespace chairside
