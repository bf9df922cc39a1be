#include "day/nurseloadstrip.h"

#include "scheduling/centertime.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace chairside {

namespace {

QString clockAt(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60 % 24, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

QColor over(const QPalette &palette)
{
    // A red that reads on light and dark palettes alike.
    return palette.color(QPalette::Base).lightness() > 128 ? QColor(0xc6, 0x28, 0x28)
                                                           : QColor(0xef, 0x6c, 0x6c);
}

} // namespace

NurseLoadStrip::NurseLoadStrip(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("nurseLoadStrip"));
    setAccessibleName(tr("Nurse load"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void NurseLoadStrip::setDay(
    const Center &center, const NurseLoad &load, const RosterTimeAxis &axis, int axisOffset)
{
    m_center = center;
    m_load = load;
    m_axis = axis;
    m_axisOffset = axisOffset;
    setAccessibleDescription(summary());
    update();
}

double NurseLoadStrip::rowHeight() const
{
    return std::ceil(fontMetrics().height() * 1.3);
}

QSize NurseLoadStrip::sizeHint() const
{
    return QSize(fontMetrics().averageCharWidth() * 80, int(rowHeight() * 2 + 6));
}

QSize NurseLoadStrip::minimumSizeHint() const
{
    return sizeHint();
}

QRectF NurseLoadStrip::stepRect(int step, double top, double height) const
{
    if (!m_axis.isValid() || !m_load.date().isValid() || step < 0 || step >= NurseLoad::kSteps)
        return {};
    const int minute = step * NurseLoad::kStepMinutes;
    const QDate date = m_load.date();
    const double left = m_axis.xAt(CenterTime::utcAt(m_center, date, minute)) + m_axisOffset;
    const double right
        = m_axis.xAt(CenterTime::utcAt(m_center, date, minute + NurseLoad::kStepMinutes)) + m_axisOffset;
    const double axisLeft = m_axis.left() + m_axisOffset;
    const double axisRight = m_axis.right() + m_axisOffset;
    if (right <= axisLeft || left >= axisRight)
        return {};
    return QRectF(QPointF(std::max(left, axisLeft), top), QPointF(std::min(right, axisRight), top + height));
}

int NurseLoadStrip::stepAt(double x) const
{
    for (int step = 0; step < NurseLoad::kSteps; ++step) {
        const QRectF rect = stepRect(step, 0, 1);
        if (!rect.isEmpty() && x >= rect.left() && x < rect.right())
            return step;
    }
    return -1;
}

QString NurseLoadStrip::stepText(int step) const
{
    if (stepRect(step, 0, 1).isEmpty())
        return {};
    const NurseStep &s = m_load.steps()[std::size_t(step)];
    //: %1-%2 a step of 15 minutes; %3 infusions start, %4 the nurses can start; %5 patients in chairs,
    //: %6 the nurses may have.
    return tr("%1–%2: %3 starts, the nurses can start %4; %5 patients in chairs, they may have %6")
        .arg(clockAt(s.minute), clockAt(s.minute + NurseLoad::kStepMinutes))
        .arg(s.starts)
        .arg(s.startCapacity)
        .arg(s.inChairs)
        .arg(s.chairCapacity);
}

QString NurseLoadStrip::summary() const
{
    int peak = -1;
    for (int step = 0; step < NurseLoad::kSteps; ++step) {
        const NurseStep &s = m_load.steps()[std::size_t(step)];
        if (!stepRect(step, 0, 1).isEmpty()
            && (peak < 0 || s.starts > m_load.steps()[std::size_t(peak)].starts))
            peak = step;
    }
    if (peak < 0 || m_load.steps()[std::size_t(peak)].starts == 0)
        return tr("No infusion starts this day.");
    const NurseStep &s = m_load.steps()[std::size_t(peak)];
    const int overload = m_load.overloadMinutes();
    const QString most = tr("At most %1 starts in 15 minutes, at %2, where the nurses can start %3.")
                             .arg(s.starts)
                             .arg(clockAt(s.minute))
                             .arg(s.startCapacity);
    return overload > 0 ? most + QLatin1Char(' ')
            + tr("Minutes with more patients in chairs than the nurses may have: %1.").arg(overload)
                        : most;
}

bool NurseLoadStrip::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = stepText(stepAt(help->pos().x()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void NurseLoadStrip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Window));
    if (!m_axis.isValid())
        return;
    const double row = rowHeight();
    const double startsTop = 2;
    const double loadTop = startsTop + row + 2;
    const QColor text = pal.color(QPalette::WindowText);
    const QColor bar = pal.color(QPalette::Highlight);
    const QColor red = over(pal);

    // The labels in the chairs' column, left of the hours.
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter.setFont(small);
    painter.setPen(text);
    const QRectF labels(4, 0, std::max(m_axis.left() + m_axisOffset - 8, 0.0), 0);
    //: The strip's first row: infusion starts in each 15 minutes.
    painter.drawText(QRectF(labels.left(), startsTop, labels.width(), row), Qt::AlignVCenter | Qt::AlignLeft,
        tr("Starts / 15 min"));
    //: The strip's second row: patients in chairs against what the nurses may have.
    painter.drawText(QRectF(labels.left(), loadTop, labels.width(), row), Qt::AlignVCenter | Qt::AlignLeft,
        tr("Nurse load"));

    int most = 1;
    for (const NurseStep &s : m_load.steps())
        most = std::max({most, s.starts, s.startCapacity});
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (int step = 0; step < NurseLoad::kSteps; ++step) {
        const NurseStep &s = m_load.steps()[std::size_t(step)];
        const QRectF cell = stepRect(step, startsTop, row);
        if (cell.isEmpty())
            continue;
        const QRectF inner = cell.adjusted(1, 0, -1, 0);
        // Starts: a bar as high as the starts, a tick at what the nurses can start.
        if (s.starts > 0) {
            const double h = row * s.starts / most;
            painter.fillRect(QRectF(inner.left(), inner.bottom() - h, inner.width(), h),
                s.starts > s.startCapacity ? red : bar);
        }
        const double cap = inner.bottom() - row * s.startCapacity / most;
        painter.setPen(QPen(text, 1, Qt::DotLine));
        painter.drawLine(QPointF(inner.left(), cap), QPointF(inner.right(), cap));
        // Load: the share of what the nurses may have, filled; red beyond it.
        const QRectF load = stepRect(step, loadTop, row).adjusted(1, 0, -1, 0);
        const double share
            = s.chairCapacity > 0 ? double(s.inChairs) / s.chairCapacity : (s.inChairs > 0 ? 2.0 : 0.0);
        QColor fill = share > 1.0 ? red : bar;
        fill.setAlphaF(share > 1.0 ? 1.0 : 0.15 + 0.6 * share);
        if (s.inChairs > 0)
            painter.fillRect(load, fill);
    }
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(QPointF(0, height() - 1), QPointF(width(), height() - 1));
}

} // namespace chairside
