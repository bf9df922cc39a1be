#include "mainwindow.h"

#include "appointmentdetailsdialog.h"
#include "arrivalsview.h"
#include "deskview.h"
#include "model/user.h"
#include "rosterview.h"
#include "store/store.h"
#include "theme.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

namespace chairside {

MainWindow::MainWindow(Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_pages(new QTabWidget(this))
    , m_databaseLabel(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_centerLabel(new QLabel(this))
{
    setWindowTitle(tr("Chairside"));
    setWindowIcon(QIcon(QStringLiteral(":/chairside/icons/chairside.svg")));
    m_pages->setDocumentMode(true);
    m_pages->setAccessibleName(tr("Pages"));
    setCentralWidget(m_pages);

    for (QLabel *label : {m_centerLabel, m_userLabel, m_databaseLabel}) {
        label->setContentsMargins(8, 0, 8, 0);
        statusBar()->addPermanentWidget(label);
    }
    createMenus();
    updateStatus();

    connect(&m_workspace, &Workspace::userChanged, this, &MainWindow::updateStatus);
    connect(&m_workspace, &Workspace::centerChanged, this, &MainWindow::updateStatus);
    connect(&m_workspace, &Workspace::storeError, this, &MainWindow::reportStoreError);

    setMinimumSize(1024, 680);
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1360, 860);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::addStandardPages()
{
    m_desk = new DeskView(m_workspace, this);
    m_arrivals = new ArrivalsView(m_workspace, this);
    m_roster = new RosterView(m_workspace, this);
    addPage(m_desk, tr("Check-in desk"));
    addPage(m_arrivals, tr("Today's arrivals"));
    addPage(m_roster, tr("Chair roster"));

    connect(this, &MainWindow::findRequested, this, [this] {
        showPage(m_pages->indexOf(m_desk));
        m_desk->focusSearch();
    });
    connect(this, &MainWindow::refreshRequested, m_desk, &DeskView::refresh);
    connect(this, &MainWindow::refreshRequested, m_arrivals, &ArrivalsView::reload);
    connect(this, &MainWindow::refreshRequested, m_roster, &RosterView::reload);
    connect(this, &MainWindow::printRequested, this, [this] {
        if (m_pages->currentWidget() == m_desk)
            m_desk->printSlip();
        else
            m_roster->onPrintRequested();
    });
    connect(m_desk, &DeskView::patientCheckedIn, m_arrivals, [this](qint64 appointmentId) {
        m_arrivals->selectAppointment(appointmentId);
    });
}

void MainWindow::addPage(QWidget *page, const QString &title)
{
    const int index = m_pages->addTab(page, title);
    auto *action = new QAction(title, this);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    connect(action, &QAction::triggered, this, [this, index] { showPage(index); });
    m_goMenu->addAction(action);
}

void MainWindow::showPage(int index)
{
    m_pages->setCurrentIndex(index);
    if (QWidget *page = m_pages->currentWidget())
        page->setFocus();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *print = file->addAction(tr("&Print…"), this, &MainWindow::printRequested);
    print->setShortcut(QKeySequence::Print);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = edit->addAction(tr("&Find Patient"), this, &MainWindow::findRequested);
    find->setShortcut(QKeySequence::Find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refresh = view->addAction(tr("&Refresh"), this, &MainWindow::refreshRequested);
    refresh->setShortcut(QKeySequence::Refresh);
    view->addSeparator();
    QAction *darkMode = view->addAction(tr("&Dark Palette"));
    darkMode->setCheckable(true);
    darkMode->setChecked(Theme::current() == Theme::Mode::Dark);
    connect(darkMode, &QAction::toggled, this, [this](bool on) {
        Theme::apply(on ? Theme::Mode::Dark : Theme::Mode::Light);
        QSettings().setValue(QStringLiteral("view/dark"), on);
        Q_EMIT refreshRequested();
    });

    m_goMenu = menuBar()->addMenu(tr("&Go"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Chairside"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::updateStatus()
{
    const QString path = QDir::toNativeSeparators(m_workspace.store().path());
    m_databaseLabel->setText(tr("Database: %1").arg(QFileInfo(path).fileName()));
    m_databaseLabel->setToolTip(path);
    const User &user = m_workspace.user();
    m_userLabel->setText(user.name.isEmpty() ? tr("No user") : tr("User: %1 (%2)").arg(user.name, roleName(user.role)));
    const QString center = m_workspace.center().name;
    m_centerLabel->setText(center.isEmpty() ? tr("No center") : center);
    setWindowTitle(center.isEmpty() ? tr("Chairside") : tr("%1 — Chairside").arg(center));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Chairside"),
        tr("<h3>Chairside %1</h3>"
           "<p>Front-desk check-in and chair roster for appointment-only infusion centers.</p>"
           "<p>Database: %2</p>"
           "<p>Chairside is free software: you can redistribute it and/or modify it under the terms of the "
           "GNU General Public License as published by the Free Software Foundation, either version 3 of the "
           "License, or (at your option) any later version.</p>")
            .arg(QApplication::applicationVersion(), QDir::toNativeSeparators(m_workspace.store().path()).toHtmlEscaped()));
}

void MainWindow::reportStoreError(const QString &message)
{
    statusBar()->showMessage(tr("Database problem: %1").arg(message), 10000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace chairside
