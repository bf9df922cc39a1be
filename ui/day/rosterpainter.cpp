#include "day/rosterpainter.h"

#include "day/rosterrendercache.h"
#include "scheduling/centertime.h"
#include "style/theme.h"
#include "widgets/statusbadge.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QStaticText>

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>
#include <vector>

namespace chairside {

namespace {

/// The dose matters only while the patient still waits for it.
bool doseProblem(const RosterEntry &entry)
{
    const bool waiting = entry.status == AppointmentStatus::Booked
        || entry.status == AppointmentStatus::Arrived || entry.status == AppointmentStatus::CheckedIn;
    return waiting && StatusBadge::prepIsProblem(entry.prep);
}

/// A warning triangle with an exclamation mark: the dose is not there.
void paintWarningGlyph(QPainter &painter, const QRectF &rect, const QColor &color)
{
    const double side = std::min(rect.width(), rect.height());
    const QRectF box(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath triangle;
    triangle.moveTo(box.center().x(), box.top() + side * 0.06);
    triangle.lineTo(box.right() - side * 0.04, box.bottom() - side * 0.08);
    triangle.lineTo(box.left() + side * 0.04, box.bottom() - side * 0.08);
    triangle.closeSubpath();
    painter.setPen(QPen(color, std::max(1.0, side / 10), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(triangle);
    painter.drawLine(QPointF(box.center().x(), box.top() + side * 0.36),
        QPointF(box.center().x(), box.top() + side * 0.62));
    painter.drawPoint(QPointF(box.center().x(), box.top() + side * 0.76));
    painter.restore();
}

/// Where `rect` falls on the device's pixel grid, in device pixels: each edge to the nearest pixel.
QRect devicePixels(const QRectF &rect, double dpr)
{
    const QPoint topLeft(int(std::lround(rect.left() * dpr)), int(std::lround(rect.top() * dpr)));
    const QPoint end(int(std::lround(rect.right() * dpr)), int(std::lround(rect.bottom() * dpr)));
    return QRect(topLeft, QSize(end.x() - topLeft.x(), end.y() - topLeft.y()));
}

/// `point` moved to the nearest device pixel, so a blitted picture stays crisp.
QPointF onPixel(const QPointF &point, double dpr)
{
    return QPointF(std::round(point.x() * dpr) / dpr, std::round(point.y() * dpr) / dpr);
}

/// The device pixels per unit of a painter that a picture can be blitted to on whole pixels, 0 when it
/// is rotated, sheared or scaled by its own transform. The paint device's devicePixelRatio is not enough:
/// QWidget::render into a high-resolution image paints through the widget, whose ratio may be 1.
double blitRatio(const QPainter &painter)
{
    if (!painter.worldTransform().isIdentity())
        return 0;
    const QTransform device = painter.deviceTransform();
    if (device.type() > QTransform::TxScale || device.m11() != device.m22() || device.m11() <= 0)
        return 0;
    return device.m11();
}

/// A transparent picture for `logical` (in the painter's units) at the device's pixel ratio, with room
/// for the antialiased edge of what is painted up to its right and bottom.
QPixmap transparentPixmap(const QSizeF &logical, double dpr)
{
    QPixmap pixmap(int(std::ceil(logical.width() * dpr)) + 1, int(std::ceil(logical.height() * dpr)) + 1);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    return pixmap;
}

/// Qt's raster engine hands a blend of more than about a hundred spans (one per pixel row of a tall,
/// narrow or translucent fill, or per dot of a dotted line) to its thread pool and waits for it: for a
/// line a pixel wide the hand-off costs many times the work, and on a busy machine the wait for a free
/// core is longer still. Tall fills of that kind go in bands of this many device pixel rows, a multiple
/// of the three-pixel period of a dotted line, so that the dots continue from band to band.
constexpr int kBandRows = 63;

/// The bands of [top, bottom) in logical units, each at most kBandRows device pixels high, starting at
/// `top` (so that a dotted line's dots start where a single line's would).
template<typename Paint>
void inBands(double top, double bottom, double dpr, Paint paint)
{
    const double band = kBandRows / std::max(1.0, dpr);
    const int bands = int(std::ceil((bottom - top) / band));
    for (int i = 0; i < bands; ++i)
        paint(top + i * band, std::min(bottom, top + (i + 1) * band));
}

} // namespace

QColor RosterPainter::Colors::fill(AppointmentStatus status) const
{
    return Theme::statusFill(status, mode);
}

QColor RosterPainter::Colors::ink(AppointmentStatus status) const
{
    return Theme::statusText(status, mode);
}

RosterPainter::Colors RosterPainter::Colors::screen(const QPalette &palette)
{
    Colors c;
    c.mode = Theme::current();
    c.base = palette.color(QPalette::Base);
    c.alternate = palette.color(QPalette::AlternateBase);
    c.text = palette.color(QPalette::Text);
    c.muted = palette.color(QPalette::PlaceholderText);
    c.grid = palette.color(QPalette::Mid);
    c.gridFaint = c.grid;
    c.gridFaint.setAlphaF(0.45F);
    c.closed = c.muted;
    c.closed.setAlphaF(0.22F);
    c.now = Theme::rescheduleColor();
    c.highlight = palette.color(QPalette::Highlight);
    return c;
}

RosterPainter::Colors RosterPainter::Colors::print()
{
    Colors c;
    c.paper = true;
    // Paper is white whatever the screen shows: the dark palette's tints would print as dark blocks.
    c.mode = Theme::Mode::Light;
    c.base = Qt::white;
    c.alternate = QColor(0xf3, 0xf5, 0xf7);
    c.text = QColor(0x15, 0x1c, 0x24);
    c.muted = QColor(0x5b, 0x66, 0x70);
    c.grid = QColor(0xb8, 0xc0, 0xc8);
    c.gridFaint = QColor(0xdd, 0xe2, 0xe6);
    c.closed = QColor(0x9a, 0xa4, 0xad, 90);
    c.now = QColor(0xb0, 0x35, 0x26);
    c.highlight = QColor(0x1f, 0x6f, 0x78);
    return c;
}

/// A line of text on a block, in one of the layout's fonts: shaped once, drawn as a static text.
struct RosterPainter::BlockText
{
    /// `words` fit the room's width: they were measured or elided to it.
    BlockText(const QFont *inFont, const QFontMetricsF &metrics, const QRectF &room, const QString &words,
        const QStaticText &shapedWords)
        : font(inFont)
        , rect(room)
        , text(words)
        , topLeft(room.left(), room.top() + (room.height() - metrics.height()) / 2)
        // Taller than its room: drawText clips it to the room, a static text would not.
        , fits(metrics.height() <= room.height())
        , shaped(shapedWords)
    { }

    /// A printed page takes the text as drawText lays it out for the printer's resolution.
    void paint(QPainter &painter, bool onScreen) const
    {
        painter.setFont(*font);
        if (fits && onScreen)
            painter.drawStaticText(topLeft, shaped);
        else
            painter.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, text);
    }

    const QFont *font = nullptr;
    QRectF rect;
    QString text;
    QPointF topLeft; ///< where the static text goes to sit centred in `rect`, as drawText puts it
    bool fits = true;
    QStaticText shaped;
};

/// Where a block's text and tags go, and the words that fit.
struct RosterPainter::BlockPlan
{
    enum class Dose
    {
        None,
        Glyph,
        Words
    };

    double radius = 0;
    bool hasText = false; ///< false when the block is too small for any
    QList<BlockText> before; ///< painted before the status tag
    bool tag = false;
    QRectF tagRect;
    QRectF glyphRect;
    bool tagWords = false; ///< false: the glyph alone
    QRectF tagWordsRect;
    QString status;
    Dose dose = Dose::None;
    QRectF doseGlyph;
    QString doseWords;
    std::optional<BlockText> doseText;
    QList<BlockText> after; ///< painted after the tags
};

/// The hours: closed time, the hour and half-hour lines, the labels in the header.
struct RosterPainter::Grid
{
    struct Line
    {
        double x = 0;
        bool hour = false; ///< else a half hour
    };
    struct Label
    {
        double x = 0;
        QString text;
        double width = 0;
        QStaticText shaped;
    };

    QList<QRectF> closed; ///< outside the opening hours
    QList<Line> lines;
    QList<Label> labels;
};

/// What painting the layout measured, kept for its later paints. No colours: they come from the palette
/// (or the paper) at each paint, so a new palette or theme needs no new painter.
struct RosterPainter::Measured
{
    /// A chair's name, and what else its label says, elided to the label's width.
    struct RowLabel
    {
        QString name;
        QString second;
        QStaticText shapedName;
        QStaticText shapedSecond;
    };

    QHash<qint64, QString> clock; ///< "HH:mm" by UTC second
    std::vector<std::optional<RowLabel>> rows;
    std::vector<std::optional<BlockPlan>> blocks;
    std::optional<Grid> grid;
};

RosterPainter::RosterPainter(
    const Center &center, const Roster &roster, RosterLayout layout, RosterRenderCache &rendered)
    : m_center(center)
    , m_roster(roster)
    , m_layout(std::move(layout))
    , m_rendered(rendered)
    , m_measured(std::make_unique<Measured>())
{
    m_measured->rows.resize(size_t(m_layout.rows.size()));
    m_measured->blocks.resize(size_t(m_layout.blocks.size()));
}

RosterPainter::~RosterPainter() = default;

QString RosterPainter::localTime(const QDateTime &utc) const
{
    return utc.isValid() ? CenterTime::toLocal(m_center, utc).toString(QStringLiteral("HH:mm")) : QString();
}

QString RosterPainter::clockAt(const QDateTime &utc)
{
    if (!utc.isValid() || !m_layout.axis.isValid())
        return localTime(utc);
    QHash<qint64, QString> &clock = m_measured->clock;
    const qint64 key = utc.toSecsSinceEpoch();
    const auto found = clock.constFind(key);
    if (found != clock.constEnd())
        return *found;
    return *clock.insert(key, m_layout.axis.clock(utc));
}

void RosterPainter::paintRows(QPainter &painter, const Colors &colors, bool interactive, const QRectF &reach)
{
    const RosterLayout::Typography &type = m_layout.type;
    const double line = m_layout.line;
    const double width = m_layout.width;
    const double hair = colors.paper ? line * 0.05 : 0;
    // Each row fills its own background, base or alternate, so nothing is filled twice; all of them
    // before any row's line, which lies on the next row's first pixels.
    qsizetype first = m_layout.rows.size();
    qsizetype last = -1;
    for (qsizetype c = 0; c < m_layout.rows.size(); ++c) {
        const QRectF row = m_layout.rows.at(c);
        if (row.bottom() < reach.top() || row.top() > reach.bottom())
            continue;
        first = std::min(first, c);
        last = c;
        painter.fillRect(
            QRectF(0, row.top(), width, row.height()), c % 2 == 1 ? colors.alternate : colors.base);
    }
    for (qsizetype c = first; c <= last; ++c) {
        const QRectF row = m_layout.rows.at(c);
        const Chair &chair = m_roster.chairs.at(c).chair;
        const QRectF label(line * 0.8, row.top(), m_layout.labelWidth - line * 1.2, row.height());
        std::optional<Measured::RowLabel> &text = m_measured->rows[size_t(c)];
        if (!text) {
            QString second;
            if (!chair.active)
                second = tr("Out of service");
            else if (chair.kind == Chair::Kind::Suite)
                second = tr("Private suite");
            const QString name = m_rendered.elided(
                type.chairMetrics, type.chairKey, StatusBadge::chairName(chair), label.width());
            if (!second.isEmpty())
                second = m_rendered.elided(type.smallMetrics, type.smallKey, second, label.width());
            text = Measured::RowLabel {name, second, m_rendered.shape(type.chair, type.chairKey, name),
                m_rendered.shape(type.small, type.smallKey, second)};
        }
        const double nameHeight = type.chairMetrics.height();
        const double textHeight = nameHeight + (text->second.isEmpty() ? 0 : type.smallMetrics.height());
        double y = row.center().y() - textHeight / 2;
        painter.setPen(colors.text);
        painter.setFont(type.chair);
        const QRectF nameRect(label.left(), y, label.width(), nameHeight);
        if (interactive)
            painter.drawStaticText(nameRect.topLeft(), text->shapedName);
        else
            painter.drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter, text->name);
        if (!text->second.isEmpty()) {
            y += nameHeight;
            painter.setFont(type.small);
            painter.setPen(colors.muted);
            const QRectF secondRect(label.left(), y, label.width(), type.smallMetrics.height());
            if (interactive)
                painter.drawStaticText(secondRect.topLeft(), text->shapedSecond);
            else
                painter.drawText(secondRect, Qt::AlignLeft | Qt::AlignVCenter, text->second);
        }
        if (chair.kind == Chair::Kind::Suite) {
            // A bar down the label's edge marks the suite's row beside the words.
            painter.fillRect(
                QRectF(0, row.top(), std::max(2.0, line * 0.22), row.height()), colors.highlight);
        }
        painter.setPen(QPen(colors.grid, hair));
        painter.drawLine(QPointF(0, row.bottom()), QPointF(width, row.bottom()));
    }
}

const RosterPainter::Grid &RosterPainter::grid()
{
    if (m_measured->grid)
        return *m_measured->grid;
    const RosterTimeAxis &axis = m_layout.axis;
    const TimeScale &scale = axis.scale();
    const double top = m_layout.headerHeight;
    const double bottom = m_layout.timeArea.bottom();
    Grid grid;
    // Outside the opening hours: hatched, so closed time reads without colour.
    QList<std::pair<double, double>> open;
    for (const OpenSpan &span : m_roster.hours) {
        open << std::pair {axis.xAt(CenterTime::utcAt(m_center, m_roster.date, span.opensMinute)),
            axis.xAt(CenterTime::utcAt(m_center, m_roster.date, span.closesMinute))};
    }
    std::sort(open.begin(), open.end());
    double from = axis.left();
    const double to = axis.right();
    for (const auto &[opens, closes] : std::as_const(open)) {
        if (opens > from)
            grid.closed << QRectF(from, top, opens - from, bottom - top);
        from = std::max(from, closes);
    }
    if (to > from)
        grid.closed << QRectF(from, top, to - from, bottom - top);
    // Hour lines, half hours fainter; the hours written in the header.
    for (QDateTime t = scale.startUtc; t <= scale.endUtc; t = t.addSecs(1800))
        grid.lines << Grid::Line {std::round(axis.xAt(t)) + 0.5, axis.minuteOfDay(t) % 60 == 0};
    const RosterLayout::Typography &type = m_layout.type;
    for (QDateTime t = scale.startUtc; t <= scale.endUtc; t = t.addSecs(3600)) {
        const QString label = clockAt(t);
        grid.labels << Grid::Label {std::round(axis.xAt(t)) + 0.5, label,
            type.metrics.horizontalAdvance(label), m_rendered.shape(type.base, type.baseKey, label)};
    }
    return m_measured->grid.emplace(std::move(grid));
}

void RosterPainter::paint(QPainter &painter, const Colors &colors, const Moment &moment, bool interactive,
    double headerTop, const QRectF &exposed)
{
    const RosterLayout &layout = m_layout;
    const RosterLayout::Typography &type = layout.type;
    const double line = layout.line;
    const double width = layout.width;
    // One device pixel on screen; a fine line of the same weight on a high-resolution page.
    const double hair = colors.paper ? line * 0.05 : 0;
    // On screen, lines a device pixel wide are filled as rectangles rather than stroked (see inBands()).
    const double dpr = interactive ? blitRatio(painter) : 0;
    painter.setRenderHint(QPainter::Antialiasing, false);
    // A scroll area shows a few chairs of the day at a time, and a hover repaints one block: only rows
    // and blocks that meet the exposed area are painted. The margin takes in what reaches past a
    // rectangle (the current block's frame, a label's descenders).
    const QRectF reach = exposed.adjusted(-line, -line, line, line);

    // The background where no row is: above the first (under the header) and below the last.
    const double rowsTop = layout.rows.isEmpty() ? exposed.bottom() : layout.rows.first().top();
    const double rowsBottom = layout.rows.isEmpty() ? exposed.bottom() : layout.rows.last().bottom();
    if (exposed.top() < rowsTop)
        painter.fillRect(
            QRectF(exposed.left(), exposed.top(), exposed.width(), rowsTop - exposed.top()), colors.base);
    if (exposed.bottom() > rowsBottom)
        painter.fillRect(
            QRectF(exposed.left(), rowsBottom, exposed.width(), exposed.bottom() - rowsBottom), colors.base);
    // Rows: alternate shading, the chair's name at the left, a suite marked in words.
    paintRows(painter, colors, interactive, reach);

    // On screen the long lines down the day run only through the exposed part: stroking the whole height
    // of a tall day costs as much as the blocks.
    const double downFrom = hair == 0 ? std::max(layout.headerHeight, reach.top()) : layout.headerHeight;
    const auto downTo = [&](double end) { return hair == 0 ? std::min(end, reach.bottom()) : end; };
    /// A solid vertical line at `x` (a pixel's centre) from `top` to `bottom`.
    const auto lineDown = [&](double x, double top, double bottom, const QColor &color) {
        if (top >= bottom)
            return;
        if (dpr > 0 && color.alpha() == 255) {
            // Filled: an opaque rectangle is filled in one piece, without spans.
            const double column = std::floor(x * dpr) / dpr;
            painter.fillRect(QRectF(column, top, 1 / dpr, bottom - top), color);
        } else {
            painter.setPen(QPen(color, hair));
            painter.drawLine(QPointF(x, top), QPointF(x, bottom));
        }
    };
    lineDown(layout.labelWidth, downFrom, downTo(layout.height - 1), colors.grid);

    const RosterTimeAxis &axis = layout.axis;
    const double bottom = layout.timeArea.bottom();
    if (!axis.isValid()) {
        painter.setFont(type.notice);
        painter.setPen(colors.muted);
        painter.drawText(QRectF(layout.labelWidth, 0, layout.timeArea.width(), std::max(bottom, line * 6)),
            Qt::AlignCenter, tr("The center is closed on this day."));
        return;
    }
    const Grid &hours = grid();

    QBrush hatch(colors.closed, Qt::BDiagPattern);
    if (!interactive) {
        QTransform t;
        t.scale(line / 8, line / 8);
        hatch.setTransform(t);
    }
    for (const QRectF &closed : hours.closed) {
        if (!closed.intersects(reach))
            continue;
        if (dpr > 0) {
            // The pattern is anchored to the painter, not the rectangle: the bands join seamlessly.
            const QRectF shown = closed.intersected(reach);
            inBands(shown.top(), shown.bottom(), dpr, [&](double from, double to) {
                painter.fillRect(QRectF(shown.left(), from, shown.width(), to - from), hatch);
            });
        } else {
            painter.fillRect(closed, hatch);
        }
    }

    // The dotted lines start a whole number of dot periods (three pixels of a one-pixel dotted line)
    // below the header, so the dots fall where a whole paint puts them.
    double linesTop = layout.headerHeight;
    if (hair == 0)
        linesTop += std::max(0.0, std::floor((reach.top() - layout.headerHeight) / 3) * 3);
    const double linesBottom = downTo(bottom);
    const QPen halfHourPen(colors.gridFaint, hair, Qt::DotLine);
    for (const Grid::Line &hourLine : hours.lines) {
        if (linesTop >= linesBottom || hourLine.x < reach.left() || hourLine.x > reach.right())
            continue;
        if (hourLine.hour) {
            lineDown(hourLine.x, linesTop, linesBottom, colors.grid);
            continue;
        }
        painter.setPen(halfHourPen);
        if (dpr > 0 && dpr == std::floor(dpr)) {
            inBands(linesTop, linesBottom, dpr, [&](double from, double to) {
                painter.drawLine(QPointF(hourLine.x, from), QPointF(hourLine.x, to));
            });
        } else {
            painter.drawLine(QPointF(hourLine.x, linesTop), QPointF(hourLine.x, linesBottom));
        }
    }

    for (qsizetype i = 0; i < layout.blocks.size(); ++i) {
        if (layout.blocks.at(i).rect.intersects(reach))
            paintBlock(painter, i, colors, moment, interactive);
    }

    // Now, on today's roster: a line, with the time written at its head in the header.
    const QDateTime &nowUtc = moment.nowUtc;
    const bool showNow = nowUtc.isValid() && nowUtc >= axis.scale().startUtc && nowUtc <= axis.scale().endUtc
        && CenterTime::localDate(m_center, nowUtc) == m_roster.date;
    const double nowX = showNow ? axis.xAt(nowUtc) : 0;
    const double nowWidth = std::max(2.0, line * 0.12);
    if (showNow && downFrom < downTo(bottom)) {
        if (dpr > 0) {
            // On whole device pixels, filled: as crisp as an antialiased line, a fraction of the cost.
            const double left = std::round((nowX - nowWidth / 2) * dpr) / dpr;
            const double right = std::round((nowX + nowWidth / 2) * dpr) / dpr;
            painter.fillRect(QRectF(left, downFrom, right - left, downTo(bottom) - downFrom), colors.now);
        } else {
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(QPen(colors.now, nowWidth));
            painter.drawLine(QPointF(nowX, downFrom), QPointF(nowX, downTo(bottom)));
            painter.setRenderHint(QPainter::Antialiasing, false);
        }
    }

    // The header with the hours, drawn last so that it stays at the top while the chairs scroll under it.
    const QRectF band(0, headerTop, width, layout.headerHeight);
    if (band.intersects(reach)) {
        painter.fillRect(band, colors.base);
        painter.setPen(QPen(colors.grid, hair));
        painter.drawLine(QPointF(0, band.bottom()), QPointF(width, band.bottom()));
        painter.drawLine(QPointF(layout.labelWidth, band.top()), QPointF(layout.labelWidth, band.bottom()));
        painter.setFont(type.base);
        for (const Grid::Label &label : hours.labels) {
            painter.setPen(QPen(colors.grid, hair));
            painter.drawLine(QPointF(label.x, band.bottom() - line * 0.35), QPointF(label.x, band.bottom()));
            painter.setPen(colors.text);
            const QRectF labelRect(label.x - label.width / 2 - 2, band.top() + line * 0.35, label.width + 4,
                type.metrics.height());
            if (interactive)
                painter.drawStaticText(QPointF(label.x - label.width / 2, labelRect.top()), label.shaped);
            else
                painter.drawText(labelRect, Qt::AlignCenter, label.text);
        }
        if (showNow) {
            painter.setRenderHint(QPainter::Antialiasing);
            const QFontMetricsF &smallMetrics = type.smallMetrics;
            const QString label = tr("now %1").arg(localTime(nowUtc));
            const double w = smallMetrics.horizontalAdvance(label) + line * 0.7;
            const double h = smallMetrics.height() + line * 0.15;
            const double left = std::clamp(nowX - w / 2, layout.labelWidth, axis.right() - w);
            const QRectF pill(left, band.bottom() - h - line * 0.05, w, h);
            painter.setPen(Qt::NoPen);
            painter.setBrush(colors.now);
            painter.drawRoundedRect(pill, h / 2, h / 2);
            painter.setPen(colors.mode == Theme::Mode::Light ? QColor(Qt::white) : QColor(0x10, 0x12, 0x14));
            painter.setFont(type.small);
            painter.drawText(pill, Qt::AlignCenter, label);
            painter.setRenderHint(QPainter::Antialiasing, false);
        }
    }

    if (m_roster.chairs.isEmpty()) {
        painter.setFont(type.notice);
        painter.setPen(colors.muted);
        painter.drawText(QRectF(layout.labelWidth, layout.headerHeight, layout.timeArea.width(), line * 6),
            Qt::AlignCenter, tr("This center has no chairs yet."));
    }
}

void RosterPainter::paintBlock(
    QPainter &painter, qsizetype index, const Colors &colors, const Moment &moment, bool interactive)
{
    const RosterLayout &layout = m_layout;
    const RosterLayout::Block &block = layout.blocks.at(index);
    const RosterEntry &entry = m_roster.chairs.at(block.chair).entries.at(block.entry);
    const RosterLayout::Typography &type = layout.type;
    const QRectF rect = block.rect;
    const double line = layout.line;
    const bool over = isVoid(entry.status);
    const bool hovered = interactive && block.id == moment.hovered;
    const bool current = interactive && block.id == moment.current;
    const QColor ink = colors.ink(entry.status);

    // Where the text and the tags go, and which words fit, depend only on the block's rectangle, its
    // entry and the fonts: measured on the block's first paint, reused after.
    const std::optional<BlockPlan> &plan = m_measured->blocks[size_t(index)];
    if (!plan)
        planBlock(index);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QColor fill = colors.fill(entry.status);
    if (hovered)
        fill = colors.mode == Theme::Mode::Dark ? fill.lighter(118) : fill.darker(106);
    QColor border = ink;
    border.setAlphaF(over ? 0.45F : 0.38F);
    QPen pen(border, colors.paper ? line * 0.06 : 1.0, over ? Qt::DashLine : Qt::SolidLine);
    if (hovered)
        pen = QPen(colors.highlight, 1.5);
    if (!interactive || !blitFrame(painter, rect, plan->radius, fill, pen)) {
        painter.setPen(pen);
        painter.setBrush(fill);
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), plan->radius, plan->radius);
    }
    if (current) {
        const bool focused = moment.focused;
        painter.setPen(QPen(colors.highlight, focused ? 2.5 : 1.5, focused ? Qt::SolidLine : Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), plan->radius + 1, plan->radius + 1);
    }
    if (!plan->hasText) {
        painter.restore();
        return;
    }

