#include "reportservice.h"

#include "access/permission.h"
#include "common/clock.h"
#include "common/error.h"
#include "scheduling/centertime.h"
#include "store/scopedtransaction.h"
#include "store/store.h"

#include <QCoreApplication>

namespace chairside {

namespace {

AuditEvent reportEvent(const User &user, qint64 centerId, const QString &what)
{
    AuditEvent event;
    event.action = AuditAction::ReportViewed;
    event.userName = user.name;
    event.recordKind = QStringLiteral("center");
    event.recordId = centerId;
    event.reason = what;
    return event;
}

} // namespace

ReportService::ReportService(Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{ }

ReportRecords ReportService::load(const User &user, ReportKind kind, qint64 centerId, QDate from, QDate to)
{
    const QDateTime now = m_clock.nowUtc();
    const QString what = QStringLiteral("%1 report, %2 to %3")
                             .arg(reportKindName(kind), from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    requirePermissionAt(
        m_store, now, user, Permission::ViewReports, centerId, reportEvent(user, centerId, what));
    if (!from.isValid())
        throw Error::badData(QStringLiteral("from"),
            QCoreApplication::translate("ReportService", "Give the report's first day."));
    if (!to.isValid())
        throw Error::badData(QStringLiteral("to"),
            QCoreApplication::translate("ReportService", "Give the report's last day."));
    if (to < from) {
        throw Error::badData(QStringLiteral("to"),
            QCoreApplication::translate("ReportService", "The last day, %1, comes before the first, %2.")
                .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
    }
    if (from.daysTo(to) + 1 > kMostDays) {
        throw Error::badData(QStringLiteral("to"),
            QCoreApplication::translate(
                "ReportService", "A report covers at most %1 days; choose a shorter range.")
                .arg(kMostDays));
    }

    ReportRecords records;
    {
        // One snapshot of the file for every read, so the parts of a report agree with each other.
        ScopedTransaction snapshot(m_store.database(), ScopedTransaction::Kind::Read);
        const std::optional<Center> center = m_store.center(centerId);
        if (!center) {
            throw Error(Error::Kind::NotFound,
                QCoreApplication::translate("ReportService", "There is no center number %1.").arg(centerId),
                QStringLiteral("center"));
        }
        records.center = *center;
        records.from = from;
        records.to = to;
        const QDateTime fromUtc = CenterTime::dayStartUtc(*center, from);
        const QDateTime toUtc = CenterTime::dayEndUtc(*center, to);
        records.chairs = int(m_store.chairs(centerId).size());
        if (kind == ReportKind::WalkIns) {
            records.walkIns = m_store.walkInsAtCenter(centerId, fromUtc, toUtc);
        } else {
            records.appointments = m_store.reportAppointments(centerId, fromUtc, toUtc);
        }
        if (kind == ReportKind::NoShows) {
            for (const Therapy &therapy : m_store.therapies())
                records.therapies.insert(therapy.id, therapy);
            records.confirmations = m_store.confirmationsAtCenter(centerId, fromUtc, toUtc);
        }
        if (kind == ReportKind::Starts)
            records.nursePolicy = m_store.nursePolicy(centerId);
        if (kind == ReportKind::Reschedules)
            records.reschedulingDecisions = m_store.reschedulingDecisionsAtCenter(centerId, fromUtc, toUtc);
        snapshot.commit();
    }
    m_store.audit(reportEvent(user, centerId, what), now);
    return records;
}

} // namespace chairside
