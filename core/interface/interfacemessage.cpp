#include "interfacemessage.h"

#include <QCoreApplication>

namespace chairside {

QString interfaceChannelName(InterfaceChannel channel)
{
    switch (channel) {
    case InterfaceChannel::Mllp:
        return QStringLiteral("mllp");
    case InterfaceChannel::File:
        return QStringLiteral("file");
    case InterfaceChannel::Folder:
        return QStringLiteral("folder");
    }
    return QStringLiteral("file");
}

std::optional<InterfaceChannel> interfaceChannelFromName(const QString &name)
{
    for (const InterfaceChannel channel :
        {InterfaceChannel::Mllp, InterfaceChannel::File, InterfaceChannel::Folder}) {
        if (interfaceChannelName(channel) == name)
            return channel;
    }
    return std::nullopt;
}

QString interfaceFormatName(InterfaceFormat format)
{
    switch (format) {
    case InterfaceFormat::Hl7v2:
        return QStringLiteral("hl7v2");
    case InterfaceFormat::Fhir:
        return QStringLiteral("fhir");
    case InterfaceFormat::Csv:
        return QStringLiteral("csv");
    case InterfaceFormat::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

InterfaceFormat interfaceFormatFromName(const QString &name)
{
    for (const InterfaceFormat format :
        {InterfaceFormat::Hl7v2, InterfaceFormat::Fhir, InterfaceFormat::Csv}) {
        if (interfaceFormatName(format) == name)
            return format;
    }
    return InterfaceFormat::Unknown;
}

QString interfaceStateName(InterfaceState state)
{
    switch (state) {
    case InterfaceState::Applied:
        return QStringLiteral("applied");
    case InterfaceState::Quarantined:
        return QStringLiteral("quarantined");
    case InterfaceState::Duplicate:
        return QStringLiteral("duplicate");
    case InterfaceState::Ignored:
        return QStringLiteral("ignored");
    }
    return QStringLiteral("quarantined");
}

std::optional<InterfaceState> interfaceStateFromName(const QString &name)
{
    for (const InterfaceState state : allInterfaceStates()) {
        if (interfaceStateName(state) == name)
            return state;
    }
    return std::nullopt;
}

QString interfaceStateLabel(InterfaceState state)
{
    switch (state) {
    case InterfaceState::Applied:
        return QCoreApplication::translate("Interface", "Applied");
    case InterfaceState::Quarantined:
        return QCoreApplication::translate("Interface", "Quarantined");
    case InterfaceState::Duplicate:
        return QCoreApplication::translate("Interface", "Duplicate");
    case InterfaceState::Ignored:
        return QCoreApplication::translate("Interface", "Ignored");
    }
    return {};
}

QList<InterfaceState> allInterfaceStates()
{
    return {InterfaceState::Applied, InterfaceState::Quarantined, InterfaceState::Duplicate,
        InterfaceState::Ignored};
}

QString InterfaceError::toString() const
{
    const QString where = !field.isEmpty() ? field : segment;
    return where.isEmpty() ? reason : where + QStringLiteral(": ") + reason;
}

QString mappingKindName(MappingKind kind)
{
    return kind == MappingKind::Location ? QStringLiteral("location") : QStringLiteral("service");
}

std::optional<MappingKind> mappingKindFromName(const QString &name)
{
    if (name == QLatin1String("location"))
        return MappingKind::Location;
    if (name == QLatin1String("service"))
        return MappingKind::Service;
    return std::nullopt;
}

qint64 InterfaceCounts::of(InterfaceState state) const
{
    switch (state) {
    case InterfaceState::Applied:
        return applied;
    case InterfaceState::Quarantined:
        return quarantined;
    case InterfaceState::Duplicate:
        return duplicate;
    case InterfaceState::Ignored:
        return ignored;
    }
    return 0;
}

} // namespace chairside
