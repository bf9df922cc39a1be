#include "day/rosterwidget.h"

#include "model/appointmentstatus.h"
#include "scheduling/centertime.h"
#include "style/theme.h"
#include "widgets/statusbadge.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QStaticText>
#include <QStyle>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>
#include <vector>

namespace chairside {

/// What the roster is painted with: the palette's colours on screen, ink on white paper in print.
struct RosterWidget::Colors
{
    QColor base;
    QColor alternate;
    QColor text;
    QColor muted;
    QColor grid;
    QColor gridFaint;
    QColor closed;
    QColor now;
    QColor highlight;
    bool paper = false;

    QColor fill(AppointmentStatus status) const
    {
        QColor color = Theme::statusFill(status);
        if (paper && Theme::current() == Theme::Mode::Dark) {
            // The dark palette's fills are made for a dark screen; on paper, a pale tint of the same hue
            // reads.
            color = QColor::fromHslF(color.hslHueF(), std::min(1.0F, color.hslSaturationF() * 1.3F), 0.87F);
        }
        return color;
    }
    QColor ink(AppointmentStatus status) const
    {
        return paper ? QColor(0x15, 0x1c, 0x24) : Theme::statusText(status);
    }

    static Colors screen(const QPalette &palette)
    {
        Colors c;
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

    static Colors print()
    {
        Colors c;
        c.paper = true;
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
};

namespace {

bool isOver(AppointmentStatus status)
{
    return status == AppointmentStatus::Cancelled || status == AppointmentStatus::NoShow
        || status == AppointmentStatus::EnteredInError;
}

/// The dose matters only while the patient still waits for it.
bool doseProblem(const RosterEntry &entry)
{
    const bool waiting = entry.status == AppointmentStatus::Booked
        || entry.status == AppointmentStatus::Arrived || entry.status == AppointmentStatus::CheckedIn;
    return waiting && StatusBadge::prepIsProblem(entry.prep);
}

QFont scaled(const QFont &font, double factor, QFont::Weight weight = QFont::Normal)
{
    QFont f = font;
    if (f.pixelSize() > 0)
        f.setPixelSize(std::max(1, int(std::lround(f.pixelSize() * factor))));
    else
        f.setPointSizeF(f.pointSizeF() * factor);
    f.setWeight(weight);
    return f;
}

QDateTime floorToHour(const Center &center, const QDateTime &utc)
{
    QDateTime local = CenterTime::toLocal(center, utc);
    local.setTime(QTime(local.time().hour(), 0));
    return local.toUTC();
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

/// What makes two block frames look different.
struct FrameKey
{
    quint64 fill = 0;
    quint64 pen = 0;
    double penWidth = 0;
    int penStyle = 0;
    double radius = 0;
    double dpr = 1;

    friend bool operator==(const FrameKey &, const FrameKey &) = default;
};

size_t qHash(const FrameKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.fill, key.pen, key.penWidth, key.penStyle, key.radius, key.dpr);
}

/// What makes two status tags, or two warning glyphs, look different.
struct TagKey
{
    int status = 0;
    size_t words = 0; ///< the words' hash, 0 for the glyph alone
    quint64 ink = 0;
    double width = 0;
    double height = 0;
    size_t font = 0;
    double dpr = 1;

    friend bool operator==(const TagKey &, const TagKey &) = default;
};

size_t qHash(const TagKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.status, key.words, key.ink, key.width, key.height, key.font, key.dpr);
}

} // namespace

/// What painting renders once and reuses whatever the layout: pictures and shaped text.
///
/// A block's frame (its fill and border) is rendered once with long straight edges and put together
/// from its nine slices on every paint, each blitted at its own size: a small fraction of stroking an
/// antialiased rounded path. The tags and the warning glyph are whole pictures. They are rendered at the
/// paint device's pixel ratio and blitted on whole device pixels, so they stay as crisp as a stroke.
///
/// Shaped text is kept by font and words across layouts: a refresh after a check-in, or the next day,
/// shows mostly the same patients, therapies and times.
struct RosterWidget::RenderCache
{
    struct Frame
    {
        QPixmap image; ///< the four corners, `middle` device pixels of straight edge between them
        int corner = 0; ///< device pixels
        int middle = 0;
    };

    /// Empties the pictures when the device's pixel ratio is not the one they were rendered for.
    void use(double pixelRatio)
    {
        if (pixelRatio == dpr)
            return;
        frames.clear();
        tags.clear();
        glyphs.clear();
        dpr = pixelRatio;
    }
    void clear()
    {
        use(0);
        texts.clear();
    }
    /// `text` shaped in `font`, ready to draw; its copies share the shaping.
    QStaticText shape(const QFont &font, const QString &fontKey, const QString &text)
    {
        // A day's worth of words many times over; past that, whatever the days share has been kept.
        if (texts.size() > 6000)
            texts.clear();
        const std::pair<QString, QString> key {fontKey, text};
        auto found = texts.constFind(key);
        if (found == texts.constEnd()) {
            QStaticText shaped;
            shaped.setTextFormat(Qt::PlainText);
            shaped.setText(text);
            shaped.prepare(QTransform(), font);
            found = texts.insert(key, shaped);
        }
        return *found;
    }

