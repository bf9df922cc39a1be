#include "roster.h"

#include "centertime.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace chairside {

namespace {

void count(RosterCounts &counts, const RosterEntry &entry)
{
    switch (entry.status) {
    case AppointmentStatus::Booked:
        ++counts.booked;
        break;
    case AppointmentStatus::Arrived:
        ++counts.arrived;
        break;
    case AppointmentStatus::CheckedIn:
        ++counts.checkedIn;
        break;
    case AppointmentStatus::InProgress:
        ++counts.inChair;
        break;
    case AppointmentStatus::Fulfilled:
        ++counts.done;
        break;
    case AppointmentStatus::NoShow:
        ++counts.noShow;
        break;
    case AppointmentStatus::Cancelled:
        ++(entry.rescheduled ? counts.rescheduled : counts.cancelled);
        break;
    case AppointmentStatus::EnteredInError:
        break;
    }
}

struct Span
{
    qint64 start = 0;
    qint64 end = 0;
};

} // namespace

Roster buildRoster(const RosterInput &input)
{
    const Center &center = input.center;
    Roster roster;
    roster.centerId = center.id;
    roster.centerName = center.name;
    roster.date = input.date;
    roster.hours = center.hours.spansOn(input.date);

    // The open spans as real instants, so a daylight-saving day counts the minutes it really has.
    QList<Span> open;
    for (const OpenSpan &span : roster.hours) {
        const QDateTime opens = CenterTime::utcAt(center, input.date, span.opensMinute);
        const QDateTime closes = CenterTime::utcAt(center, input.date, span.closesMinute);
        if (!roster.opensUtc.isValid())
            roster.opensUtc = opens;
        roster.closesUtc = closes;
        if (closes > opens)
            open << Span {opens.toSecsSinceEpoch(), closes.toSecsSinceEpoch()};
    }
    qint64 openMinutes = 0;
    for (const Span &span : open)
        openMinutes += (span.end - span.start) / 60;
    roster.viewStartUtc = roster.opensUtc;
    roster.viewEndUtc = roster.closesUtc;

    QHash<qint64, QString> therapyNames;
    for (const Therapy &therapy : input.therapies)
        therapyNames.insert(therapy.id, therapy.name);

    QHash<qint64, qsizetype> rowOfChair;
    int activeChairs = 0;
    for (const Chair &chair : input.chairs) {
        rowOfChair.insert(chair.id, roster.chairs.size());
        roster.chairs << RosterChair {chair, {}};
        if (chair.active)
            ++activeChairs;
    }

    QList<Appointment> appointments = input.appointments;
    std::stable_sort(appointments.begin(), appointments.end(),
        [](const Appointment &a, const Appointment &b) { return a.startUtc < b.startUtc; });
    for (const Appointment &a : appointments) {
        if (a.status == AppointmentStatus::EnteredInError)
            continue;
        qsizetype row = rowOfChair.value(a.chairId, -1);
        if (row < 0) {
            // A chair not listed still shows, so that no appointment disappears from the day.
            Chair unknown;
            unknown.id = a.chairId;
            unknown.centerId = center.id;
            unknown.label = QStringLiteral("#%1").arg(a.chairId);
            unknown.active = false;
            row = roster.chairs.size();
            rowOfChair.insert(a.chairId, row);
            roster.chairs << RosterChair {unknown, {}};
        }
        RosterChair &chairRow = roster.chairs[row];

        RosterEntry entry;
        entry.appointmentId = a.id;
        entry.patientId = a.patientId;
        entry.patientName = input.patientNames.value(a.patientId);
        entry.therapyId = a.therapyId;
        entry.therapyName = therapyNames.value(a.therapyId);
        entry.startUtc = a.startUtc;
        entry.endUtc = a.endUtc();
        entry.minutes = a.minutes;
        entry.status = a.status;
        entry.prep = a.prep;
        entry.chairId = a.chairId;
        entry.chairLabel = chairRow.chair.label;
        entry.rescheduled = a.status == AppointmentStatus::Cancelled && input.replaced.contains(a.id);
        entry.confirmed = input.confirmed.contains(a.id);
        entry.arrivedAtUtc = a.arrivedAtUtc;
        entry.checkedInAtUtc = a.checkedInAtUtc;
        count(roster.counts, entry);

        // Cancelled, no-show and erroneous appointments never held their chair; done ones did.
        if (!isVoid(a.status)) {
            const qint64 start = a.startUtc.toSecsSinceEpoch();
            const qint64 end = start + qint64(a.minutes) * 60;
            for (const Span &span : open)
                roster.heldMinutes
                    += std::max<qint64>(0, std::min(end, span.end) - std::max(start, span.start)) / 60;
        }
        if (!roster.viewStartUtc.isValid() || entry.startUtc < roster.viewStartUtc)
            roster.viewStartUtc = entry.startUtc;
        if (!roster.viewEndUtc.isValid() || entry.endUtc > roster.viewEndUtc)
            roster.viewEndUtc = entry.endUtc;
        chairRow.entries << entry;
    }

    // Inactive chairs are only there to show what they still hold.
    roster.chairs.removeIf([](const RosterChair &row) { return !row.chair.active && row.entries.isEmpty(); });

    roster.capacityMinutes = qint64(activeChairs) * openMinutes;
    // Done infusions count too: the strip shows the day the nurses had, not only what is left of it.
    std::vector<std::pair<qint64, qint64>> held;
    for (const Appointment &a : std::as_const(appointments)) {
        if (!isVoid(a.status) && a.minutes > 0 && a.startUtc.isValid())
            held.emplace_back(a.startUtc.toSecsSinceEpoch(), a.endUtc().toSecsSinceEpoch());
    }
    roster.nurses = NurseLoad(center, input.nurses, activeChairs, input.date, held);
    roster.utilization
        = roster.capacityMinutes > 0 ? double(roster.heldMinutes) / double(roster.capacityMinutes) : 0.0;
    return roster;
}

} // namespace chairside
