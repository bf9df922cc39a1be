#include "openinghours.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace chairside {

namespace {

const std::array<QLatin1StringView, 7> kDayNames = {
    QLatin1StringView("mon"),
    QLatin1StringView("tue"),
    QLatin1StringView("wed"),
    QLatin1StringView("thu"),
    QLatin1StringView("fri"),
    QLatin1StringView("sat"),
    QLatin1StringView("sun"),
};

} // namespace

QLatin1StringView weekdayName(int weekday)
{
    return kDayNames[std::size_t(weekday - 1)];
}

int weekdayFromName(QStringView name)
{
    const QString lower = name.left(3).toString().toLower();
    for (int i = 0; i < 7; ++i) {
        if (lower == kDayNames[std::size_t(i)])
            return i + 1;
    }
    return 0;
}

namespace {

int minuteFromText(const QString &text)
{
    const QTime time = QTime::fromString(text, QStringLiteral("H:mm"));
    if (time.isValid())
        return time.hour() * 60 + time.minute();
    if (text == QLatin1String("24:00"))
        return 24 * 60;
    return -1;
}

QString minuteText(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

QString spansText(const QList<OpenSpan> &spans)
{
    QStringList parts;
    for (const OpenSpan &span : spans)
        parts << minuteText(span.opensMinute) + QLatin1Char('-') + minuteText(span.closesMinute);
    return parts.join(QLatin1Char(','));
}

} // namespace

OpeningHours OpeningHours::parse(const QString &text)
{
    static const QRegularExpression entryPattern(
        QStringLiteral(
            R"(^\s*([A-Za-z]+)(?:\s*-\s*([A-Za-z]+))?\s+(closed|\d{1,2}:\d{2}\s*-\s*\d{1,2}:\d{2}(?:\s*,\s*\d{1,2}:\d{2}\s*-\s*\d{1,2}:\d{2})*)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression spanPattern(QStringLiteral(R"((\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2}))"));

    OpeningHours hours;
    const QStringList entries = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    if (entries.isEmpty())
        throw Error::badData(QStringLiteral("hours"),
            QCoreApplication::translate("OpeningHours",
                "Opening hours are empty; write them like \"mon-fri 07:00-19:00; sat 08:00-14:00\"."));

    for (const QString &entry : entries) {
        if (entry.trimmed().isEmpty())
            continue;
        const auto match = entryPattern.match(entry);
        if (!match.hasMatch()) {
            throw Error::badData(QStringLiteral("hours"),
                QCoreApplication::translate("OpeningHours",
                    "Cannot read \"%1\" in the opening hours; write each day range like \"mon-fri "
                    "07:00-19:00\".")
                    .arg(entry.trimmed()));
        }
        const int first = weekdayFromName(match.capturedView(1));
        const int last = match.capturedLength(2) > 0 ? weekdayFromName(match.capturedView(2)) : first;
        if (first == 0 || last == 0 || last < first) {
            throw Error::badData(QStringLiteral("hours"),
                QCoreApplication::translate("OpeningHours",
                    "\"%1\" does not name weekdays in order (mon, tue, wed, thu, fri, sat, sun).")
                    .arg(entry.trimmed()));
        }

        QList<OpenSpan> spans;
        if (match.captured(3).compare(QLatin1String("closed"), Qt::CaseInsensitive) != 0) {
            auto it = spanPattern.globalMatch(match.captured(3));
            while (it.hasNext()) {
                const auto spanMatch = it.next();
                const int opens = minuteFromText(spanMatch.captured(1));
                const int closes = minuteFromText(spanMatch.captured(2));
                if (opens < 0 || closes < 0 || closes <= opens) {
                    throw Error::badData(QStringLiteral("hours"),
                        QCoreApplication::translate(
                            "OpeningHours", "\"%1\" is not a time span that closes after it opens.")
                            .arg(spanMatch.captured(0)));
                }
                spans << OpenSpan {opens, closes};
            }
            std::sort(spans.begin(), spans.end(),
                [](const OpenSpan &a, const OpenSpan &b) { return a.opensMinute < b.opensMinute; });
            for (qsizetype i = 1; i < spans.size(); ++i) {
                if (spans[i].opensMinute < spans[i - 1].closesMinute) {
                    throw Error::badData(QStringLiteral("hours"),
                        QCoreApplication::translate("OpeningHours", "The spans in \"%1\" overlap.")
                            .arg(entry.trimmed()));
                }
            }
        }
        for (int day = first; day <= last; ++day)
            hours.setSpans(day, spans);
    }
    return hours;
}

const QList<OpenSpan> &OpeningHours::spans(int weekday) const
{
    static const QList<OpenSpan> none;
    if (weekday < 1 || weekday > 7)
        return none;
    return m_days[std::size_t(weekday - 1)];
}

void OpeningHours::setSpans(int weekday, QList<OpenSpan> spans)
{
    if (weekday < 1 || weekday > 7)
        return;
    m_days[std::size_t(weekday - 1)] = std::move(spans);
}

bool OpeningHours::isEmpty() const
{
    return std::all_of(
        m_days.begin(), m_days.end(), [](const QList<OpenSpan> &day) { return day.isEmpty(); });
}

bool OpeningHours::covers(int weekday, int startMinute, int endMinute) const
{
    const auto &daySpans = spans(weekday);
    return std::any_of(daySpans.begin(), daySpans.end(), [&](const OpenSpan &span) {
        return startMinute >= span.opensMinute && endMinute <= span.closesMinute;
    });
}

QString OpeningHours::toString() const
{
    QStringList parts;
    int day = 1;
    while (day <= 7) {
        const QList<OpenSpan> &current = spans(day);
        int last = day;
        while (last < 7 && spans(last + 1) == current)
            ++last;
        if (!current.isEmpty()) {
            QString range = kDayNames[std::size_t(day - 1)];
            if (last > day)
                range += QLatin1Char('-') + QString(kDayNames[std::size_t(last - 1)]);
            parts << range + QLatin1Char(' ') + spansText(current);
        }
        day = last + 1;
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace chairside
