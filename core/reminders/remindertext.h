#pragma once

#include "reminderplan.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace chairside {

struct Appointment;
struct Center;

/// A reminder's words and calendar entry for one appointment: what every channel sends. Pure: no store,
/// no clock.
struct ReminderText
{
    QString subject; ///< the email's subject
    QString body; ///< the center's template filled in
    QByteArray calendar; ///< an iCalendar VEVENT (libical), for the email's attachment

    /// Fills in the plan's template for the appointment: {day} and {time} in the center's zone, {center},
    /// {address}, {phone}. The calendar entry names the center and the time, never the therapy.
    static ReminderText compose(const ReminderPlan &plan, const Center &center,
        const Appointment &appointment, const QString &organizerEmail, const QDateTime &nowUtc);
};

/// An email in RFC 5322 form, CRLF line ends: the reminder's words as text/plain and its calendar entry as
/// an attached text/calendar (invite.ics), with a Message-ID that names the reminder, so that a copy sent
/// twice would show.
QByteArray buildReminderMail(const ReminderText &text, const QString &from, const QString &to,
    qint64 reminderId, const QDateTime &nowUtc);

} // namespace chairside
