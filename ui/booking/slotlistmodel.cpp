#include "booking/slotlistmodel.h"

#include "scheduling/centertime.h"
#include "text/desktext.h"

#include <QFont>

namespace chairside {

SlotListModel::SlotListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SlotListModel::setSlots(
    const Center &center, QDate today, const QList<Slot> &offered, const QStringList &chairPhrases)
{
    beginResetModel();
    m_center = center;
    m_today = today;
    m_slots = offered;
    m_chairs = chairPhrases;
    endResetModel();
}

int SlotListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_slots.size());
}

int SlotListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SlotListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Slot &slot = m_slots.at(index.row());
    const QDate date = CenterTime::localDate(m_center, slot.startUtc);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DayColumn:
            // The day is written once, on its first slot: the list reads as a day's times.
            if (index.row() > 0
                && CenterTime::localDate(m_center, m_slots.at(index.row() - 1).startUtc) == date)
                return QString();
            if (date == m_today)
                return tr("Today, %1").arg(DeskText::day(date, m_today));
            if (date == m_today.addDays(1))
                return tr("Tomorrow, %1").arg(DeskText::day(date, m_today));
            return DeskText::day(date, m_today);
        case TimeColumn:
            return tr("%1 – %2").arg(
                DeskText::time(m_center, slot.startUtc), DeskText::time(m_center, slot.endUtc()));
        case ChairColumn:
            return m_chairs.value(index.row(), slot.chairLabel);
        case NoteColumn:
            //: Marks the earliest free slot in a list ranked otherwise.
            return slot.earliest ? tr("Earliest") : QString();
        }
    } else if (role == Qt::FontRole && slot.earliest && index.column() == NoteColumn) {
        QFont bold;
        bold.setBold(true);
        return bold;
    } else if (role == Qt::AccessibleTextRole || role == Qt::ToolTipRole) {
        const QString text = tr("%1, %2").arg(
            DeskText::when(m_center, slot.startUtc, m_today), m_chairs.value(index.row(), slot.chairLabel));
        //: Said of the earliest free slot, after its day, time and chair.
        return slot.earliest ? tr("%1, the earliest").arg(text) : text;
    }
    return {};
}

QVariant SlotListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DayColumn:
        return tr("Day");
    case TimeColumn:
        return tr("Time");
    case ChairColumn:
        //: The infusion chair (recliner) of the slot.
        return tr("Chair");
    case NoteColumn:
        //: Column header: a note on a slot, such as that it is the earliest.
        return tr("Note");
    }
    return {};
}

} // namespace chairside
