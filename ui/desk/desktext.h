#pragma once

#include "model/center.h"
#include "model/chair.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace chairside {

class Store;
struct Appointment;
struct Patient;

/// How the desk writes times, days, chairs and people, the same on every part of the desk, its
/// dialogs and the slip. Times are on the center's clock.
namespace DeskText {

/// "10:00".
QString time(const Center &center, const QDateTime &utc);
/// "Wednesday 2 December", with the year when it is not the year of `today`.
QString day(QDate date, QDate today);
/// "today at 10:00", "tomorrow at 10:00", "Wednesday 9 December at 10:00".
QString when(const Center &center, const QDateTime &utc, QDate today);
/// "4 March 1961".
QString dateOfBirth(QDate date);
/// "chair 3" or "Suite A", as the desk says it.
QString chairPhrase(const Chair &chair);
/// The chair's phrase read from the store, or "no chair yet" when it has none.
QString chairPhrase(Store &store, qint64 chairId);
/// "infliximab (Remicade)" read from the store, or "infusion" when the therapy is unknown.
QString therapyName(Store &store, qint64 therapyId);
/// "2 hours", "30 minutes", "3 hours 30 minutes".
QString duration(int minutes);
/// "Maria Alvarez": the name as written on paper, first name first.
QString spokenName(const Patient &patient);

} // namespace DeskText

} // namespace chairside
