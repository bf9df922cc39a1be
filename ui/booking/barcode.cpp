#include "booking/barcode.h"

#include <QPainter>

#include <memory>
#include <zint.h>

namespace chairside {

Barcode Barcode::encode(Symbology symbology, const QString &text)
{
    Barcode barcode;
    barcode.m_symbology = symbology;
    const std::unique_ptr<zint_symbol, decltype(&ZBarcode_Delete)> symbol(
        ZBarcode_Create(), &ZBarcode_Delete);
    if (!symbol) {
        barcode.m_error = QStringLiteral("The barcode library could not start.");
        return barcode;
    }
    symbol->symbology = symbology == Symbology::Qr ? BARCODE_QRCODE : BARCODE_CODE128;
    symbol->input_mode = UNICODE_MODE;
    symbol->show_hrt = 0; // the slip prints the code in its own type above the bars
    symbol->output_options |= BARCODE_QUIET_ZONES;
    if (symbology == Symbology::Qr)
        symbol->option_1 = 2; // error correction M: a crease or a coffee ring still reads
    const QByteArray data = text.toUtf8();
    const int encoded = ZBarcode_Encode(
        symbol.get(), reinterpret_cast<const unsigned char *>(data.constData()), int(data.size()));
    if (encoded >= ZINT_ERROR || ZBarcode_Buffer_Vector(symbol.get(), 0) >= ZINT_ERROR || !symbol->vector) {
        barcode.m_error = QString::fromUtf8(symbol->errtxt);
        return barcode;
    }
    barcode.m_size = QSizeF(symbol->vector->width, symbol->vector->height);
    for (const zint_vector_rect *rect = symbol->vector->rectangles; rect; rect = rect->next) {
        // Foreground only (-1); the library's white rectangles are the background painted anyway.
        if (rect->colour == -1)
            barcode.m_bars << QRectF(rect->x, rect->y, rect->width, rect->height);
    }
    if (barcode.m_bars.isEmpty())
        barcode.m_error = QStringLiteral("The barcode library drew nothing for \"%1\".").arg(text);
    return barcode;
}

void Barcode::paint(QPainter &painter, const QRectF &target) const
{
    if (isNull() || target.isEmpty())
        return;
    QRectF area = target;
    if (m_symbology == Symbology::Qr) {
        const qreal side = std::min(target.width(), target.height());
        area = QRectF(target.center().x() - side / 2, target.center().y() - side / 2, side, side);
    }
    const qreal sx = area.width() / m_size.width();
    const qreal sy = area.height() / m_size.height();
    painter.save();
    // Edges stay sharp: a scanner reads the boundary between a bar and a space, not a grey ramp.
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(area, Qt::white);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (const QRectF &bar : m_bars)
        painter.drawRect(QRectF(
            area.left() + bar.x() * sx, area.top() + bar.y() * sy, bar.width() * sx, bar.height() * sy));
    painter.restore();
}

} // namespace chairside
