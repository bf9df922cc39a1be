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

    /// The zone named by timeZoneId. Zones are made once per name and thread, then shared: a roster or
    /// a readiness queue asks for it thousands of times, and making one reads the system's zone data.
    QTimeZone timeZone() const;

    bool operator==(const Center &) const = default;
};

} // namespace chairside
