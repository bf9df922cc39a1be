#include "mrnpattern.h"

#include "common/error.h"

#include <QCoreApplication>

namespace chairside {

MrnPattern MrnPattern::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QString example = QStringLiteral("CS-{000000}");
    const qsizetype open = trimmed.indexOf(QLatin1Char('{'));
    const qsizetype close = trimmed.indexOf(QLatin1Char('}'));
    if (open < 0 || close < open) {
        throw Error::badData(QStringLiteral("pattern"),
            QCoreApplication::translate(
                "MrnPattern", "An MRN pattern marks where the number goes with zeros in braces, as in %1.")
                .arg(example));
    }
    if (trimmed.indexOf(QLatin1Char('{'), open + 1) >= 0
        || trimmed.indexOf(QLatin1Char('}'), close + 1) >= 0) {
        throw Error::badData(QStringLiteral("pattern"),
            QCoreApplication::translate(
                "MrnPattern", "An MRN pattern has one number in braces, not several: %1.")
                .arg(trimmed));
    }
    const QString zeros = trimmed.mid(open + 1, close - open - 1);
    if (zeros.isEmpty() || zeros.count(QLatin1Char('0')) != zeros.size()) {
        throw Error::badData(QStringLiteral("pattern"),
            QCoreApplication::translate("MrnPattern", "Between the braces put one zero per digit, as in %1.")
                .arg(example));
    }
    if (zeros.size() > kMostDigits) {
        throw Error::badData(QStringLiteral("pattern"),
            QCoreApplication::translate(
                "MrnPattern", "An MRN number of %1 digits is too long; give at most %2 zeros.")
                .arg(zeros.size())
                .arg(kMostDigits));
    }
    if (trimmed.contains(QLatin1Char(' '))) {
        throw Error::badData(QStringLiteral("pattern"),
            QCoreApplication::translate(
                "MrnPattern", "The MRN pattern \"%1\" has a space in it; an MRN is one word.")
                .arg(trimmed));
    }
    MrnPattern pattern;
    pattern.m_prefix = trimmed.left(open);
    pattern.m_suffix = trimmed.mid(close + 1);
    pattern.m_digits = int(zeros.size());
    return pattern;
}

QString MrnPattern::text() const
{
    return m_prefix + QLatin1Char('{') + QString(m_digits, QLatin1Char('0')) + QLatin1Char('}') + m_suffix;
}

QString MrnPattern::format(qint64 number) const
{
    return m_prefix + QStringLiteral("%1").arg(number, m_digits, 10, QLatin1Char('0')) + m_suffix;
}

std::optional<qint64> MrnPattern::numberOf(const QString &mrn) const
{
    if (mrn.size() != m_prefix.size() + m_digits + m_suffix.size() || !mrn.startsWith(m_prefix)
        || !mrn.endsWith(m_suffix))
        return std::nullopt;
    const QStringView digits = QStringView(mrn).mid(m_prefix.size(), m_digits);
    for (const QChar c : digits) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    bool ok = false;
    const qint64 number = digits.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return number;
}

qint64 MrnPattern::largest() const
{
    qint64 value = 1;
    for (int i = 0; i < m_digits; ++i)
        value *= 10;
    return value - 1;
}

} // namespace chairside
