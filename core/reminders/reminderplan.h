#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace chairside {

/// How a reminder reaches a patient.
enum class ReminderChannel
{
    Email,
    Sms,
};

/// "email", "sms".
QString reminderChannelCode(ReminderChannel channel);
std::optional<ReminderChannel> reminderChannelFromCode(const QString &code);

/// When a reminder goes out: so many days before the appointment's day, at a wall time of the center.
struct ReminderMoment
{
    int daysBefore = 1; ///< 0 to 14; 0 is the morning of the day itself
    int minuteOfDay = 17 * 60; ///< 0 to 1439, the center's wall time

    /// "3d@17:00": what is stored, and the moment's part of the queue's unique key.
    QString code() const;
    /// Reads "3d@17:00"; nothing for anything else.
    static std::optional<ReminderMoment> fromCode(const QString &code);

    bool operator==(const ReminderMoment &) const = default;
};

/// A center's reminders: whether they go out, when, by which channels, in which words.
struct ReminderPlan
{
    qint64 centerId = 0;
    bool enabled = false;
    QList<ReminderMoment> moments {{3, 17 * 60}, {1, 17 * 60}};
    QList<ReminderChannel> channels {ReminderChannel::Email, ReminderChannel::Sms};
    /// The words, with {day}, {time}, {center}, {address} and {phone}; nothing about the therapy.
    QString templateText = defaultTemplate();
    /// The center's street address, for the words and the calendar entry's location.
    QString address;

    static QString defaultTemplate();
    /// The placeholders a template may use.
    static QStringList allowedPlaceholders();

    /// "3d@17:00,1d@17:00" and "email,sms", as stored.
    QString momentCodes() const;
    QString channelCodes() const;
    /// Reads stored lists; unknown entries are skipped.
    static QList<ReminderMoment> momentsFromCodes(const QString &codes);
    static QList<ReminderChannel> channelsFromCodes(const QString &codes);

    /// Throws Error::BadData naming the field: a moment out of range or given twice, no moment or channel
    /// while on, an empty template, or one that asks for anything but the day, time, center, address and
    /// phone (a therapy or a diagnosis above all: reminders say the minimum necessary).
    void validate() const;
    /// One line for the audit trail and the CLI: "on, 3d@17:00 1d@17:00, email sms".
    QString summary() const;

    bool operator==(const ReminderPlan &) const = default;
};

} // namespace chairside
