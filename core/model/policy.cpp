#include "policy.h"

#include "common/error.h"
#include "openinghours.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace chairside {

namespace {

QString twoDigits(int n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

} // namespace

QString slotOffersName(SlotOffers offers)
{
    return offers == SlotOffers::Earliest ? QStringLiteral("earliest") : QStringLiteral("level");
}

std::optional<SlotOffers> slotOffersNamed(const QString &name)
{
    const QString t = name.trimmed().toLower();
    if (t == QLatin1String("earliest"))
        return SlotOffers::Earliest;
    if (t == QLatin1String("level"))
        return SlotOffers::Level;
    return std::nullopt;
}

int NursePolicy::nursesAt(int weekday, int hour, int chairs) const
{
    if (weekday >= 1 && weekday <= 7 && hour >= 0 && hour < 24) {
        const int set = nurses[std::size_t(weekday - 1)][std::size_t(hour)];
        if (set >= 0)
            return set;
    }
    const int perNurse = std::max(patientsPerNurse, 1);
    return (std::max(chairs, 0) + perNurse - 1) / perNurse;
}

QString NursePolicy::shiftsText() const
{
    // Runs of hours with one number, then runs of weekdays with the same runs of hours.
    std::array<QString, 7> dayText;
    for (int d = 0; d < 7; ++d) {
        QStringList runs;
        int h = 0;
        while (h < 24) {
            const int value = nurses[std::size_t(d)][std::size_t(h)];
            int end = h + 1;
            while (end < 24 && nurses[std::size_t(d)][std::size_t(end)] == value)
                ++end;
            if (value >= 0)
                runs << QStringLiteral("%1-%2=%3").arg(twoDigits(h), twoDigits(end)).arg(value);
            h = end;
        }
        dayText[std::size_t(d)] = runs.join(QLatin1Char(','));
    }
    QStringList entries;
    int d = 0;
    while (d < 7) {
        int end = d + 1;
        while (end < 7 && dayText[std::size_t(end)] == dayText[std::size_t(d)])
            ++end;
        if (!dayText[std::size_t(d)].isEmpty()) {
            const QString days = end - d == 1
                ? QString(weekdayName(d + 1))
                : QString(weekdayName(d + 1)) + QLatin1Char('-') + QString(weekdayName(end));
            entries << days + QLatin1Char(' ') + dayText[std::size_t(d)];
        }
        d = end;
    }
    return entries.join(QStringLiteral("; "));
}

void NursePolicy::applyShifts(const QString &text, const QString &field)
{
    static const QRegularExpression entryPattern(
        QStringLiteral(R"(^\s*([A-Za-z]+)(?:\s*-\s*([A-Za-z]+))?\s+(.+?)\s*$)"));
    static const QRegularExpression runPattern(
        QStringLiteral(R"(^\s*(\d{1,2})\s*-\s*(\d{1,2})\s*=\s*(\d{1,3}|default)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto refuse = [&field](const QString &what) {
        throw Error::badData(field,
            QCoreApplication::translate("NursePolicy",
                "%1; write the nurses on shift like \"mon-fri 07-19=6; sat 08-14=3\" (hours from-to, "
                "\"=default\" for as many as the chairs need).")
                .arg(what));
    };
    std::array<std::array<int, 24>, 7> week = nurses;
    const QStringList entries = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    if (entries.isEmpty())
        refuse(QCoreApplication::translate("NursePolicy", "No shift is given"));
    for (const QString &entry : entries) {
        if (entry.trimmed().isEmpty())
            continue;
        const auto match = entryPattern.match(entry);
        if (!match.hasMatch())
            refuse(QCoreApplication::translate("NursePolicy", "\"%1\" is not a shift").arg(entry.trimmed()));
        const int from = weekdayFromName(match.captured(1));
        const int to = match.captured(2).isEmpty() ? from : weekdayFromName(match.captured(2));
        if (from == 0 || to == 0 || to < from)
            refuse(QCoreApplication::translate("NursePolicy", "\"%1\" does not name weekdays in order")
                       .arg(entry.trimmed()));
        for (const QString &run : match.captured(3).split(QLatin1Char(','))) {
            const auto r = runPattern.match(run);
            if (!r.hasMatch())
                refuse(
                    QCoreApplication::translate("NursePolicy", "\"%1\" is not hours with a number of nurses")
                        .arg(run.trimmed()));
            const int firstHour = r.captured(1).toInt();
            const int endHour = r.captured(2).toInt();
            if (firstHour >= endHour || endHour > 24)
                refuse(QCoreApplication::translate("NursePolicy", "The hours %1-%2 are not a span of the day")
                           .arg(r.captured(1), r.captured(2)));
            const bool reset = r.captured(3).compare(QLatin1String("default"), Qt::CaseInsensitive) == 0;
            const int value = reset ? kUnset : r.captured(3).toInt();
            if (value > 200)
                refuse(QCoreApplication::translate("NursePolicy", "%1 nurses on shift is more than 200")
                           .arg(value));
            for (int day = from; day <= to; ++day) {
                for (int h = firstHour; h < endHour; ++h)
                    week[std::size_t(day - 1)][std::size_t(h)] = value;
            }
        }
    }
    nurses = week;
}

} // namespace chairside
