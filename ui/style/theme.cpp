#include "style/theme.h"

#include "model/appointmentstatus.h"

#include <QApplication>
#include <QStyleFactory>

namespace chairside::Theme {

namespace {

Mode g_mode = Mode::Light;

bool dark()
{
    return g_mode == Mode::Dark;
}

} // namespace

QPalette palette(Mode mode)
{
    QPalette p;
    if (mode == Mode::Light) {
        p.setColor(QPalette::Window, QColor(0xf4, 0xf6, 0xf8));
        p.setColor(QPalette::WindowText, QColor(0x1d, 0x26, 0x30));
        p.setColor(QPalette::Base, Qt::white);
        p.setColor(QPalette::AlternateBase, QColor(0xee, 0xf2, 0xf5));
        p.setColor(QPalette::Text, QColor(0x1d, 0x26, 0x30));
        p.setColor(QPalette::Button, QColor(0xfa, 0xfb, 0xfc));
        p.setColor(QPalette::ButtonText, QColor(0x1d, 0x26, 0x30));
        p.setColor(QPalette::Highlight, QColor(0x1f, 0x6f, 0x78));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xe8));
        p.setColor(QPalette::ToolTipText, QColor(0x1d, 0x26, 0x30));
        p.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x76, 0x80));
        p.setColor(QPalette::Link, QColor(0x1f, 0x6f, 0x78));
        p.setColor(QPalette::Mid, QColor(0xc4, 0xcc, 0xd3));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x8a, 0x94, 0x9c));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x8a, 0x94, 0x9c));
        p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x8a, 0x94, 0x9c));
    } else {
        p.setColor(QPalette::Window, QColor(0x1e, 0x23, 0x29));
        p.setColor(QPalette::WindowText, QColor(0xe6, 0xea, 0xee));
        p.setColor(QPalette::Base, QColor(0x15, 0x19, 0x1e));
        p.setColor(QPalette::AlternateBase, QColor(0x22, 0x28, 0x2f));
        p.setColor(QPalette::Text, QColor(0xe6, 0xea, 0xee));
        p.setColor(QPalette::Button, QColor(0x2a, 0x31, 0x39));
        p.setColor(QPalette::ButtonText, QColor(0xe6, 0xea, 0xee));
        p.setColor(QPalette::Highlight, QColor(0x3a, 0xa0, 0xab));
        p.setColor(QPalette::HighlightedText, QColor(0x0e, 0x12, 0x16));
        p.setColor(QPalette::ToolTipBase, QColor(0x2a, 0x31, 0x39));
        p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xea, 0xee));
        p.setColor(QPalette::PlaceholderText, QColor(0x8f, 0x9a, 0xa5));
        p.setColor(QPalette::Link, QColor(0x6c, 0xc6, 0xd0));
        p.setColor(QPalette::Mid, QColor(0x44, 0x4d, 0x57));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x70, 0x7a, 0x84));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x70, 0x7a, 0x84));
        p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x70, 0x7a, 0x84));
    }
    return p;
}

void apply(Mode mode)
{
    g_mode = mode;
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    QApplication::setPalette(palette(mode));
}

Mode current()
{
    return g_mode;
}

QColor statusFill(AppointmentStatus status, Mode mode)
{
    const bool dark = mode == Mode::Dark;
    switch (status) {
    case AppointmentStatus::Booked:
        return dark ? QColor(0x2d, 0x4a, 0x6b) : QColor(0xd6, 0xe6, 0xf7);
    case AppointmentStatus::Arrived:
        return dark ? QColor(0x6b, 0x55, 0x1f) : QColor(0xfc, 0xeb, 0xc0);
    case AppointmentStatus::CheckedIn:
        return dark ? QColor(0x1f, 0x5c, 0x63) : QColor(0xc7, 0xec, 0xee);
    case AppointmentStatus::InProgress:
        return dark ? QColor(0x24, 0x6b, 0x3c) : QColor(0xc9, 0xef, 0xd2);
    case AppointmentStatus::Fulfilled:
        return dark ? QColor(0x3a, 0x40, 0x47) : QColor(0xe4, 0xe7, 0xea);
    case AppointmentStatus::NoShow:
        return dark ? QColor(0x6e, 0x2a, 0x2a) : QColor(0xf8, 0xd4, 0xd4);
    case AppointmentStatus::Cancelled:
    case AppointmentStatus::EnteredInError:
        return dark ? QColor(0x2a, 0x2e, 0x33) : QColor(0xf1, 0xf1, 0xf1);
    }
    return {};
}

QColor statusText(AppointmentStatus status, Mode mode)
{
    Q_UNUSED(status);
    return mode == Mode::Dark ? QColor(0xf0, 0xf3, 0xf6) : QColor(0x15, 0x1c, 0x24);
}

QColor statusFill(AppointmentStatus status)
{
    return statusFill(status, g_mode);
}

QColor statusText(AppointmentStatus status)
{
    return statusText(status, g_mode);
}

QColor admitColor()
{
    return dark() ? QColor(0x2e, 0x8b, 0x57) : QColor(0x1e, 0x7a, 0x46);
}

QColor waitColor()
{
    return dark() ? QColor(0xc2, 0x8a, 0x12) : QColor(0xa8, 0x6b, 0x00);
}

QColor rescheduleColor()
{
    return dark() ? QColor(0xc0, 0x4a, 0x3a) : QColor(0xb0, 0x35, 0x26);
}

QColor unidentifiedColor()
{
    return dark() ? QColor(0x6e, 0x4f, 0xa8) : QColor(0x5b, 0x3c, 0x99);
}

QColor okColor()
{
    return dark() ? QColor(0x5c, 0xd0, 0x8a) : QColor(0x1e, 0x7a, 0x46);
}

QColor problemColor()
{
    return dark() ? QColor(0xff, 0x8a, 0x7a) : QColor(0xb0, 0x35, 0x26);
}

} // namespace chairside::Theme
