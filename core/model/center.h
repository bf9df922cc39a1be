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
    OpeningHours hours;
    Policy policy;

    QTimeZone timeZone() const { return QTimeZone(timeZoneId); }
};

} // namespace chairside
