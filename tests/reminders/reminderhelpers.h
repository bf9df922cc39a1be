#pragma once

#include "checkinhelpers.h"
#include "fixture.h"
#include "reminders/reminderservice.h"

namespace chairside::test {

/// The fixture's center with reminders on by email, one moment (1 day before at 17:00), the mail server at
/// 127.0.0.1:port without STARTTLS, logging in as "clinic" with "s3cret-pass" when `withLogin`.
void turnRemindersOn(Fixture &f, int smtpPort, bool withLogin = true);
/// Gives the patient an email address on the patient's record.
void giveEmail(Fixture &f, Patient &patient, const QString &email);
/// A ready patient with an email, booked at the hour on the day: the appointment's id.
qint64 bookWithEmail(Fixture &f, const QString &mrn, const QString &email, QDate day, int hour);

inline constexpr const char *kSmtpPassword = "s3cret-pass";

} // namespace chairside::test
