#pragma once

#include <QString>

namespace chairside {

/// What is wrong with an HL7 v2 message, where: the segment (and which occurrence of it), the field,
/// repetition and component, the line of the file or stream it came from, and why in plain words. The
/// code is the standard's (table 0357), so an ACK can carry it.
struct Hl7Error
{
    enum class Code
    {
        SegmentSequence = 100, ///< a segment missing, misplaced or malformed
        RequiredFieldMissing = 101,
        DataType = 102, ///< a value that cannot be read as its type (a date, a number)
        TableValue = 103, ///< a code the receiver does not know (a unit, a status)
        UnsupportedMessageType = 200,
        UnsupportedEvent = 201,
        UnsupportedProcessingId = 202,
        UnsupportedVersion = 203,
        UnknownKey = 204, ///< an identifier the receiver cannot resolve (no MRN of the center's authority)
        DuplicateKey = 205,
        RecordLocked = 206,
        Internal = 207,
    };

    Code code = Code::SegmentSequence;
    QString segment; ///< "PID"; empty when the message has none to name
    int sequence = 1; ///< which occurrence of the segment, from 1
    int field = 0; ///< 0 when the whole segment is at fault
    int repetition = 0; ///< 0 when not narrowed to one
    int component = 0; ///< 0 when not narrowed to one
    int line = 0; ///< the line of the input the segment starts on, 0 when not known
    QString reason;

    /// "PID-3.1", "AIL(2)-6", "MSH"; empty when no segment is named.
    QString location() const;
    /// "PID-3.1, line 3: the MRN ... " as a log or the quarantine shows it.
    QString toString() const;
    /// The codes that refuse the message as such (an AR answer) rather than its content (AE).
    bool isRejection() const;

    static Hl7Error at(Code code, const QString &segment, int field, int component, const QString &reason);
};

} // namespace chairside
