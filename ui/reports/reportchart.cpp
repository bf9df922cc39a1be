#include "reports/reportchart.h"

#include "style/theme.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace chairside {

namespace {

QString hourText(int hour)
{
    return QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0'));
}

QString clockText(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

/// White through the highlight colour: the share of a cell.
QColor heat(const QPalette &palette, double share)
{
    const QColor low = palette.color(QPalette::Base);
    const QColor high = palette.color(QPalette::Highlight);
    const double t = std::clamp(share, 0.0, 1.0);
    return QColor::fromRgbF(float(low.redF() + (high.redF() - low.redF()) * t),
        float(low.greenF() + (high.greenF() - low.greenF()) * t),
        float(low.blueF() + (high.blueF() - low.blueF()) * t));
}

/// A readable text colour on `fill`.
QColor textOn(const QColor &fill)
{
    return fill.lightnessF() > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
}

struct Axes
{
    QRectF plot;
    double top = 1; ///< the value at the plot's top edge

    double y(double value) const { return plot.bottom() - plot.height() * std::clamp(value / top, 0.0, 1.0); }
};

/// A vertical value axis with a few round ticks, the plot inside the margins left for labels.
Axes valueAxes(QPainter &p, const QRectF &area, double most, const QString &unit)
{
    const QFontMetricsF fm(p.font());
    Axes axes;
    const double step = most <= 5 ? 1
        : most <= 10              ? 2
        : most <= 50              ? 10
        : most <= 100             ? 20
        : most <= 500             ? 100
                                  : 200;
    axes.top = std::max(step, std::ceil(std::max(most, 1.0) / step) * step);
    const double left = fm.horizontalAdvance(QString::number(axes.top)) + fm.height() * 0.6;
    axes.plot = area.adjusted(left, fm.height() * 1.4, -fm.height() * 0.5, -fm.height() * 2.2);
    p.setPen(p.pen().color());
    p.drawText(QRectF(area.left(), area.top(), area.width(), fm.height() * 1.2), Qt::AlignLeft, unit);
    QColor grid = p.pen().color();
    grid.setAlphaF(0.2F);
    for (double v = 0; v <= axes.top + 1e-9; v += step) {
        const double y = axes.y(v);
        p.save();
        p.setPen(grid);
        p.drawLine(QPointF(axes.plot.left(), y), QPointF(axes.plot.right(), y));
        p.restore();
        p.drawText(QRectF(area.left(), y - fm.height() / 2, left - fm.height() * 0.3, fm.height()),
            Qt::AlignRight | Qt::AlignVCenter, QString::number(v));
    }
    return axes;
}

void paintUtilization(QPainter &p, const QRectF &area, const UtilizationReport &r, const QPalette &palette)
{
    const QFontMetricsF fm(p.font());
    if (r.lastHour < r.firstHour) {
        p.drawText(area, Qt::AlignCenter, ReportChart::tr("The center is not open on these days."));
        return;
    }
    const int hours = r.lastHour - r.firstHour + 1;
    const double labelWidth = fm.horizontalAdvance(QStringLiteral("Wed")) * 1.6;
    const QRectF grid = area.adjusted(labelWidth, fm.height() * 1.4, 0, -fm.height() * 0.2);
    const double w = grid.width() / hours;
    const double h = grid.height() / 7;
    QLocale locale;
    for (int hour = r.firstHour; hour <= r.lastHour; ++hour) {
        p.drawText(QRectF(grid.left() + (hour - r.firstHour) * w, area.top(), w, fm.height() * 1.2),
            Qt::AlignCenter, hourText(hour));
    }
    for (int weekday = 1; weekday <= 7; ++weekday) {
        const double y = grid.top() + (weekday - 1) * h;
        p.drawText(QRectF(area.left(), y, labelWidth - fm.height() * 0.4, h),
            Qt::AlignRight | Qt::AlignVCenter, locale.dayName(weekday, QLocale::ShortFormat));
        for (int hour = r.firstHour; hour <= r.lastHour; ++hour) {
            const UtilizationReport::Cell &c = r.cell(weekday, hour);
            const QRectF cell(grid.left() + (hour - r.firstHour) * w + 1, y + 1, w - 2, h - 2);
            if (!c.isOpen()) {
                QColor closed = palette.color(QPalette::WindowText);
                closed.setAlphaF(0.06F);
                p.fillRect(cell, closed);
                continue;
            }
            const QColor fill = heat(palette, c.share());
            p.fillRect(cell, fill);
            if (cell.width() > fm.horizontalAdvance(QStringLiteral("100%")) + 4
                && cell.height() > fm.height()) {
                p.save();
                p.setPen(textOn(fill));
                p.drawText(cell, Qt::AlignCenter, QStringLiteral("%1%").arg(std::lround(c.share() * 100)));
                p.restore();
            }
        }
    }
}

void paintStarts(QPainter &p, const QRectF &area, const StartsReport &r, const QPalette &palette)
{
    if (r.steps.isEmpty()) {
        p.drawText(area, Qt::AlignCenter, ReportChart::tr("No infusion started on these days."));
        return;
    }
    int highest = 0;
    for (const StartsReport::Step &s : r.steps)
        highest = std::max({highest, s.mostStarts, s.leastCapacity});
    const Axes axes = valueAxes(p, area, highest,
        ReportChart::tr("Starts per 15 minutes: mean, most on one day, and what the nurses can start"));
    const QFontMetricsF fm(p.font());
    const double w = axes.plot.width() / r.steps.size();
    QColor mostColor = palette.color(QPalette::Highlight);
    mostColor.setAlphaF(0.35F);
    for (int i = 0; i < r.steps.size(); ++i) {
        const StartsReport::Step &s = r.steps.at(i);
        const double x = axes.plot.left() + i * w;
        const QRectF most(
            x + w * 0.15, axes.y(s.mostStarts), w * 0.7, axes.plot.bottom() - axes.y(s.mostStarts));
        p.fillRect(most, mostColor);
        const QRectF mean(
            x + w * 0.15, axes.y(s.meanStarts()), w * 0.7, axes.plot.bottom() - axes.y(s.meanStarts()));
        p.fillRect(mean, s.daysOver > 0 ? Theme::problemColor() : palette.color(QPalette::Highlight));
        if (s.minute % 60 == 0) {
            p.drawText(QRectF(x - w, axes.plot.bottom() + 2, w * 3, fm.height()), Qt::AlignCenter,
                clockText(s.minute));
        }
    }
    // The capacity, step by step, as a line.
    QPainterPath line;
    for (int i = 0; i < r.steps.size(); ++i) {
        const double y = axes.y(r.steps.at(i).leastCapacity);
        const double x = axes.plot.left() + i * w;
        if (i == 0)
            line.moveTo(x, y);
        else
            line.lineTo(x, y);
        line.lineTo(x + w, y);
    }
    p.save();
    p.setPen(QPen(palette.color(QPalette::WindowText), 1.5, Qt::DashLine));
    p.drawPath(line);
    p.restore();
}

void paintWaits(QPainter &p, const QRectF &area, const WaitReport &r, const QPalette &palette)
{
    if (r.days.isEmpty()) {
        p.drawText(area, Qt::AlignCenter, ReportChart::tr("No infusion started on these days."));
        return;
    }
    double most = 0;
    for (const WaitReport::Day &d : r.days)
        most = std::max(most, d.stats.p90Minutes);
    const Axes axes = valueAxes(p, area, most,
        ReportChart::tr("Minutes from arrival to chair: median (bar) and 90th percentile (mark)"));
    const QFontMetricsF fm(p.font());
    const double w = axes.plot.width() / r.days.size();
    const int labelEvery
        = std::max(1, int(std::ceil(fm.horizontalAdvance(QStringLiteral("00 Mmm")) * 1.3 / w)));
    QLocale locale;
    for (int i = 0; i < r.days.size(); ++i) {
        const WaitReport::Day &d = r.days.at(i);
        const double x = axes.plot.left() + i * w;
        const QRectF bar(x + w * 0.2, axes.y(d.stats.medianMinutes), w * 0.6,
            axes.plot.bottom() - axes.y(d.stats.medianMinutes));
        p.fillRect(bar, palette.color(QPalette::Highlight));
        p.save();
        p.setPen(QPen(Theme::problemColor(), 2));
        const double y = axes.y(d.stats.p90Minutes);
        p.drawLine(QPointF(x + w * 0.1, y), QPointF(x + w * 0.9, y));
        p.restore();
        if (i % labelEvery == 0) {
            p.drawText(QRectF(x - w, axes.plot.bottom() + 2, w * 3, fm.height()), Qt::AlignCenter,
                locale.toString(d.date, QStringLiteral("d MMM")));
        }
    }
}

/// Horizontal bars, one group per label, two values each.
void paintPairs(QPainter &p, const QRectF &area, const QStringList &labels,
    const QList<std::pair<int, int>> &values, const QString &first, const QString &second,
    const QPalette &palette)
{
    if (labels.isEmpty()) {
        p.drawText(area, Qt::AlignCenter, ReportChart::tr("Nothing to show on these days."));
        return;
    }
    const QFontMetricsF fm(p.font());
    double labelWidth = 0;
    for (const QString &label : labels)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(label));
    labelWidth = std::min(labelWidth + fm.height(), area.width() * 0.4);
    int most = 1;
    for (const auto &[a, b] : values)
        most = std::max({most, a, b});
    const QRectF legend(area.left(), area.top(), area.width(), fm.height() * 1.3);
    const QColor firstColor = palette.color(QPalette::Highlight);
    const QColor secondColor = Theme::problemColor();
    double lx = legend.left() + labelWidth;
    for (const auto &[text, color] : {std::pair {first, firstColor}, std::pair {second, secondColor}}) {
        p.fillRect(
            QRectF(lx, legend.top() + fm.height() * 0.25, fm.height() * 0.8, fm.height() * 0.8), color);
        lx += fm.height();
        p.drawText(
            QRectF(lx, legend.top(), fm.horizontalAdvance(text) + 2, fm.height() * 1.3), Qt::AlignLeft, text);
        lx += fm.horizontalAdvance(text) + fm.height();
    }
    const QRectF plot = area.adjusted(labelWidth, legend.height(), -fm.height() * 2, 0);
    const double rowHeight = std::min(plot.height() / labels.size(), fm.height() * 2.6);
    const double barHeight = rowHeight * 0.36;
    for (int i = 0; i < labels.size(); ++i) {
        const double y = plot.top() + i * rowHeight;
        p.drawText(QRectF(area.left(), y, labelWidth - fm.height() * 0.4, rowHeight),
            Qt::AlignRight | Qt::AlignVCenter,
            fm.elidedText(labels.at(i), Qt::ElideRight, labelWidth - fm.height() * 0.4));
        const auto [a, b] = values.at(i);
        const double wa = plot.width() * a / most;
        const double wb = plot.width() * b / most;
        p.fillRect(QRectF(plot.left(), y + rowHeight * 0.12, wa, barHeight), firstColor);
        p.fillRect(QRectF(plot.left(), y + rowHeight * 0.12 + barHeight, wb, barHeight), secondColor);
        p.drawText(QRectF(plot.left() + wa + 3, y + rowHeight * 0.12, fm.height() * 2, barHeight),
            Qt::AlignLeft | Qt::AlignVCenter, QString::number(a));
        p.drawText(QRectF(plot.left() + wb + 3, y + rowHeight * 0.12 + barHeight, fm.height() * 2, barHeight),
            Qt::AlignLeft | Qt::AlignVCenter, QString::number(b));
    }
}

} // namespace

