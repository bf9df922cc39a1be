#include "widgets/pdfpage.h"

#include <QCoreApplication>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>

namespace chairside {

void preparePdfPage(QPdfWriter &writer, const QString &title)
{
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::Letter));
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    writer.setTitle(title);
    writer.setCreator(QCoreApplication::translate("chairside", "Chairside"));
}

} // namespace chairside
