#include "hl7time.h"

#include "scheduling/centertime.h"

namespace chairside {

namespace {

QString formatHint()
{
    return QStringLiteral("YYYYMMDD[HHMM[SS[.SSSS]]][+/-ZZZZ]");
}

bool digitsAt(QStringView text, qsizetype from, qsizetype count, int &value)
{
    if (from + count > text.size())
        return false;
    value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const QChar c = text[i];
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
        value = value * 10 + (c.unicode() - '0');
    }
    return true;
}

} // namespace

Hl7Time Hl7Time::parse(QStringView text, const QTimeZone &senderZone)
{
    Hl7Time result;
    text = text.trimmed();
    if (text.isEmpty())
        return result;
    const auto fail = [&](const QString &why) {
        result.error
            = QStringLiteral("\"%1\" is not a timestamp (%2): %3").arg(text.toString(), formatHint(), why);
        return result;
    };
    qsizetype digits = 0;
    while (digits < text.size() && text[digits].isDigit() && text[digits].unicode() < 128)
        ++digits;
    if (digits != 4 && digits != 6 && digits != 8 && digits != 10 && digits != 12 && digits != 14)
        return fail(QStringLiteral("%1 digits before any fraction or offset").arg(digits));
    int year = 0;
    int month = 1;
    int day = 1;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int millis = 0;
    digitsAt(text, 0, 4, year);
    if (digits >= 6)
        digitsAt(text, 4, 2, month);
    if (digits >= 8)
        digitsAt(text, 6, 2, day);
    if (digits >= 10)
        digitsAt(text, 8, 2, hour);
    if (digits >= 12)
        digitsAt(text, 10, 2, minute);
    if (digits >= 14)
        digitsAt(text, 12, 2, second);
    const Precision byDigits[] = {Precision::Year, Precision::Month, Precision::Day, Precision::Hour,
        Precision::Minute, Precision::Second};
    result.precision = byDigits[(digits - 4) / 2];
    qsizetype pos = digits;
    if (pos < text.size() && text[pos] == QLatin1Char('.')) {
        if (digits != 14)
            return fail(QStringLiteral("a fraction needs seconds before it"));
        ++pos;
        int scale = 100;
        const qsizetype start = pos;
        while (pos < text.size() && text[pos].isDigit() && text[pos].unicode() < 128 && pos - start < 4) {
            millis += (text[pos].unicode() - '0') * scale;
            scale /= 10;
            ++pos;
        }
        if (pos == start)
            return fail(QStringLiteral("no digits after the decimal point"));
        result.precision = Precision::Fraction;
    }
    int offsetSeconds = 0;
    if (pos < text.size() && (text[pos] == QLatin1Char('+') || text[pos] == QLatin1Char('-'))) {
        int hh = 0;
        int mm = 0;
        if (text.size() - pos != 5 || !digitsAt(text, pos + 1, 2, hh) || !digitsAt(text, pos + 3, 2, mm)
            || hh > 14 || mm > 59)
            return fail(QStringLiteral("the offset must be +HHMM or -HHMM"));
        offsetSeconds = (hh * 3600 + mm * 60) * (text[pos] == QLatin1Char('-') ? -1 : 1);
        result.hadOffset = true;
        pos += 5;
    }
    if (pos != text.size())
        return fail(QStringLiteral("unexpected \"%1\"").arg(text.sliced(pos).toString()));
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, millis);
    if (!date.isValid() || year < 1800)
        return fail(QStringLiteral("no such date"));
    if (!time.isValid())
        return fail(QStringLiteral("no such time of day"));
    result.date = date;
    result.time = time;
    if (result.hadOffset) {
        result.utc = QDateTime(date, time, QTimeZone(offsetSeconds)).toUTC();
        return result;
    }
    const CenterTime::WallTime wall = CenterTime::readWallTime(senderZone, date, time);
    if (wall.kind == CenterTime::WallTime::Kind::Skipped || !wall.utc.isValid()) {
        result.error = wall.note.isEmpty()
            ? QStringLiteral("\"%1\" cannot be placed in the sender's time zone.").arg(text.toString())
            : wall.note;
        return result;
    }
    result.utc = wall.utc.toUTC();
    return result;
}

QDate hl7Date(QStringView text, QString *error)
{
    text = text.trimmed();
    int year = 0;
    int month = 0;
    int day = 0;
    qsizetype digits = 0;
    while (digits < text.size() && text[digits].isDigit() && text[digits].unicode() < 128)
        ++digits;
    QDate date;
    if (digits >= 8 && digitsAt(text, 0, 4, year) && digitsAt(text, 4, 2, month) && digitsAt(text, 6, 2, day))
        date = QDate(year, month, day);
    // What follows the date must itself be a readable time, offset or fraction.
    if (date.isValid() && digits > 8) {
        const Hl7Time whole = Hl7Time::parse(text, QTimeZone::utc());
        if (!whole.error.isEmpty())
            date = QDate();
    } else if (date.isValid() && digits != text.size()) {
        date = QDate();
    }
    if (!date.isValid() && error)
        *error = QStringLiteral("\"%1\" is not a date (YYYYMMDD).").arg(text.toString());
    return date;
}

QString hl7Timestamp(const QDateTime &instant, const QTimeZone &zone)
{
    const QDateTime local = instant.toTimeZone(zone);
    const int offset = local.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return local.toString(QStringLiteral("yyyyMMddHHmmss"))
        + QStringLiteral("%1%2%3")
              .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
              .arg(minutes / 60, 2, 10, QLatin1Char('0'))
              .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace chairside
