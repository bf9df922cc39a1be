#include "day/rosterlayout.h"

#include "day/rosterrendercache.h"
#include "widgets/statusbadge.h"

#include <algorithm>
#include <cmath>

namespace chairside {

namespace {

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

double naturalLaneHeight(const RosterLayout::Typography &type)
{
    const double pad = type.metrics.height() * 0.3;
    // Patient, therapy and times, the status tag; padding above, between and below.
    return std::ceil(pad * 2 + type.nameMetrics.height() + type.metrics.height()
        + type.smallMetrics.height() * 1.35 + pad * 1.2);
}

} // namespace

RosterLayout::Typography::Typography(const QFont &font)
    : base(font)
    , name(scaled(font, 1.0, QFont::DemiBold))
    , chair(scaled(font, 1.15, QFont::Bold))
    , small(scaled(font, 0.86))
    , notice(scaled(font, 1.2))
    , metrics(base)
    , nameMetrics(name)
    , chairMetrics(chair)
    , smallMetrics(small)
    , baseKey(base.key())
    , nameKey(name.key())
    , chairKey(chair.key())
    , smallKey(small.key())
    , smallHash(qHash(smallKey))
{ }

RosterLayout RosterLayout::make(const Center &center, const Roster &roster, const QFont &font, double width,
    double height, bool squeeze, RosterRenderCache *rendered)
{
    RosterLayout layout(font);
    const Typography &type = layout.type;
    const QFontMetricsF &fm = type.metrics;
    layout.width = width;
    layout.line = fm.height();
    const double line = layout.line;

    // The widest chair name sets the labels' width.
    const QString outOfService = tr("Out of service");
    double widest = rendered ? rendered->advance(type.small, type.smallKey, outOfService)
                             : type.smallMetrics.horizontalAdvance(outOfService);
    for (const RosterChair &row : roster.chairs) {
        const QString name = StatusBadge::chairName(row.chair);
        widest = std::max(widest,
            rendered ? rendered->advance(type.chair, type.chairKey, name)
                     : type.chairMetrics.horizontalAdvance(name));
    }
    layout.labelWidth = std::clamp(widest + line * 1.8, line * 6.5, line * 13);
    layout.headerHeight = std::ceil(line * 2.1);
    const double right = fm.horizontalAdvance(QStringLiteral("00:00")) / 2 + line * 0.4; // the last label
    const double timeWidth = std::max(line * 10, width - layout.labelWidth - right);
    layout.axis
        = RosterTimeAxis(center, roster.viewStartUtc, roster.viewEndUtc, layout.labelWidth, timeWidth);

    QList<QList<LaneBlock>> lanes;
    lanes.reserve(roster.chairs.size());
    QList<int> laneCounts;
    laneCounts.reserve(roster.chairs.size());
    int totalLanes = 0;
    qsizetype totalBlocks = 0;
    for (const RosterChair &chair : roster.chairs) {
        lanes << (layout.axis.isValid() ? layoutLanes(layout.axis.scale(), chair) : QList<LaneBlock>());
        int most = 1;
        for (const LaneBlock &block : lanes.last())
            most = std::max(most, block.laneCount);
        laneCounts << most;
        totalLanes += most;
        totalBlocks += lanes.last().size();
    }

    double lane = naturalLaneHeight(type);
    const double rowsRoom = height - layout.headerHeight - 1;
    if (totalLanes > 0 && height > 0) {
        const double fit = rowsRoom / totalLanes;
        // Few chairs: rows grow a little into the room there is; a printed page: they shrink to fit.
        lane = squeeze ? std::min(lane, fit) : std::clamp(fit, lane, lane * 1.5);
    }

    layout.rows.reserve(roster.chairs.size());
    layout.blocks.reserve(totalBlocks);
    double y = layout.headerHeight;
    for (qsizetype c = 0; c < roster.chairs.size(); ++c) {
        const double rowHeight = std::floor(lane * laneCounts.at(c));
        layout.rows << QRectF(0, y, width, rowHeight);
        const double gap = std::max(1.0, std::min(line * 0.14, rowHeight * 0.06));
        const QList<RosterEntry> &entries = roster.chairs.at(c).entries;
        for (const LaneBlock &b : lanes.at(c)) {
            const double laneHeight = rowHeight / b.laneCount;
            Block block;
            block.id = b.id;
            block.chair = int(c);
            for (qsizetype e = 0; e < entries.size(); ++e) {
                if (entries.at(e).appointmentId == b.id)
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
    return layout;
}

} // namespace chairside
