#pragma once

#include <QString>

class QPdfWriter;

namespace chairside {

/// Sets up a PDF the way every page's "Save as PDF" writes it: Letter at 300 dpi, 12 mm margins, the
/// title given and Chairside as its creator.
void preparePdfPage(QPdfWriter &writer, const QString &title);

} // namespace chairside