ReportChart::ReportChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("reportChart"));
    setAccessibleName(tr("Report chart"));
    setMinimumHeight(fontMetrics().height() * 14);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

ReportChart::~ReportChart() = default;

void ReportChart::setData(Data data)
{
    m_data = std::move(data);
    setVisible(!isEmpty());
    update();
}

QSize ReportChart::sizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 50, line * 18};
}

void ReportChart::paint(QPainter &p, const QRectF &area) const
{
    const QPalette &pal = palette();
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(pal.color(QPalette::WindowText));
    if (const auto *u = std::get_if<UtilizationReport>(&m_data)) {
        paintUtilization(p, area, *u, pal);
    } else if (const auto *s = std::get_if<StartsReport>(&m_data)) {
        paintStarts(p, area, *s, pal);
    } else if (const auto *w = std::get_if<WaitReport>(&m_data)) {
        paintWaits(p, area, *w, pal);
    } else if (const auto *n = std::get_if<NoShowReport>(&m_data)) {
        QStringList labels;
        QList<std::pair<int, int>> values;
        for (const NoShowReport::Row &row : n->therapies) {
            labels << row.therapy;
            values << std::pair {row.noShows, row.lateCancellations};
        }
        paintPairs(p, area, labels, values, tr("No-shows"), tr("Late cancellations"), pal);
    } else if (const auto *r = std::get_if<RescheduleReport>(&m_data)) {
        QStringList labels;
        QList<std::pair<int, int>> values;
        for (const RescheduleReport::Reason &reason : r->reasons) {
            labels << reasonCodeName(reason.code);
            values << std::pair {reason.appointments, reason.moved};
        }
        paintPairs(p, area, labels, values, tr("Sent to reschedule"), tr("Moved"), pal);
    }
    p.restore();
}

void ReportChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const int margin = fontMetrics().height() / 2;
    paint(p, QRectF(rect()).adjusted(margin, margin, -margin, -margin));
}

} // namespace chairside
