#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace chairside {

enum class AppointmentStatus;

/// The program's two palettes and the colours that carry meaning (never alone: every state is also
/// written in words and marked with an icon).
namespace Theme {

enum class Mode
{
    Light,
    Dark
};

void apply(Mode mode);
Mode current();
QPalette palette(Mode mode);

/// Fill and text colours of an appointment block or badge in that status, in the current mode.
QColor statusFill(AppointmentStatus status);
QColor statusText(AppointmentStatus status);
/// The same in a given mode: paper is always Mode::Light, whatever the screen shows.
QColor statusFill(AppointmentStatus status, Mode mode);
QColor statusText(AppointmentStatus status, Mode mode);

/// Outcome banner colours: admit, wait, reschedule, unidentified.
QColor admitColor();
QColor waitColor();
QColor rescheduleColor();
QColor unidentifiedColor();

/// Green "ok" and red "missing" for the readiness checklist.
QColor okColor();
QColor problemColor();

} // namespace Theme

} // namespace chairside
