#include "mainwindow.h"

#include "store/store.h"

#include <QDir>
#include <QLabel>
#include <QStatusBar>
#include <QVBoxLayout>

namespace chairside {

MainWindow::MainWindow(Store &store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
{
    setWindowTitle(tr("Chairside"));
    auto *frame = new QWidget(this);
    auto *layout = new QVBoxLayout(frame);
    auto *title = new QLabel(tr("Chairside"), frame);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 2);
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    setCentralWidget(frame);
    statusBar()->showMessage(tr("Database: %1").arg(QDir::toNativeSeparators(m_store.path())));
    setMinimumSize(960, 640);
}

MainWindow::~MainWindow() = default;

} // namespace chairside
