#include "outboundqueue.h"

#include "common/error.h"
#include "interface/interfacestore.h"
#include "interop/hl7outbound.h"
#include "outboundsettings.h"
#include "store/scopedtransaction.h"
#include "store/store.h"

#include <QCoreApplication>

namespace chairside {

OutboundQueue::OutboundQueue(Store &store)
    : m_store(store)
{ }

QString OutboundQueue::controlIdFor(qint64 id)
{
    return QStringLiteral("CS%1").arg(id, 8, 10, QLatin1Char('0'));
}

qint64 OutboundQueue::enqueue(qint64 appointmentId, OutboundEvent event, const QDateTime &nowUtc)
{
    if (!OutboundSettings::isEnabled(m_store))
        return 0;
    const OutboundSettings settings = OutboundSettings::load(m_store);
    if (!settings.sends(event))
        return 0;

    ScopedTransaction transaction(m_store.database());
    Hl7OutboundInput input;
    input.event = event;
    input.nowUtc = nowUtc;
    input.endpoints = settings.endpoints;
    input.mrnAuthority = settings.mrnAuthority;
    const auto appointment = m_store.appointment(appointmentId);
    if (!appointment) {
        throw Error(Error::Kind::NotFound,
            QCoreApplication::translate("OutboundQueue", "There is no appointment number %1 to report.")
                .arg(appointmentId),
            QStringLiteral("appointment"));
    }
    input.appointment = *appointment;
    const auto patient = m_store.patient(appointment->patientId);
    const auto center = m_store.center(appointment->centerId);
    if (!patient || !center) {
        throw Error(Error::Kind::NotFound,
            QCoreApplication::translate(
                "OutboundQueue", "Appointment %1 names a patient or center that is not on file.")
                .arg(appointmentId),
            QStringLiteral("appointment"));
    }
    input.patient = *patient;
    input.center = *center;
    if (appointment->chairId != 0) {
        if (const auto chair = m_store.chair(appointment->chairId))
            input.chair = *chair;
    }
    if (const auto therapy = m_store.therapy(appointment->therapyId))
        input.therapy = *therapy;
    input.placerKey = InterfaceStore(m_store.database()).placerIdOf(appointmentId);

    OutboundMessage message;
    message.createdAtUtc = nowUtc;
    message.event = event;
    message.appointmentId = appointmentId;
    message.messageType = Hl7Outbound::messageType(event);
    message.nextAttemptUtc = nowUtc;
    const qint64 id = m_store.addOutboundMessage(message);
    // The control id is made from the row's id, so it is unique for as long as the file lives.
    input.controlId = controlIdFor(id);
    m_store.setOutboundMessageText(id, input.controlId, Hl7Outbound::build(input));
    transaction.commit();
    return id;
}

} // namespace chairside
