#pragma once

#include "interface/interfacemessage.h"
#include "model/center.h"

#include <QAbstractTableModel>
#include <QList>

namespace chairside {

/// The messages the Interfaces page lists, newest first: when each was received (on the center's clock),
/// how and from whom, what it is, what became of it and, for a quarantined one, why.
class InterfaceMessageModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterfaceMessageModel)

public:
    enum Column
    {
        ReceivedColumn,
        ChannelColumn,
        SenderColumn,
        FormatColumn,
        TypeColumn,
        ControlIdColumn,
        StateColumn,
        ReasonColumn,
        ColumnCount
    };
    /// The message's id, on every cell.
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit InterfaceMessageModel(QObject *parent = nullptr);
    ~InterfaceMessageModel() override;

    void setMessages(const Center &center, const QList<InterfaceMessage> &messages);
    /// Puts one message's row right (after a retry), keeping its place.
    void updateMessage(const InterfaceMessage &message);
    const QList<InterfaceMessage> &messages() const { return m_messages; }
    /// The row of the message with that id, -1 when it is not listed.
    int rowOf(qint64 id) const;
    const InterfaceMessage &messageAt(int row) const { return m_messages.at(row); }

    /// "SIU^S12", "Patient": what the type column says; "MLLP", "File", "Drop folder" for a channel;
    /// "HL7 v2", "FHIR", "CSV" for a format.
    static QString channelLabel(InterfaceChannel channel);
    static QString formatLabel(InterfaceFormat format);
    /// The sender as people know it: the sending application and facility, else the address or file.
    static QString senderLabel(const InterfaceMessage &message);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Center m_center;
    QList<InterfaceMessage> m_messages;
};

} // namespace chairside
