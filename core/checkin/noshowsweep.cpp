#include "noshowsweep.h"

#include "access/permission.h"
#include "audit/auditevent.h"
#include "common/clock.h"
#include "common/error.h"
#include "outbound/outboundqueue.h"
#include "scheduling/centertime.h"
#include "store/scopedtransaction.h"
#include "store/store.h"
#include "text/desktext.h"

#include <QCoreApplication>

namespace chairside {

namespace {

AuditEvent noShowEvent(const User &user, qint64 appointmentId, qint64 patientId, const QString &reason = {})
{
    AuditEvent event;
    event.action = AuditAction::NoShow;
    event.userName = user.name;
    if (appointmentId != 0) {
        event.recordKind = QStringLiteral("appointment");
        event.recordId = appointmentId;
    }
    event.patientId = patientId;
    event.reason = reason;
    return event;
}

QString feeText(int cents, bool wasted)
{
    return QStringLiteral("fee %1 cents%2")
        .arg(cents)
        .arg(wasted ? QStringLiteral(", prepared dose wasted") : QString());
}

} // namespace

NoShowSweep::NoShowSweep(Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{ }

NoShowReport NoShowSweep::run(const User &user, qint64 centerId)
{
    const QDateTime now = m_clock.nowUtc();
    requirePermissionAt(m_store, now, user, Permission::NurseCare, centerId,
        noShowEvent(user, 0, 0, QStringLiteral("sweep")));
    QList<Center> centers;
    if (centerId != 0) {
        const auto center = m_store.center(centerId);
        if (!center)
            throw Error(Error::Kind::NotFound,
                QCoreApplication::translate("NoShowSweep", "There is no center number %1.").arg(centerId),
                QStringLiteral("center"));
        centers << *center;
    } else {
        // Every center the user works at.
        centers = centersOf(user, m_store.centers());
    }

    NoShowReport report;
    ScopedTransaction transaction(m_store.database());
    for (const Center &center : std::as_const(centers)) {
        ++report.centersSwept;
        const qint64 graceSecs = qint64(center.policy.graceMinutes) * 60;
        const QList<Appointment> recent
            = m_store.appointmentsAtCenter(center.id, now.addDays(-kLookBackDays), now.addSecs(-graceSecs));
        for (const Appointment &a : recent) {
            // Only "booked": a patient who reached the desk (arrived, even if sent to reschedule later) came.
            if (a.status != AppointmentStatus::Booked || a.startUtc.addSecs(graceSecs) >= now)
                continue;
            const QDateTime deadline = a.startUtc.addSecs(graceSecs);
            m_store.changeStatus(a.id, AppointmentStatus::NoShow, user.name, now,
                QStringLiteral("not arrived by %1 (start %2 + %3 min grace)")
                    .arg(DeskText::time(center, deadline), DeskText::time(center, a.startUtc))
                    .arg(center.policy.graceMinutes));
            m_store.setNoShowFee(a.id, center.policy.noShowFeeCents);
            OutboundQueue(m_store).enqueue(a.id, OutboundEvent::NoShow, now);
            const bool wasted = a.prep == PrepState::Ready;
            if (wasted)
                m_store.setPrep(a.id, PrepState::Wasted, now, QStringLiteral("patient did not come"));
            m_store.audit(noShowEvent(user, a.id, a.patientId,
                              QStringLiteral("sweep: not arrived by start + %1 min grace; %2")
                                  .arg(center.policy.graceMinutes)
                                  .arg(feeText(center.policy.noShowFeeCents, wasted))),
                now);
            report.noShows << NoShow {
                a.id, a.patientId, center.id, a.startUtc, center.policy.noShowFeeCents, wasted};
        }
    }
    transaction.commit();
    return report;
}

NoShow NoShowSweep::mark(qint64 appointmentId, const User &user)
{
    const QDateTime now = m_clock.nowUtc();
    {
        const auto concerned = m_store.appointment(appointmentId);
        requirePermissionAt(m_store, now, user, Permission::NurseCare, concerned ? concerned->centerId : 0,
            noShowEvent(user, appointmentId, concerned ? concerned->patientId : 0));
    }
    ScopedTransaction transaction(m_store.database());
    const auto a = m_store.appointment(appointmentId);
    if (!a) {
        throw Error(Error::Kind::NotFound,
            QCoreApplication::translate("NoShowSweep", "There is no appointment number %1.")
                .arg(appointmentId),
            QStringLiteral("appointment"));
    }
    const auto center = m_store.center(a->centerId);
    if (!center) {
        throw Error(Error::Kind::NotFound,
            QCoreApplication::translate("NoShowSweep", "There is no center number %1.").arg(a->centerId),
            QStringLiteral("center"));
    }
    if (a->status != AppointmentStatus::Booked && a->status != AppointmentStatus::Arrived) {
        throw Error(Error::Kind::Refused,
            QCoreApplication::translate("NoShowSweep",
                "Appointment %1 is %2; only a booked or arrived patient can be marked as a no-show.")
                .arg(appointmentId)
                .arg(statusLabel(a->status).toLower()),
            QStringLiteral("appointment"));
    }
    const QString start = DeskText::time(*center, a->startUtc);
    if (now < a->startUtc) {
        throw Error(Error::Kind::Refused,
            QCoreApplication::translate("NoShowSweep",
                "Appointment %1 starts at %2; a patient can be marked as a no-show only once their "
                "time has come.")
                .arg(appointmentId)
                .arg(start),
            QStringLiteral("appointment"));
    }
    m_store.changeStatus(appointmentId, AppointmentStatus::NoShow, user.name, now,
        a->status == AppointmentStatus::Arrived
            ? QStringLiteral("left before the infusion (start %1), marked by the nurse").arg(start)
            : QStringLiteral("did not come (start %1), marked by the nurse").arg(start));
    m_store.setNoShowFee(appointmentId, center->policy.noShowFeeCents);
    OutboundQueue(m_store).enqueue(appointmentId, OutboundEvent::NoShow, now);
    const bool wasted = a->prep == PrepState::Ready;
    if (wasted)
        m_store.setPrep(appointmentId, PrepState::Wasted, now, QStringLiteral("patient did not come"));
    m_store.audit(
        noShowEvent(user, appointmentId, a->patientId,
            QStringLiteral("marked by the nurse (%1); %2")
                .arg(a->status == AppointmentStatus::Arrived ? QStringLiteral("left before the infusion")
                                                             : QStringLiteral("did not come"),
                    feeText(center->policy.noShowFeeCents, wasted))),
        now);
    transaction.commit();
    return NoShow {a->id, a->patientId, center->id, a->startUtc, center->policy.noShowFeeCents, wasted};
}

} // namespace chairside
