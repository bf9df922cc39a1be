#include "noshowreport.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace chairside {

namespace {

void countInto(NoShowReport::Row &row, const ReportAppointment &r, int lateCancelHours, int drugCostCents)
{
    const Appointment &a = r.appointment;
    ++row.appointments;
    if (a.status == AppointmentStatus::NoShow)
        ++row.noShows;
    if (a.status == AppointmentStatus::NoShow || isCheckedIn(a.status)
        || a.status == AppointmentStatus::Arrived)
        ++row.settled;
    if (a.status == AppointmentStatus::Cancelled && r.cancelledAtUtc.isValid()
        && r.cancelledAtUtc.secsTo(a.startUtc) < qint64(lateCancelHours) * 3600)
        ++row.lateCancellations;
    if (NoShowReport::wastedDose(r)) {
        ++row.wastedDoses;
        row.wastedCostCents += drugCostCents;
    }
    row.feesCents += a.noShowFeeCents;
}

} // namespace

bool NoShowReport::wastedDose(const ReportAppointment &r)
{
    const Appointment &a = r.appointment;
    if (a.prep == PrepState::Wasted)
        return true;
    return a.prep == PrepState::Ready
        && (a.status == AppointmentStatus::NoShow || a.status == AppointmentStatus::Cancelled);
}

NoShowReport NoShowReport::of(const ReportRecords &records)
{
    NoShowReport report;
    report.lateCancelHours = records.center.policy.pharmacyLeadHours;
    report.total.therapy = QCoreApplication::translate("NoShowReport", "All therapies");
    std::map<qint64, Row> byTherapy;
    for (const ReportAppointment &r : records.appointments) {
        const Appointment &a = r.appointment;
        if (a.status == AppointmentStatus::EnteredInError || r.replacedById != 0)
            continue;
        const Therapy therapy = records.therapies.value(a.therapyId);
        Row &row = byTherapy[a.therapyId];
        row.therapyId = a.therapyId;
        row.therapy = therapy.name.isEmpty() ? QString::number(a.therapyId) : therapy.name;
        countInto(row, r, report.lateCancelHours, therapy.drugCostCents);
        countInto(report.total, r, report.lateCancelHours, therapy.drugCostCents);

        const bool settled = a.status == AppointmentStatus::NoShow || isCheckedIn(a.status)
            || a.status == AppointmentStatus::Arrived;
        if (!settled)
            continue;
        const bool noShow = a.status == AppointmentStatus::NoShow;
        if (records.confirmations.value(a.id).confirmed) {
            ++report.confirmedSettled;
            report.confirmedNoShows += noShow ? 1 : 0;
        } else {
            ++report.unconfirmedSettled;
            report.unconfirmedNoShows += noShow ? 1 : 0;
        }
    }
    for (const auto &[id, row] : byTherapy)
        report.therapies << row;
    std::sort(report.therapies.begin(), report.therapies.end(),
        [](const Row &a, const Row &b) { return a.therapy.localeAwareCompare(b.therapy) < 0; });
    return report;
}

ReportTable NoShowReport::table() const
{
    ReportTable t;
    t.header = {QCoreApplication::translate("NoShowReport", "Therapy"),
        QCoreApplication::translate("NoShowReport", "Appointments"),
        QCoreApplication::translate("NoShowReport", "No-shows"),
        QCoreApplication::translate("NoShowReport", "No-show rate"),
        QCoreApplication::translate("NoShowReport", "Late cancellations"),
        QCoreApplication::translate("NoShowReport", "Wasted doses"),
        QCoreApplication::translate("NoShowReport", "Wasted drug cost"),
        QCoreApplication::translate("NoShowReport", "Fees recorded")};
    const auto line = [](const Row &row) {
        return QStringList {row.therapy, QString::number(row.appointments), QString::number(row.noShows),
            ReportTable::share(row.noShowRate(), row.settled > 0), QString::number(row.lateCancellations),
            QString::number(row.wastedDoses), ReportTable::money(row.wastedCostCents),
            ReportTable::money(row.feesCents)};
    };
    for (const Row &row : therapies)
        t.rows << line(row);
    t.rows << line(total);
    return t;
}

} // namespace chairside
