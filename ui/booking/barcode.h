#pragma once

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

class QPainter;

namespace chairside {

/// A barcode encoded by libzint (Code 128 for the desk's line scanner, QR for a 2D imager or a phone),
/// kept as its dark rectangles so that one painting serves the printer, the PDF and the screen at any
/// resolution. The size includes the quiet zone each symbology asks for.
class Barcode final
{
public:
    enum class Symbology
    {
        Code128,
        Qr
    };

    /// The barcode of `text`; a null one, with error() saying why, when the library refuses the text.
    static Barcode encode(Symbology symbology, const QString &text);

    bool isNull() const { return m_bars.isEmpty(); }
    QString error() const { return m_error; }
    Symbology symbology() const { return m_symbology; }
    /// Width and height in the library's units, quiet zones included: their ratio is the symbol's shape.
    QSizeF size() const { return m_size; }

    /// Paints black on white into `target`. A QR code keeps its square, centred; Code 128's bars fill the
    /// width and height given (a bar's height carries no data).
    void paint(QPainter &painter, const QRectF &target) const;

private:
    Symbology m_symbology = Symbology::Code128;
    QList<QRectF> m_bars;
    QSizeF m_size;
    QString m_error;
};

} // namespace chairside
