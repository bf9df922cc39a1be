// Failed checks print the text.
#include "booking/barcode.h"
#include "booking/confirmationslip.h"
#include "catchqstring.h"
#include "fixture.h"
#include "scheduling/appointmentcode.h"
#include "store/store.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <zbar.h>

using namespace chairside;

namespace {

ConfirmationSlip slipOf(test::Fixture &f, qint64 appointmentId)
{
    const Appointment appointment = *f.store.appointment(appointmentId);
    const auto chair = f.store.chair(appointment.chairId);
    const auto therapy = f.store.therapy(appointment.therapyId);
    return ConfirmationSlip::forAppointment(f.center, appointment, *f.store.patient(appointment.patientId),
        chair ? &*chair : nullptr, therapy ? &*therapy : nullptr);
}

/// The slip painted on a Letter page `width` pixels wide, as the printer or the preview paints it.
QImage painted(const ConfirmationSlip &slip, int width)
{
    const int height = width * 11 / 8;
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    slip.paint(painter, QRectF(0, 0, width, height));
    painter.end();
    return image;
}

struct Decoded
{
    QString type;
    QString data;
    bool operator==(const Decoded &) const = default;
};

/// What a scanner reads off an image: every barcode zbar finds, with its symbology's name.
QList<Decoded> decode(const QImage &image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    QByteArray pixels;
    pixels.reserve(qsizetype(gray.width()) * gray.height());
    for (int y = 0; y < gray.height(); ++y)
        pixels.append(reinterpret_cast<const char *>(gray.constScanLine(y)), gray.width());

    using namespace zbar;
    zbar_image_scanner_t *scanner = zbar_image_scanner_create();
    zbar_image_scanner_set_config(scanner, ZBAR_NONE, ZBAR_CFG_ENABLE, 1);
    zbar_image_t *zimage = zbar_image_create();
    // Y800: eight-bit grey, one byte a pixel, as the four characters of its code read little-endian.
    zbar_image_set_format(zimage, 'Y' | ('8' << 8) | ('0' << 16) | (unsigned('0') << 24));
    zbar_image_set_size(zimage, unsigned(gray.width()), unsigned(gray.height()));
    zbar_image_set_data(zimage, pixels.constData(), unsigned(pixels.size()), nullptr);
    QList<Decoded> found;
    if (zbar_scan_image(scanner, zimage) > 0) {
        for (const zbar_symbol_t *symbol = zbar_image_first_symbol(zimage); symbol;
             symbol = zbar_symbol_next(symbol)) {
            found << Decoded {QString::fromLatin1(zbar_get_symbol_name(zbar_symbol_get_type(symbol))),
                QString::fromUtf8(zbar_symbol_get_data(symbol))};
        }
    }
    zbar_image_destroy(zimage);
    zbar_image_scanner_destroy(scanner);
    return found;
}

} // namespace

TEST_CASE("The confirmation slip says when, where and what to bring")
{
    test::Fixture f;
    const qint64 id = f.book(f.maria, f.infliximab, QDate(2026, 12, 9), 10, 0, &f.chairs[1]);
    const ConfirmationSlip slip = slipOf(f, id);
    REQUIRE(slip.centerName == QStringLiteral("Riverside Infusion Center"));
    REQUIRE(slip.patientName == QStringLiteral("Maria Alvarez"));
    REQUIRE(slip.dayText == QStringLiteral("Wednesday 9 December 2026"));
    REQUIRE(slip.timeText == QStringLiteral("10:00"));
    REQUIRE(slip.chairText == QStringLiteral("chair 2"));
    REQUIRE(slip.therapyText == QStringLiteral("infliximab (Remicade), about 2 hours"));
    REQUIRE(slip.code == AppointmentCode::format(id));
    REQUIRE(slip.earlyMinutes == f.center.policy.earlyArrivalMinutes);
    REQUIRE(slip.graceMinutes == f.center.policy.graceMinutes);
    REQUIRE(slip.openingHours
        == QStringList {QStringLiteral("Monday to Wednesday: 07:00–19:00"),
            QStringLiteral("Thursday: 07:00–21:00"), QStringLiteral("Friday: 07:00–19:00"),
            QStringLiteral("Saturday: 08:00–14:00"), QStringLiteral("Sunday: closed")});
}

