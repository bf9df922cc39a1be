#include "outboundsettings.h"

#include "common/error.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QStringList>

namespace chairside {

namespace {

const QString kEnabled = QStringLiteral("interface.outbound.enabled");
const QString kDestination = QStringLiteral("interface.outbound.destination");
const QString kFolder = QStringLiteral("interface.outbound.folder");
const QString kHost = QStringLiteral("interface.outbound.host");
const QString kPort = QStringLiteral("interface.outbound.port");
const QString kEvents = QStringLiteral("interface.outbound.events");
const QString kSendingApplication = QStringLiteral("interface.outbound.sending_application");
const QString kSendingFacility = QStringLiteral("interface.outbound.sending_facility");
const QString kReceivingApplication = QStringLiteral("interface.outbound.receiving_application");
const QString kReceivingFacility = QStringLiteral("interface.outbound.receiving_facility");
const QString kMrnAuthority = QStringLiteral("interface.mrn_authority");

QString eventList(const QList<OutboundEvent> &events, const QString &separator = QStringLiteral(","))
{
    QStringList codes;
    for (const OutboundEvent event : events)
        codes << outboundEventCode(event);
    return codes.join(separator);
}

} // namespace

QString OutboundSettings::destinationCode(Destination destination)
{
    switch (destination) {
    case Destination::None:
        return QStringLiteral("none");
    case Destination::Folder:
        return QStringLiteral("folder");
    case Destination::Mllp:
        return QStringLiteral("mllp");
    }
    return {};
}

bool OutboundSettings::isEnabled(Store &store)
{
    return store.setting(kEnabled).value_or(QString()) == QLatin1String("1");
}

OutboundSettings OutboundSettings::load(Store &store)
{
    OutboundSettings s;
    s.enabled = isEnabled(store);
    const QString destination = store.setting(kDestination).value_or(QString());
    s.destination = destination == QLatin1String("folder") ? Destination::Folder
        : destination == QLatin1String("mllp")             ? Destination::Mllp
                                                           : Destination::None;
    s.folder = store.setting(kFolder).value_or(QString());
    s.host = store.setting(kHost).value_or(QString());
    s.port = store.setting(kPort).value_or(QString()).toInt();
    if (const auto events = store.setting(kEvents)) {
        s.events.clear();
        for (const QString &code : events->split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (const auto event = outboundEventFromCode(code); event && !s.events.contains(*event))
                s.events << *event;
        }
    }
    s.endpoints.sendingApplication
        = store.setting(kSendingApplication).value_or(s.endpoints.sendingApplication);
    s.endpoints.sendingFacility = store.setting(kSendingFacility).value_or(QString());
    s.endpoints.receivingApplication = store.setting(kReceivingApplication).value_or(QString());
    s.endpoints.receivingFacility = store.setting(kReceivingFacility).value_or(QString());
    s.mrnAuthority = store.setting(kMrnAuthority).value_or(QString());
    return s;
}

void OutboundSettings::save(Store &store) const
{
    store.setSetting(kEnabled, enabled ? QStringLiteral("1") : QStringLiteral("0"));
    store.setSetting(kDestination, destinationCode(destination));
    store.setSetting(kFolder, folder);
    store.setSetting(kHost, host);
    store.setSetting(kPort, port > 0 ? QString::number(port) : QString());
    store.setSetting(kEvents, eventList(events));
    store.setSetting(kSendingApplication, endpoints.sendingApplication);
    store.setSetting(kSendingFacility, endpoints.sendingFacility);
    store.setSetting(kReceivingApplication, endpoints.receivingApplication);
    store.setSetting(kReceivingFacility, endpoints.receivingFacility);
}

void OutboundSettings::validate() const
{
    if (destination == Destination::Folder && folder.trimmed().isEmpty())
        throw Error::badData(QStringLiteral("folder"),
            QCoreApplication::translate("OutboundSettings", "Name the outbox folder to write to."));
    if (destination == Destination::Mllp) {
        if (host.trimmed().isEmpty())
            throw Error::badData(QStringLiteral("host"),
                QCoreApplication::translate("OutboundSettings", "Name the host to send to."));
        if (port < 1 || port > 65535)
            throw Error::badData(QStringLiteral("port"),
                QCoreApplication::translate("OutboundSettings",
                    "The port must be a number from 1 to 65535 (HL7 over MLLP is often 2575)."));
    }
    if (enabled && destination == Destination::None)
        throw Error::badData(QStringLiteral("destination"),
            QCoreApplication::translate(
                "OutboundSettings", "Sending needs a destination: an outbox folder, or a host and port."));
    if (enabled && events.isEmpty())
        throw Error::badData(QStringLiteral("events"),
            QCoreApplication::translate("OutboundSettings",
                "Choose at least one event to send: checked-in, arrived, no-show, completed."));
    if (endpoints.sendingApplication.trimmed().isEmpty())
        throw Error::badData(QStringLiteral("sending-application"),
            QCoreApplication::translate(
                "OutboundSettings", "MSH-3 needs the sending application's name, e.g. CHAIRSIDE."));
}

QString OutboundSettings::summary() const
{
    QString where;
    switch (destination) {
    case Destination::None:
        where = QStringLiteral("no destination");
        break;
    case Destination::Folder:
        where = QStringLiteral("folder ") + folder;
        break;
    case Destination::Mllp:
        where = QStringLiteral("MLLP %1:%2").arg(host).arg(port);
        break;
    }
    const QString chosen = eventList(events, QStringLiteral(", "));
    return QStringLiteral("%1, %2, events %3")
        .arg(enabled ? QStringLiteral("on") : QStringLiteral("off"), where,
            chosen.isEmpty() ? QStringLiteral("none") : chosen);
}

} // namespace chairside
