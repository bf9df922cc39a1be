#pragma once

#include "day/rosterlayout.h"
#include "model/appointmentstatus.h"
#include "model/center.h"
#include "scheduling/roster.h"
#include "style/theme.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPalette>

#include <memory>

class QPainter;

namespace chairside {

class RosterRenderCache;

/// Paints a day already laid out (a RosterLayout) onto any QPainter: the widget's paint event or a
/// printed page. It paints only what meets the exposed area, and measures what it paints once: where a
/// block's text and tags go, which words fit, the grid. That goes with the layout, so whatever makes a
/// new layout (the day, the size, the font) makes a new painter. Pictures and shaped text outlive it, in
/// the render cache it is given.
class RosterPainter final
{
    Q_DECLARE_TR_FUNCTIONS(RosterPainter)
    Q_DISABLE_COPY_MOVE(RosterPainter)

public:
    /// What the roster is painted with: the palette's colours on screen, ink on white paper in print.
    struct Colors
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
        /// Whose status colours and contrasts: the screen's mode, or Light on paper in any mode.
        Theme::Mode mode = Theme::Mode::Light;

        QColor fill(AppointmentStatus status) const;
        QColor ink(AppointmentStatus status) const;

        static Colors screen(const QPalette &palette);
        static Colors print();
    };
    /// What a paint shows beyond the day: the clock, and the blocks the user points at.
    struct Moment
    {
        QDateTime nowUtc; ///< where the current-time line goes when the day is today
        qint64 hovered = 0;
        qint64 current = 0;
        bool focused = false; ///< the current block's frame is solid with focus, dashed without
    };

    RosterPainter(
        const Center &center, const Roster &roster, RosterLayout layout, RosterRenderCache &rendered);
    ~RosterPainter();

    const RosterLayout &layout() const { return m_layout; }

    /// Paints what of the layout meets `exposed` (in the layout's coordinates), the background
    /// included. `interactive`: on screen, with hover and the current block, from cached pictures where
    /// the painter allows; else a printed page, drawn at the painter's resolution. The header is painted
    /// at `headerTop`, so that it stays in view when the day scrolls under it.
    void paint(QPainter &painter, const Colors &colors, const Moment &moment, bool interactive,
        double headerTop, const QRectF &exposed);

private:
    struct BlockText;
    struct BlockPlan;
    struct Grid;
    struct Measured;

    void paintRows(QPainter &painter, const Colors &colors, bool interactive, const QRectF &reach);
    void paintBlock(
        QPainter &painter, qsizetype index, const Colors &colors, const Moment &moment, bool interactive);
    /// Measures where the block's text and tags go.
    void planBlock(qsizetype index);
    const Grid &grid();
    /// The block's fill and border from pre-rendered slices; false when the painter cannot take them
    /// (a printed page, a rotated or scaled painter, a block too small to slice).
    bool blitFrame(QPainter &painter, const QRectF &rect, double radius, const QColor &fill, const QPen &pen);
    /// "HH:mm" on the center's clock: the blocks of a day start and end on few times.
    QString clockAt(const QDateTime &utc);
    QString localTime(const QDateTime &utc) const;

    Center m_center;
    Roster m_roster;
    RosterLayout m_layout;
    RosterRenderCache &m_rendered;
    std::unique_ptr<Measured> m_measured;
};

} // namespace chairside
