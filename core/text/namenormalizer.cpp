#include "namenormalizer.h"

#include <algorithm>

namespace chairside::NameNormalizer {

namespace {

/// Letters that Unicode decomposition leaves whole but a person spells with plain letters.
bool appendSpelledOut(QChar c, QString &out)
{
    switch (c.unicode()) {
    case 0x00DF: // ß
        out += QLatin1String("ss");
        return true;
    case 0x00E6: // æ
    case 0x00C6:
        out += QLatin1String("ae");
        return true;
    case 0x0153: // œ
    case 0x0152:
        out += QLatin1String("oe");
        return true;
    case 0x00F8: // ø
    case 0x00D8:
        out += QLatin1Char('o');
        return true;
    case 0x0142: // ł
    case 0x0141:
        out += QLatin1Char('l');
        return true;
    case 0x0111: // đ
    case 0x0110:
    case 0x00F0: // ð
    case 0x00D0:
        out += QLatin1Char('d');
        return true;
    case 0x0131: // dotless i
        out += QLatin1Char('i');
        return true;
    case 0x00FE: // þ
    case 0x00DE:
        out += QLatin1String("th");
        return true;
    default:
        return false;
    }
}

bool isWordBreak(QChar c)
{
    return c.isSpace() || c == QLatin1Char('-') || c == QChar(0x2010) || c == QChar(0x2011)
        || c == QChar(0x2013) || c == QLatin1Char(',') || c == QLatin1Char('/') || c == QLatin1Char('_');
}

bool isJoiner(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019) || c == QChar(0x02BC) || c == QLatin1Char('.')
        || c == QChar(0x2018) || c == QLatin1Char('`');
}

} // namespace

QString fold(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.isMark())
            continue;
        if (appendSpelledOut(c, out))
            continue;
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

QStringList tokens(QStringView name)
{
    QStringList result;
    QString whole;
    // Words are split at spaces and hyphens; apostrophes and periods join ("O'Brien" is one word)
    // but the part after them is a token too ("brien"), since people drop the prefix when spelling.
    qsizetype wordStart = 0;
    const auto flushWord = [&](qsizetype end) {
        const QStringView word = name.mid(wordStart, end - wordStart);
        const QString folded = fold(word);
        if (!folded.isEmpty()) {
            result << folded;
            whole += folded;
            qsizetype partStart = 0;
            for (qsizetype i = 0; i < word.size(); ++i) {
                if (isJoiner(word[i])) {
                    const QString part = fold(word.mid(partStart, i - partStart));
                    if (!part.isEmpty())
                        result << part;
                    partStart = i + 1;
                }
            }
            if (partStart > 0) {
                const QString part = fold(word.mid(partStart));
                if (!part.isEmpty())
                    result << part;
            }
        }
    };
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (isWordBreak(name[i])) {
            flushWord(i);
            wordStart = i + 1;
        }
    }
    flushWord(name.size());
    if (!whole.isEmpty())
        result << whole;

    result.sort();
    result.removeDuplicates();
    return result;
}

QString sortKey(QStringView lastName, QStringView firstName, QDate dateOfBirth)
{
    QString key = fold(lastName);
    key += QLatin1Char(' ');
    key += fold(firstName);
    key += QLatin1Char(' ');
    key += dateOfBirth.toString(Qt::ISODate);
    return key;
}

QString pairKey(QStringView head, QStringView word)
{
    // Two letters as SQLite's substr() counts them, so a key built here matches one a migration built.
    qsizetype end = 0;
    for (int letters = 0; letters < 2 && end < head.size(); ++letters)
        end += head[end].isHighSurrogate() && end + 1 < head.size() ? 2 : 1;
    QString key = head.left(end).toString();
    key += QLatin1Char(' ');
    key += word;
    return key;
}

QString phoneDigits(QStringView phone)
{
    QString digits;
    for (QChar c : phone) {
        if (c.isDigit())
            digits += c;
    }
    if (digits.size() == 11 && digits.startsWith(QLatin1Char('1')))
        digits.remove(0, 1);
    return digits;
}

} // namespace chairside::NameNormalizer
