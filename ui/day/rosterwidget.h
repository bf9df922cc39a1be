#pragma once

#include "model/center.h"
#include "scheduling/lanelayout.h"
#include "scheduling/roster.h"

#include <QDateTime>
#include <QFont>
#include <QHash>
#include <QWidget>

#include <memory>

namespace chairside {

/// Paints a center's day as the nurse reads it: chairs as rows, the day's hours as columns, each
/// appointment a block with the patient, therapy, times and its status in words, stacked in sub-lanes
/// where they overlap, and a line at the current time. Where a block goes comes only from core's
/// layoutLanes() and xForTime(); this class only paints it, and handles the mouse and the keyboard
/// (arrows move between blocks, Enter opens one).
class RosterWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RosterWidget)

public:
    explicit RosterWidget(QWidget *parent = nullptr);
    ~RosterWidget() override;

    /// Shows the day; the current block stays current when it is still there.
    void setRoster(const Center &center, const Roster &roster);
    const Roster &roster() const { return m_roster; }
    /// The workspace clock: where the current-time line goes when the roster's date is today.
    void setNow(const QDateTime &nowUtc);

    /// Where the appointment's block is painted, in this widget's coordinates; empty when it is not on
    /// the roster.
    QRect blockRect(qint64 appointmentId) const;
    /// The appointment whose block is at `pos`, 0 when none.
    qint64 appointmentAt(const QPoint &pos) const;

    qint64 currentAppointment() const { return m_current; }
    void setCurrentAppointment(qint64 appointmentId);

    /// Paints the same layout into `target` of any painter (a printed page) in paper colours, with rows
    /// squeezed when needed so that every chair fits the height. `font` is in the painter's units.
    void paintPage(QPainter &painter, const QRectF &target, const QFont &font) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// A block was clicked, or Enter was pressed on the current one.
    void appointmentActivated(qint64 appointmentId);
    /// The keyboard or the mouse moved the current block (0 when none).
    void currentAppointmentChanged(qint64 appointmentId);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    struct Colors;
    struct Typography;
    struct PaintCache;
    struct RenderCache;
    struct Block
    {
        qint64 id = 0;
        int chair = 0; ///< index into the roster's chairs
        int entry = 0; ///< index into that chair's entries
        QRectF rect;
    };
    struct Layout
    {
        double width = 0;
        double labelWidth = 0;
        double headerHeight = 0;
        double line = 0; ///< the font's line height: the unit of every gap
        QRectF timeArea; ///< where the hours run, below the header
        TimeScale scale; ///< the hours on the time area's width
        QList<QRectF> rows; ///< one per chair, across the whole width
        QList<Block> blocks;
        double height = 0;
        /// What painting this layout measures once and reuses on every later paint: the fonts, the
        /// elided texts, where each block's text and tags go, the grid. It goes with the layout, so
        /// whatever makes a new layout (the day, the size, the font) starts it afresh.
        std::shared_ptr<PaintCache> cache;
    };

    Layout layoutFor(double width, double height, const QFont &font, bool squeeze) const;
    double naturalLaneHeight(const Typography &type) const;
    double labelWidth(const Typography &type) const;
    TimeScale scaleFor(double width) const;
    /// Paints what of `layout` meets `exposed` (in the layout's coordinates).
    void paintLayout(QPainter &painter, const Layout &layout, const Colors &colors, bool interactive,
        double headerTop, const QRectF &exposed) const;
    double stickyTop() const;
    void paintBlock(QPainter &painter, const Layout &layout, qsizetype index, const Colors &colors,
        bool interactive) const;
    /// Measures where the block's text and tags go, into the layout's cache.
    void planBlock(const Layout &layout, qsizetype index) const;
    /// The block's fill and border from pre-rendered slices; false when the painter cannot take them
    /// (a printed page, a rotated or scaled painter, a block too small to slice).
    bool blitFrame(
        QPainter &painter, const QRectF &rect, double radius, const QColor &fill, const QPen &pen) const;
    void relayout();
    /// Repaints only the block's column: its frame follows hover, the current block and focus.
    void updateBlock(qint64 appointmentId);
    const RosterEntry *entryOf(qint64 appointmentId) const;
    const Block *blockOf(qint64 appointmentId) const;
    QString describe(const RosterEntry &entry) const;
    QString localTime(const QDateTime &utc) const;
    /// The minute of the center's day and "HH:mm" of an instant, for instants on the layout's time scale
    /// without converting each to the center's zone.
    int minuteOfDay(const Layout &layout, const QDateTime &utc) const;
    QString clockAt(const Layout &layout, const QDateTime &utc) const;
    void moveCurrent(int key);
    void setHovered(qint64 appointmentId);

    Center m_center;
    Roster m_roster;
    QDateTime m_nowUtc;
    Layout m_layout;
    QHash<qint64, int> m_blockOf; ///< appointment -> index into m_layout.blocks
    /// Frames, tags and glyphs rendered once and blitted on every paint, and text shaped once; emptied
    /// when the palette, the theme, the font, the style or the language change.
    std::unique_ptr<RenderCache> m_rendered;
    qint64 m_current = 0;
    qint64 m_hovered = 0;
    qint64 m_pressed = 0;
};

} // namespace chairside