    double dpr = 0;
    QHash<FrameKey, Frame> frames;
    QHash<TagKey, QPixmap> tags;
    QHash<TagKey, QPixmap> glyphs;
    QHash<std::pair<QString, QString>, QStaticText> texts; ///< by the font's key and the words
};

/// The fonts a layout is painted with, and their metrics: made once per layout rather than per block.
struct RosterWidget::Typography
{
    explicit Typography(const QFont &font)
        : base(font)
        , name(scaled(font, 1.0, QFont::DemiBold))
        , chair(scaled(font, 1.15, QFont::Bold))
        , small(scaled(font, 0.86))
        , notice(scaled(font, 1.2))
        , metrics(base)
        , nameMetrics(name)
        , chairMetrics(chair)
        , smallMetrics(small)
    { }

    QFont base;
    QFont name; ///< the patient on a block
    QFont chair; ///< the chair at the left of its row
    QFont small;
    QFont notice; ///< a day with nothing to show
    QFontMetricsF metrics;
    QFontMetricsF nameMetrics;
    QFontMetricsF chairMetrics;
    QFontMetricsF smallMetrics;
};

/// What painting one layout measured, kept for its later paints. No colours: they come from the palette
/// (or the paper) at each paint, so a new palette or theme needs no new cache.
struct RosterWidget::PaintCache
{
    Q_DISABLE_COPY_MOVE(PaintCache)

    PaintCache(const QFont &font, RenderCache &rendered)
        : type(font)
        , fontKey(qHash(type.small.key()))
        , fontKeys {{&type.base, type.base.key()}, {&type.name, type.name.key()},
              {&type.chair, type.chair.key()}, {&type.small, type.small.key()}}
        , m_rendered(rendered)
    { }

    /// A chair's name, and what else its label says, elided to the label's width.
    struct RowLabel
    {
        QString name;
        QString second;
        QStaticText shapedName;
        QStaticText shapedSecond;
    };
    /// A line of text on a block, in one of `type`'s fonts: shaped once, drawn as a static text.
    struct BlockText
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
    enum class Dose
    {
        None,
        Glyph,
        Words
    };
    /// Where a block's text and tags go, and the words that fit.
    struct BlockPlan
    {
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
    struct HourLine
    {
        double x = 0;
        bool hour = false; ///< else a half hour
    };
    struct HourLabel
    {
        double x = 0;
        QString text;
        double width = 0;
        QStaticText shaped;
    };
    struct Grid
    {
        QList<QRectF> closed; ///< outside the opening hours
        QList<HourLine> lines;
        QList<HourLabel> labels;
    };

    /// `text` shaped in `font` (one of `type`'s), ready to draw.
    QStaticText shape(const QFont &font, const QString &text)
    {
        return m_rendered.shape(font, fontKeys.value(&font), text);
    }
    /// How wide `text` is in `font`: measured by shaping it once for drawing too.
    double advance(const QFont &font, const QString &text) { return shape(font, text).size().width(); }

