#include "outboundservice.h"

#include "access/permission.h"
#include "audit/auditevent.h"
#include "common/clock.h"
#include "common/error.h"
#include "store/scopedtransaction.h"
#include "store/store.h"

#include <QCoreApplication>

namespace chairside {

namespace {

AuditEvent outboundEvent(const User &user, const QString &kind, qint64 id, const QString &reason = {})
{
    AuditEvent event;
    event.action = AuditAction::SetupChanged;
    event.userName = user.name;
    event.recordKind = kind;
    event.recordId = id;
    event.reason = reason;
    return event;
}

} // namespace

OutboundService::OutboundService(Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{ }

OutboundSettings OutboundService::settings(const User &user)
{
    requirePermission(user, Permission::Administer);
    return OutboundSettings::load(m_store);
}

OutboundSettings OutboundService::configure(const OutboundSettings &settings, const User &user)
{
    const QDateTime now = m_clock.nowUtc();
    requirePermission(m_store, now, user, Permission::Administer,
        outboundEvent(user, QStringLiteral("setting"), 0, QStringLiteral("outbound interface")));
    settings.validate();
    ScopedTransaction transaction(m_store.database());
    const OutboundSettings old = OutboundSettings::load(m_store);
    settings.save(m_store);
    m_store.audit(outboundEvent(user, QStringLiteral("setting"), 0,
                      QStringLiteral("outbound interface: %1 -> %2").arg(old.summary(), settings.summary())),
        now);
    transaction.commit();
    return OutboundSettings::load(m_store);
}

QList<OutboundMessage> OutboundService::queue(const User &user, std::optional<OutboundState> state, int limit)
{
    requirePermission(user, Permission::Administer);
    return m_store.outboundMessages(state, limit);
}

OutboundMessage OutboundService::retry(qint64 id, const User &user)
{
    const QDateTime now = m_clock.nowUtc();
    requirePermission(m_store, now, user, Permission::Administer,
        outboundEvent(user, QStringLiteral("outbound_message"), id));
    ScopedTransaction transaction(m_store.database());
    auto message = m_store.outboundMessage(id);
    if (!message) {
        throw Error(Error::Kind::NotFound,
            QCoreApplication::translate("OutboundService", "There is no outbound message number %1.").arg(id),
            QStringLiteral("id"));
    }
    if (message->state != OutboundState::Refused && message->state != OutboundState::Failed) {
        throw Error(Error::Kind::Refused,
            QCoreApplication::translate("OutboundService",
                "Outbound message %1 is %2; only a refused or failed message can be sent again.")
                .arg(id)
                .arg(outboundStateCode(message->state)),
            QStringLiteral("id"));
    }
    const OutboundState was = message->state;
    message->state = OutboundState::Queued;
    message->nextAttemptUtc = now;
    m_store.updateOutboundDelivery(*message);
    AuditEvent event = outboundEvent(user, QStringLiteral("outbound_message"), id,
        QStringLiteral("outbound message %1 (%2, appointment %3): %4 -> queued")
            .arg(message->controlId, message->messageType)
            .arg(message->appointmentId)
            .arg(outboundStateCode(was)));
    m_store.audit(event, now);
    transaction.commit();
    return *message;
}

} // namespace chairside
