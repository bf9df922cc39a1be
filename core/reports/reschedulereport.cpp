#include "reschedulereport.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>

namespace chairside {

bool RescheduleReport::isReadinessProblem(ReasonCode code)
{
    switch (code) {
    case ReasonCode::OrderMissing:
    case ReasonCode::OrderExpired:
    case ReasonCode::OrderDosesUsed:
    case ReasonCode::AuthMissing:
    case ReasonCode::AuthPending:
    case ReasonCode::AuthDenied:
    case ReasonCode::AuthExpired:
    case ReasonCode::AuthVisitsUsed:
    case ReasonCode::EligibilityStale:
    case ReasonCode::MedicationNotReady:
    case ReasonCode::DoseExpired:
        return true;
    default:
        return false;
    }
}

RescheduleReport RescheduleReport::of(const ReportRecords &records)
{
    QHash<qint64, const ReportAppointment *> byId;
    for (const ReportAppointment &r : records.appointments)
        byId.insert(r.appointment.id, &r);

    std::map<int, QSet<qint64>> byCode;
    QSet<qint64> all;
    QSet<qint64> readiness;
    for (const CheckInRecord &decision : records.reschedulingDecisions) {
        if (decision.outcome != QLatin1String("reschedule") || !byId.contains(decision.appointmentId))
            continue;
        for (const QString &name : decision.reasons) {
            const std::optional<ReasonCode> code = reasonCodeFromName(name);
            if (!code || !isBlocking(*code))
                continue;
            byCode[int(*code)].insert(decision.appointmentId);
            all.insert(decision.appointmentId);
            if (isReadinessProblem(*code))
                readiness.insert(decision.appointmentId);
        }
    }
    const auto moved = [&](qint64 id) { return byId.value(id)->replacedById != 0; };
    RescheduleReport report;
    for (const auto &[code, ids] : byCode) {
        Reason reason;
        reason.code = ReasonCode(code);
        reason.readiness = isReadinessProblem(reason.code);
        reason.appointments = int(ids.size());
        reason.moved = int(std::count_if(ids.cbegin(), ids.cend(), moved));
        report.reasons << reason;
    }
    std::stable_sort(report.reasons.begin(), report.reasons.end(), [](const Reason &a, const Reason &b) {
        if (a.appointments != b.appointments)
            return a.appointments > b.appointments;
        return a.readiness && !b.readiness;
    });
    report.appointments = int(all.size());
    report.readinessAppointments = int(readiness.size());
    report.moved = int(std::count_if(all.cbegin(), all.cend(), moved));
    return report;
}

ReportTable RescheduleReport::table() const
{
    ReportTable t;
    t.header = {QCoreApplication::translate("RescheduleReport", "Reason"),
        QCoreApplication::translate("RescheduleReport", "Readiness problem"),
        QCoreApplication::translate("RescheduleReport", "Appointments"),
        QCoreApplication::translate("RescheduleReport", "Moved")};
    for (const Reason &r : reasons) {
        t.rows << QStringList {reasonCodeName(r.code),
            r.readiness ? QCoreApplication::translate("RescheduleReport", "yes")
                        : QCoreApplication::translate("RescheduleReport", "no"),
            QString::number(r.appointments), QString::number(r.moved)};
    }
    t.rows << QStringList {QCoreApplication::translate("RescheduleReport", "All reasons"), QString(),
        QString::number(appointments), QString::number(moved)};
    return t;
}

} // namespace chairside
