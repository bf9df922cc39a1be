#include "calllist.h"

#include "access/permission.h"
#include "common/error.h"
#include "readiness/readinessservice.h"
#include "scheduling/centertime.h"
#include "store/bookedpatients.h"
#include "store/scopedtransaction.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace chairside {

CallList::CallList(Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{ }

QHash<qint64, Confirmation> CallList::confirmations(
    const User &user, const Center &center, QDate from, int days)
{
    requirePermissionAt(m_store, user, Permission::ViewSchedule, center.id);
    return m_store.confirmationsAtCenter(center.id, CenterTime::dayStartUtc(center, from),
        CenterTime::dayStartUtc(center, from.addDays(days)));
}

CallList::Result CallList::build(const User &user, const Center &center, QDate from, int days)
{
    requirePermissionAt(m_store, user, Permission::ViewSchedule, center.id);
    if (!from.isValid())
        throw Error::badData(QStringLiteral("from"),
            QCoreApplication::translate("CallList", "Give the first day of the list."));
    if (days < 1 || days > kMaxDays)
        throw Error::badData(QStringLiteral("days"),
            QCoreApplication::translate("CallList", "The call list covers 1 to %1 days.").arg(kMaxDays));

    const QDateTime fromUtc = CenterTime::dayStartUtc(center, from);
    const QDateTime toUtc = CenterTime::dayStartUtc(center, from.addDays(days));
    ScopedTransaction snapshot(m_store.database(), ScopedTransaction::Kind::Read);
    const QList<Store::AppointmentRow> rows = m_store.appointmentRowsAtCenter(center.id, fromUtc, toUtc);
    const QHash<qint64, Confirmation> calls = m_store.confirmationsAtCenter(center.id, fromUtc, toUtc);

    QHash<qint64, QStringList> problems;
    const QList<ReadinessRow> readiness = ReadinessService(m_store, m_clock).queue(user, center, from, days);
    for (const ReadinessRow &row : readiness) {
        QStringList &lines = problems[row.appointment.id];
        for (const ReadinessLine &line : row.lines) {
            if (!line.ok)
                lines << line.text;
        }
    }

    Result result;
    QList<qint64> patientIds;
    for (const Store::AppointmentRow &row : rows) {
        const Appointment &a = row.appointment;
        if (a.status != AppointmentStatus::Booked || row.replacedById != 0)
            continue;
        const Confirmation confirmation = calls.value(a.id);
        if (confirmation.confirmed) {
            ++result.confirmed;
            continue;
        }
        CallListRow line;
        line.appointment = a;
        line.patient.id = a.patientId;
        line.patient.firstName = row.firstName;
        line.patient.lastName = row.lastName;
        line.confirmation = confirmation;
        line.confirmation.appointmentId = a.id;
        line.problems = problems.value(a.id);
        result.rows << line;
        patientIds << a.patientId;
    }
    // Each kind of record in one query for every row, not one per row.
    QList<qint64> appointmentIds;
    appointmentIds.reserve(result.rows.size());
    for (const CallListRow &line : std::as_const(result.rows))
        appointmentIds << line.appointment.id;
    std::sort(patientIds.begin(), patientIds.end());
    patientIds.resize(std::unique(patientIds.begin(), patientIds.end()) - patientIds.begin());
    const QHash<qint64, PatientReminder> wishes = m_store.patientRemindersOf(patientIds);
    const QHash<qint64, Reminder> lastSent = m_store.lastRemindersOf(appointmentIds);
    QHash<qint64, Patient> patients;
    for (const Patient &patient : m_store.patientsBooked(BookedPatients {patientIds}))
        patients.insert(patient.id, patient);
    for (CallListRow &line : result.rows) {
        const qint64 id = line.patient.id;
        if (const auto found = patients.constFind(id); found != patients.constEnd())
            line.patient = *found;
        line.wishes = wishes.value(id, PatientReminder::defaultsFor(id));
        if (const auto sent = lastSent.constFind(line.appointment.id); sent != lastSent.constEnd())
            line.reminder = reminderStateCode(sent->state);
    }
    return result;
}

} // namespace chairside