    const Typography type;
    const size_t fontKey; ///< tells the tags' font apart in the widget's pixmap cache
    const QHash<const QFont *, QString> fontKeys; ///< `type`'s fonts as the widget's caches know them
    /// "HH:mm" on the center's clock, by UTC second: the blocks of a day start and end on few times.
    QHash<qint64, QString> clock;
    /// The center's offset from UTC all along the time scale, when its clocks do not change inside it
    /// (nullopt inside: not known yet; outside: they change). Converting to the center's zone is slow.
    std::optional<std::optional<int>> offset;
    std::vector<std::optional<RowLabel>> rows;
    std::vector<std::optional<BlockPlan>> blocks;
    std::optional<Grid> grid;

private:
    RenderCache &m_rendered;
};

RosterWidget::RosterWidget(QWidget *parent)
    : QWidget(parent)
    , m_rendered(std::make_unique<RenderCache>())
{
    setAccessibleName(tr("Chair roster"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAutoFillBackground(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

RosterWidget::~RosterWidget() = default;

void RosterWidget::setRoster(const Center &center, const Roster &roster)
{
    m_center = center;
    m_roster = roster;
    if (m_current != 0 && !entryOf(m_current))
        m_current = 0;
    if (m_hovered != 0 && !entryOf(m_hovered))
        m_hovered = 0;
    relayout();
    setMinimumHeight(int(std::ceil(layoutFor(width(), 0, font(), false).height)));
    updateGeometry();
    update();
}

void RosterWidget::setNow(const QDateTime &nowUtc)
{
    m_nowUtc = nowUtc;
    update();
}

const RosterEntry *RosterWidget::entryOf(qint64 appointmentId) const
{
    for (const RosterChair &chair : m_roster.chairs) {
        for (const RosterEntry &entry : chair.entries) {
            if (entry.appointmentId == appointmentId)
                return &entry;
        }
    }
    return nullptr;
}

const RosterWidget::Block *RosterWidget::blockOf(qint64 appointmentId) const
{
    const auto found = m_blockOf.constFind(appointmentId);
    return found == m_blockOf.constEnd() ? nullptr : &m_layout.blocks.at(*found);
}

QRect RosterWidget::blockRect(qint64 appointmentId) const
{
    const Block *block = blockOf(appointmentId);
    return block ? block->rect.toAlignedRect() : QRect();
}

double RosterWidget::stickyTop() const
{
    // Inside a scroll area only part of the widget shows; the header stays at the top of that part.
    const QRect visible = visibleRegion().boundingRect();
    return visible.isEmpty() ? 0.0 : double(visible.top());
}

qint64 RosterWidget::appointmentAt(const QPoint &pos) const
{
    if (pos.y() < stickyTop() + m_layout.headerHeight)
        return 0; // under the header
    // Later blocks are painted over earlier ones, so they win.
    for (auto it = m_layout.blocks.crbegin(); it != m_layout.blocks.crend(); ++it) {
        if (it->rect.contains(pos))
            return it->id;
    }
    return 0;
}

void RosterWidget::setCurrentAppointment(qint64 appointmentId)
{
    if (appointmentId != 0 && !blockOf(appointmentId))
        appointmentId = 0;
    if (appointmentId == m_current)
        return;
    updateBlock(std::exchange(m_current, appointmentId));
    if (const RosterEntry *entry = entryOf(m_current))
        setAccessibleDescription(describe(*entry));
    updateBlock(m_current);
    Q_EMIT currentAppointmentChanged(m_current);
}

QString RosterWidget::localTime(const QDateTime &utc) const
{
    return utc.isValid() ? CenterTime::toLocal(m_center, utc).toString(QStringLiteral("HH:mm")) : QString();
}

int RosterWidget::minuteOfDay(const Layout &layout, const QDateTime &utc) const
{
    std::optional<std::optional<int>> &offset = layout.cache->offset;
    const TimeScale &scale = layout.scale;
    if (!offset) {
        const int first = CenterTime::toLocal(m_center, scale.startUtc).offsetFromUtc();
        const int last = CenterTime::toLocal(m_center, scale.endUtc).offsetFromUtc();
        offset = first == last ? std::optional<int>(first) : std::nullopt;
    }
    if (*offset && utc >= scale.startUtc && utc <= scale.endUtc) {
        constexpr qint64 day = 24 * 60;
        return int(((utc.toSecsSinceEpoch() + **offset) / 60 % day + day) % day);
    }
    return CenterTime::localMinute(m_center, utc);
}

QString RosterWidget::clockAt(const Layout &layout, const QDateTime &utc) const
{
    if (!utc.isValid() || !layout.scale.isValid())
        return localTime(utc);
    QHash<qint64, QString> &clock = layout.cache->clock;
    const qint64 key = utc.toSecsSinceEpoch();
    auto found = clock.constFind(key);
    if (found == clock.constEnd()) {
        const int minute = minuteOfDay(layout, utc);
        found = clock.insert(key,
            QStringLiteral("%1:%2")
                .arg(minute / 60, 2, 10, QLatin1Char('0'))
                .arg(minute % 60, 2, 10, QLatin1Char('0')));
    }
    return *found;
}

QString RosterWidget::describe(const RosterEntry &entry) const
{
    QStringList lines;
    lines << entry.patientName;
    lines << tr("%1 · %2–%3 (%n min)", nullptr, entry.minutes)
                 .arg(entry.therapyName, localTime(entry.startUtc), localTime(entry.endUtc));
    QString chair = entry.chairLabel;
    for (const RosterChair &row : m_roster.chairs) {
        if (row.chair.id == entry.chairId)
            chair = StatusBadge::chairName(row.chair);
    }
    lines << tr("%1 · %2").arg(chair, StatusBadge::statusWords(entry.status, entry.rescheduled));
    lines << StatusBadge::prepWords(entry.prep);
    QStringList stamps;
    if (entry.arrivedAtUtc.isValid())
        stamps << tr("arrived %1").arg(localTime(entry.arrivedAtUtc));
    if (entry.checkedInAtUtc.isValid())
        stamps << tr("checked in %1").arg(localTime(entry.checkedInAtUtc));
    if (!stamps.isEmpty())
        lines << stamps.join(QStringLiteral(" · "));
    return lines.join(QLatin1Char('\n'));
}

double RosterWidget::naturalLaneHeight(const Typography &type) const
{
    const double pad = type.metrics.height() * 0.3;
    // Patient, therapy and times, the status tag; padding above, between and below.
    return std::ceil(pad * 2 + type.nameMetrics.height() + type.metrics.height()
        + type.smallMetrics.height() * 1.35 + pad * 1.2);
}

double RosterWidget::labelWidth(const Typography &type) const
{
    double widest = type.smallMetrics.horizontalAdvance(tr("Out of service"));
    for (const RosterChair &row : m_roster.chairs)
        widest = std::max(widest, type.chairMetrics.horizontalAdvance(StatusBadge::chairName(row.chair)));
    const double line = type.metrics.height();
    return std::clamp(widest + line * 1.8, line * 6.5, line * 13);
}

TimeScale RosterWidget::scaleFor(double width) const
{
    TimeScale scale;
    if (!m_roster.viewStartUtc.isValid() || !m_roster.viewEndUtc.isValid())
        return scale;
    // Whole hours at both ends, so the grid starts and ends on a labelled line.
    scale.startUtc = floorToHour(m_center, m_roster.viewStartUtc);
    const QDateTime endFloor = floorToHour(m_center, m_roster.viewEndUtc);
    scale.endUtc = endFloor == m_roster.viewEndUtc ? endFloor : endFloor.addSecs(3600);
    scale.width = width;
    return scale;
}

RosterWidget::Layout RosterWidget::layoutFor(
    double width, double height, const QFont &font, bool squeeze) const
{
    Layout layout;
    layout.cache = std::make_shared<PaintCache>(font, *m_rendered);
    const Typography &type = layout.cache->type;
    const QFontMetricsF &fm = type.metrics;
    layout.width = width;
    layout.line = fm.height();
    layout.labelWidth = labelWidth(type);
    layout.headerHeight = std::ceil(layout.line * 2.1);
    const double right
        = fm.horizontalAdvance(QStringLiteral("00:00")) / 2 + layout.line * 0.4; // the last label
    const double timeWidth = std::max(layout.line * 10, width - layout.labelWidth - right);
    layout.scale = scaleFor(timeWidth);

    QList<QList<LaneBlock>> lanes;
    int totalLanes = 0;
    for (const RosterChair &chair : m_roster.chairs) {
        lanes << (layout.scale.isValid() ? layoutLanes(layout.scale, chair) : QList<LaneBlock>());
        int most = 1;
        for (const LaneBlock &block : lanes.last())
            most = std::max(most, block.laneCount);
        totalLanes += most;
    }

    double lane = naturalLaneHeight(type);
    const double rowsRoom = height - layout.headerHeight - 1;
    if (totalLanes > 0 && height > 0) {
        const double fit = rowsRoom / totalLanes;
        // Few chairs: rows grow a little into the room there is; a printed page: they shrink to fit.
        lane = squeeze ? std::min(lane, fit) : std::clamp(fit, lane, lane * 1.5);
    }

    double y = layout.headerHeight;
    for (qsizetype c = 0; c < m_roster.chairs.size(); ++c) {
        int most = 1;
        for (const LaneBlock &block : lanes.at(c))
            most = std::max(most, block.laneCount);
        const double rowHeight = std::floor(lane * most);
        const QRectF row(0, y, width, rowHeight);
        layout.rows << row;
        const double gap = std::max(1.0, std::min(layout.line * 0.14, rowHeight * 0.06));
        for (const LaneBlock &b : lanes.at(c)) {
            const double laneHeight = rowHeight / b.laneCount;
            Block block;
            block.id = b.id;
            block.chair = int(c);
            for (qsizetype e = 0; e < m_roster.chairs.at(c).entries.size(); ++e) {
                if (m_roster.chairs.at(c).entries.at(e).appointmentId == b.id)
                    block.entry = int(e);
            }
            const double left = layout.labelWidth + b.x;
            const double blockWidth = std::max(b.width - 2.0, 4.0);
            block.rect = QRectF(left + 1, y + b.lane * laneHeight + gap, blockWidth, laneHeight - 2 * gap);
            layout.blocks << block;
        }
        y += rowHeight;
    }
    layout.timeArea = QRectF(layout.labelWidth, layout.headerHeight, timeWidth, y - layout.headerHeight);
    layout.height = y + 1;
    layout.cache->rows.resize(size_t(layout.rows.size()));
    layout.cache->blocks.resize(size_t(layout.blocks.size()));
    return layout;
}

void RosterWidget::relayout()
{
    m_layout = layoutFor(width(), height(), font(), false);
    m_blockOf.clear();
    for (qsizetype i = 0; i < m_layout.blocks.size(); ++i)
        m_blockOf.insert(m_layout.blocks.at(i).id, int(i));
}

QSize RosterWidget::sizeHint() const
{
    const double line = fontMetrics().height();
    return QSize(int(line * 60), int(std::ceil(layoutFor(line * 60, 0, font(), false).height)));
}

QSize RosterWidget::minimumSizeHint() const
{
    const double line = fontMetrics().height();
    return QSize(int(line * 30), int(line * 8));
}

void RosterWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void RosterWidget::changeEvent(QEvent *event)
{
    // A new layout measures afresh: the cached texts are in the old font or the old language.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange) {
        relayout();
        setMinimumHeight(int(std::ceil(layoutFor(width(), 0, font(), false).height)));
    }
    // The layout holds no colours, but the frames and tags rendered in them go; so do those in an old
    // font, language or style. The cache's keys tell them apart anyway: this only keeps it small.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::LanguageChange || event->type() == QEvent::StyleChange
        || event->type() == QEvent::ThemeChange) {
        m_rendered->clear();
        update();
    }
    QWidget::changeEvent(event);
}

void RosterWidget::paintEvent(QPaintEvent *event)
{
    if (!m_layout.cache)
        relayout();
    QPainter painter(this);
    painter.fillRect(event->rect(), palette().color(QPalette::Base));
    paintLayout(painter, m_layout, Colors::screen(palette()), true, stickyTop(), event->rect());
}

void RosterWidget::paintPage(QPainter &painter, const QRectF &target, const QFont &font) const
{
    const Layout layout = layoutFor(target.width(), target.height(), font, true);
    painter.save();
    painter.translate(target.topLeft());
    const QRectF page(0, 0, target.width(), target.height());
    painter.setClipRect(page);
    const Colors colors = Colors::print();
    painter.fillRect(QRectF(0, 0, target.width(), layout.height), colors.base);
    paintLayout(painter, layout, colors, false, 0, page);
    painter.restore();
}

void RosterWidget::paintLayout(QPainter &painter, const Layout &layout, const Colors &colors,
    bool interactive, double headerTop, const QRectF &exposed) const
{
    PaintCache &cache = *layout.cache;
    const Typography &type = cache.type;
    const double line = layout.line;
    const double width = layout.width;
    // One device pixel on screen; a fine line of the same weight on a high-resolution page.
    const double hair = colors.paper ? line * 0.05 : 0;
    painter.setRenderHint(QPainter::Antialiasing, false);
    // A scroll area shows a few chairs of the day at a time, and a hover repaints one block: only rows
    // and blocks that meet the exposed area are painted. The margin takes in what reaches past a
    // rectangle (the current block's frame, a label's descenders).
    const QRectF reach = exposed.adjusted(-line, -line, line, line);

    // Rows: alternate shading, the chair's name at the left, a suite marked in words.
    for (qsizetype c = 0; c < layout.rows.size(); ++c) {
        const QRectF row = layout.rows.at(c);
        if (row.bottom() < reach.top() || row.top() > reach.bottom())
            continue;
        const Chair &chair = m_roster.chairs.at(c).chair;
        if (c % 2 == 1)
            painter.fillRect(QRectF(0, row.top(), width, row.height()), colors.alternate);
        const QRectF label(line * 0.8, row.top(), layout.labelWidth - line * 1.2, row.height());
        std::optional<PaintCache::RowLabel> &text = cache.rows[size_t(c)];
        if (!text) {
            QString second;
            if (!chair.active)
                second = tr("Out of service");
            else if (chair.kind == Chair::Kind::Suite)
                second = tr("Private suite");
            const QString name
                = type.chairMetrics.elidedText(StatusBadge::chairName(chair), Qt::ElideRight, label.width());
            if (!second.isEmpty())
                second = type.smallMetrics.elidedText(second, Qt::ElideRight, label.width());
            text = PaintCache::RowLabel {
                name, second, cache.shape(type.chair, name), cache.shape(type.small, second)};
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
    // On screen the long lines down the day run only through the exposed part: stroking the whole height
    // of a tall day costs as much as the blocks.
    const double downFrom = hair == 0 ? std::max(layout.headerHeight, reach.top()) : layout.headerHeight;
    const auto downTo = [&](double end) { return hair == 0 ? std::min(end, reach.bottom()) : end; };
    painter.setPen(QPen(colors.grid, hair));
    if (downFrom < downTo(layout.height - 1))
        painter.drawLine(
            QPointF(layout.labelWidth, downFrom), QPointF(layout.labelWidth, downTo(layout.height - 1)));

    const TimeScale &scale = layout.scale;
    const double bottom = layout.timeArea.bottom();
    if (!scale.isValid()) {
        painter.setFont(type.notice);
        painter.setPen(colors.muted);
        painter.drawText(QRectF(layout.labelWidth, 0, layout.timeArea.width(), std::max(bottom, line * 6)),
            Qt::AlignCenter, tr("The center is closed on this day."));
        return;
    }
    const auto xAt = [&](const QDateTime &utc) { return layout.labelWidth + xForTime(scale, utc); };

    if (!cache.grid) {
        PaintCache::Grid grid;
        // Outside the opening hours: hatched, so closed time reads without colour.
        QList<std::pair<double, double>> open;
        for (const OpenSpan &span : m_roster.hours) {
            open << std::pair {xAt(CenterTime::utcAt(m_center, m_roster.date, span.opensMinute)),
                xAt(CenterTime::utcAt(m_center, m_roster.date, span.closesMinute))};
        }
        std::sort(open.begin(), open.end());
        double from = layout.labelWidth;
        const double to = layout.labelWidth + layout.timeArea.width();
        for (const auto &[opens, closes] : std::as_const(open)) {
            if (opens > from)
                grid.closed << QRectF(from, layout.headerHeight, opens - from, bottom - layout.headerHeight);
            from = std::max(from, closes);
        }
        if (to > from)
            grid.closed << QRectF(from, layout.headerHeight, to - from, bottom - layout.headerHeight);
        // Hour lines, half hours fainter; the hours written in the header.
        for (QDateTime t = scale.startUtc; t <= scale.endUtc; t = t.addSecs(1800)) {
            const double x = std::round(xAt(t)) + 0.5;
            const bool hour = minuteOfDay(layout, t) % 60 == 0;
            grid.lines << PaintCache::HourLine {x, hour};
        }
        for (QDateTime t = scale.startUtc; t <= scale.endUtc; t = t.addSecs(3600)) {
            const QString label = clockAt(layout, t);
            grid.labels << PaintCache::HourLabel {std::round(xAt(t)) + 0.5, label,
                type.metrics.horizontalAdvance(label), cache.shape(type.base, label)};
        }
        cache.grid = std::move(grid);
    }
    const PaintCache::Grid &grid = *cache.grid;

    QBrush hatch(colors.closed, Qt::BDiagPattern);
    if (!interactive) {
        QTransform t;
        t.scale(line / 8, line / 8);
        hatch.setTransform(t);
    }
    for (const QRectF &closed : grid.closed)
        painter.fillRect(closed, hatch);

    // The dotted lines start a whole number of dot periods (three pixels of a one-pixel dotted line)
    // below the header, so the dots fall where a whole paint puts them.
    double linesTop = layout.headerHeight;
    if (hair == 0)
        linesTop += std::max(0.0, std::floor((reach.top() - layout.headerHeight) / 3) * 3);
    const double linesBottom = downTo(bottom);
    const QPen hourPen(colors.grid, hair);
    const QPen halfHourPen(colors.gridFaint, hair, Qt::DotLine);
    for (const PaintCache::HourLine &hourLine : grid.lines) {
        if (linesTop >= linesBottom || hourLine.x < reach.left() || hourLine.x > reach.right())
            continue;
        painter.setPen(hourLine.hour ? hourPen : halfHourPen);
        painter.drawLine(QPointF(hourLine.x, linesTop), QPointF(hourLine.x, linesBottom));
    }

    for (qsizetype i = 0; i < layout.blocks.size(); ++i) {
        if (layout.blocks.at(i).rect.intersects(reach))
            paintBlock(painter, layout, i, colors, interactive);
    }

    // Now, on today's roster: a line, with the time written at its head in the header.
    const bool showNow = m_nowUtc.isValid() && CenterTime::localDate(m_center, m_nowUtc) == m_roster.date
        && m_nowUtc >= scale.startUtc && m_nowUtc <= scale.endUtc;
    const double nowX = showNow ? xAt(m_nowUtc) : 0;
    if (showNow) {
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(colors.now, std::max(2.0, line * 0.12)));
        if (downFrom < downTo(bottom))
            painter.drawLine(QPointF(nowX, downFrom), QPointF(nowX, downTo(bottom)));
        painter.setRenderHint(QPainter::Antialiasing, false);
    }

    // The header with the hours, drawn last so that it stays at the top while the chairs scroll under it.
    const QRectF band(0, headerTop, width, layout.headerHeight);
    if (band.intersects(reach)) {
        painter.fillRect(band, colors.base);
        painter.setPen(QPen(colors.grid, hair));
        painter.drawLine(QPointF(0, band.bottom()), QPointF(width, band.bottom()));
        painter.drawLine(QPointF(layout.labelWidth, band.top()), QPointF(layout.labelWidth, band.bottom()));
        painter.setFont(type.base);
        for (const PaintCache::HourLabel &label : grid.labels) {
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
            const QString label = tr("now %1").arg(localTime(m_nowUtc));
            const double w = smallMetrics.horizontalAdvance(label) + line * 0.7;
            const double h = smallMetrics.height() + line * 0.15;
            const double left = std::clamp(
                nowX - w / 2, layout.labelWidth, layout.labelWidth + layout.timeArea.width() - w);
            const QRectF pill(left, band.bottom() - h - line * 0.05, w, h);
            painter.setPen(Qt::NoPen);
            painter.setBrush(colors.now);
            painter.drawRoundedRect(pill, h / 2, h / 2);
            painter.setPen(colors.paper || Theme::current() == Theme::Mode::Light ? QColor(Qt::white)
                                                                                  : QColor(0x10, 0x12, 0x14));
            painter.setFont(type.small);
            painter.drawText(pill, Qt::AlignCenter, label);
        }
    }

    if (m_roster.chairs.isEmpty()) {
        painter.setFont(type.notice);
        painter.setPen(colors.muted);
        painter.drawText(QRectF(layout.labelWidth, layout.headerHeight, layout.timeArea.width(), line * 6),
            Qt::AlignCenter, tr("This center has no chairs yet."));
    }
}

void RosterWidget::paintBlock(
    QPainter &painter, const Layout &layout, qsizetype index, const Colors &colors, bool interactive) const
{
    const Block &block = layout.blocks.at(index);
    const RosterEntry &entry = m_roster.chairs.at(block.chair).entries.at(block.entry);
    const Typography &type = layout.cache->type;
    const QRectF rect = block.rect;
    const double line = layout.line;
    const bool over = isOver(entry.status);
    const bool hovered = interactive && block.id == m_hovered;
    const bool current = interactive && block.id == m_current;
    const QColor ink = colors.ink(entry.status);

    // Where the text and the tags go, and which words fit, depend only on the block's rectangle, its
    // entry and the fonts: measured on the block's first paint, reused after.
    const std::optional<PaintCache::BlockPlan> &plan = layout.cache->blocks[size_t(index)];
    if (!plan)
        planBlock(layout, index);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QColor fill = colors.fill(entry.status);
    if (hovered)
        fill = Theme::current() == Theme::Mode::Dark && !colors.paper ? fill.lighter(118) : fill.darker(106);
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
        const bool focused = hasFocus();
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
    const auto paintTexts = [&](const QList<PaintCache::BlockText> &texts) {
        painter.setPen(ink);
        for (const PaintCache::BlockText &text : texts)
            text.paint(painter, interactive);
    };
    // On screen the tag and the glyph are pictures rendered once at the device's pixel ratio; a page is
    // painted at the printer's resolution, where the same picture would be coarse.
    const double dpr = blitRatio(painter);
    const bool blit = interactive && dpr > 0;
    if (blit)
        m_rendered->use(dpr);
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
            const TagKey key {int(entry.status), plan->tagWords ? qHash(plan->status) : 0, ink.rgba64(),
                tag.width(), tag.height(), layout.cache->fontKey, dpr};
            auto found = m_rendered->tags.constFind(key);
            if (found == m_rendered->tags.constEnd()) {
                QPixmap pixmap = transparentPixmap(tag.size(), dpr);
                QPainter p(&pixmap);
                p.setRenderHint(QPainter::Antialiasing);
                p.translate(-tag.topLeft());
                // The pill's edges on whole pixels, as crisp as the block's frame.
                paintTag(p,
                    QRectF(tag.topLeft(),
                        QSizeF(std::round(tag.width() * dpr), std::round(tag.height() * dpr)) / dpr));
                p.end();
                found = m_rendered->tags.insert(key, pixmap);
            }
            painter.drawPixmap(onPixel(tag.topLeft(), dpr), *found);
        } else {
            paintTag(painter, tag);
        }
    }
    if (plan->dose != PaintCache::Dose::None) {
        // A second tag when the dose the patient waits for is not there.
        const QColor warn = colors.paper ? colors.now : Theme::problemColor();
        const QRectF &glyph = plan->doseGlyph;
        if (blit) {
            const TagKey key {-1, 0, warn.rgba64(), glyph.width(), glyph.height(), 0, dpr};
            auto found = m_rendered->glyphs.constFind(key);
            if (found == m_rendered->glyphs.constEnd()) {
                QPixmap pixmap = transparentPixmap(glyph.size(), dpr);
                QPainter p(&pixmap);
                paintWarningGlyph(p, QRectF(QPointF(0, 0), glyph.size()), warn);
                p.end();
                found = m_rendered->glyphs.insert(key, pixmap);
            }
            painter.drawPixmap(onPixel(glyph.topLeft(), dpr), *found);
        } else {
            paintWarningGlyph(painter, glyph, warn);
        }
        if (plan->dose == PaintCache::Dose::Words) {
            painter.setPen(colors.paper ? ink : warn);
            plan->doseText->paint(painter, interactive);
        }
    }
    paintTexts(plan->after);
    painter.restore();
}

bool RosterWidget::blitFrame(
    QPainter &painter, const QRectF &rect, double radius, const QColor &fill, const QPen &pen) const
{
    const double dpr = blitRatio(painter);
    if (dpr <= 0)
        return false;
    m_rendered->use(dpr);
    const FrameKey key {fill.rgba64(), pen.color().rgba64(), pen.widthF(), int(pen.style()), radius, dpr};
    auto found = m_rendered->frames.constFind(key);
    if (found == m_rendered->frames.constEnd()) {
        RenderCache::Frame frame;
        // The corners take the rounding, the pen and its antialiased edge; the middle is straight, long
        // enough for most blocks' edges in one piece, and a whole number of dash periods (a dash of four
        // pen widths and a gap of two) so that longer edges continue the dashes piece after piece.
        frame.corner = int(std::ceil((radius + pen.widthF() + 1) * dpr));
        const int period
            = pen.style() == Qt::SolidLine ? 1 : std::max(1, int(std::lround(pen.widthF() * 6 * dpr)));
        frame.middle = period * int(std::ceil(256.0 / period));
        const int side = 2 * frame.corner + frame.middle;
        frame.image = transparentPixmap(QSizeF(side / dpr, side / dpr), dpr);
        QPainter p(&frame.image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(pen);
        p.setBrush(fill);
        p.drawRoundedRect(
            QRectF(0, 0, side / dpr, side / dpr).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
        p.end();
        found = m_rendered->frames.insert(key, frame);
    }
    const RenderCache::Frame &frame = *found;
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

void RosterWidget::planBlock(const Layout &layout, qsizetype index) const
{
    const Block &block = layout.blocks.at(index);
    const RosterEntry &entry = m_roster.chairs.at(block.chair).entries.at(block.entry);
    PaintCache &cache = *layout.cache;
    const Typography &type = cache.type;
    const QRectF rect = block.rect;
    const double line = layout.line;
    PaintCache::BlockPlan &plan = layout.cache->blocks[size_t(index)].emplace();
    plan.radius = std::min(line * 0.3, rect.height() / 4);
    const double pad = std::min(line * 0.3, rect.height() * 0.12);
    const QRectF inner = rect.adjusted(pad + 1, pad, -pad, -pad);
    if (inner.width() < 3 || inner.height() < 3)
        return;
    plan.hasText = true;

    const QFontMetricsF &nameMetrics = type.nameMetrics;
    const QFontMetricsF &fm = type.metrics;
    const QFontMetricsF &smallMetrics = type.smallMetrics;
    // Most names fit a block of an hour or more: measured by shaping them for drawing, they are shaped
    // once. A name far wider than its room is elided straight away.
    const auto nameIn = [&](double room) {
        if (nameMetrics.averageCharWidth() * entry.patientName.size() * 0.7 <= room
            && cache.advance(type.name, entry.patientName) <= room)
            return entry.patientName;
        return nameMetrics.elidedText(entry.patientName, Qt::ElideRight, room);
    };
    const auto lineIn
        = [&](const QFont &font, const QFontMetricsF &metrics, const QRectF &room, const QString &words) {
              return PaintCache::BlockText {&font, metrics, room, words, cache.shape(font, words)};
          };
    const QString start = clockAt(layout, entry.startUtc);
    const QString times = tr("%1–%2").arg(start, clockAt(layout, entry.endUtc));
    const QString detail = tr("%1 · %2").arg(entry.therapyName, times);
    // Therapy and times when they fit; on a short infusion's narrow block the times say more than a
    // clipped therapy name (the tooltip has the rest).
    const auto detailFor = [&](const QFont &font, const QFontMetricsF &metrics, double room) {
        if (cache.advance(font, detail) <= room)
            return detail;
        if (cache.advance(font, times) <= room)
            return times;
        return metrics.elidedText(start, Qt::ElideRight, room);
    };
    plan.status = StatusBadge::statusWords(entry.status, entry.rescheduled);
    const double tagHeight = smallMetrics.height() * 1.25;

    // The status tag: glyph and words; just the glyph when the words do not fit.
    const auto planTag = [&](double x, double y, double room) -> double {
        const double glyph = smallMetrics.height() * 0.85;
        const double words = cache.advance(type.small, plan.status);
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
        const double w = glyph + cache.advance(type.small, plan.doseWords) + smallMetrics.height() * 0.8;
        plan.doseGlyph = QRectF(x, y + (tagHeight - glyph) / 2, glyph, glyph);
        if (w <= room) {
            plan.dose = PaintCache::Dose::Words;
            plan.doseText.emplace(&type.small, smallMetrics,
                QRectF(x + glyph + smallMetrics.height() * 0.25, y, w - glyph, tagHeight), plan.doseWords,
                cache.shape(type.small, plan.doseWords));
        } else if (glyph <= room) {
            plan.dose = PaintCache::Dose::Glyph;
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
            smallMetrics.elidedText(tr("%1 · %2").arg(entry.patientName, plan.status), Qt::ElideRight, room));
    }
}

bool RosterWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const qint64 id = appointmentAt(help->pos());
        if (const RosterEntry *entry = id != 0 ? entryOf(id) : nullptr) {
            QToolTip::showText(help->globalPos(), describe(*entry), this, blockRect(id));
            return true;
        }
        for (qsizetype c = 0; c < m_layout.rows.size(); ++c) {
            const QRectF row = m_layout.rows.at(c);
            if (row.contains(help->pos()) && help->pos().x() < m_layout.labelWidth) {
                const Chair &chair = m_roster.chairs.at(c).chair;
                const int count = int(m_roster.chairs.at(c).entries.size());
                QString text = tr("%1: %n appointment(s) on this day", nullptr, count)
                                   .arg(StatusBadge::chairName(chair));
                if (chair.kind == Chair::Kind::Suite)
                    text += QLatin1Char('\n') + tr("A private suite");
                if (!chair.active)
                    text += QLatin1Char('\n') + tr("Out of service: it shows only for what it still holds");
                QToolTip::showText(help->globalPos(), text, this, row.toAlignedRect());
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void RosterWidget::setHovered(qint64 appointmentId)
{
    if (appointmentId == m_hovered)
        return;
    updateBlock(std::exchange(m_hovered, appointmentId));
    setCursor(appointmentId != 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    updateBlock(m_hovered);
}

void RosterWidget::updateBlock(qint64 appointmentId)
{
    // The block's whole column, not just the block: a repaint cut across the dotted half-hour lines
    // would start their dots afresh where it cuts them, a pixel out of step with the rest of the line.
    // Four pixels either side take in the current block's frame (a 2.5 px pen one pixel outside).
    // Qt clips the column to what shows.
    if (const Block *block = appointmentId != 0 ? blockOf(appointmentId) : nullptr) {
        const QRect column = block->rect.toAlignedRect().adjusted(-4, 0, 4, 0);
        update(QRect(column.left(), 0, column.width(), height()));
    }
}

void RosterWidget::mouseMoveEvent(QMouseEvent *event)
{
    setHovered(appointmentAt(event->position().toPoint()));
    QWidget::mouseMoveEvent(event);
}

void RosterWidget::leaveEvent(QEvent *event)
{
    setHovered(0);
    QWidget::leaveEvent(event);
}

void RosterWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressed = appointmentAt(event->position().toPoint());
    if (m_pressed != 0)
        setCurrentAppointment(m_pressed);
    setFocus(Qt::MouseFocusReason);
    event->accept();
}

void RosterWidget::mouseReleaseEvent(QMouseEvent *event)
{
    const qint64 pressed = std::exchange(m_pressed, 0);
    if (event->button() == Qt::LeftButton && pressed != 0
        && appointmentAt(event->position().toPoint()) == pressed) {
        event->accept();
        Q_EMIT appointmentActivated(pressed);
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void RosterWidget::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Home:
    case Qt::Key_End:
        if (event->modifiers() & (Qt::AltModifier | Qt::ControlModifier))
            break;
        moveCurrent(event->key());
        event->accept();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current != 0) {
            event->accept();
            Q_EMIT appointmentActivated(m_current);
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void RosterWidget::moveCurrent(int key)
{
    const QList<Block> &blocks = m_layout.blocks;
    if (blocks.isEmpty())
        return;
    const Block *from = blockOf(m_current);
    if (!from) {
        // Start where the nurse is most likely to look: the first block still to come, else the first.
        const Block *pick = &blocks.first();
        if (m_nowUtc.isValid()) {
            for (const Block &block : blocks) {
                const RosterEntry &e = m_roster.chairs.at(block.chair).entries.at(block.entry);
                if (e.endUtc > m_nowUtc) {
                    pick = &block;
                    break;
                }
            }
        }
        setCurrentAppointment(pick->id);
        return;
    }

    const Block *best = nullptr;
    const auto sameRowOrder = [](const Block &a, const Block &b) {
        return a.rect.left() != b.rect.left() ? a.rect.left() < b.rect.left() : a.rect.top() < b.rect.top();
    };
    if (key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Home || key == Qt::Key_End) {
        QList<const Block *> row;
        for (const Block &block : blocks) {
            if (block.chair == from->chair)
                row << &block;
        }
        std::sort(
            row.begin(), row.end(), [&](const Block *a, const Block *b) { return sameRowOrder(*a, *b); });
        const auto at = std::find(row.begin(), row.end(), from) - row.begin();
        if (key == Qt::Key_Home)
            best = row.first();
        else if (key == Qt::Key_End)
            best = row.last();
        else if (key == Qt::Key_Left && at > 0)
            best = row.at(at - 1);
        else if (key == Qt::Key_Right && at + 1 < row.size())
            best = row.at(at + 1);
    } else {
        // The nearest block in time on the next chair up or down that has any.
        const int step = key == Qt::Key_Down ? 1 : -1;
        for (int chair = from->chair + step; chair >= 0 && chair < m_layout.rows.size() && !best;
             chair += step) {
            for (const Block &block : blocks) {
                if (block.chair != chair)
                    continue;
                if (!best
                    || std::abs(block.rect.center().x() - from->rect.center().x())
                        < std::abs(best->rect.center().x() - from->rect.center().x()))
                    best = &block;
            }
        }
    }
    if (best)
        setCurrentAppointment(best->id);
}

void RosterWidget::focusInEvent(QFocusEvent *event)
{
    updateBlock(m_current); // its frame is solid with focus, dashed without
    QWidget::focusInEvent(event);
}

void RosterWidget::focusOutEvent(QFocusEvent *event)
{
    updateBlock(m_current);
    QWidget::focusOutEvent(event);
}

} // namespace chairside
