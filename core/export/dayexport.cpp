#include "dayexport.h"

#include "access/permission.h"
#include "common/clock.h"
#include "scheduling/centertime.h"
#include "store/store.h"

namespace chairside {

DayExport::DayExport(Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{ }

FhirDay DayExport::fhirDay(const Center &center, QDate date, const User &user)
{
    requirePermissionAt(m_store, user, Permission::ViewSchedule, center.id);
    Store::DayRecords records = m_store.dayRecordsAtCenter(
        center.id, CenterTime::dayStartUtc(center, date), CenterTime::dayEndUtc(center, date));
    FhirDay day;
    day.center = center;
    day.day = date;
    day.appointments = std::move(records.appointments);
    day.patients = std::move(records.patients);
    day.chairs = std::move(records.chairs);
    day.therapies = std::move(records.therapies);
    return day;
}

QJsonObject DayExport::fhirBundle(const Center &center, QDate date, const User &user)
{
    return FhirExport::dayBundle(fhirDay(center, date, user), m_clock.nowUtc());
}

} // namespace chairside
