#pragma once

#include "fixture.h"
#include "model/outboundmessage.h"

#include <QList>
#include <QString>

namespace chairside::test {

/// Turns sending on, to an outbox folder, for these events, as the admin would.
void sendTo(Fixture &f, const QString &folder, const QList<OutboundEvent> &events = allOutboundEvents());

/// The queue, oldest first.
QList<OutboundMessage> queued(Fixture &f);

} // namespace chairside::test
