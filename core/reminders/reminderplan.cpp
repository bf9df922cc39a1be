#include "reminderplan.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace chairside {

QString reminderChannelCode(ReminderChannel channel)
{
    return channel == ReminderChannel::Email ? QStringLiteral("email") : QStringLiteral("sms");
}

std::optional<ReminderChannel> reminderChannelFromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("email"))
        return ReminderChannel::Email;
    if (c == QLatin1String("sms") || c == QLatin1String("text"))
        return ReminderChannel::Sms;
    return std::nullopt;
}

QString ReminderMoment::code() const
{
    return QStringLiteral("%1d@%2:%3")
        .arg(daysBefore)
        .arg(minuteOfDay / 60, 2, 10, QLatin1Char('0'))
        .arg(minuteOfDay % 60, 2, 10, QLatin1Char('0'));
}

std::optional<ReminderMoment> ReminderMoment::fromCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2})d@(\\d{1,2}):(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(code.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int hour = match.captured(2).toInt();
    const int minute = match.captured(3).toInt();
    if (hour > 23 || minute > 59)
        return std::nullopt;
    return ReminderMoment {match.captured(1).toInt(), hour * 60 + minute};
}

QString ReminderPlan::defaultTemplate()
{
    return QCoreApplication::translate("ReminderPlan",
        "Reminder: your appointment at {center} is on {day} at {time}. {address}. To change it, call "
        "{phone}.");
}

QStringList ReminderPlan::allowedPlaceholders()
{
    return {QStringLiteral("day"), QStringLiteral("time"), QStringLiteral("center"),
        QStringLiteral("address"), QStringLiteral("phone")};
}

QString ReminderPlan::momentCodes() const
{
    QStringList codes;
    for (const ReminderMoment &moment : moments)
        codes << moment.code();
    return codes.join(QLatin1Char(','));
}

QString ReminderPlan::channelCodes() const
{
    QStringList codes;
    for (const ReminderChannel channel : channels)
        codes << reminderChannelCode(channel);
    return codes.join(QLatin1Char(','));
}

QList<ReminderMoment> ReminderPlan::momentsFromCodes(const QString &codes)
{
    QList<ReminderMoment> moments;
    for (const QString &code : codes.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const auto moment = ReminderMoment::fromCode(code))
            moments << *moment;
    }
    return moments;
}

QList<ReminderChannel> ReminderPlan::channelsFromCodes(const QString &codes)
{
    QList<ReminderChannel> channels;
    for (const QString &code : codes.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const auto channel = reminderChannelFromCode(code); channel && !channels.contains(*channel))
            channels << *channel;
    }
    return channels;
}

void ReminderPlan::validate() const
{
    QSet<QString> seen;
    for (const ReminderMoment &moment : moments) {
        if (moment.daysBefore < 0 || moment.daysBefore > 14 || moment.minuteOfDay < 0
            || moment.minuteOfDay >= 24 * 60) {
            throw Error::badData(QStringLiteral("moments"),
                QCoreApplication::translate("ReminderPlan",
                    "A reminder goes out 0 to 14 days before the appointment, at a time from 00:00 to "
                    "23:59."));
        }
        if (seen.contains(moment.code())) {
            throw Error::badData(QStringLiteral("moments"),
                QCoreApplication::translate("ReminderPlan", "The moment %1 is given twice.")
                    .arg(moment.code()));
        }
        seen.insert(moment.code());
    }
    if (enabled && moments.isEmpty())
        throw Error::badData(QStringLiteral("moments"),
            QCoreApplication::translate("ReminderPlan",
                "Reminders need at least one moment, e.g. 3 days and 1 day before at 17:00."));
    if (enabled && channels.isEmpty())
        throw Error::badData(QStringLiteral("channels"),
            QCoreApplication::translate("ReminderPlan", "Reminders need a channel: email, text or both."));
    if (templateText.trimmed().isEmpty())
        throw Error::badData(QStringLiteral("template"),
            QCoreApplication::translate("ReminderPlan", "The reminder's words are empty."));
    if (templateText.size() > 1000)
        throw Error::badData(QStringLiteral("template"),
            QCoreApplication::translate(
                "ReminderPlan", "The reminder's words are longer than 1000 characters."));
    static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]*)\\}"));
    const QStringList allowed = allowedPlaceholders();
    auto matches = placeholder.globalMatch(templateText);
    while (matches.hasNext()) {
        const QString name = matches.next().captured(1).trimmed().toLower();
        if (allowed.contains(name))
            continue;
        static const QStringList clinical {QStringLiteral("therapy"), QStringLiteral("drug"),
            QStringLiteral("medication"), QStringLiteral("diagnosis"), QStringLiteral("condition"),
            QStringLiteral("treatment"), QStringLiteral("dose"), QStringLiteral("infusion")};
        const bool isClinical = std::any_of(
            clinical.cbegin(), clinical.cend(), [&name](const QString &word) { return name.contains(word); });
        throw Error::badData(QStringLiteral("template"),
            isClinical ? QCoreApplication::translate("ReminderPlan",
                "A reminder never names the therapy or a diagnosis: remove {%1}. It may say "
                "{day}, {time}, {center}, {address} and {phone}.")
                             .arg(name)
                       : QCoreApplication::translate("ReminderPlan",
                           "{%1} is not something a reminder can say; use {day}, {time}, {center}, "
                           "{address} and {phone}.")
                             .arg(name));
    }
}

QString ReminderPlan::summary() const
{
    QStringList momentList;
    for (const ReminderMoment &moment : moments)
        momentList << moment.code();
    QStringList channelList;
    for (const ReminderChannel channel : channels)
        channelList << reminderChannelCode(channel);
    return QStringLiteral("%1, moments %2, channels %3")
        .arg(enabled ? QStringLiteral("on") : QStringLiteral("off"),
            momentList.isEmpty() ? QStringLiteral("none") : momentList.join(QLatin1Char(' ')),
            channelList.isEmpty() ? QStringLiteral("none") : channelList.join(QLatin1Char(' ')));
}

} // namespace chairside
