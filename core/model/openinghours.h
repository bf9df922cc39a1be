#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

#include <array>
#include <optional>

namespace chairside {

/// A span of a day when the center is open, in minutes after local midnight.
struct OpenSpan
{
    int opensMinute = 0;
    int closesMinute = 0;

    bool operator==(const OpenSpan &) const = default;
};

/// Opening hours per weekday, local wall-clock time. A day may have no span (closed) or several
/// (a split day). Parsed from and written as text like "mon-fri 07:00-19:00; sat 08:00-14:00".
class OpeningHours final
{
public:
    OpeningHours() = default;

    /// Parses the admin's notation. Later entries replace earlier ones for the days they name, so
    /// "mon-fri 07:00-19:00; thu 07:00-21:00" gives Thursday an evening. Throws Error::BadData naming
    /// the part that could not be read.
    static OpeningHours parse(const QString &text);

    /// The spans of a weekday (Qt::Monday == 1 ... Qt::Sunday == 7), earliest first.
    const QList<OpenSpan> &spans(int weekday) const;
    void setSpans(int weekday, QList<OpenSpan> spans);

    /// The spans of a calendar date.
    const QList<OpenSpan> &spansOn(QDate date) const { return spans(date.dayOfWeek()); }

    bool isOpenOn(int weekday) const { return !spans(weekday).isEmpty(); }
    bool isEmpty() const;

    /// True when [startMinute, endMinute) of that weekday lies inside one open span.
    bool covers(int weekday, int startMinute, int endMinute) const;

    /// The text form, days with equal spans grouped: "mon-wed 07:00-19:00; thu 07:00-21:00; ...".
    QString toString() const;

    bool operator==(const OpeningHours &) const = default;

private:
    std::array<QList<OpenSpan>, 7> m_days;
};

/// "mon" .. "sun" for weekday 1 (Monday) .. 7, as the hours and the nurses' shifts are written.
QLatin1StringView weekdayName(int weekday);
/// The weekday (1 Monday .. 7) a word names by its first three letters, any case; 0 when none.
int weekdayFromName(QStringView name);

} // namespace chairside
