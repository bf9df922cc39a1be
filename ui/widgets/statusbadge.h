#pragma once

#include <QIcon>
#include <QString>

class QPainter;
class QRectF;
class QColor;

namespace chairside {

enum class AppointmentStatus;
enum class PrepState;
struct Chair;

/// How an appointment's status and its dose are shown: always in words, with an icon or glyph beside
/// them, so nothing is told by colour alone. Shared by the arrivals table and the chair roster.
namespace StatusBadge {

/// "Booked", "In chair", ...; a cancelled appointment that another one replaced reads "Rescheduled".
QString statusWords(AppointmentStatus status, bool rescheduled = false);
/// The status with a small mark when a booked patient confirmed the visit ("Booked ✓"): a mark in
/// the words, not a colour, so the status colours keep their meaning.
QString statusWords(AppointmentStatus status, bool rescheduled, bool confirmed);
/// What the mark means, for a tooltip or a screen reader: "Booked, confirmed by the patient".
QString statusSpoken(AppointmentStatus status, bool rescheduled, bool confirmed);

/// A small shape per status (a clock for booked, a drop for in chair, a tick for done, a cross for a
/// no-show, ...) drawn in `color` inside `rect`.
void paintStatusGlyph(QPainter &painter, const QRectF &rect, AppointmentStatus status, const QColor &color);

/// The glyph on the status's fill, for item views and buttons, in the current palette.
QIcon statusIcon(AppointmentStatus status);

/// "Dose ready", "Dose not ready", "No dose to prepare", "Dose wasted".
QString prepWords(PrepState state);
/// One sentence for a tooltip: what the dose's state means for the patient.
QString prepExplanation(PrepState state);
/// A tick for ready, a warning for not ready, a stop sign for wasted, an information mark otherwise.
QIcon prepIcon(PrepState state);
/// True when the dose's state is a problem for a patient who still needs it.
bool prepIsProblem(PrepState state);

/// "Chair 3" or "Suite A".
QString chairName(const Chair &chair);

} // namespace StatusBadge

} // namespace chairside
