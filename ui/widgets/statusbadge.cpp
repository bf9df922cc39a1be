#include "widgets/statusbadge.h"

#include "model/appointment.h"
#include "model/appointmentstatus.h"
#include "model/chair.h"
#include "style/theme.h"

#include <QApplication>
#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QStyle>

#include <cmath>

namespace chairside::StatusBadge {

namespace {

// The context lupdate gives this file's tr() calls.
QString tr(const char *text, const char *comment = nullptr)
{
    return QCoreApplication::translate("chairside::StatusBadge", text, comment);
}

} // namespace

QString statusWords(AppointmentStatus status, bool rescheduled)
{
    if (status == AppointmentStatus::Cancelled && rescheduled)
        return tr("Rescheduled");
    return statusLabel(status);
}

QString statusWords(AppointmentStatus status, bool rescheduled, bool confirmed)
{
    if (confirmed && status == AppointmentStatus::Booked)
        //: A booked appointment the patient confirmed; the mark is a tick after the status.
        return tr("%1 ✓").arg(statusWords(status, rescheduled));
    return statusWords(status, rescheduled);
}

QString statusSpoken(AppointmentStatus status, bool rescheduled, bool confirmed)
{
    if (confirmed && status == AppointmentStatus::Booked)
        return tr("%1, confirmed by the patient").arg(statusWords(status, rescheduled));
    return statusWords(status, rescheduled);
}

void paintStatusGlyph(QPainter &painter, const QRectF &rect, AppointmentStatus status, const QColor &color)
{
    const double side = std::min(rect.width(), rect.height());
    const QRectF box(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side);
    const double stroke = std::max(1.0, side / 9.0);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(color, stroke, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    const auto at = [&box](double fx, double fy) {
        return QPointF(box.left() + fx * box.width(), box.top() + fy * box.height());
    };
    const QRectF inner = box.adjusted(side * 0.14, side * 0.14, -side * 0.14, -side * 0.14);
    switch (status) {
    case AppointmentStatus::Booked: { // a clock: booked for a time
        painter.drawEllipse(inner);
        painter.drawLine(at(0.5, 0.5), at(0.5, 0.28));
        painter.drawLine(at(0.5, 0.5), at(0.68, 0.6));
        break;
    }
    case AppointmentStatus::Arrived: { // a ring with a dot: here, waiting
        painter.drawEllipse(inner);
        painter.setBrush(color);
        painter.drawEllipse(box.center(), side * 0.13, side * 0.13);
        break;
    }
    case AppointmentStatus::CheckedIn: { // an arrow into the chair
        painter.drawLine(at(0.18, 0.5), at(0.72, 0.5));
        painter.drawLine(at(0.5, 0.28), at(0.72, 0.5));
        painter.drawLine(at(0.5, 0.72), at(0.72, 0.5));
        painter.drawLine(at(0.84, 0.2), at(0.84, 0.8));
        break;
    }
    case AppointmentStatus::InProgress: { // a drop: the infusion runs
        QPainterPath drop;
        drop.moveTo(at(0.5, 0.1));
        drop.cubicTo(at(0.62, 0.34), at(0.82, 0.5), at(0.82, 0.64));
        drop.arcTo(QRectF(at(0.18, 0.42), at(0.82, 0.92)), 0, -180);
        drop.cubicTo(at(0.18, 0.5), at(0.38, 0.34), at(0.5, 0.1));
        painter.setBrush(color);
        painter.drawPath(drop);
        break;
    }
    case AppointmentStatus::Fulfilled: { // a tick
        QPainterPath tick;
        tick.moveTo(at(0.18, 0.52));
        tick.lineTo(at(0.42, 0.76));
        tick.lineTo(at(0.84, 0.26));
        painter.drawPath(tick);
        break;
    }
    case AppointmentStatus::NoShow: { // a cross
        painter.drawLine(at(0.24, 0.24), at(0.76, 0.76));
        painter.drawLine(at(0.76, 0.24), at(0.24, 0.76));
        break;
    }
    case AppointmentStatus::Cancelled:
    case AppointmentStatus::EnteredInError: { // struck out
        painter.drawEllipse(inner);
        painter.drawLine(at(0.28, 0.72), at(0.72, 0.28));
        break;
    }
    }
    painter.restore();
}

QIcon statusIcon(AppointmentStatus status)
{
    // Cached per palette: the fill follows the light or dark theme.
    static QHash<int, QIcon> cache;
    const int key = int(status) * 2 + (Theme::current() == Theme::Mode::Dark ? 1 : 0);
    if (const auto found = cache.constFind(key); found != cache.constEnd())
        return *found;

    QIcon icon;
    for (const int size : {16, 20, 24, 32, 48}) {
        for (const double ratio : {1.0, 2.0}) {
            QPixmap pixmap(QSize(size, size) * ratio);
            pixmap.setDevicePixelRatio(ratio);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            const QRectF frame = QRectF(0, 0, size, size).adjusted(0.5, 0.5, -0.5, -0.5);
            QColor border = Theme::statusText(status);
            border.setAlphaF(0.55F);
            painter.setPen(QPen(border, 1));
            painter.setBrush(Theme::statusFill(status));
            painter.drawRoundedRect(frame, size * 0.22, size * 0.22);
            paintStatusGlyph(painter, frame.adjusted(size * 0.14, size * 0.14, -size * 0.14, -size * 0.14),
                status, Theme::statusText(status));
            painter.end();
            icon.addPixmap(pixmap);
        }
    }
    cache.insert(key, icon);
    return icon;
}

QString prepWords(PrepState state)
{
    switch (state) {
    case PrepState::Ready:
        return tr("Dose ready");
    case PrepState::NotReady:
        return tr("Dose not ready");
    case PrepState::NotNeeded:
        return tr("No dose to prepare");
    case PrepState::Wasted:
        return tr("Dose wasted");
    }
    return {};
}

QString prepExplanation(PrepState state)
{
    switch (state) {
    case PrepState::Ready:
        return tr("The pharmacy has compounded the dose for this appointment.");
    case PrepState::NotReady:
        return tr("The pharmacy has not marked the dose ready yet; the patient cannot start until it is.");
    case PrepState::NotNeeded:
        return tr("This therapy is given from stock; nothing is compounded for the patient.");
    case PrepState::Wasted:
        return tr("The dose prepared for this appointment was written off.");
    }
    return {};
}

QIcon prepIcon(PrepState state)
{
    QStyle *style = QApplication::style();
    switch (state) {
    case PrepState::Ready:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case PrepState::NotReady:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case PrepState::Wasted:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case PrepState::NotNeeded:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

bool prepIsProblem(PrepState state)
{
    return state == PrepState::NotReady || state == PrepState::Wasted;
}

QString chairName(const Chair &chair)
{
    if (chair.kind == Chair::Kind::Suite)
        return chair.label;
    return tr("Chair %1").arg(chair.label);
}

} // namespace chairside::StatusBadge
