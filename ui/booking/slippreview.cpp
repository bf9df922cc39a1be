#include "booking/slippreview.h"

#include <QPainter>

namespace chairside {

namespace {

// A Letter page less the PDF's margins: 8.5 x 11 inches less 36 mm across and 32 mm down.
constexpr qreal kPageAspect = (279.4 - 32.0) / (215.9 - 36.0);

} // namespace

SlipPreview::SlipPreview(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("slipPreview"));
    setAccessibleName(tr("Confirmation slip preview"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void SlipPreview::setSlip(const ConfirmationSlip &slip)
{
    m_slip = slip;
    setAccessibleDescription(
        tr("%1 at %2, %3, code %4").arg(slip.dayText, slip.timeText, slip.chairText, slip.code));
    update();
}

QSize SlipPreview::sizeHint() const
{
    const int width = fontMetrics().averageCharWidth() * 60;
    return {width, heightForWidth(width)};
}

int SlipPreview::heightForWidth(int width) const
{
    return qRound(width * kPageAspect);
}

void SlipPreview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    // The largest page of the slip's shape that fits, with room for the paper's edge and shadow.
    const QRectF area = QRectF(rect()).adjusted(8, 8, -12, -12);
    QSizeF paper(area.width(), area.width() * kPageAspect);
    if (paper.height() > area.height())
        paper = QSizeF(area.height() / kPageAspect, area.height());
    const QRectF sheet(QPointF(area.center().x() - paper.width() / 2, area.top()), paper);
    const qreal margin = sheet.width() * 0.06;
    painter.fillRect(sheet.translated(4, 4), QColor(0, 0, 0, 60));
    painter.fillRect(sheet, Qt::white);
    m_slip.paint(painter, sheet.adjusted(margin, margin, -margin, -margin));
}

} // namespace chairside
