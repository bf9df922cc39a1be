#pragma once

#include "model/policy.h"

#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;
class QPrinter;

namespace chairside {

struct Appointment;
struct Center;
struct Chair;
struct Patient;
struct Therapy;

/// The paper a patient takes home after booking: the center, the patient, the day, time, chair and
/// therapy, the appointment code large (in text, and as Code 128 and QR barcodes the desk's scanner reads),
/// what to bring and the rules that keep the booking, and when the center can be reached. One
/// painting serves the printer, the PDF and the on-screen preview.
struct ConfirmationSlip
{
    /// The slip of a booked appointment. The chair and therapy may be missing (null): the slip then
    /// says what it can without them.
    static ConfirmationSlip forAppointment(const Center &center, const Appointment &appointment,
        const Patient &patient, const Chair *chair, const Therapy *therapy);

    /// Paints the slip into `page` (painter coordinates); sizes follow the page's width, so any device
    /// and resolution give the same look.
    void paint(QPainter &painter, const QRectF &page) const;

    /// Prints one page on a printer already set up (by QPrintDialog). False when it cannot paint.
    bool print(QPrinter &printer) const;
    /// Writes a one-page Letter PDF. False when the file cannot be written.
    bool writePdf(const QString &path) const;

    /// "Monday to Wednesday 07:00–19:00", one line per group of days with the same hours.
    static QStringList hoursLines(const Center &center);

    QString centerName;
    QString centerPhone; ///< as the center gives it; empty when it has none
    QStringList openingHours;
    QString patientName;
    QString mrn;
    QString dayText; ///< "Wednesday 9 December 2026"
    QString timeText; ///< "10:00"
    QString chairText; ///< "chair 2"
    QString therapyText; ///< "infliximab (Remicade), about 2 hours"
    QString code; ///< "CS0000123"
    int earlyMinutes = Policy {}.earlyArrivalMinutes;
    int graceMinutes = Policy {}.graceMinutes;
};

} // namespace chairside