TEST_CASE("The slip's barcodes read back as the appointment code")
{
    test::Fixture f;
    const qint64 id = f.book(f.maria, f.infliximab, QDate(2026, 12, 9), 10, 0, &f.chairs[1]);
    const ConfirmationSlip slip = slipOf(f, id);
    REQUIRE(slip.code == AppointmentCode::format(id));

    // Letter at 200 dpi, as a desk printer gives it, and at the preview's 100 dpi: a scanner reads both.
    for (const int width : {1700, 850}) {
        CAPTURE(width);
        const QList<Decoded> found = decode(painted(slip, width));
        REQUIRE(found.size() == 2);
        REQUIRE(found.contains(Decoded {QStringLiteral("CODE-128"), slip.code}));
        REQUIRE(found.contains(Decoded {QStringLiteral("QR-Code"), slip.code}));
    }

    // Another appointment's slip carries its own code, and a blank page decodes to nothing.
    const qint64 other = f.book(f.maria, f.infliximab, QDate(2026, 12, 16), 10, 0, &f.chairs[1]);
    const QList<Decoded> otherFound = decode(painted(slipOf(f, other), 1700));
    REQUIRE(otherFound.size() == 2);
    REQUIRE(otherFound.first().data == AppointmentCode::format(other));
    REQUIRE(otherFound.first().data != slip.code);
    QImage blank(850, 1100, QImage::Format_RGB32);
    blank.fill(Qt::white);
    REQUIRE(decode(blank).isEmpty());
}

TEST_CASE("Each barcode alone reads back as its text, and an empty text has none")
{
    for (const auto symbology : {Barcode::Symbology::Code128, Barcode::Symbology::Qr}) {
        const QString text = QStringLiteral("CS0004711");
        const Barcode barcode = Barcode::encode(symbology, text);
        REQUIRE_FALSE(barcode.isNull());
        REQUIRE(barcode.error().isEmpty());
        QImage image(600, 300, QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            barcode.paint(painter, QRectF(20, 20, 560, 260));
        }
        const QList<Decoded> found = decode(image);
        REQUIRE(found.size() == 1);
        REQUIRE(found.first().data == text);
        REQUIRE(found.first().type
            == (symbology == Barcode::Symbology::Qr ? QStringLiteral("QR-Code")
                                                    : QStringLiteral("CODE-128")));

        const Barcode empty = Barcode::encode(symbology, QString());
        REQUIRE(empty.isNull());
        REQUIRE_FALSE(empty.error().isEmpty());
    }
}

TEST_CASE("The slip prints to a one-page PDF and paints on screen")
{
    test::Fixture f;
    const qint64 id = f.book(f.maria, f.infliximab, QDate(2026, 12, 9), 10);
    const ConfirmationSlip slip = slipOf(f, id);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("slip.pdf"));
    REQUIRE(slip.writePdf(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    REQUIRE(pdf.startsWith("%PDF-"));
    REQUIRE(pdf.size() > 2000);
    static const QRegularExpression page(QStringLiteral(R"(/Type\s*/Page(?!s))"));
    REQUIRE(QString::fromLatin1(pdf).count(page) == 1);

    REQUIRE_FALSE(slip.writePdf(dir.filePath(QStringLiteral("no/such/folder/slip.pdf"))));

    // The same painting on an image: ink on the paper, and the barcode's black in the code's box.
    QImage image(850, 1100, QImage::Format_RGB32);
    image.fill(Qt::red);
    {
        QPainter painter(&image);
        slip.paint(painter, QRectF(0, 0, 850, 1100));
    }
    REQUIRE(image.pixelColor(5, 5) == QColor(Qt::white));
    int dark = 0;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            dark += qGray(image.pixel(x, y)) < 80 ? 1 : 0;
    }
    REQUIRE(dark > 1000);
}

TEST_CASE("The slip carries the center's phone number, and paints it")
{
    test::Fixture f;
    const qint64 id = f.book(f.maria, f.infliximab, QDate(2026, 12, 9), 10, 0, &f.chairs[1]);
    REQUIRE(slipOf(f, id).centerPhone.isEmpty());
    f.center.phone = QStringLiteral("(212) 555-0142");
    const ConfirmationSlip slip = slipOf(f, id);
    REQUIRE(slip.centerPhone == QStringLiteral("(212) 555-0142"));

    const auto painted = [](const ConfirmationSlip &s) {
        QImage image(850, 1100, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        s.paint(painter, QRectF(0, 0, image.width(), image.height()));
        painter.end();
        return image;
    };
    ConfirmationSlip withoutPhone = slip;
    withoutPhone.centerPhone.clear();
    REQUIRE(painted(slip) != painted(withoutPhone));
}
