#include "day/rosterwidget.h"

#include "day/rosterpainter.h"
#include "day/rosterrendercache.h"
#include "scheduling/centertime.h"
#include "text/desktext.h"
#include "widgets/statusbadge.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <utility>

namespace chairside {

RosterWidget::RosterWidget(QWidget *parent)
    : QWidget(parent)
    , m_rendered(std::make_unique<RosterRenderCache>())
{
    setAccessibleName(tr("Chair roster"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAutoFillBackground(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    relayout();
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

const RosterLayout::Block *RosterWidget::blockOf(qint64 appointmentId) const
{
    const auto found = m_blockOf.constFind(appointmentId);
    return found == m_blockOf.constEnd() ? nullptr : &dayLayout().blocks.at(*found);
}

QRect RosterWidget::blockRect(qint64 appointmentId) const
{
    const RosterLayout::Block *block = blockOf(appointmentId);
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
    if (pos.y() < stickyTop() + dayLayout().headerHeight)
        return 0; // under the header
    // Later blocks are painted over earlier ones, so they win.
    for (auto it = dayLayout().blocks.crbegin(); it != dayLayout().blocks.crend(); ++it) {
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
    return utc.isValid() ? DeskText::time(m_center, utc) : QString();
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
    lines << tr("%1 · %2").arg(
        chair, StatusBadge::statusSpoken(entry.status, entry.rescheduled, entry.confirmed));
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

const RosterLayout &RosterWidget::dayLayout() const
{
    return m_painter->layout();
}

const RosterTimeAxis &RosterWidget::timeAxis() const
{
    return dayLayout().axis;
}

RosterLayout RosterWidget::layoutFor(double width, double height, const QFont &font, bool squeeze) const
{
    return RosterLayout::make(m_center, m_roster, font, width, height, squeeze, m_rendered.get());
}

void RosterWidget::relayout()
{
    m_painter = std::make_unique<RosterPainter>(
        m_center, m_roster, layoutFor(width(), height(), font(), false), *m_rendered);
    m_blockOf.clear();
    const QList<RosterLayout::Block> &blocks = dayLayout().blocks;
    m_blockOf.reserve(blocks.size());
    for (qsizetype i = 0; i < blocks.size(); ++i)
        m_blockOf.insert(blocks.at(i).id, int(i));
    Q_EMIT laidOut();
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
    QPainter painter(this);
    const RosterPainter::Moment moment {m_nowUtc, m_hovered, m_current, hasFocus()};
    m_painter->paint(
        painter, RosterPainter::Colors::screen(palette()), moment, true, stickyTop(), event->rect());
}

void RosterWidget::paintPage(QPainter &painter, const QRectF &target, const QFont &font) const
{
    RosterPainter page(
        m_center, m_roster, layoutFor(target.width(), target.height(), font, true), *m_rendered);
    painter.save();
    painter.translate(target.topLeft());
    const QRectF area(0, 0, target.width(), target.height());
    painter.setClipRect(area);
    const RosterPainter::Colors colors = RosterPainter::Colors::print();
    painter.fillRect(QRectF(0, 0, target.width(), page.layout().height), colors.base);
    page.paint(painter, colors, RosterPainter::Moment {m_nowUtc, 0, 0, false}, false, 0, area);
    painter.restore();
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
        for (qsizetype c = 0; c < dayLayout().rows.size(); ++c) {
            const QRectF row = dayLayout().rows.at(c);
            if (row.contains(help->pos()) && help->pos().x() < dayLayout().labelWidth) {
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
    if (const RosterLayout::Block *block = appointmentId != 0 ? blockOf(appointmentId) : nullptr) {
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
    const QList<RosterLayout::Block> &blocks = dayLayout().blocks;
    if (blocks.isEmpty())
        return;
    const RosterLayout::Block *from = blockOf(m_current);
    if (!from) {
        // Start where the nurse is most likely to look: the first block still to come, else the first.
        const RosterLayout::Block *pick = &blocks.first();
        if (m_nowUtc.isValid()) {
            for (const RosterLayout::Block &block : blocks) {
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

    const RosterLayout::Block *best = nullptr;
    const auto sameRowOrder = [](const RosterLayout::Block &a, const RosterLayout::Block &b) {
        return a.rect.left() != b.rect.left() ? a.rect.left() < b.rect.left() : a.rect.top() < b.rect.top();
    };
    if (key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Home || key == Qt::Key_End) {
        QList<const RosterLayout::Block *> row;
        for (const RosterLayout::Block &block : blocks) {
            if (block.chair == from->chair)
                row << &block;
        }
        std::sort(row.begin(), row.end(),
            [&](const RosterLayout::Block *a, const RosterLayout::Block *b) { return sameRowOrder(*a, *b); });
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
        for (int chair = from->chair + step; chair >= 0 && chair < dayLayout().rows.size() && !best;
             chair += step) {
            for (const RosterLayout::Block &block : blocks) {
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
