#include "hl7value.h"

#include <algorithm>

namespace chairside {

namespace {

/// The index-th (1-based) piece of bytes split at separator; empty past the end.
QByteArrayView nth(QByteArrayView bytes, char separator, int index)
{
    if (index < 1)
        return {};
    if (separator == 0)
        return index == 1 ? bytes : QByteArrayView();
    qsizetype begin = 0;
    for (int i = 1; i < index; ++i) {
        const qsizetype next = bytes.indexOf(separator, begin);
        if (next < 0)
            return {};
        begin = next + 1;
    }
    const qsizetype end = bytes.indexOf(separator, begin);
    return bytes.sliced(begin, (end < 0 ? bytes.size() : end) - begin);
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/// What one escape sequence (the text between the escape characters) stands for. The five delimiter
/// escapes and `\Xhh..\` give bytes; `\.br\` and `\.sp\` a line break; every other one (highlighting
/// `\H\` `\N\`, character-set switches `\C..\` `\M..\`, the rest of the formatting commands, local
/// `\Z..\` and unknown ones) is dropped: it formats or switches, and the stored text has no place for it.
void resolve(QByteArrayView sequence, const Hl7Encoding &encoding, QByteArray &out)
{
    if (sequence.size() == 1) {
        switch (sequence.front()) {
        case 'F':
            out.append(encoding.field);
            return;
        case 'S':
            out.append(encoding.component);
            return;
        case 'T':
            out.append(encoding.subComponent);
            return;
        case 'R':
            out.append(encoding.repetition);
            return;
        case 'E':
            out.append(encoding.escape);
            return;
        default:
            return;
        }
    }
    if (sequence.size() >= 3 && sequence.front() == 'X' && sequence.size() % 2 == 1) {
        QByteArray bytes;
        for (qsizetype i = 1; i + 1 < sequence.size(); i += 2) {
            const int high = hexDigit(sequence[i]);
            const int low = hexDigit(sequence[i + 1]);
            if (high < 0 || low < 0)
                return;
            bytes.append(char(high * 16 + low));
        }
        out.append(bytes);
        return;
    }
    if (sequence == QByteArrayView(".br") || sequence.startsWith(QByteArrayView(".sp")))
        out.append('\n');
}

} // namespace

Hl7Value Hl7Value::piece(char separator, int index, Level level) const
{
    if (m_literal)
        return index == 1 ? Hl7Value(m_raw, m_encoding, level, true) : Hl7Value({}, m_encoding, level);
    return Hl7Value(nth(m_raw, separator, index), m_encoding, level);
}

int Hl7Value::pieces(char separator) const
{
    if (m_raw.isEmpty())
        return 0;
    if (m_literal || separator == 0)
        return 1;
    return int(std::count(m_raw.begin(), m_raw.end(), separator)) + 1;
}

QList<Hl7Value> Hl7Value::split(char separator, Level level) const
{
    QList<Hl7Value> parts;
    if (m_raw.isEmpty())
        return parts;
    if (m_literal || separator == 0) {
        parts.append(Hl7Value(m_raw, m_encoding, level, m_literal));
        return parts;
    }
    qsizetype begin = 0;
    while (true) {
        const qsizetype end = m_raw.indexOf(separator, begin);
        parts.append(
            Hl7Value(m_raw.sliced(begin, (end < 0 ? m_raw.size() : end) - begin), m_encoding, level));
        if (end < 0)
            break;
        begin = end + 1;
    }
    return parts;
}

QList<Hl7Value> Hl7Value::repetitions() const
{
    if (!m_encoding)
        return {};
    if (m_level != Level::Field)
        return m_raw.isEmpty() ? QList<Hl7Value>() : QList<Hl7Value> {*this};
    return split(m_encoding->repetition, Level::Repetition);
}

QList<Hl7Value> Hl7Value::components() const
{
    if (!m_encoding)
        return {};
    if (m_level == Level::Field)
        return repetition(1).components();
    if (m_level != Level::Repetition)
        return m_raw.isEmpty() ? QList<Hl7Value>() : QList<Hl7Value> {*this};
    return split(m_encoding->component, Level::Component);
}

QList<Hl7Value> Hl7Value::subComponents() const
{
    if (!m_encoding)
        return {};
    if (m_level == Level::SubComponent)
        return m_raw.isEmpty() ? QList<Hl7Value>() : QList<Hl7Value> {*this};
    if (m_level != Level::Component)
        return component(1).subComponents();
    return split(m_encoding->subComponent, Level::SubComponent);
}

int Hl7Value::repetitionCount() const
{
    if (m_level != Level::Field || !m_encoding)
        return m_raw.isEmpty() ? 0 : 1;
    return pieces(m_encoding->repetition);
}

Hl7Value Hl7Value::repetition(int index) const
{
    if (!m_encoding)
        return {};
    if (m_level != Level::Field)
        return index == 1 ? *this : Hl7Value({}, m_encoding, m_level);
    return piece(m_encoding->repetition, index, Level::Repetition);
}

int Hl7Value::componentCount() const
{
    if (!m_encoding)
        return 0;
    if (m_level == Level::Field)
        return repetition(1).componentCount();
    if (m_level != Level::Repetition)
        return m_raw.isEmpty() ? 0 : 1;
    return pieces(m_encoding->component);
}

Hl7Value Hl7Value::component(int index) const
{
    if (!m_encoding)
        return {};
    if (m_level == Level::Field)
        return repetition(1).component(index);
    if (m_level != Level::Repetition)
        return index == 1 ? *this : Hl7Value({}, m_encoding, m_level);
    return piece(m_encoding->component, index, Level::Component);
}

int Hl7Value::subComponentCount() const
{
    if (!m_encoding)
        return 0;
    if (m_level != Level::Component)
        return component(1).subComponentCount();
    return pieces(m_encoding->subComponent);
}

Hl7Value Hl7Value::subComponent(int index) const
{
    if (!m_encoding)
        return {};
    if (m_level == Level::SubComponent)
        return index == 1 ? *this : Hl7Value({}, m_encoding, m_level);
    if (m_level != Level::Component)
        return component(1).subComponent(index);
    return piece(m_encoding->subComponent, index, Level::SubComponent);
}

QByteArray Hl7Value::unescaped() const
{
    if (isNull() || !m_encoding)
        return {};
    const char escape = m_encoding->escape;
    if (m_literal || escape == 0 || !m_raw.contains(escape))
        return m_raw.toByteArray();
    QByteArray out;
    out.reserve(m_raw.size());
    qsizetype i = 0;
    while (i < m_raw.size()) {
        const char c = m_raw[i];
        if (c != escape) {
            out.append(c);
            ++i;
            continue;
        }
        const qsizetype close = m_raw.indexOf(escape, i + 1);
        if (close < 0) {
            // An escape character that opens nothing: kept as sent.
            out.append(m_raw.sliced(i));
            break;
        }
        resolve(m_raw.sliced(i + 1, close - i - 1), *m_encoding, out);
        i = close + 1;
    }
    return out;
}

QString Hl7Value::text() const
{
    if (!m_encoding || isNull())
        return {};
    const char escape = m_encoding->escape;
    if (m_literal || escape == 0 || !m_raw.contains(escape))
        return hl7Decode(m_raw, m_encoding->charset);
    return hl7Decode(unescaped(), m_encoding->charset);
}

QString hl7Decode(QByteArrayView bytes, Hl7Encoding::Charset charset)
{
    return charset == Hl7Encoding::Charset::Latin1 ? QString::fromLatin1(bytes) : QString::fromUtf8(bytes);
}

QByteArray hl7Escape(const QString &text, const Hl7Encoding &encoding)
{
    const QByteArray bytes
        = encoding.charset == Hl7Encoding::Charset::Latin1 ? text.toLatin1() : text.toUtf8();
    QByteArray out;
    out.reserve(bytes.size());
    const auto wrap = [&](const char *code) {
        out.append(encoding.escape);
        out.append(code);
        out.append(encoding.escape);
    };
    for (const char c : bytes) {
        if (encoding.escape == 0) {
            // Nothing can be escaped: a delimiter in the text becomes a space rather than split the field.
            const bool delimiter = c == encoding.field || c == encoding.component || c == encoding.repetition
                || c == encoding.subComponent || static_cast<unsigned char>(c) < 0x20;
            out.append(delimiter ? ' ' : c);
        } else if (c == encoding.escape)
            wrap("E");
        else if (c == encoding.field)
            wrap("F");
        else if (c == encoding.component)
            wrap("S");
        else if (encoding.subComponent != 0 && c == encoding.subComponent)
            wrap("T");
        else if (encoding.repetition != 0 && c == encoding.repetition)
            wrap("R");
        else if (static_cast<unsigned char>(c) < 0x20) {
            // Control bytes (CR, LF, the MLLP frame bytes) would end a segment or a frame: written as hex.
            static constexpr char digits[] = "0123456789ABCDEF";
            const auto u = static_cast<unsigned char>(c);
            const char code[] = {'X', digits[u >> 4], digits[u & 0x0f], '\0'};
            wrap(code);
        } else
            out.append(c);
    }
    return out;
}

bool isValidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned int codePoint = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            codePoint = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            codePoint = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            codePoint = c & 0x07;
        } else {
            return false;
        }
        if (i + length > n)
            return false;
        for (int k = 1; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            codePoint = (codePoint << 6) | (p[i + k] & 0x3F);
        }
        const bool overlong = (length == 2 && codePoint < 0x80) || (length == 3 && codePoint < 0x800)
            || (length == 4 && codePoint < 0x10000);
        if (overlong || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return false;
        i += length;
    }
    return true;
}

} // namespace chairside
