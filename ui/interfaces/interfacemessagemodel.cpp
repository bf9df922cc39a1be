#include "interfaces/interfacemessagemodel.h"

#include "scheduling/centertime.h"
#include "style/theme.h"

#include <QFileInfo>
#include <QLocale>

namespace chairside {

InterfaceMessageModel::InterfaceMessageModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

InterfaceMessageModel::~InterfaceMessageModel() = default;

void InterfaceMessageModel::setMessages(const Center &center, const QList<InterfaceMessage> &messages)
{
    beginResetModel();
    m_center = center;
    m_messages = messages;
    endResetModel();
}

void InterfaceMessageModel::updateMessage(const InterfaceMessage &message)
{
    const int row = rowOf(message.id);
    if (row < 0)
        return;
    InterfaceMessage listed = message;
    listed.raw.clear(); // the list keeps no raw text, as messages() gives it
    m_messages[row] = listed;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int InterfaceMessageModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_messages.size(); ++row) {
        if (m_messages.at(row).id == id)
            return row;
    }
    return -1;
}

QString InterfaceMessageModel::channelLabel(InterfaceChannel channel)
{
    switch (channel) {
    case InterfaceChannel::Mllp:
        return tr("MLLP");
    case InterfaceChannel::File:
        return tr("File");
    case InterfaceChannel::Folder:
        return tr("Drop folder");
    }
    return {};
}

QString InterfaceMessageModel::formatLabel(InterfaceFormat format)
{
    switch (format) {
    case InterfaceFormat::Hl7v2:
        return tr("HL7 v2");
    case InterfaceFormat::Fhir:
        return tr("FHIR");
    case InterfaceFormat::Csv:
        return tr("CSV");
    case InterfaceFormat::Unknown:
        return tr("Unknown");
    }
    return {};
}

QString InterfaceMessageModel::senderLabel(const InterfaceMessage &message)
{
    QStringList names;
    if (!message.sendingApplication.isEmpty())
        names << message.sendingApplication;
    if (!message.sendingFacility.isEmpty())
        names << message.sendingFacility;
    if (!names.isEmpty())
        return names.join(QStringLiteral(" · "));
    if (message.channel == InterfaceChannel::Mllp)
        return message.sender;
    return QFileInfo(message.sender).fileName();
}

int InterfaceMessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

int InterfaceMessageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InterfaceMessageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_messages.size())
        return {};
    const InterfaceMessage &m = m_messages.at(index.row());
    if (role == IdRole)
        return m.id;
    if (role == Qt::ForegroundRole && index.column() == StateColumn && m.state == InterfaceState::Quarantined)
        return Theme::problemColor();
    if (role == Qt::ToolTipRole) {
        if (index.column() == SenderColumn)
            return m.sender;
        if (index.column() == ReasonColumn && m.error)
            return m.error->toString();
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ReceivedColumn: {
        const QDateTime local = m_center.timeZone().isValid() ? CenterTime::toLocal(m_center, m.receivedAtUtc)
                                                              : m.receivedAtUtc.toLocalTime();
        return QLocale().toString(local, tr("d MMM HH:mm:ss", "date format"));
    }
    case ChannelColumn:
        return channelLabel(m.channel);
    case SenderColumn:
        return senderLabel(m);
    case FormatColumn:
        return formatLabel(m.format);
    case TypeColumn:
        return m.messageType;
    case ControlIdColumn:
        return m.controlId;
    case StateColumn:
        return interfaceStateLabel(m.state);
    case ReasonColumn:
        if (m.state == InterfaceState::Quarantined && m.error)
            return m.error->toString();
        if (m.state == InterfaceState::Duplicate && m.duplicateOf > 0)
            return tr("Repeats message %1").arg(m.duplicateOf);
        return m.summary;
    default:
        return {};
    }
}

QVariant InterfaceMessageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReceivedColumn:
        return tr("Received");
    case ChannelColumn:
        return tr("Channel");
    case SenderColumn:
        return tr("Sender");
    case FormatColumn:
        return tr("Format");
    case TypeColumn:
        return tr("Type");
    case ControlIdColumn:
        return tr("Control id");
    case StateColumn:
        return tr("State");
    case ReasonColumn:
        return tr("Reason or what it did");
    default:
        return {};
    }
}

} // namespace chairside
