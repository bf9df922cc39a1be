#pragma once

#include "model/center.h"
#include "scheduling/slotfinder.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace chairside {

/// Free slots on offer, in the order the slot finder ranks them: the day, the time (start to end), the
/// chair, on the center's clock, and a note on the earliest slot, wherever the ranking put it.
class SlotListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlotListModel)

public:
    enum Column
    {
        DayColumn,
        TimeColumn,
        ChairColumn,
        NoteColumn,
        ColumnCount
    };

    explicit SlotListModel(QObject *parent = nullptr);

    /// `chairPhrases` names each slot's chair ("chair 3", "Suite A") in the same order as `offered`.
    void setSlots(
        const Center &center, QDate today, const QList<Slot> &offered, const QStringList &chairPhrases);
    const Slot &slotAt(int row) const { return m_slots.at(row); }
    QString chairPhrase(int row) const { return m_chairs.value(row); }
    int count() const { return int(m_slots.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Center m_center;
    QDate m_today;
    QList<Slot> m_slots;
    QStringList m_chairs;
};

} // namespace chairside
