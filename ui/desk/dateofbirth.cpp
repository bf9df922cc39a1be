#include "desk/dateofbirth.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

namespace chairside::DateOfBirth {

namespace {

/// The date with a two-digit year put in the latest century that keeps it from being in the future.
QDate withYear(const QString &digits, int month, int day, QDate today)
{
    const int year = digits.toInt();
    if (digits.size() != 2)
        return QDate(year, month, day);
    const QDate date(today.year() / 100 * 100 + year, month, day);
    return date.isValid() && date > today ? date.addYears(-100) : date;
}

std::optional<QDate> numeric(const QString &t, QDate today)
{
    static const QRegularExpression iso(QStringLiteral(R"(^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$)"));
    static const QRegularExpression monthFirst(
        QStringLiteral(R"(^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$)"));
    static const QRegularExpression eight(QStringLiteral(R"(^(\d{2})(\d{2})(\d{4})$)"));
    QDate date;
    if (const auto m = iso.match(t); m.hasMatch()) {
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    } else if (const auto m2 = monthFirst.match(t); m2.hasMatch()) {
        date = withYear(m2.captured(4), m2.captured(1).toInt(), m2.captured(3).toInt(), today);
    } else if (const auto m3 = eight.match(t); m3.hasMatch()) {
        // Eight digits: 19610304 (year first) when that is a date, else 03041961 (month, day, year).
        const QDate yearFirst(t.left(4).toInt(), t.mid(4, 2).toInt(), t.mid(6, 2).toInt());
        date = yearFirst.isValid() && yearFirst.year() >= 1850
            ? yearFirst
            : QDate(m3.captured(3).toInt(), m3.captured(1).toInt(), m3.captured(2).toInt());
    }
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<QDate> spelled(const QString &t)
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QString text = t;
    text.replace(QLatin1Char(','), QLatin1Char(' '));
    text = text.simplified();
    for (const char *format : {"d MMMM yyyy", "d MMM yyyy", "MMMM d yyyy", "MMM d yyyy"}) {
        const QDate date = english.toDate(text, QString::fromLatin1(format));
        if (date.isValid())
            return date;
    }
    return std::nullopt;
}

} // namespace

std::optional<QDate> parse(const QString &text, QDate today)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    std::optional<QDate> date = numeric(t, today);
    if (!date)
        date = spelled(t);
    if (!date || (today.isValid() && *date > today))
        return std::nullopt;
    return date;
}

std::optional<QDate> findIn(const QString &query, QDate today)
{
    static const QRegularExpression separators(QStringLiteral(R"([\s,]+)"));
    for (const QString &word : query.split(separators, Qt::SkipEmptyParts)) {
        // Only words that look like a date: a phone's digits or an MRN are not read as one.
        if (word.contains(QLatin1Char('-')) || word.contains(QLatin1Char('/'))
            || word.contains(QLatin1Char('.'))) {
            if (const auto date = parse(word, today))
                return date;
        }
    }
    return std::nullopt;
}

} // namespace chairside::DateOfBirth
