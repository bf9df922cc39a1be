#include "remindertext.h"

#include "model/appointment.h"
#include "model/center.h"

#include <QCoreApplication>
#include <QLocale>

#include <libical/ical.h>

namespace chairside {

namespace {

icaltimetype icalUtc(const QDateTime &instant)
{
    return icaltime_from_timet_with_zone(
        time_t(instant.toSecsSinceEpoch()), 0, icaltimezone_get_utc_timezone());
}

QByteArray calendarFor(const Center &center, const QString &address, const Appointment &appointment,
    const QString &organizerEmail, const QDateTime &nowUtc)
{
    icalcomponent *calendar = icalcomponent_new(ICAL_VCALENDAR_COMPONENT);
    icalcomponent_add_property(calendar, icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar, icalproperty_new_prodid("-//Chairside//Reminders//EN"));
    icalcomponent_add_property(calendar, icalproperty_new_method(ICAL_METHOD_PUBLISH));

    icalcomponent *event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
    const QByteArray uid = QStringLiteral("appointment-%1@chairside").arg(appointment.id).toUtf8();
    icalcomponent_add_property(event, icalproperty_new_uid(uid.constData()));
    icalcomponent_add_property(event, icalproperty_new_dtstamp(icalUtc(nowUtc)));
    icalcomponent_add_property(event, icalproperty_new_dtstart(icalUtc(appointment.startUtc)));
    icalcomponent_add_property(event, icalproperty_new_dtend(icalUtc(appointment.endUtc())));
    const QByteArray summary
        = QCoreApplication::translate("ReminderText", "Appointment at %1").arg(center.name).toUtf8();
    icalcomponent_add_property(event, icalproperty_new_summary(summary.constData()));
    const QByteArray location
        = (address.isEmpty() ? center.name : center.name + QStringLiteral(", ") + address).toUtf8();
    icalcomponent_add_property(event, icalproperty_new_location(location.constData()));
    if (!center.phone.isEmpty()) {
        const QByteArray description = QCoreApplication::translate("ReminderText", "To change it, call %1.")
                                           .arg(center.phone)
                                           .toUtf8();
        icalcomponent_add_property(event, icalproperty_new_description(description.constData()));
    }
    if (!organizerEmail.isEmpty()) {
        const QByteArray organizer = (QStringLiteral("mailto:") + organizerEmail).toUtf8();
        icalcomponent_add_property(event, icalproperty_new_organizer(organizer.constData()));
    }
    icalcomponent_add_property(event, icalproperty_new_status(ICAL_STATUS_CONFIRMED));
    icalcomponent_add_component(calendar, event);

    char *text = icalcomponent_as_ical_string_r(calendar);
    QByteArray result(text);
    icalmemory_free_buffer(text);
    icalcomponent_free(calendar);
    return result;
}

/// A header's value in RFC 2047 form when it is not plain ASCII.
QByteArray headerText(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    bool ascii = true;
    for (const char c : utf8)
        ascii = ascii && uchar(c) < 0x80 && c != '\r' && c != '\n';
    if (ascii)
        return utf8;
    return "=?UTF-8?B?" + utf8.toBase64() + "?=";
}

/// Base64 in lines of 76, as MIME asks.
QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray lines;
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        lines += encoded.mid(i, 76) + "\r\n";
    return lines;
}

} // namespace

ReminderText ReminderText::compose(const ReminderPlan &plan, const Center &center,
    const Appointment &appointment, const QString &organizerEmail, const QDateTime &nowUtc)
{
    const QDateTime local = appointment.startUtc.toTimeZone(center.timeZone());
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QString day = english.toString(local.date(), QStringLiteral("dddd, MMMM d"));
    const QString time = english.toString(local.time(), QStringLiteral("h:mm AP"));

    QString body = plan.templateText;
    body.replace(QLatin1String("{day}"), day);
    body.replace(QLatin1String("{time}"), time);
    body.replace(QLatin1String("{center}"), center.name);
    body.replace(QLatin1String("{address}"), plan.address);
    body.replace(QLatin1String("{phone}"), center.phone);

    ReminderText text;
    text.subject
        = QCoreApplication::translate("ReminderText", "Reminder: %1 at %2, %3").arg(day, time, center.name);
    text.body = body.simplified();
    text.calendar = calendarFor(center, plan.address, appointment, organizerEmail, nowUtc);
    return text;
}

QByteArray buildReminderMail(const ReminderText &text, const QString &from, const QString &to,
    qint64 reminderId, const QDateTime &nowUtc)
{
    const QString domain = from.section(QLatin1Char('@'), 1);
    const QByteArray boundary
        = "chairside-" + QByteArray::number(reminderId) + "-" + QByteArray::number(nowUtc.toSecsSinceEpoch());
    QByteArray mail;
    mail += "From: " + from.toUtf8() + "\r\n";
    mail += "To: " + to.toUtf8() + "\r\n";
    mail += "Subject: " + headerText(text.subject) + "\r\n";
    mail += "Date: "
        + QLocale::c().toString(nowUtc.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1()
        + " +0000\r\n";
    mail += "Message-ID: <reminder-" + QByteArray::number(reminderId) + "@" + domain.toUtf8() + ">\r\n";
    mail += "MIME-Version: 1.0\r\n";
    mail += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n";
    mail += "\r\n";
    mail += "--" + boundary + "\r\n";
    mail += "Content-Type: text/plain; charset=UTF-8\r\n";
    mail += "Content-Transfer-Encoding: base64\r\n\r\n";
    mail += base64Lines(text.body.toUtf8() + "\r\n");
    mail += "--" + boundary + "\r\n";
    mail += "Content-Type: text/calendar; charset=UTF-8; method=PUBLISH; name=\"invite.ics\"\r\n";
    mail += "Content-Disposition: attachment; filename=\"invite.ics\"\r\n";
    mail += "Content-Transfer-Encoding: base64\r\n\r\n";
    mail += base64Lines(text.calendar);
    mail += "--" + boundary + "--\r\n";
    return mail;
}

} // namespace chairside
