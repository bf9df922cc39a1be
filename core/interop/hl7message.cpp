#include "hl7message.h"

#include <algorithm>

namespace chairside {

namespace {

bool isBreak(char c)
{
    return c == '\r' || c == '\n' || c == '\x0b' || c == '\x1c';
}

bool isBlank(QByteArrayView line)
{
    return std::all_of(line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t'; });
}

bool isAlnum(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

bool isSegmentName(QByteArrayView name)
{
    if (name.size() != 3 || name[0] < 'A' || name[0] > 'Z')
        return false;
    return std::all_of(name.begin() + 1, name.end(),
        [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
}

QString printable(QByteArrayView bytes)
{
    QString text;
    for (const char c : bytes.first(std::min<qsizetype>(bytes.size(), 12))) {
        const auto u = static_cast<unsigned char>(c);
        text += u >= 0x20 && u < 0x7f ? QString(QLatin1Char(c))
                                      : QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
    }
    return text;
}

/// Reads a positive number at pos, moving pos past it; -1 when there is none.
int readNumber(QByteArrayView path, qsizetype &pos)
{
    int value = 0;
    const qsizetype start = pos;
    while (pos < path.size() && path[pos] >= '0' && path[pos] <= '9' && pos - start < 6)
        value = value * 10 + (path[pos++] - '0');
    return pos == start ? -1 : value;
}

/// "(n)" or "[n]" at pos; 1 when absent, -1 when malformed.
int readIndex(QByteArrayView path, qsizetype &pos)
{
    if (pos >= path.size() || (path[pos] != '(' && path[pos] != '['))
        return 1;
    const char close = path[pos] == '(' ? ')' : ']';
    ++pos;
    const int value = readNumber(path, pos);
    if (value < 1 || pos >= path.size() || path[pos] != close)
        return -1;
    ++pos;
    return value;
}

} // namespace

Hl7Message Hl7Message::parse(const QByteArray &buffer, qsizetype from, qsizetype to, int firstLine)
{
    Hl7Message message;
    message.m_buffer = buffer;
    from = std::clamp<qsizetype>(from, 0, buffer.size());
    to = std::clamp<qsizetype>(to, from, buffer.size());
    message.m_bytes = QByteArrayView(message.m_buffer).sliced(from, to - from);
    message.m_firstLine = firstLine;
    const QByteArrayView bytes = message.m_bytes;

    // Where the header starts; what precedes it is blank lines or framing.
    qsizetype start = 0;
    int line = firstLine;
    while (start < bytes.size() && (isBreak(bytes[start]) || bytes[start] == ' ')) {
        if (bytes[start] == '\n'
            || (bytes[start] == '\r' && (start + 1 >= bytes.size() || bytes[start + 1] != '\n')))
            ++line;
        ++start;
    }
    if (!bytes.sliced(start).startsWith(QByteArrayView("MSH")) || bytes.size() - start < 8) {
        Hl7Error error;
        error.code = Hl7Error::Code::SegmentSequence;
        error.segment = QStringLiteral("MSH");
        error.line = line;
        error.reason = bytes.sliced(start).isEmpty()
            ? QStringLiteral("The message is empty.")
            : QStringLiteral("The message does not start with an MSH segment (it starts \"%1\").")
                  .arg(printable(bytes.sliced(start)));
        message.m_errors.append(error);
        return message;
    }
    message.readEncoding();
    if (!message.m_errors.isEmpty())
        return message;

    // One allocation each for the index: as many fields as separators, as many segments as line ends.
    const QByteArrayView body = bytes.sliced(start);
    message.m_fields.reserve(std::size_t(body.count(message.m_encoding.field)) + 8);
    message.m_segments.reserve(std::size_t(body.count('\r') + body.count('\n')) + 1);
    qsizetype pos = start;
    while (pos < bytes.size()) {
        qsizetype end = pos;
        while (end < bytes.size() && !isBreak(bytes[end]))
            ++end;
        const QByteArrayView text = bytes.sliced(pos, end - pos);
        if (!isBlank(text))
            message.addSegment(text, line);
        if (end < bytes.size()) {
            const char c = bytes[end];
            if (c == '\r' && end + 1 < bytes.size() && bytes[end + 1] == '\n')
                ++end;
            if (c == '\r' || c == '\n')
                ++line;
            ++end;
        }
        pos = end;
    }
    message.checkHeader();
    return message;
}

void Hl7Message::readEncoding()
{
    const QByteArrayView bytes = m_bytes.sliced(m_bytes.indexOf("MSH"));
    const char field = bytes[3];
    Hl7Error error;
    error.segment = QStringLiteral("MSH");
    error.line = m_firstLine;
    if (isAlnum(field) || isBreak(field) || field == ' ' || field == '\0') {
        error.field = 1;
        error.reason = QStringLiteral("MSH-1, the field separator, is \"%1\": it must be a punctuation "
                                      "character such as |.")
                           .arg(printable(bytes.sliced(3, 1)));
        m_errors.append(error);
        return;
    }
    qsizetype end = 4;
    while (end < bytes.size() && bytes[end] != field && !isBreak(bytes[end]))
        ++end;
    const QByteArrayView chars = bytes.sliced(4, end - 4);
    error.field = 2;
    if (chars.size() < 1 || chars.size() > 5) {
        error.reason
            = QStringLiteral("MSH-2, the encoding characters, is \"%1\": it must hold the component, "
                             "repetition, escape and sub-component separators, such as ^~\\&.")
                  .arg(printable(chars));
        m_errors.append(error);
        return;
    }
    const char declared[4] = {chars[0], chars.size() > 1 ? chars[1] : '\0',
        chars.size() > 2 ? chars[2] : '\0', chars.size() > 3 ? chars[3] : '\0'};
    for (int i = 0; i < 4; ++i) {
        const char c = declared[i];
        if (c == '\0')
            continue;
        bool repeated = c == field;
        for (int k = 0; k < i; ++k)
            repeated = repeated || declared[k] == c;
        if (isAlnum(c) || c == ' ' || repeated) {
            error.reason
                = QStringLiteral("MSH-2, the encoding characters, is \"%1\": each separator must be a "
                                 "different punctuation character.")
                      .arg(printable(chars));
            m_errors.append(error);
            return;
        }
    }
    m_encoding.field = field;
    m_encoding.component = declared[0];
    m_encoding.repetition = declared[1];
    m_encoding.escape = declared[2];
    m_encoding.subComponent = declared[3];
}

void Hl7Message::addSegment(QByteArrayView line, int lineNumber)
{
    const char separator = m_encoding.field;
    qsizetype nameEnd = line.indexOf(separator);
    if (nameEnd < 0)
        nameEnd = line.size();
    const QByteArrayView name = line.first(nameEnd);
    if (!isSegmentName(name)) {
        Hl7Error error;
        error.segment = QString::fromLatin1(name.first(std::min<qsizetype>(name.size(), 3)));
        error.line = lineNumber;
        error.reason = QStringLiteral("\"%1\" is not a segment: a segment starts with a three-letter name "
                                      "such as PID followed by %2.")
                           .arg(printable(line), QString(QLatin1Char(separator)));
        if (!isSegmentName(name.first(std::min<qsizetype>(name.size(), 3))))
            error.segment.clear();
        m_errors.append(error);
        return;
    }
    if (name == QByteArrayView("MSH") && (!m_segments.empty() || line.size() < 4)) {
        // A header inside a message: two messages run together in one frame, or a stray "MSH" line.
        Hl7Error error;
        error.segment = QStringLiteral("MSH");
        error.sequence = 2;
        error.line = lineNumber;
        error.reason
            = QStringLiteral("A second MSH segment inside the message: each message needs its own frame "
                             "or must be read from a file, which is split at every MSH.");
        m_errors.append(error);
        return;
    }
    SegmentEntry entry;
    entry.name = name;
    entry.line = lineNumber;
    entry.firstField = int(m_fields.size());
    for (const SegmentEntry &other : m_segments) {
        if (other.name == name)
            ++entry.sequence;
    }
    m_fields.push_back(name);
    qsizetype pos = nameEnd + 1;
    if (name == QByteArrayView("MSH")) {
        m_fields.push_back(line.sliced(3, 1));
        qsizetype end = line.indexOf(separator, 4);
        if (end < 0)
            end = line.size();
        m_fields.push_back(line.sliced(4, end - 4));
        pos = end + 1;
    }
    while (pos <= line.size() && nameEnd < line.size()) {
        qsizetype end = line.indexOf(separator, pos);
        if (end < 0)
            end = line.size();
        m_fields.push_back(line.sliced(pos, end - pos));
        pos = end + 1;
    }
    // Trailing empty fields are not fields: "RGS|||" has none.
    while (int(m_fields.size()) > entry.firstField + 1 && m_fields.back().isEmpty())
        m_fields.pop_back();
    entry.fieldCount = int(m_fields.size()) - entry.firstField - 1;
    if (m_segments.empty() && name != QByteArrayView("MSH")) {
        Hl7Error error;
        error.segment = QString::fromLatin1(name);
        error.line = lineNumber;
        error.reason = QStringLiteral("The message does not start with an MSH segment.");
        m_errors.append(error);
    }
    m_segments.push_back(entry);
}

void Hl7Message::checkHeader()
{
    const Hl7Segment msh = segment(QByteArrayView("MSH"));
    const auto missing = [&](int field, int component, const QString &what) {
        Hl7Error error = Hl7Error::at(Hl7Error::Code::RequiredFieldMissing, QStringLiteral("MSH"), field,
            component, QStringLiteral("MSH-%1 (%2) is empty.").arg(field).arg(what));
        error.line = msh.line();
        m_errors.append(error);
    };
    if (msh.field(9).component(1).trimmed().isEmpty())
        missing(9, 1, QStringLiteral("the message type"));
    if (msh.field(10).trimmed().isEmpty())
        missing(10, 0, QStringLiteral("the message control id"));
    const QString versionText = version();
    if (versionText.isEmpty()) {
        missing(12, 0, QStringLiteral("the HL7 version"));
    } else if (const int number = versionNumber(); number < 220 || number >= 300) {
        Hl7Error error = Hl7Error::at(Hl7Error::Code::UnsupportedVersion, QStringLiteral("MSH"), 12, 0,
            QStringLiteral("HL7 version \"%1\" is not read here: versions 2.2 and later 2.x are.")
                .arg(versionText));
        error.line = msh.line();
        m_errors.append(error);
    }

    // The character set: declared in MSH-18, else UTF-8 when the bytes are valid UTF-8, else Latin-1.
    const QString declared = msh.field(18).component(1).trimmed().toUpper();
    const bool utf8 = isValidUtf8(m_bytes);
    static const QStringList latin1Names = {QStringLiteral("8859/1"), QStringLiteral("ISO-8859-1"),
        QStringLiteral("ISO IR100"), QStringLiteral("ISO_IR 100"), QStringLiteral("ISO-IR 100"),
        QStringLiteral("ISO_IR100"), QStringLiteral("LATIN1"), QStringLiteral("LATIN-1")};
    static const QStringList utf8Names = {QStringLiteral("UNICODE UTF-8"), QStringLiteral("UTF-8"),
        QStringLiteral("UTF8"), QStringLiteral("UNICODE"), QStringLiteral("ISO_IR 192")};
    if (latin1Names.contains(declared)) {
        m_encoding.charset = Hl7Encoding::Charset::Latin1;
    } else if (utf8Names.contains(declared)) {
        m_encoding.charset = utf8 ? Hl7Encoding::Charset::Utf8 : Hl7Encoding::Charset::Latin1;
        if (!utf8)
            m_warnings.append(
                QStringLiteral("MSH-18 declares UTF-8 but the message is not valid UTF-8: read as "
                               "Latin-1."));
    } else {
        m_encoding.charset = utf8 ? Hl7Encoding::Charset::Utf8 : Hl7Encoding::Charset::Latin1;
        if (!declared.isEmpty() && declared != QLatin1String("ASCII"))
            m_warnings.append(
                QStringLiteral("MSH-18 declares the character set \"%1\", which is not read here: "
                               "read as %2.")
                    .arg(declared, utf8 ? QStringLiteral("UTF-8") : QStringLiteral("Latin-1")));
    }
}

Hl7Segment Hl7Message::segment(int index) const
{
    if (index < 0 || index >= segmentCount())
        return {};
    return Hl7Segment(this, index);
}

Hl7Segment Hl7Message::segment(QByteArrayView name, int occurrence) const
{
    int seen = 0;
    for (std::size_t i = 0; i < m_segments.size(); ++i) {
        if (m_segments[i].name == name && ++seen == occurrence)
            return Hl7Segment(this, int(i));
    }
    return {};
}

QList<Hl7Segment> Hl7Message::segments(QByteArrayView name) const
{
    QList<Hl7Segment> found;
    for (std::size_t i = 0; i < m_segments.size(); ++i) {
        if (m_segments[i].name == name)
            found.append(Hl7Segment(this, int(i)));
    }
    return found;
}

Hl7Value Hl7Message::value(QByteArrayView path) const
{
    if (path.size() < 5)
        return {};
    qsizetype pos = 3;
    const int occurrence = readIndex(path, pos);
    if (occurrence < 1 || pos >= path.size() || (path[pos] != '-' && path[pos] != '.'))
        return {};
    ++pos;
    const int field = readNumber(path, pos);
    const int repetition = readIndex(path, pos);
    if (field < 1 || repetition < 1)
        return {};
    Hl7Value value = segment(path.first(3), occurrence).field(field);
    const bool explicitRepetition = pos > 0 && (path[pos - 1] == ')' || path[pos - 1] == ']');
    if (explicitRepetition)
        value = value.repetition(repetition);
    for (int level = 0; level < 2 && pos < path.size(); ++level) {
        if (path[pos] != '.' && path[pos] != '-')
            return {};
        ++pos;
        const int index = readNumber(path, pos);
        if (index < 1)
            return {};
        value = level == 0 ? value.component(index) : value.subComponent(index);
    }
    return pos == path.size() ? value : Hl7Value();
}

QString Hl7Message::messageType() const
{
    return segment(QByteArrayView("MSH")).field(9).component(1).trimmed();
}

QString Hl7Message::triggerEvent() const
{
    return segment(QByteArrayView("MSH")).field(9).component(2).trimmed();
}

QString Hl7Message::controlId() const
{
    // A byte-order mark inside the field is no part of an id; what it hid may be the explicit null.
    QString id = segment(QByteArrayView("MSH")).field(10).text();
    id.remove(QChar(0xFEFF));
    id = id.trimmed();
    return id == QLatin1String("\"\"") ? QString() : id;
}

QString Hl7Message::version() const
{
    return segment(QByteArrayView("MSH")).field(12).component(1).trimmed();
}

QString Hl7Message::processingId() const
{
    return segment(QByteArrayView("MSH")).field(11).component(1).trimmed();
}

int Hl7Message::versionNumber() const
{
    const QStringList parts = version().split(QLatin1Char('.'));
    if (parts.size() < 2 || parts.size() > 3)
        return 0;
    int number = 0;
    int scale = 100;
    for (const QString &part : parts) {
        bool ok = false;
        const int digit = part.toInt(&ok);
        if (!ok || digit < 0 || digit > 9)
            return 0;
        number += digit * scale;
        scale /= 10;
    }
    return number;
}

} // namespace chairside
