#pragma once

#include "hl7encoding.h"
#include "hl7error.h"
#include "hl7segment.h"
#include "hl7value.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace chairside {

/// One HL7 v2 message (versions 2.2 to 2.5.1 and the 2.x after them), read once into offsets: the
/// message keeps its bytes (shared, not copied, with the buffer it was read from) and an index of its
/// segments and fields; components, repetitions and escapes are resolved only when a value is asked
/// for.
///
/// Reading never throws. What is wrong is in errors(), each naming the segment, field and line; what is
/// odd but readable (an undeclared character set guessed, an unknown segment name kept) in warnings().
///
/// Segments may end in CR (the standard), LF or CRLF; blank lines and MLLP framing bytes are skipped.
/// Values are reached by position:
///
///     msg.segment("PID").field(3).repetition(2).component(1)
///
/// or by a terse path, `SEG[(occurrence)]-FIELD[(repetition)][.COMPONENT[.SUBCOMPONENT]]`:
///
///     msg.value("PID-3(2).1"), msg.value("AIL(2)-6"), msg.value("PID-3.4.2")
///
/// (a '-' may stand for a '.' after the field, as in "PID-3-1"). A path that does not parse, or names a
/// segment or position that is not there, gives an empty value.
class Hl7Message
{
public:
    Hl7Message() = default;

    /// Reads the message in bytes[from, to), numbering its lines from firstLine. The buffer is shared,
    /// not copied.
    static Hl7Message parse(const QByteArray &buffer, qsizetype from, qsizetype to, int firstLine = 1);
    static Hl7Message parse(const QByteArray &bytes) { return parse(bytes, 0, bytes.size()); }

    bool isValid() const { return m_errors.isEmpty(); }
    const QList<Hl7Error> &errors() const { return m_errors; }
    const QStringList &warnings() const { return m_warnings; }
    const Hl7Encoding &encoding() const { return m_encoding; }
    /// The message's own bytes, as received.
    QByteArrayView bytes() const { return m_bytes; }
    int firstLine() const { return m_firstLine; }

    int segmentCount() const { return int(m_segments.size()); }
    Hl7Segment segment(int index) const;
    /// The occurrence-th (from 1) segment of that name; null when there is none.
    Hl7Segment segment(QByteArrayView name, int occurrence = 1) const;
    QList<Hl7Segment> segments(QByteArrayView name) const;

    Hl7Value value(QByteArrayView path) const;
    QString text(QByteArrayView path) const { return value(path).text(); }

    /// MSH-9.1, MSH-9.2, MSH-10, MSH-12.1, MSH-11.1, trimmed.
    QString messageType() const;
    QString triggerEvent() const;
    QString controlId() const;
    QString version() const;
    QString processingId() const;
    /// The version as a number to compare: 2.3.1 is 231, 2.5 is 250; 0 when unreadable.
    int versionNumber() const;

private:
    friend class Hl7Segment;

    struct SegmentEntry
    {
        QByteArrayView name;
        int line = 0;
        int firstField = 0; ///< index in m_fields of field 0, the name
        int fieldCount = 0; ///< fields after the name
        int sequence = 1;
    };

    void addSegment(QByteArrayView line, int lineNumber);
    void readEncoding();
    void checkHeader();

    QByteArray m_buffer;
    QByteArrayView m_bytes;
    Hl7Encoding m_encoding;
    std::vector<SegmentEntry> m_segments;
    std::vector<QByteArrayView> m_fields;
    QList<Hl7Error> m_errors;
    QStringList m_warnings;
    int m_firstLine = 1;
};

} // namespace chairside
