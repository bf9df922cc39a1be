#pragma once

#include "model/center.h"
#include "model/chair.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace chairside {

struct Patient;
struct Therapy;

/// How the desk writes times, days, chairs and people: the one wording of the check-in engine's
/// sentences, the desktop's pages and dialogs, the slip and the command line, so the same day is never
/// "tomorrow" in one and a date in another. Times are on the center's clock.
namespace DeskText {

/// The locale whose day and month names the desk writes and reads: the translation's own, English
/// without one (so the command line's words never change with the machine's locale).
QLocale locale();
/// "10:00".
QString time(const Center &center, const QDateTime &utc);
/// "Wednesday 2 December", with the year when it is not the year of `today`.
QString day(QDate date, QDate today);
/// "Wednesday": a weekday's name, in the desk's language.
QString weekday(QDate date);
/// "2 December", with the year when it is not the year of `today`: an order's or an authorization's
/// dates.
QString date(QDate date, QDate today);
/// "today at 10:00", "tomorrow at 10:00", "Wednesday 9 December at 10:00".
QString when(const Center &center, const QDateTime &utc, QDate today);
/// when() as it follows a verb: "today at 10:00", "tomorrow at 10:00", "on Wednesday 9 December at 10:00".
QString onWhen(const Center &center, const QDateTime &utc, QDate today);
/// "You are booked for Thursday 10 December at 10:00" (or "for tomorrow at 10:00"): a later booking, said
/// to the patient.
QString bookedFor(const Center &center, const QDateTime &utc, QDate today);
/// Said to a patient with no prescriber's order on file, who asks to book: the next step is the
/// prescriber's.
QString noOrderToBook();
/// The same step for the receptionist, about the patient.
QString noOrderOnFile(const Patient &patient);
/// Said to a patient whose orders have all lapsed or been used up.
QString orderToRenew();
/// "4 March 1961".
QString dateOfBirth(QDate date);
/// "chair 3" or "Suite A", as the desk says it.
QString chairPhrase(const Chair &chair);
/// The phrase of a chair looked up by id: "no chair yet" when the id is 0, "chair number 12" when the
/// chair is not at hand.
QString chairPhrase(const Chair *chair, qint64 chairId);
/// "infliximab (Remicade)", or "infusion" when the therapy is not at hand.
QString therapyName(const Therapy *therapy);
/// A number and its noun, singular or plural: "1 minute", "3 days".
QString count(qint64 n, const char *one, const char *many);
/// "2 hours", "30 minutes", "3 hours 30 minutes".
QString duration(int minutes);
/// "Maria Alvarez": the name as written on paper, first name first.
QString spokenName(const Patient &patient);

} // namespace DeskText

} // namespace chairside
