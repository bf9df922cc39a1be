#include "desktext.h"

#include "model/patient.h"
#include "model/therapy.h"
#include "scheduling/centertime.h"

#include <QCoreApplication>
#include <QLocale>

namespace chairside::DeskText {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DeskText", text);
}

} // namespace

QString time(const Center &center, const QDateTime &utc)
{
    return CenterTime::toLocal(center, utc).toString(QStringLiteral("HH:mm"));
}

QString day(QDate date, QDate today)
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    return english.toString(date,
        date.year() == today.year() ? QStringLiteral("dddd d MMMM") : QStringLiteral("dddd d MMMM yyyy"));
}

QString date(QDate date, QDate today)
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    return english.toString(
        date, date.year() == today.year() ? QStringLiteral("d MMMM") : QStringLiteral("d MMMM yyyy"));
}

QString when(const Center &center, const QDateTime &utc, QDate today)
{
    const QDate date = CenterTime::localDate(center, utc);
    const QString at = time(center, utc);
    if (date == today)
        return tr("today at %1").arg(at);
    if (date == today.addDays(1))
        return tr("tomorrow at %1").arg(at);
    return tr("%1 at %2").arg(day(date, today), at);
}

QString onWhen(const Center &center, const QDateTime &utc, QDate today)
{
    const QDate date = CenterTime::localDate(center, utc);
    if (date == today || date == today.addDays(1))
        return when(center, utc, today);
    return tr("on %1").arg(when(center, utc, today));
}

QString bookedFor(const Center &center, const QDateTime &utc, QDate today)
{
    return tr("You are booked for %1").arg(when(center, utc, today));
}

QString noOrderToBook()
{
    return tr("We have no order from your prescriber, and the desk cannot book without one: your prescriber "
              "must send us an order first.");
}

QString noOrderOnFile(const Patient &patient)
{
    return tr("%1 has no prescriber's order on file, and the desk cannot book without one: the prescriber "
              "must send an order first.")
        .arg(spokenName(patient));
}

QString orderToRenew()
{
    return tr("Your prescriber's order has lapsed or has no doses left, and the desk cannot book without a "
              "current one: your prescriber must renew it.");
}

QString dateOfBirth(QDate date)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(date, QStringLiteral("d MMMM yyyy"));
}

QString chairPhrase(const Chair &chair)
{
    return chair.kind == Chair::Kind::Suite ? chair.label : tr("chair %1").arg(chair.label);
}

QString chairPhrase(const Chair *chair, qint64 chairId)
{
    if (chairId == 0)
        return tr("no chair yet");
    return chair ? chairPhrase(*chair) : tr("chair number %1").arg(chairId);
}

QString therapyName(const Therapy *therapy)
{
    return therapy ? therapy->displayName() : tr("infusion");
}

QString count(qint64 n, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}

QString duration(int minutes)
{
    const int hours = minutes / 60;
    const int rest = minutes % 60;
    QString h = hours == 1 ? tr("1 hour") : tr("%1 hours").arg(hours);
    QString m = rest == 1 ? tr("1 minute") : tr("%1 minutes").arg(rest);
    if (hours == 0)
        return m;
    if (rest == 0)
        return h;
    return tr("%1 %2").arg(h, m);
}

QString spokenName(const Patient &patient)
{
    return patient.firstName + QLatin1Char(' ') + patient.lastName;
}

} // namespace chairside::DeskText
