#pragma once

#include <QString>

namespace chairside {

struct Therapy
{
    qint64 id = 0;
    QString name; ///< generic name, e.g. "infliximab"
    QString brand; ///< e.g. "Remicade"
    int defaultMinutes = 60;
    int intervalWeeks = 0; ///< 0 when the therapy has no regular dosing interval
    bool compounded = true; ///< compounded for one patient and one slot (USP 797)
    int beyondUseHours = 0; ///< how long a prepared dose stays usable; 0 when not compounded
    int drugCostCents = 0; ///< what one dose costs the center, set by the admin; 0 when not set

    QString displayName() const
    {
        return brand.isEmpty() ? name : name + QStringLiteral(" (") + brand + QLatin1Char(')');
    }
};

} // namespace chairside
