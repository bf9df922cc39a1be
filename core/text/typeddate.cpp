#include "typeddate.h"

#include "desktext.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cstdlib>

namespace chairside::TypedDate {

namespace {

/// Years before this are not read from eight digits year first: 03041961 is a date of 1961, not of 304.
constexpr int kEarliestYearFirst = 1850;

int fullYear(const QString &digits, int month, int day, QDate today, Century century)
{
    const int year = digits.toInt();
    if (digits.size() != 2 || !today.isValid())
        return year;
    const int candidate = today.year() / 100 * 100 + year;
    if (century == Century::Past) {
        const QDate date(candidate, month, day);
        return date.isValid() && date > today ? candidate - 100 : candidate;
    }
    // The year of the three centuries around today's that lies nearest to it.
    int best = candidate;
    for (const int shifted : {candidate - 100, candidate + 100}) {
        if (std::abs(shifted - today.year()) < std::abs(best - today.year()))
            best = shifted;
    }
    return best;
}

QDate numeric(const QString &t, QDate today, Century century)
{
    static const QRegularExpression yearFirst(QStringLiteral(R"(^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$)"));
    static const QRegularExpression monthFirst(
        QStringLiteral(R"(^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$)"));
    static const QRegularExpression eight(QStringLiteral(R"(^\d{8}$)"));
    if (const auto m = yearFirst.match(t); m.hasMatch())
        return {m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt()};
    if (const auto m = monthFirst.match(t); m.hasMatch()) {
        const int month = m.captured(1).toInt();
        const int day = m.captured(3).toInt();
        return {fullYear(m.captured(4), month, day, today, century), month, day};
    }
    if (eight.match(t).hasMatch()) {
        // 19610304 (year first) when that is a date, else 03041961 (month, day, year). A year first is
        // 18.. to 20..: its first two digits are no month, so the two readings never both hold.
        const QDate first(t.left(4).toInt(), t.mid(4, 2).toInt(), t.mid(6, 2).toInt());
        if (first.isValid() && first.year() >= kEarliestYearFirst)
            return first;
        return {t.mid(4, 4).toInt(), t.left(2).toInt(), t.mid(2, 2).toInt()};
    }
    return {};
}

QDate spelledIn(const QLocale &locale, const QString &text)
{
    for (const char *format : {"d MMMM yyyy", "d MMM yyyy", "MMMM d yyyy", "MMM d yyyy"}) {
        const QDate date = locale.toDate(text, QString::fromLatin1(format));
        if (date.isValid())
            return date;
    }
    return {};
}

QDate spelled(const QString &t)
{
    QString text = t;
    text.replace(QLatin1Char(','), QLatin1Char(' '));
    text = text.simplified();
    const QDate english = spelledIn(QLocale(QLocale::English, QLocale::UnitedStates), text);
    if (english.isValid())
        return english;
    // Then in the desk's language, as its receptionist writes a date: "1 de diciembre de 2026", "1 dic.
    // 2026".
    const QLocale desk = DeskText::locale();
    if (desk.language() == QLocale::English)
        return {};
    static const QRegularExpression joiners(QStringLiteral(R"(\s(de|del)\s)"));
    text.replace(QLatin1Char('.'), QLatin1Char(' '));
    text.replace(joiners, QStringLiteral(" "));
    return spelledIn(desk, text.simplified().toLower());
}

} // namespace

std::optional<QDate> parse(const QString &text, QDate today, Century century)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    QDate date = numeric(t, today, century);
    if (!date.isValid())
        date = spelled(t);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<QDate> birthDate(const QString &text, QDate today)
{
    const auto date = parse(text, today, Century::Past);
    if (!date || (today.isValid() && *date > today))
        return std::nullopt;
    return date;
}

bool looksLikeDate(const QString &word)
{
    static const QRegularExpression separated(QStringLiteral(R"(\d[-/.]|[-/.]\d)"));
    return separated.match(word).hasMatch();
}

std::optional<QDate> birthDateIn(const QString &query, QDate today)
{
    static const QRegularExpression separators(QStringLiteral(R"([\s,]+)"));
    static const QRegularExpression eight(QStringLiteral(R"(^\d{8}$)"));
    for (const QString &word : query.split(separators, Qt::SkipEmptyParts)) {
        if (!looksLikeDate(word) && !eight.match(word).hasMatch())
            continue;
        if (const auto date = birthDate(word, today))
            return date;
    }
    return std::nullopt;
}

} // namespace chairside::TypedDate
