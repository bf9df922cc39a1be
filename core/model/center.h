#pragma once

#include "openinghours.h"
#include "policy.h"

#include <QByteArray>
#include <QString>
#include <QTimeZone>

namespace chairside {

struct Center
{
    qint64 id = 0;
    QString name;
    QByteArray timeZoneId; ///< IANA name, e.g. "America/New_York"
    QString phone; ///< as the center gives it, for the slip and the patient's calls
    OpeningHours hours;
    Policy policy;

    QTimeZone timeZone() const { return QTimeZone(timeZoneId); }

    bool operator==(const Center &) const = default;
};

} // namespace chairside
