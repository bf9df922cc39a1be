#include "outboundhelpers.h"

#include "checkinhelpers.h"
#include "outbound/outboundservice.h"
#include "store/store.h"

namespace chairside::test {

void sendTo(Fixture &f, const QString &folder, const QList<OutboundEvent> &events)
{
    OutboundService service(f.store, f.clock);
    const User admin = userNamed(f, "admin");
    OutboundSettings settings = service.settings(admin);
    settings.enabled = true;
    settings.destination = OutboundSettings::Destination::Folder;
    settings.folder = folder;
    settings.events = events;
    settings.endpoints.sendingFacility = QStringLiteral("RIVERSIDE");
    service.configure(settings, admin);
}

QList<OutboundMessage> queued(Fixture &f)
{
    return f.store.outboundMessages();
}

} // namespace chairside::test
