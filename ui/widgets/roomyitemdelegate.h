#pragma once

#include <QStyledItemDelegate>

namespace chairside {

/// Rows with room to read at arm's length: the style's own item, taller by `extraHeight` pixels.
/// A style sheet on the view would do the same, but sends every item's paint through the style-sheet
/// engine, which costs the desk most of its time between a keystroke and the painted results.
class RoomyItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomyItemDelegate)

public:
    RoomyItemDelegate(int extraHeight, QObject *parent);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_extraHeight;
};

} // namespace chairside
