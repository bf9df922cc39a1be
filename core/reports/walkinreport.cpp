#include "walkinreport.h"

#include "scheduling/centertime.h"

#include <QCoreApplication>
#include <QStringList>

namespace chairside {

namespace {

QString localText(const Center &center, const QDateTime &utc)
{
    return utc.isValid() ? CenterTime::toLocal(center, utc).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                         : QString();
}

} // namespace

WalkInReport WalkInReport::of(const ReportRecords &records)
{
    WalkInReport report;
    report.rows = records.walkIns;
    for (const WalkInRow &row : report.rows) {
        report.booked += row.bookedId != 0 ? 1 : 0;
        report.withNextBooking += row.walkIn.nextAppointmentId != 0 ? 1 : 0;
    }
    return report;
}

ReportTable WalkInReport::table(const Center &center) const
{
    ReportTable t;
    t.header = {QCoreApplication::translate("WalkInReport", "Came"),
        QCoreApplication::translate("WalkInReport", "MRN"),
        QCoreApplication::translate("WalkInReport", "Patient"),
        QCoreApplication::translate("WalkInReport", "Seen by"),
        QCoreApplication::translate("WalkInReport", "Next booking then"),
        QCoreApplication::translate("WalkInReport", "Offered"),
        QCoreApplication::translate("WalkInReport", "Booked")};
    for (const WalkInRow &row : rows) {
        QStringList offered;
        for (const OfferedSlot &slot : row.walkIn.offered)
            offered << localText(center, slot.startUtc);
        t.rows << QStringList {localText(center, row.walkIn.atUtc), row.mrn, row.patientName, row.walkIn.user,
            localText(center, row.nextStartUtc), offered.join(QStringLiteral("; ")),
            localText(center, row.bookedStartUtc)};
    }
    return t;
}

} // namespace chairside
