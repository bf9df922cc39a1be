#include "patientreminder.h"

#include <optional>

namespace chairside {

QString PatientReminder::preferenceCode(Preference preference)
{
    switch (preference) {
    case Preference::Any:
        return {};
    case Preference::Email:
        return QStringLiteral("email");
    case Preference::Sms:
        return QStringLiteral("sms");
    case Preference::Phone:
        return QStringLiteral("phone");
    }
    return {};
}

QString PatientReminder::preferenceWord(Preference preference)
{
    return preference == Preference::Any ? QStringLiteral("any") : preferenceCode(preference);
}

std::optional<PatientReminder::Preference> PatientReminder::preferenceFromWord(const QString &word)
{
    const QString w = word.trimmed().toLower();
    if (w.isEmpty() || w == QLatin1String("any"))
        return Preference::Any;
    if (w == QLatin1String("email"))
        return Preference::Email;
    if (w == QLatin1String("sms") || w == QLatin1String("text"))
        return Preference::Sms;
    if (w == QLatin1String("phone") || w == QLatin1String("call"))
        return Preference::Phone;
    return std::nullopt;
}

} // namespace chairside
