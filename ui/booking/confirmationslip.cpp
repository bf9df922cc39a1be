#include "booking/confirmationslip.h"

#include "booking/barcode.h"
#include "model/appointment.h"
#include "model/center.h"
#include "model/patient.h"
#include "model/therapy.h"
#include "scheduling/appointmentcode.h"
#include "scheduling/centertime.h"
#include "text/desktext.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>

#include <algorithm>

namespace chairside {

namespace {

// The context lupdate gives this file's tr() calls.
QString tr(const char *text, const char *comment = nullptr)
{
    return QCoreApplication::translate("chairside::ConfirmationSlip", text, comment);
}

QFont sized(const QFont &base, qreal pixels, QFont::Weight weight = QFont::Normal)
{
    QFont font = base;
    font.setPixelSize(qMax(1, qRound(pixels)));
    font.setWeight(weight);
    return font;
}

} // namespace

ConfirmationSlip ConfirmationSlip::forAppointment(const Center &center, const Appointment &appointment,
    const Patient &patient, const Chair *chair, const Therapy *therapy)
{
    ConfirmationSlip slip;
    slip.centerName = center.name;
    slip.centerPhone = center.phone;
    slip.openingHours = hoursLines(center);
    slip.patientName = DeskText::spokenName(patient);
    slip.mrn = patient.mrn;
    const QDateTime local = CenterTime::toLocal(center, appointment.startUtc);
    slip.dayText = QLocale().toString(local.date(), tr("dddd d MMMM yyyy", "date format"));
    slip.timeText = local.toString(QStringLiteral("HH:mm"));
    slip.chairText = DeskText::chairPhrase(chair, appointment.chairId);
    slip.therapyText
        = tr("%1, about %2").arg(DeskText::therapyName(therapy), DeskText::duration(appointment.minutes));
    slip.code = AppointmentCode::format(appointment.id);
    slip.earlyMinutes = center.policy.earlyArrivalMinutes;
    slip.graceMinutes = center.policy.graceMinutes;
    return slip;
}

QStringList ConfirmationSlip::hoursLines(const Center &center)
{
    const QLocale locale;
    const auto spansText = [](const QList<OpenSpan> &spans) {
        if (spans.isEmpty())
            return tr("closed");
        QStringList parts;
        for (const OpenSpan &span : spans) {
            parts << QStringLiteral("%1–%2").arg(
                QTime(0, 0).addSecs(span.opensMinute * 60).toString(QStringLiteral("HH:mm")),
                span.closesMinute >= 24 * 60
                    ? QStringLiteral("24:00")
                    : QTime(0, 0).addSecs(span.closesMinute * 60).toString(QStringLiteral("HH:mm")));
        }
        return parts.join(QStringLiteral(", "));
    };
    QStringList lines;
    int first = 1;
    while (first <= 7) {
        int last = first;
        while (last < 7 && center.hours.spans(last + 1) == center.hours.spans(first))
            ++last;
        const QString days = first == last ? locale.dayName(first)
                                           : tr("%1 to %2").arg(locale.dayName(first), locale.dayName(last));
        lines << tr("%1: %2").arg(days, spansText(center.hours.spans(first)));
        first = last + 1;
    }
    return lines;
}

void ConfirmationSlip::paint(QPainter &painter, const QRectF &page) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(page, Qt::white);

    const qreal u = page.width() / 100.0;
    const QColor ink(0x1d, 0x26, 0x30);
    const QColor accent(0x1f, 0x6f, 0x78);
    const QColor muted(0x5b, 0x66, 0x70);
    const QFont base = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setStyleHint(QFont::Monospace);

