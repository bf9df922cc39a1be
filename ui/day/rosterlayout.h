#pragma once

#include "day/rostertimeaxis.h"
#include "model/center.h"
#include "scheduling/roster.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QList>
#include <QRectF>

namespace chairside {

class RosterRenderCache;

/// Where everything of a day's roster goes on a given width and font: the chairs' rows, the hours, each
/// appointment's block (placed in sub-lanes by core's layoutLanes()). Made once per day, size and font;
/// painting and hit-testing only read it.
struct RosterLayout final
{
    Q_DECLARE_TR_FUNCTIONS(RosterLayout)

public:
    /// The fonts a layout is measured and painted in, and their metrics: made once per layout.
    struct Typography
    {
        explicit Typography(const QFont &font);

        QFont base;
        QFont name; ///< the patient on a block
        QFont chair; ///< the chair at the left of its row
        QFont small;
        QFont notice; ///< a day with nothing to show
        QFontMetricsF metrics;
        QFontMetricsF nameMetrics;
        QFontMetricsF chairMetrics;
        QFontMetricsF smallMetrics;
        /// The fonts' keys, which the render cache keeps text by.
        QString baseKey;
        QString nameKey;
        QString chairKey;
        QString smallKey;
        size_t smallHash = 0; ///< tells the tags' font apart among the cached pictures
    };
    struct Block
    {
        qint64 id = 0;
        int chair = 0; ///< index into the roster's chairs
        int entry = 0; ///< index into that chair's entries
        QRectF rect;
    };

    /// Lays `roster` out on `width`. With a `height`, rows grow a little into the room there is, or
    /// with `squeeze` (a printed page) shrink so that every chair fits it. `rendered` keeps the chairs'
    /// names measured across days.
    static RosterLayout make(const Center &center, const Roster &roster, const QFont &font, double width,
        double height, bool squeeze, RosterRenderCache *rendered = nullptr);

    explicit RosterLayout(const QFont &font)
        : type(font)
    { }

    Typography type;
    double width = 0;
    double labelWidth = 0;
    double headerHeight = 0;
    double line = 0; ///< the font's line height: the unit of every gap
    QRectF timeArea; ///< where the hours run, below the header
    RosterTimeAxis axis; ///< the hours across the time area
    QList<QRectF> rows; ///< one per chair, across the whole width
    QList<Block> blocks;
    double height = 0;
};

} // namespace chairside
