#include "fhirstatus.h"

#include <QStringList>

namespace chairside::FhirStatus {

bool isAppointmentStatus(const QString &code)
{
    static const QStringList codes = {QStringLiteral("proposed"), QStringLiteral("pending"),
        QStringLiteral("booked"), QStringLiteral("arrived"), QStringLiteral("fulfilled"),
        QStringLiteral("cancelled"), QStringLiteral("noshow"), QStringLiteral("entered-in-error"),
        QStringLiteral("checked-in"), QStringLiteral("waitlist")};
    return codes.contains(code);
}

std::optional<AppointmentStatus> toChairside(const QString &code)
{
    if (code == QLatin1String("in-progress"))
        return std::nullopt; // an Encounter's code, never an Appointment's
    return statusFromCode(code);
}

QString toFhir(AppointmentStatus status)
{
    if (status == AppointmentStatus::InProgress)
        return QStringLiteral("checked-in");
    return statusCode(status);
}

} // namespace chairside::FhirStatus
