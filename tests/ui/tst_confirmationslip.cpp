// Failed checks print the text.
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

TEST_CASE("The slip's barcode is Code 39 of the appointment code")
{
    const QList<bool> bars = ConfirmationSlip::code39(QStringLiteral("CS0000123"));
    // Eleven characters with the start and stop stars, fifteen modules each, a gap between each two.
    REQUIRE(bars.size() == 11 * 15 + 10);
    REQUIRE(bars.first());
    REQUIRE(bars.last());
    // The start star: bar, wide space, bar, space, wide bar, space, wide bar, space, bar... in modules.
    const QList<bool> star {
        true, false, false, false, true, false, true, true, true, false, true, true, true, false, true};
    REQUIRE(bars.mid(0, 15) == star);
    REQUIRE(bars.mid(bars.size() - 15) == star);
    REQUIRE(ConfirmationSlip::code39(QStringLiteral("CS#1")).isEmpty());
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
