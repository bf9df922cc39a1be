#include "widgets/errornotice.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace chairside::ErrorNotice {

void show(QWidget *parent, const QString &what, const Error &error)
{
    show(parent, what, error.message());
}

void show(QWidget *parent, const QString &what, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, what, what, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("errorNotice"));
    box->setInformativeText(message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setAccessibleName(what);
    box->open();
}

} // namespace chairside::ErrorNotice