    // The text: as much as the block's size allows, always with the status in words or its glyph.
    painter.setClipRect(rect.adjusted(1, 1, -1, -1));
    const auto paintTexts = [&](const QList<BlockText> &texts) {
        painter.setPen(ink);
        for (const BlockText &text : texts)
            text.paint(painter, interactive);
    };
    // On screen the tag and the glyph are pictures rendered once at the device's pixel ratio; a page is
    // painted at the printer's resolution, where the same picture would be coarse.
    const double dpr = blitRatio(painter);
    const bool blit = interactive && dpr > 0;
    if (blit)
        m_rendered.use(dpr);
    paintTexts(plan->before);
    if (plan->tag) {
        // The status tag: glyph and words in a small outlined pill.
        const QRectF &tag = plan->tagRect;
        const auto paintTag = [&](QPainter &p, const QRectF &pill) {
            QColor tagFill = ink;
            tagFill.setAlphaF(0.10F);
            QColor tagBorder = ink;
            tagBorder.setAlphaF(0.55F);
            p.setPen(QPen(tagBorder, colors.paper ? line * 0.05 : 1.0));
            p.setBrush(tagFill);
            p.drawRoundedRect(pill.adjusted(0.5, 0.5, -0.5, -0.5), pill.height() / 2, pill.height() / 2);
            StatusBadge::paintStatusGlyph(p, plan->glyphRect, entry.status, ink);
            if (plan->tagWords) {
                p.setPen(ink);
                p.setFont(type.small);
                p.drawText(plan->tagWordsRect, Qt::AlignLeft | Qt::AlignVCenter, plan->status);
            }
        };
        if (blit) {
            const RosterRenderCache::TagKey key {int(entry.status), plan->tagWords ? qHash(plan->status) : 0,
                ink.rgba64(), tag.width(), tag.height(), type.smallHash};
            const QPixmap &picture = m_rendered.tag(key, [&] {
                QPixmap pixmap = transparentPixmap(tag.size(), dpr);
                QPainter p(&pixmap);
                p.setRenderHint(QPainter::Antialiasing);
                p.translate(-tag.topLeft());
                // The pill's edges on whole pixels, as crisp as the block's frame.
                paintTag(p,
                    QRectF(tag.topLeft(),
                        QSizeF(std::round(tag.width() * dpr), std::round(tag.height() * dpr)) / dpr));
                p.end();
                return pixmap;
            });
            painter.drawPixmap(onPixel(tag.topLeft(), dpr), picture);
        } else {
            paintTag(painter, tag);
        }
    }
    if (plan->dose != BlockPlan::Dose::None) {
        // A second tag when the dose the patient waits for is not there.
        const QColor warn = colors.paper ? colors.now : Theme::problemColor();
        const QRectF &glyph = plan->doseGlyph;
        if (blit) {
            const RosterRenderCache::TagKey key {-1, 0, warn.rgba64(), glyph.width(), glyph.height(), 0};
            const QPixmap &picture = m_rendered.glyph(key, [&] {
                QPixmap pixmap = transparentPixmap(glyph.size(), dpr);
                QPainter p(&pixmap);
                paintWarningGlyph(p, QRectF(QPointF(0, 0), glyph.size()), warn);
                p.end();
                return pixmap;
            });
            painter.drawPixmap(onPixel(glyph.topLeft(), dpr), picture);
        } else {
            paintWarningGlyph(painter, glyph, warn);
        }
        if (plan->dose == BlockPlan::Dose::Words) {
            painter.setPen(colors.paper ? ink : warn);
            plan->doseText->paint(painter, interactive);
        }
    }
    paintTexts(plan->after);
    painter.restore();
}

