#include "widgets/roomyitemdelegate.h"

namespace chairside {

RoomyItemDelegate::RoomyItemDelegate(int extraHeight, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_extraHeight(extraHeight)
{ }

QSize RoomyItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return QStyledItemDelegate::sizeHint(option, index) + QSize(8, m_extraHeight);
}

} // namespace chairside
