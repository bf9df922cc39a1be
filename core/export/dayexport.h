#pragma once

#include "interop/fhirexport.h"
#include "model/center.h"
#include "model/user.h"

#include <QDate>
#include <QJsonObject>

namespace chairside {

class Clock;
class Store;

/// A center's day for other systems: its appointments with their patients, chairs and therapies read
/// from the store in one snapshot, written as a FHIR R4 Bundle (FhirExport::dayBundle).
class DayExport final
{
public:
    DayExport(Store &store, const Clock &clock);

    /// The day's records (Permission::ViewSchedule).
    FhirDay fhirDay(const Center &center, QDate date, const User &user);
    /// The day as a Bundle, stamped with the clock's now (Permission::ViewSchedule).
    QJsonObject fhirBundle(const Center &center, QDate date, const User &user);

private:
    Store &m_store;
    const Clock &m_clock;
};

} // namespace chairside
