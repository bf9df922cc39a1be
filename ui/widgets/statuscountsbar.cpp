#include "widgets/statuscountsbar.h"

#include "model/appointmentstatus.h"
#include "style/theme.h"
#include "widgets/statusbadge.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace chairside {

namespace {

constexpr double kGap = 0.6; ///< between chips, in line heights
constexpr double kPad = 0.55; ///< inside a chip, in line heights

} // namespace

StatusCountsBar::StatusCountsBar(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Appointments by status"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setCounts({});
}

StatusCountsBar::~StatusCountsBar() = default;

QList<StatusCountsBar::Chip> StatusCountsBar::chips() const
{
    QList<Chip> list {
        {AppointmentStatus::Booked, m_counts.booked, tr("booked")},
        {AppointmentStatus::Arrived, m_counts.arrived, tr("arrived")},
        {AppointmentStatus::CheckedIn, m_counts.checkedIn, tr("checked in and waiting")},
        {AppointmentStatus::InProgress, m_counts.inChair, tr("in chair")},
        {AppointmentStatus::Fulfilled, m_counts.done, tr("done")},
        {AppointmentStatus::NoShow, m_counts.noShow, tr("no-show")},
        {AppointmentStatus::Cancelled, m_counts.rescheduled, tr("rescheduled")},
    };
    if (m_counts.cancelled > 0)
        list << Chip {AppointmentStatus::Cancelled, m_counts.cancelled, tr("cancelled")};
    return list;
}

QString StatusCountsBar::summary(const RosterCounts &counts)
{
    // Each a plural of its own: "1 arrived" is "1 llegada", "2 arrived" "2 llegadas".
    QStringList parts {
        tr("%n booked", nullptr, counts.booked),
        tr("%n arrived", nullptr, counts.arrived),
        tr("%n checked in and waiting", nullptr, counts.checkedIn),
        tr("%n in chair", nullptr, counts.inChair),
        tr("%n done", nullptr, counts.done),
        tr("%n no-show", nullptr, counts.noShow),
        tr("%n rescheduled", nullptr, counts.rescheduled),
    };
    if (counts.cancelled > 0)
        parts << tr("%n cancelled", nullptr, counts.cancelled);
    return parts.join(QStringLiteral(", "));
}

void StatusCountsBar::setCounts(const RosterCounts &counts)
{
    m_counts = counts;
    const QString text = summary(counts);
    setAccessibleDescription(text);
    setToolTip(text);
    updateGeometry();
    update();
}

QFont StatusCountsBar::numberFont() const
{
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.35);
    f.setWeight(QFont::Bold);
    return f;
}

double StatusCountsBar::chipHeight() const
{
    const QFontMetricsF number(numberFont());
    return std::ceil(number.height() + 2 * kPad * QFontMetricsF(font()).height() * 0.6);
}

double StatusCountsBar::chipWidth(const Chip &chip) const
{
    const QFontMetricsF fm(font());
    const QFontMetricsF number(numberFont());
    const double line = fm.height();
    const double glyph = line * 1.1;
    return kPad * line + glyph + 0.45 * line + number.horizontalAdvance(QString::number(chip.count))
        + 0.35 * line + fm.horizontalAdvance(chip.word) + kPad * line;
}

QSize StatusCountsBar::sizeHint() const
{
    const double line = QFontMetricsF(font()).height();
    double width = 0;
    const QList<Chip> list = chips();
    for (const Chip &chip : list)
        width += chipWidth(chip) + kGap * line;
    return QSize(int(std::ceil(width)), int(chipHeight()) + 2);
}

QSize StatusCountsBar::minimumSizeHint() const
{
    return sizeHint();
}

void StatusCountsBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

void StatusCountsBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF fm(font());
    const QFont bold = numberFont();
    const QFontMetricsF number(bold);
    const double line = fm.height();
    const double height = chipHeight();
    double x = 0.5;
    const double y = 0.5;
    const QList<Chip> list = chips();
    for (const Chip &chip : list) {
        const double width = chipWidth(chip);
        const QRectF rect(x, y, width, height);
        QColor border = Theme::statusText(chip.status);
        border.setAlphaF(0.28F);
        painter.setPen(QPen(border, 1));
        painter.setBrush(Theme::statusFill(chip.status));
        painter.drawRoundedRect(rect, height / 2.6, height / 2.6);

        const QColor ink = Theme::statusText(chip.status);
        double cx = x + kPad * line;
        const double glyph = line * 1.1;
        StatusBadge::paintStatusGlyph(
            painter, QRectF(cx, rect.center().y() - glyph / 2, glyph, glyph), chip.status, ink);
        cx += glyph + 0.45 * line;

        painter.setPen(ink);
        painter.setFont(bold);
        const QString count = QString::number(chip.count);
        const double baseline = rect.center().y() + (number.ascent() - number.descent()) / 2;
        painter.drawText(QPointF(cx, baseline), count);
        cx += number.horizontalAdvance(count) + 0.35 * line;
        painter.setFont(font());
        painter.drawText(QPointF(cx, baseline), chip.word);
        x += width + kGap * line;
    }
}

} // namespace chairside
