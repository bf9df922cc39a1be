#include "widgets/problembanner.h"

#include "style/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>

namespace chairside {

ProblemBanner::ProblemBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setAccessibleName(tr("Problem"));
    auto *layout = new QHBoxLayout(this);
    const int pad = fontMetrics().height() / 2;
    layout->setContentsMargins(pad, pad, pad, pad);
    layout->setSpacing(pad);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize) * 3 / 2;
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    hide();
}

ProblemBanner::~ProblemBanner() = default;

void ProblemBanner::setMessage(const QString &message)
{
    m_text->setText(message);
    setAccessibleDescription(message);
    setVisible(!message.isEmpty());
}

QString ProblemBanner::message() const
{
    return m_text->text();
}

void ProblemBanner::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor fill = Theme::problemColor();
    fill.setAlphaF(0.12F);
    painter.setPen(QPen(Theme::problemColor(), 1));
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
}

} // namespace chairside
