#include "desktext.h"

#include "model/patient.h"
#include "model/therapy.h"
#include "scheduling/centertime.h"

#include <QCoreApplication>
#include <QLocale>

namespace chairside::DeskText {

namespace {

// The nouns count() is given, for the translation files: a language's plural is its own.
[[maybe_unused]] constexpr const char *countedNouns[]
    = {QT_TRANSLATE_NOOP("DeskText", "minute"), QT_TRANSLATE_NOOP("DeskText", "minutes"),
        QT_TRANSLATE_NOOP("DeskText", "day"), QT_TRANSLATE_NOOP("DeskText", "days"),
        QT_TRANSLATE_NOOP("DeskText", "visit"), QT_TRANSLATE_NOOP("DeskText", "visits"),
        QT_TRANSLATE_NOOP("DeskText", "dose"), QT_TRANSLATE_NOOP("DeskText", "doses")};

} // namespace

QLocale locale()
{
    //: The locale whose day and month names the desk's dates use, as a QLocale name (language_COUNTRY).
    return QLocale(QCoreApplication::translate("DeskText", "en_US"));
}

QString time(const Center &center, const QDateTime &utc)
{
    //: A time of day, in QTime::toString form.
    return CenterTime::toLocal(center, utc).toString(QCoreApplication::translate("DeskText", "HH:mm"));
}

QString day(QDate date, QDate today)
{
    return locale().toString(date,
        date.year() == today.year()
            //: A weekday and date of this year, in QDate::toString form: "Wednesday 2 December".
            ? QCoreApplication::translate("DeskText", "dddd d MMMM")
            //: A weekday and date of another year, in QDate::toString form.
            : QCoreApplication::translate("DeskText", "dddd d MMMM yyyy"));
}

QString weekday(QDate date)
{
    return locale().dayName(date.dayOfWeek());
}

QString date(QDate date, QDate today)
{
    return locale().toString(date,
        date.year() == today.year()
            //: A date of this year, in QDate::toString form: "2 December".
            ? QCoreApplication::translate("DeskText", "d MMMM")
            //: A date of another year, in QDate::toString form: "2 December 2027".
            : QCoreApplication::translate("DeskText", "d MMMM yyyy"));
}

QString when(const Center &center, const QDateTime &utc, QDate today)
{
    const QDate date = CenterTime::localDate(center, utc);
    const QString at = time(center, utc);
    if (date == today)
        return QCoreApplication::translate("DeskText", "today at %1").arg(at);
    if (date == today.addDays(1))
        return QCoreApplication::translate("DeskText", "tomorrow at %1").arg(at);
    return QCoreApplication::translate("DeskText", "%1 at %2").arg(day(date, today), at);
}

QString onWhen(const Center &center, const QDateTime &utc, QDate today)
{
    const QDate date = CenterTime::localDate(center, utc);
    if (date == today || date == today.addDays(1))
        return when(center, utc, today);
    return QCoreApplication::translate("DeskText", "on %1").arg(when(center, utc, today));
}

QString bookedFor(const Center &center, const QDateTime &utc, QDate today)
{
    return QCoreApplication::translate("DeskText", "You are booked for %1").arg(when(center, utc, today));
}

QString noOrderToBook()
{
    return QCoreApplication::translate("DeskText",
        "We have no order from your prescriber, and the desk cannot book without one: your prescriber "
        "must send us an order first.");
}

QString noOrderOnFile(const Patient &patient)
{
    return QCoreApplication::translate("DeskText",
        "%1 has no prescriber's order on file, and the desk cannot book without one: the prescriber "
        "must send an order first.")
        .arg(spokenName(patient));
}

QString orderToRenew()
{
    return QCoreApplication::translate("DeskText",
        "Your prescriber's order has lapsed or has no doses left, and the desk cannot book without a "
        "current one: your prescriber must renew it.");
}

QString dateOfBirth(QDate date)
{
    //: A date of birth, in QDate::toString form: "4 March 1961". Short, it stands beside the age.
    return locale().toString(date, QCoreApplication::translate("DeskText", "d MMMM yyyy", "date of birth"));
}

QString chairPhrase(const Chair &chair)
{
    return chair.kind == Chair::Kind::Suite
        ? chair.label
        : QCoreApplication::translate("DeskText", "chair %1").arg(chair.label);
}

QString chairPhrase(const Chair *chair, qint64 chairId)
{
    if (chairId == 0)
        return QCoreApplication::translate("DeskText", "no chair yet");
    return chair ? chairPhrase(*chair)
                 : QCoreApplication::translate("DeskText", "chair number %1").arg(chairId);
}

QString therapyName(const Therapy *therapy)
{
    return therapy ? therapy->displayName() : QCoreApplication::translate("DeskText", "infusion");
}

QString count(qint64 n, const char *one, const char *many)
{
    return QCoreApplication::translate("DeskText", "%1 %2", "a number and its noun: 3 days")
        .arg(n)
        .arg(QCoreApplication::translate("DeskText", n == 1 ? one : many));
}

QString duration(int minutes)
{
    const int hours = minutes / 60;
    const int rest = minutes % 60;
    QString h = hours == 1 ? QCoreApplication::translate("DeskText", "1 hour")
                           : QCoreApplication::translate("DeskText", "%1 hours").arg(hours);
    QString m = rest == 1 ? QCoreApplication::translate("DeskText", "1 minute")
                          : QCoreApplication::translate("DeskText", "%1 minutes").arg(rest);
    if (hours == 0)
        return m;
    if (rest == 0)
        return h;
    return QCoreApplication::translate("DeskText", "%1 %2", "hours and minutes: 3 hours 30 minutes")
        .arg(h, m);
}

QString spokenName(const Patient &patient)
{
    return patient.firstName + QLatin1Char(' ') + patient.lastName;
}

} // namespace chairside::DeskText
