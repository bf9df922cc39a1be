#pragma once

#include "hl7encoding.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace chairside {

/// One field, repetition, component or sub-component of an HL7 v2 message: a view into the message's
/// bytes, split only when asked. It lives no longer than the Hl7Message it came from.
///
/// Positions are 1-based, as the standard counts them. Asking a field for a component reads the
/// field's first repetition; asking past the end gives an empty value, never an error.
///
/// Empty and null differ: an absent or empty value is "not sent" (leave what is stored), while the
/// two-character value `""` is the sender's explicit null (erase what is stored).
class Hl7Value
{
public:
    enum class Level
    {
        Field,
        Repetition,
        Component,
        SubComponent
    };

    Hl7Value() = default;
    Hl7Value(QByteArrayView raw, const Hl7Encoding *encoding, Level level, bool literal = false)
        : m_raw(raw)
        , m_encoding(encoding)
        , m_level(level)
        , m_literal(literal)
    { }

    /// The bytes as sent, escapes and delimiters untouched.
    QByteArrayView raw() const { return m_raw; }
    Level level() const { return m_level; }

    /// Nothing sent: absent or empty.
    bool isEmpty() const { return m_raw.isEmpty(); }
    /// The explicit null `""`.
    bool isNull() const { return m_raw == QByteArrayView("\"\""); }
    /// Something other than empty or null.
    bool hasValue() const { return !isEmpty() && !isNull(); }

    /// Every repetition, component or sub-component, split in one pass (asking for each by index
    /// scans from the start every time).
    QList<Hl7Value> repetitions() const;
    QList<Hl7Value> components() const;
    QList<Hl7Value> subComponents() const;

    int repetitionCount() const;
    Hl7Value repetition(int index) const;
    int componentCount() const;
    Hl7Value component(int index) const;
    int subComponentCount() const;
    Hl7Value subComponent(int index) const;

    /// The text with escape sequences resolved and the message's character set decoded; empty for
    /// an explicit null. Leading and trailing spaces are kept (some senders pad); see trimmed().
    QString text() const;
    QString trimmed() const { return text().trimmed(); }

    /// Escape sequences resolved, still in the message's character set.
    QByteArray unescaped() const;

private:
    Hl7Value piece(char separator, int index, Level level) const;
    int pieces(char separator) const;
    QList<Hl7Value> split(char separator, Level level) const;

    QByteArrayView m_raw;
    const Hl7Encoding *m_encoding = nullptr;
    Level m_level = Level::Field;
    bool m_literal = false; ///< MSH-1 and MSH-2: the delimiters themselves, never split or unescaped
};

/// Escapes text so that it can stand in a field of a message with these delimiters: the inverse of
/// Hl7Value::text() for the five delimiters (control bytes such as CR and LF become `\X0D\`, `\X0A\`).
QByteArray hl7Escape(const QString &text, const Hl7Encoding &encoding);

/// The text of bytes in a character set (invalid UTF-8 becomes U+FFFD).
QString hl7Decode(QByteArrayView bytes, Hl7Encoding::Charset charset);

/// True when the bytes are well-formed UTF-8 (plain ASCII is).
bool isValidUtf8(QByteArrayView bytes);

} // namespace chairside