    qreal y = page.top();
    const qreal left = page.left();
    const qreal width = page.width();
    // Draws wrapped text from the current line down and moves below it.
    const auto text
        = [&](const QString &s, const QFont &font, const QColor &color, qreal indent = 0, qreal after = 0) {
              painter.setFont(font);
              painter.setPen(color);
              const QRectF box(left + indent, y, width - indent, page.bottom() - y);
              QRectF used;
              painter.drawText(box, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, s, &used);
              y += used.height() + after;
          };
    const auto rule = [&](qreal after) {
        painter.setPen(QPen(accent, 0.25 * u));
        painter.drawLine(QPointF(left, y), QPointF(left + width, y));
        y += after;
    };
    const auto bullets = [&](const QStringList &items) {
        const QFont font = sized(base, 2.5 * u);
        for (const QString &item : items) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(accent);
            const qreal lineHeight = QFontMetricsF(font).height();
            painter.drawEllipse(QPointF(left + 1.2 * u, y + lineHeight / 2), 0.45 * u, 0.45 * u);
            text(item, font, ink, 3.2 * u, 0.6 * u);
        }
    };

    text(centerName, sized(base, 4.4 * u, QFont::Bold), ink);
    text(centerPhone.isEmpty() ? tr("Appointment confirmation")
                               : tr("Appointment confirmation   ·   Phone %1").arg(centerPhone),
        sized(base, 2.6 * u), accent, 0, 1.6 * u);
    rule(2.4 * u);

    text(tr("For"), sized(base, 1.9 * u), muted);
    text(mrn.isEmpty() ? patientName : tr("%1   ·   MRN %2").arg(patientName, mrn),
        sized(base, 3.2 * u, QFont::Bold), ink, 0, 2.4 * u);

    // The appointment: when and where on the left, the code on the right, framed together. The frame
    // grows with what the left side needs (a long day name, a long therapy name).
    const qreal pad = 2.6 * u;
    const qreal whenWidth = width * 0.54 - pad;
    const QFont dayFont = sized(base, 3.2 * u, QFont::Bold);
    const QFont timeFont = sized(base, 8.4 * u, QFont::Bold);
    const QFont whereFont = sized(base, 2.4 * u);
    const QString where = tr("%1 · %2").arg(chairText, therapyText);
    const auto heightOf = [&](const QFont &font, const QString &s) {
        return QFontMetricsF(font)
            .boundingRect(QRectF(0, 0, whenWidth, 1e6), Qt::AlignLeft | Qt::TextWordWrap, s)
            .height();
    };
    const qreal dayHeight = heightOf(dayFont, dayText);
    const qreal timeHeight = QFontMetricsF(timeFont).height();
    const qreal whereHeight = heightOf(whereFont, where);
    const qreal boxHeight = std::max(27 * u, dayHeight + timeHeight + whereHeight + 0.6 * u + 2 * pad);
    const QRectF box(left, y, width, boxHeight);
    painter.setPen(QPen(accent, 0.35 * u));
    painter.setBrush(QColor(0xee, 0xf6, 0xf7));
    painter.drawRoundedRect(box, 1.5 * u, 1.5 * u);

    qreal wy = box.top() + pad;
    const qreal wx = box.left() + pad;
    painter.setPen(ink);
    painter.setFont(dayFont);
    painter.drawText(QRectF(wx, wy, whenWidth, dayHeight), Qt::AlignLeft | Qt::TextWordWrap, dayText);
    wy += dayHeight + 0.2 * u;
    painter.setFont(timeFont);
    painter.drawText(QRectF(wx, wy, whenWidth, timeHeight), Qt::AlignLeft | Qt::AlignVCenter, timeText);
    wy += timeHeight + 0.4 * u;
    painter.setFont(whereFont);
    painter.drawText(QRectF(wx, wy, whenWidth, whereHeight), Qt::AlignLeft | Qt::TextWordWrap, where);
    QRectF used;

    const QRectF codeBox(
        box.left() + box.width() * 0.56, box.top() + pad, box.width() * 0.44 - pad, box.height() - 2 * pad);
    painter.setPen(muted);
    painter.setFont(sized(base, 1.9 * u));
    painter.drawText(codeBox, Qt::AlignHCenter | Qt::AlignTop, tr("Your appointment code"), &used);
    qreal cy = used.bottom() + 0.3 * u;
    painter.setPen(ink);
    painter.setFont(sized(mono, 6.0 * u, QFont::Bold));
    painter.drawText(QRectF(codeBox.left(), cy, codeBox.width(), codeBox.bottom() - cy),
        Qt::AlignHCenter | Qt::AlignTop, code, &used);
    cy = used.bottom() + 0.8 * u;
    // Below the code, the same code twice: Code 128 for the desk's line scanner, and a QR code beside it
    // for a 2D imager or a phone. The QR takes a square of the height left; the bars the width beside it.
    const qreal barsHeight = codeBox.bottom() - cy;
    const Barcode qr = Barcode::encode(Barcode::Symbology::Qr, code);
    const Barcode bars = Barcode::encode(Barcode::Symbology::Code128, code);
    const qreal qrSide = qr.isNull() ? 0.0 : barsHeight;
    if (!qr.isNull())
        qr.paint(painter, QRectF(codeBox.right() - qrSide, cy, qrSide, qrSide));
    if (!bars.isNull())
        bars.paint(painter,
            QRectF(codeBox.left(), cy, codeBox.width() - qrSide - (qr.isNull() ? 0.0 : 1.0 * u), barsHeight));
    y = box.bottom() + 3.2 * u;

    text(tr("Please bring"), sized(base, 2.9 * u, QFont::Bold), accent, 0, 0.8 * u);
    bullets({tr("Photo ID"), tr("Your insurance card"), tr("A list of your current medications")});
    y += 1.6 * u;

    text(tr("Before you come"), sized(base, 2.9 * u, QFont::Bold), accent, 0, 0.8 * u);
    bullets({tr("Eat and drink normally before your infusion."),
        tr("Check-in opens %1 minutes before your appointment; please do not arrive earlier.")
            .arg(earlyMinutes),
        tr("If you arrive more than %1 minutes late, we cannot hold your chair and will book you a new time: "
           "your dose is prepared for you and this time only.")
            .arg(graceMinutes),
        tr("Give the desk this code, or let us scan it, when you arrive.")});
    y += 1.6 * u;

    text(tr("How to reach us"), sized(base, 2.9 * u, QFont::Bold), accent, 0, 0.8 * u);
    text(tr("The front desk of %1 is there for you during opening hours. To change or cancel, give your "
            "appointment code and tell us at least a day ahead, so that the dose is not made in vain.")
             .arg(centerName),
        sized(base, 2.5 * u), ink, 0, 0.8 * u);
    if (!centerPhone.isEmpty())
        text(tr("Call %1").arg(centerPhone), sized(base, 2.9 * u, QFont::Bold), ink, 0, 0.8 * u);
    for (const QString &line : openingHours)
        text(line, sized(base, 2.4 * u), ink, 3.2 * u, 0.2 * u);

    painter.restore();
}

bool ConfirmationSlip::print(QPrinter &printer) const
{
    QPainter painter;
    if (!painter.begin(&printer))
        return false;
    paint(painter, QRectF(0, 0, printer.width(), printer.height()));
    return painter.end();
}

bool ConfirmationSlip::writePdf(const QString &path) const
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::Letter));
    writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(tr("Appointment %1").arg(code));
    writer.setCreator(QStringLiteral("Chairside"));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    paint(painter, QRectF(0, 0, writer.width(), writer.height()));
    return painter.end();
}

} // namespace chairside
