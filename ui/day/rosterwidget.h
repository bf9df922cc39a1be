#pragma once

#include "day/rosterlayout.h"
#include "model/center.h"
#include "scheduling/roster.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>

#include <memory>

namespace chairside {

class RosterPainter;
class RosterRenderCache;

/// Shows a center's day as the nurse reads it: chairs as rows, the day's hours as columns, each
/// appointment a block with the patient, therapy, times and its status in words, stacked in sub-lanes
/// where they overlap, and a line at the current time. Where a block goes comes only from RosterLayout
/// (over core's layoutLanes()) and RosterPainter paints it; this class holds the day, and handles the
/// mouse and the keyboard (arrows move between blocks, Enter opens one).
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

    /// The hours across the widget as laid out now, for a strip that paints over the same hours.
    const RosterTimeAxis &timeAxis() const;

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
    /// The day was laid out again (another day, or another width): timeAxis() may have moved.
    void laidOut();

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
    RosterLayout layoutFor(double width, double height, const QFont &font, bool squeeze) const;
    const RosterLayout &dayLayout() const;
    double stickyTop() const;
    void relayout();
    /// Repaints only the block's column: its frame follows hover, the current block and focus.
    void updateBlock(qint64 appointmentId);
    const RosterEntry *entryOf(qint64 appointmentId) const;
    const RosterLayout::Block *blockOf(qint64 appointmentId) const;
    QString describe(const RosterEntry &entry) const;
    QString localTime(const QDateTime &utc) const;
    void moveCurrent(int key);
    void setHovered(qint64 appointmentId);

    Center m_center;
    Roster m_roster;
    QDateTime m_nowUtc;
    /// Frames, tags and glyphs rendered once and blitted on every paint, and text shaped once; emptied
    /// when the palette, the theme, the font, the style or the language change.
    std::unique_ptr<RosterRenderCache> m_rendered;
    /// The day laid out on the widget's width, and what painting it measured.
    std::unique_ptr<RosterPainter> m_painter;
    QHash<qint64, int> m_blockOf; ///< appointment -> index into the layout's blocks
    qint64 m_current = 0;
    qint64 m_hovered = 0;
    qint64 m_pressed = 0;
};

} // namespace chairside