bool RosterPainter::blitFrame(
    QPainter &painter, const QRectF &rect, double radius, const QColor &fill, const QPen &pen)
{
    const double dpr = blitRatio(painter);
    if (dpr <= 0)
        return false;
    m_rendered.use(dpr);
    const RosterRenderCache::FrameKey key {
        fill.rgba64(), pen.color().rgba64(), pen.widthF(), int(pen.style()), radius};
    const RosterRenderCache::Frame &frame = m_rendered.frame(key, [&] {
        RosterRenderCache::Frame made;
        // The corners take the rounding, the pen and its antialiased edge; the middle is straight, long
        // enough for most blocks' edges in one piece, and a whole number of dash periods (a dash of four
        // pen widths and a gap of two) so that longer edges continue the dashes piece after piece.
        made.corner = int(std::ceil((radius + pen.widthF() + 1) * dpr));
        const int period
            = pen.style() == Qt::SolidLine ? 1 : std::max(1, int(std::lround(pen.widthF() * 6 * dpr)));
        made.middle = period * int(std::ceil(256.0 / period));
        const int side = 2 * made.corner + made.middle;
        made.image = transparentPixmap(QSizeF(side / dpr, side / dpr), dpr);
        QPainter p(&made.image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(pen);
        p.setBrush(fill);
        p.drawRoundedRect(
            QRectF(0, 0, side / dpr, side / dpr).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
        p.end();
        return made;
    });
    const int c = frame.corner;
    const int m = frame.middle;
    const QRect target = devicePixels(rect, dpr);
    if (target.width() < 2 * c + 1 || target.height() < 2 * c + 1)
        return false;
    const QPixmap &image = frame.image;
    const auto blit = [&](int x, int y, const QRect &source) {
        painter.drawPixmap(QPointF(x / dpr, y / dpr), image, QRectF(source));
    };
    const int left = target.left();
    const int top = target.top();
    const int right = target.left() + target.width() - c; // where the right-hand corners start
    const int bottom = target.top() + target.height() - c;
    // The top and bottom edges with the left-hand corners, the left and right edges between the corners,
    // in pieces as long as the picture's straight middle.
    for (int x = left; x < right;) {
        const int from = x == left ? 0 : c;
        const int length = std::min(right - x, from + m);
        blit(x, top, QRect(from, 0, length, c));
        blit(x, bottom, QRect(from, c + m, length, c));
        x += length;
    }
    for (int y = top + c; y < bottom; y += m) {
        const int length = std::min(bottom - y, m);
        blit(left, y, QRect(0, c, c, length));
        blit(right, y, QRect(c + m, c, c, length));
    }
    blit(right, top, QRect(c + m, 0, c, c));
    blit(right, bottom, QRect(c + m, c + m, c, c));
    const auto logical
        = [dpr](int x, int y, int w, int h) { return QRectF(x / dpr, y / dpr, w / dpr, h / dpr); };
    painter.fillRect(logical(left + c, top + c, right - left - c, bottom - top - c), fill);
    return true;
}

void RosterPainter::planBlock(qsizetype index)
{
    const RosterLayout &layout = m_layout;
    const RosterLayout::Block &block = layout.blocks.at(index);
    const RosterEntry &entry = m_roster.chairs.at(block.chair).entries.at(block.entry);
    const RosterLayout::Typography &type = layout.type;
    const QRectF rect = block.rect;
    const double line = layout.line;
    BlockPlan &plan = m_measured->blocks[size_t(index)].emplace();
    plan.radius = std::min(line * 0.3, rect.height() / 4);
    const double pad = std::min(line * 0.3, rect.height() * 0.12);
    const QRectF inner = rect.adjusted(pad + 1, pad, -pad, -pad);
    if (inner.width() < 3 || inner.height() < 3)
        return;
    plan.hasText = true;

    // Text is shaped and elided through the render cache, which keeps it across days.
    const auto keyOf = [&](const QFont &font) -> const QString & {
        if (&font == &type.name)
            return type.nameKey;
        if (&font == &type.small)
            return type.smallKey;
        return &font == &type.chair ? type.chairKey : type.baseKey;
    };
    const auto shape
        = [&](const QFont &font, const QString &words) { return m_rendered.shape(font, keyOf(font), words); };
    const auto advance
        = [&](const QFont &font, const QString &words) { return shape(font, words).size().width(); };
    const auto elide = [&](const QFontMetricsF &metrics, const QFont &font, const QString &words,
                           double room) { return m_rendered.elided(metrics, keyOf(font), words, room); };
    const QFontMetricsF &nameMetrics = type.nameMetrics;
    const QFontMetricsF &fm = type.metrics;
    const QFontMetricsF &smallMetrics = type.smallMetrics;
    // Most names fit a block of an hour or more: measured by shaping them for drawing, they are shaped
    // once. A name far wider than its room is elided straight away.
    const auto nameIn = [&](double room) {
        if (nameMetrics.averageCharWidth() * entry.patientName.size() * 0.7 <= room
            && advance(type.name, entry.patientName) <= room)
            return entry.patientName;
        return elide(nameMetrics, type.name, entry.patientName, room);
    };
    const auto lineIn
        = [&](const QFont &font, const QFontMetricsF &metrics, const QRectF &room, const QString &words) {
              return BlockText {&font, metrics, room, words, shape(font, words)};
          };
    const QString start = clockAt(entry.startUtc);
    QString times = tr("%1–%2").arg(start, clockAt(entry.endUtc));
    QString detail = tr("%1 · %2").arg(entry.therapyName, times);
    // Therapy and times when they fit; on a short infusion's narrow block the times say more than a
    // clipped therapy name (the tooltip has the rest).
    const auto detailFor = [&](const QFont &font, const QFontMetricsF &metrics, double room) {
        if (advance(font, detail) <= room)
            return detail;
        if (advance(font, times) <= room)
            return times;
        return elide(metrics, font, start, room);
    };
    plan.status = StatusBadge::statusWords(entry.status, entry.rescheduled, entry.confirmed);
    const double tagHeight = smallMetrics.height() * 1.25;

    // The status tag: glyph and words; just the glyph when the words do not fit.
    const auto planTag = [&](double x, double y, double room) -> double {
        const double glyph = smallMetrics.height() * 0.85;
        const double words = advance(type.small, plan.status);
        const double full = glyph + words + smallMetrics.height() * 0.9;
        const bool withWords = full <= room;
        const double w = withWords ? full : glyph + smallMetrics.height() * 0.5;
        if (w > room + 1)
            return 0;
        plan.tag = true;
        plan.tagRect = QRectF(x, y, w, tagHeight);
        const double gx = x + smallMetrics.height() * 0.3;
        plan.glyphRect = QRectF(gx, plan.tagRect.center().y() - glyph / 2, glyph, glyph);
        plan.tagWords = withWords;
        plan.tagWordsRect = QRectF(gx + glyph + smallMetrics.height() * 0.25, y, words + 2, tagHeight);
        return w;
    };
    const auto planDose = [&](double x, double y, double room) {
        if (!doseProblem(entry))
            return;
        plan.doseWords = StatusBadge::prepWords(entry.prep);
        const double glyph = smallMetrics.height() * 0.9;
        const double w = glyph + advance(type.small, plan.doseWords) + smallMetrics.height() * 0.8;
        plan.doseGlyph = QRectF(x, y + (tagHeight - glyph) / 2, glyph, glyph);
        if (w <= room) {
            plan.dose = BlockPlan::Dose::Words;
            plan.doseText.emplace(&type.small, smallMetrics,
                QRectF(x + glyph + smallMetrics.height() * 0.25, y, w - glyph, tagHeight), plan.doseWords,
                shape(type.small, plan.doseWords));
        } else if (glyph <= room) {
            plan.dose = BlockPlan::Dose::Glyph;
        }
    };

    const double available = inner.height();
    const double spacing = line * 0.15;
    if (available >= nameMetrics.height() + fm.height() + tagHeight + spacing) {
        double y = inner.top();
        plan.before << lineIn(type.name, nameMetrics,
            QRectF(inner.left(), y, inner.width(), nameMetrics.height()), nameIn(inner.width()));
        y += nameMetrics.height();
        plan.before << lineIn(type.base, fm, QRectF(inner.left(), y, inner.width(), fm.height()),
            detailFor(type.base, fm, inner.width()));
        y = std::max(y + fm.height() + spacing, inner.bottom() - tagHeight);
        const double used = planTag(inner.left(), y, inner.width());
        planDose(inner.left() + used + line * 0.35, y, inner.width() - used - line * 0.35);
    } else if (available >= nameMetrics.height() + tagHeight * 0.9) {
        const double y = inner.bottom() - tagHeight;
        plan.before << lineIn(type.name, nameMetrics,
            QRectF(inner.left(), inner.top(), inner.width(), nameMetrics.height()), nameIn(inner.width()));
        const double used = planTag(inner.left(), y, inner.width());
        const double left = inner.left() + used + line * 0.35;
        const double room = std::max(0.0, inner.right() - left);
        plan.after << lineIn(type.small, smallMetrics, QRectF(left, y, room, tagHeight),
            detailFor(type.small, smallMetrics, room));
    } else {
        const double tagY = inner.center().y() - tagHeight / 2;
        const double glyphOnly = smallMetrics.height() * 1.35;
        const double used = planTag(inner.left(), tagY, std::min(inner.width(), glyphOnly));
        const double left = inner.left() + used + line * 0.25;
        const double room = std::max(0.0, inner.right() - left);
        plan.after << lineIn(type.small, smallMetrics, QRectF(left, inner.top(), room, inner.height()),
            elide(smallMetrics, type.small, tr("%1 · %2").arg(entry.patientName, plan.status), room));
    }
}

} // namespace chairside
