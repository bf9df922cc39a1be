#include "pharmacyday.h"

#include "scheduling/centertime.h"

namespace chairside {

QString lateChangeCode(LateChange change)
{
    switch (change) {
    case LateChange::None:
        return {};
    case LateChange::BookedLate:
        return QStringLiteral("booked-late");
    case LateChange::MovedLate:
        return QStringLiteral("moved-late");
    case LateChange::ClosedAfterPrepared:
        return QStringLiteral("closed-after-prepared");
    }
    return {};
}

int PharmacyDay::toPrepare() const
{
    int n = 0;
    for (const DoseLine &line : doses)
        n += !line.orphan && line.appointment.prep != PrepState::Ready;
    return n;
}

int PharmacyDay::ready() const
{
    int n = 0;
    for (const DoseLine &line : doses)
        n += !line.orphan && line.appointment.prep == PrepState::Ready;
    return n;
}

int PharmacyDay::orphans() const
{
    int n = 0;
    for (const DoseLine &line : doses)
        n += line.orphan;
    return n;
}

int PharmacyDay::lateChanges() const
{
    int n = 0;
    for (const DoseLine &line : doses)
        n += line.isLateChange();
    return n;
}

const DoseLine *PharmacyDay::line(qint64 appointmentId) const
{
    for (const DoseLine &line : doses) {
        if (line.appointment.id == appointmentId)
            return &line;
    }
    return nullptr;
}

QDate PharmacyDay::defaultDate(const Center &center, const QDateTime &nowUtc)
{
    return CenterTime::localDate(center, nowUtc).addDays(1);
}

std::optional<DoseLine> PharmacyDay::lineFor(const Policy &policy, const Store::DoseRow &row)
{
    const Appointment &a = row.appointment;
    const bool doseMade = a.prep == PrepState::Ready || a.prep == PrepState::Wasted;
    const bool orphan = isVoid(a.status);
    if (orphan && !doseMade)
        return std::nullopt;

    DoseLine line;
    line.appointment = a;
    // A therapy made compounded after the booking still needs its dose.
    if (line.appointment.prep == PrepState::NotNeeded)
        line.appointment.prep = PrepState::NotReady;
    line.patient = row.patient;
    line.therapy = row.therapy;
    line.chair = row.chair;
    line.replacedById = row.replacedById;
    line.orphan = orphan;
    line.cutoffUtc = a.startUtc.addSecs(-qint64(policy.pharmacyLeadHours) * 3600);
    if (a.prep == PrepState::Ready && a.preparedAtUtc.isValid() && row.therapy.beyondUseHours > 0)
        line.usableUntilUtc = a.preparedAtUtc.addSecs(qint64(row.therapy.beyondUseHours) * 3600);
    if (orphan)
        line.lateChange = LateChange::ClosedAfterPrepared;
    else if (a.createdAtUtc.isValid() && a.createdAtUtc > line.cutoffUtc)
        line.lateChange = a.replacesId != 0 ? LateChange::MovedLate : LateChange::BookedLate;
    return line;
}

PharmacyDay PharmacyDay::from(const Center &center, QDate date, const QList<Store::DoseRow> &rows)
{
    PharmacyDay day;
    day.center = center;
    day.date = date;
    day.doses.reserve(rows.size());
    for (const Store::DoseRow &row : rows) {
        if (auto line = lineFor(center.policy, row))
            day.doses << std::move(*line);
    }
    return day;
}

PharmacyDay PharmacyDay::load(Store &store, const Center &center, QDate date)
{
    return from(center, date,
        store.doseRowsAtCenter(
            center.id, CenterTime::dayStartUtc(center, date), CenterTime::dayEndUtc(center, date)));
}

} // namespace chairside
