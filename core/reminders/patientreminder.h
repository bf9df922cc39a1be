#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace chairside {

/// A patient's wishes about reminders. The email is the patient's record's own.
struct PatientReminder
{
    enum class Preference
    {
        Any, ///< the center's first channel that reaches the patient
        Email,
        Sms,
        Phone, ///< no message: the desk calls
    };

    qint64 patientId = 0;
    Preference preference = Preference::Any;
    QString mobile; ///< the number texts go to, as typed
    bool optedOut = false; ///< always honoured: nothing is queued or sent
    QDateTime optedOutAtUtc; ///< when the opt-out was recorded; null when not opted out
    QString optedOutBy; ///< who recorded it

    /// "" (any), "email", "sms", "phone": as stored.
    static QString preferenceCode(Preference preference);
    /// The CLI's and the view's words: "any", "email", "sms", "phone"; nothing for anything else.
    static std::optional<Preference> preferenceFromWord(const QString &word);
    static QString preferenceWord(Preference preference);
    /// The wishes of a patient who never stated any: any channel, no mobile, not opted out.
    static PatientReminder defaultsFor(qint64 patientId)
    {
        PatientReminder wishes;
        wishes.patientId = patientId;
        return wishes;
    }

    bool operator==(const PatientReminder &) const = default;
};

} // namespace chairside
