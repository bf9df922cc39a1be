#include "desk/decisionbanner.h"

#include "style/theme.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace chairside {

DecisionBanner::DecisionBanner(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Decision"));
}

void DecisionBanner::setOutcome(Outcome outcome, const QString &detail)
{
    m_outcome = outcome;
    m_detail = detail;
    setAccessibleDescription(text());
    setToolTip(text());
    updateGeometry();
    update();
}

QString DecisionBanner::wordOf(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Admit:
        return tr("ADMIT");
    case Outcome::Wait:
        return tr("WAIT");
    case Outcome::Reschedule:
        return tr("RESCHEDULE");
    case Outcome::Unidentified:
        return tr("NOT IDENTIFIED");
    }
    return {};
}

QString DecisionBanner::text() const
{
    return m_detail.isEmpty() ? wordOf(m_outcome) : tr("%1 — %2").arg(wordOf(m_outcome), m_detail);
}

QColor DecisionBanner::colorOf(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Admit:
        return Theme::admitColor();
    case Outcome::Wait:
        return Theme::waitColor();
    case Outcome::Reschedule:
        return Theme::rescheduleColor();
    case Outcome::Unidentified:
        return Theme::unidentifiedColor();
    }
    return {};
}

QFont DecisionBanner::bannerFont() const
{
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 2.4);
    f.setWeight(QFont::Bold);
    f.setLetterSpacing(QFont::PercentageSpacing, 104);
    return f;
}

QSize DecisionBanner::sizeHint() const
{
    const QFontMetrics fm(bannerFont());
    const int height = fm.height() * 2;
    return {fm.horizontalAdvance(text()) + height * 2, height};
}

QSize DecisionBanner::minimumSizeHint() const
{
    return {sizeHint().height() * 4, sizeHint().height()};
}

void DecisionBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

void DecisionBanner::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = box.height() / 8;
    painter.setPen(Qt::NoPen);
    painter.setBrush(colorOf(m_outcome));
    painter.drawRoundedRect(box, radius, radius);

    const qreal glyphSize = box.height() * 0.62;
    const qreal margin = (box.height() - glyphSize) / 2;
    const QRectF glyph(box.left() + margin * 1.4, box.top() + margin, glyphSize, glyphSize);
    paintGlyph(painter, glyph);

    painter.setPen(Qt::white);
    painter.setFont(bannerFont());
    const QRectF textBox(
        glyph.right() + margin, box.top(), box.right() - glyph.right() - margin * 2, box.height());
    painter.drawText(textBox, Qt::AlignVCenter | Qt::AlignLeft,
        QFontMetrics(bannerFont()).elidedText(text(), Qt::ElideRight, int(textBox.width())));
}

void DecisionBanner::paintGlyph(QPainter &painter, const QRectF &box) const
{
    // A white disc with a mark of the banner's colour cut into it: each outcome has its own shape, so
    // the banner reads the same to a colour-blind eye and on a grey printout.
    const QColor ink = colorOf(m_outcome);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    if (m_outcome == Outcome::Unidentified) {
        // A stop sign: an octagon.
        QPolygonF octagon;
        for (int i = 0; i < 8; ++i) {
            const double angle = (22.5 + 45.0 * i) * M_PI / 180.0;
            octagon << box.center() + QPointF(std::cos(angle), std::sin(angle)) * box.width() / 2;
        }
        painter.drawPolygon(octagon);
    } else {
        painter.drawEllipse(box);
    }
    const qreal w = box.width();
    QPen pen(ink, w * 0.12, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    const auto at = [&](qreal x, qreal y) { return QPointF(box.left() + x * w, box.top() + y * w); };
    switch (m_outcome) {
    case Outcome::Admit:
        painter.drawPolyline(QPolygonF {at(0.27, 0.52), at(0.44, 0.68), at(0.74, 0.34)});
        break;
    case Outcome::Wait:
        painter.drawEllipse(QRectF(at(0.2, 0.2), at(0.8, 0.8)));
        pen.setWidthF(w * 0.09);
        painter.setPen(pen);
        painter.drawPolyline(QPolygonF {at(0.5, 0.32), at(0.5, 0.5), at(0.64, 0.6)});
        break;
    case Outcome::Reschedule: {
        // A circular arrow: the booking goes round to another day.
        const QRectF ring(at(0.24, 0.24), at(0.76, 0.76));
        painter.drawArc(ring, 60 * 16, 280 * 16);
        const double end = 60.0 * M_PI / 180.0;
        const QPointF tip = ring.center() + QPointF(std::cos(end), -std::sin(end)) * ring.width() / 2;
        painter.setPen(Qt::NoPen);
        painter.setBrush(ink);
        painter.drawPolygon(QPolygonF {tip + QPointF(-w * 0.17, -w * 0.06),
            tip + QPointF(w * 0.07, -w * 0.16), tip + QPointF(w * 0.05, w * 0.12)});
        break;
    }
    case Outcome::Unidentified:
        painter.drawLine(at(0.34, 0.34), at(0.66, 0.66));
        painter.drawLine(at(0.66, 0.34), at(0.34, 0.66));
        break;
    }
    painter.restore();
}

} // namespace chairside
