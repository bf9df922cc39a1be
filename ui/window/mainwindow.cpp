#include "window/mainwindow.h"

#include "access/permission.h"
#include "audit/auditview.h"
#include "auth/accountservice.h"
#include "calls/calllistview.h"
#include "calls/deskremindersender.h"
#include "common/clock.h"
#include "common/error.h"
#include "day/appointmentdetailsdialog.h"
#include "day/arrivalsview.h"
#include "day/dayschedule.h"
#include "day/rosterview.h"
#include "desk/deskview.h"
#include "interfaces/interfacesview.h"
#include "patients/patientwindow.h"
#include "patients/registrationdialog.h"
#include "pharmacy/pharmacyview.h"
#include "readiness/readinessview.h"
#include "reports/reportsview.h"
#include "session/firstadminform.h"
#include "session/idlewatcher.h"
#include "session/lockscreen.h"
#include "session/loginscreen.h"
#include "setup/dailybackuptimer.h"
#include "setup/languagebox.h"
#include "setup/serverdialog.h"
#include "setup/settingsdialog.h"
#include "setup/startup.h"
#include "store/pgconnection.h"
#include "store/store.h"
#include "style/theme.h"
#include "widgets/problembanner.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTime>
#include <QVBoxLayout>

#include <algorithm>

namespace chairside {

MainWindow::MainWindow(Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_stack(new QStackedWidget(this))
    , m_serverBanner(new ProblemBanner(this))
    , m_pages(new QTabWidget(this))
    , m_login(new LoginScreen(workspace, this))
    , m_firstAdmin(new FirstAdminForm(workspace, this))
    , m_lock(new LockScreen(workspace, this))
    , m_idle(new IdleWatcher(workspace.clock(), this))
    , m_dailyBackup(new DailyBackupTimer(workspace, this))
    , m_reminderSender(new DeskReminderSender(workspace, this))
    , m_databaseLabel(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_centerLabel(new QLabel(this))
{
    setWindowTitle(tr("Chairside"));
    setWindowIcon(QIcon(QStringLiteral(":/chairside/icons/chairside.svg")));
    m_pages->setDocumentMode(true);
    m_pages->setAccessibleName(tr("Pages"));
    // The pages and the session's screens share the window; only one shows at a time, so a locked or
    // signed-out window has no page of patients behind its screen, not even hidden under it.
    m_stack->addWidget(m_pages);
    m_stack->addWidget(m_login);
    m_stack->addWidget(m_firstAdmin);
    m_stack->addWidget(m_lock);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_serverBanner->setObjectName(QStringLiteral("serverBanner"));
    // Inset from the window's edges; a hidden banner takes no room at all.
    auto *bannerRow = new QHBoxLayout;
    const int inset = fontMetrics().height() / 2;
    bannerRow->setContentsMargins(inset, inset, inset, 0);
    bannerRow->addWidget(m_serverBanner);
    centralLayout->addLayout(bannerRow);
    centralLayout->addWidget(m_stack, 1);
    setCentralWidget(central);

    for (QLabel *label : {m_centerLabel, m_userLabel, m_databaseLabel}) {
        label->setContentsMargins(8, 0, 8, 0);
        statusBar()->addPermanentWidget(label);
    }
    createMenus();
    updateStatus();

    connect(&m_workspace, &Workspace::userChanged, this, &MainWindow::updateStatus);
    connect(&m_workspace, &Workspace::centerChanged, this, &MainWindow::updateStatus);
    connect(&m_workspace, &Workspace::storeError, this, &MainWindow::reportStoreError);
    connect(&m_workspace, &Workspace::serverConnectionChanged, this, &MainWindow::showServerConnection);
    connect(m_login, &LoginScreen::loggedIn, this, &MainWindow::signIn);
    connect(m_firstAdmin, &FirstAdminForm::adminCreated, this, [this](const User &admin) {
        signIn(admin);
        statusBar()->showMessage(
            tr("The admin account %1 was created, and you are signed in with it.").arg(admin.name), 10000);
    });
    connect(m_firstAdmin, &FirstAdminForm::adminCreatedNotSignedIn, this,
        [this](const QString &name, const QString &why) {
            setSession(Session::SignedOut);
            m_login->reset(name,
                tr("The admin account %1 was created, but signing in failed: %2 Sign in with its password.")
                    .arg(name, why));
        });
    connect(m_lock, &LockScreen::unlocked, this, &MainWindow::unlock);
    connect(m_lock, &LockScreen::switchUserRequested, this, &MainWindow::switchUser);
    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lock);
    connect(m_dailyBackup, &DailyBackupTimer::made, this, [this](const QString &file, int removed) {
        statusBar()->showMessage(removed == 0
                ? tr("Today's backup was made: %1.").arg(QDir::toNativeSeparators(file))
                : tr("Today's backup was made: %1. %n older daily copies removed.", nullptr, removed)
                      .arg(QDir::toNativeSeparators(file)),
            15000);
    });
    connect(m_dailyBackup, &DailyBackupTimer::failed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("The daily backup failed: %1").arg(message), 60000);
    });
    connect(m_reminderSender, &DeskReminderSender::failed, this,
        [this](const QString &message) { statusBar()->showMessage(message, 60000); });

    setMinimumSize(1024, 680);
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1360, 860);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    openSession();
    // Ctrl+L locks from a dialog too: a modal box shadows the window's shortcuts, and the screen must
    // not stay open because a message is up.
    qApp->installEventFilter(this);
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && m_session == Session::SignedIn) {
        const auto *key = static_cast<QKeyEvent *>(event);
        auto *widget = qobject_cast<QWidget *>(watched);
        if (key->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_L) && widget
            && openWindows().contains(widget->window())) {
            lockNow();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::addStandardPages()
{
    m_desk = new DeskView(m_workspace, this);
    m_today = new DaySchedule(m_workspace, {}, this);
    m_arrivals = new ArrivalsView(m_workspace, *m_today, this);
    m_roster = new RosterView(m_workspace, *m_today, this);
    addPage(m_desk, tr("Check-in desk"));
    addPage(m_arrivals, tr("Today's arrivals"));
    addPage(m_roster, tr("Chair roster"));
    m_readiness = new ReadinessView(m_workspace, this);
    addPage(m_readiness, tr("Readiness"));
    // The tab carries the count ("Readiness (4)"); the Go menu keeps the page's plain name.
    const auto showCount
        = [this](const QString &title) { m_pages->setTabText(m_pages->indexOf(m_readiness), title); };
    showCount(m_readiness->title());
    connect(m_readiness, &ReadinessView::titleChanged, this, showCount);
    connect(this, &MainWindow::refreshRequested, m_readiness, &ReadinessView::reload);
    connect(m_readiness, &ReadinessView::patientRequested, this, &MainWindow::openPatient);
    // The desk's confirmation calls, with the count left on the tab.
    m_calls = new CallListView(m_workspace, this);
    addPage(m_calls, tr("Calls"));
    const auto showCalls
        = [this](const QString &title) { m_pages->setTabText(m_pages->indexOf(m_calls), title); };
    showCalls(m_calls->title());
    connect(m_calls, &CallListView::titleChanged, this, showCalls);
    connect(this, &MainWindow::refreshRequested, m_calls, &CallListView::reload);

    connect(this, &MainWindow::findRequested, this, [this] {
        showPage(m_pages->indexOf(m_desk));
        m_desk->focusSearch();
    });
    connect(this, &MainWindow::refreshRequested, m_desk, &DeskView::refresh);
    connect(this, &MainWindow::refreshRequested, m_today, &DaySchedule::reload);
    connect(this, &MainWindow::refreshRequested, m_roster, [this] {
        if (&m_roster->day() != m_today)
            m_roster->reload();
    });
    connect(this, &MainWindow::printRequested, this, [this] {
        if (m_pages->currentWidget() == m_desk)
            m_desk->printSlip();
        else if (m_pages->currentWidget() == m_roster)
            m_roster->onPrintRequested();
        else if (m_pharmacy && m_pages->currentWidget() == m_pharmacy)
            m_pharmacy->print();
        else if (m_reports && m_pages->currentWidget() == m_reports)
            m_reports->print();
    });
    connect(m_desk, &DeskView::openPatientRequested, this, &MainWindow::openPatient);
    connect(m_desk, &DeskView::registerPatientRequested, this, &MainWindow::registerPatient);
    connect(m_arrivals, &ArrivalsView::openPatientRequested, this, &MainWindow::openPatient);
    connect(m_roster, &RosterView::openPatientRequested, this, &MainWindow::openPatient);
    connect(m_desk, &DeskView::patientCheckedIn, m_arrivals,
        [this](qint64 appointmentId) { m_arrivals->selectAppointment(appointmentId); });
}

void MainWindow::openPatient(qint64 patientId, const QString &section)
{
    if (m_session != Session::SignedIn || patientId <= 0)
        return;
    PatientWindow::open(m_workspace, patientId, section, this);
}

RegistrationDialog *MainWindow::registerPatient()
{
    if (m_session != Session::SignedIn)
        return nullptr;
    auto *dialog = new RegistrationDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        statusBar()->showMessage(
            tr("Registered %1, MRN %2.").arg(dialog->registered().displayName(), dialog->registered().mrn),
            10000);
        openPatient(dialog->registered().id, QStringLiteral("orders"));
    });
    connect(dialog, &RegistrationDialog::openPatientRequested, this,
        [this](qint64 patientId) { openPatient(patientId, {}); });
    dialog->open();
    return dialog;
}

void MainWindow::addPage(QWidget *page, const QString &title)
{
    const int index = m_pages->addTab(page, title);
    auto *action = new QAction(title, this);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    action->setEnabled(m_session == Session::SignedIn);
    connect(action, &QAction::triggered, this, [this, page] { showPage(m_pages->indexOf(page)); });
    m_goMenu->insertAction(m_pharmacyAction, action);
    m_signedInActions << action;
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
    QAction *registerAction = file->addAction(tr("&Register Patient…"), this, &MainWindow::registerPatient);
    registerAction->setObjectName(QStringLiteral("registerPatientAction"));
    registerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    file->addSeparator();
    QAction *openFile = file->addAction(tr("&Open Database File…"), this, &MainWindow::openDatabaseFile);
    openFile->setObjectName(QStringLiteral("openDatabaseAction"));
    QAction *server = file->addAction(tr("Connect to &Server…"), this, &MainWindow::connectToServer);
    server->setObjectName(QStringLiteral("connectToServerAction"));
    file->addSeparator();
    QAction *print = file->addAction(tr("&Print…"), this, &MainWindow::printRequested);
    print->setShortcut(QKeySequence::Print);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *session = menuBar()->addMenu(tr("&Session"));
    QAction *lockAction = session->addAction(tr("&Lock Screen"), this, &MainWindow::lockNow);
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *switchAction = session->addAction(tr("&Switch User…"), this, &MainWindow::switchUser);
    switchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    QAction *logOutAction = session->addAction(tr("Log &Out"), this, &MainWindow::logOut);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = edit->addAction(tr("&Find Patient"), this, &MainWindow::findRequested);
    find->setShortcut(QKeySequence::Find);
    edit->addSeparator();
    m_settingsAction = edit->addAction(tr("Center &Settings…"), this, &MainWindow::openSettings);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setVisible(false);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refresh = view->addAction(tr("&Refresh"), this, &MainWindow::refreshRequested);
    refresh->setShortcut(QKeySequence::Refresh);
    view->addSeparator();
    // Which center this workstation works at: an organization's database holds many. Read afresh each
    // time it opens (another workstation may have added one); remembered for this workstation.
    QMenu *centers = view->addMenu(tr("&Center"));
    centers->setObjectName(QStringLiteral("centerMenu"));
    connect(centers, &QMenu::aboutToShow, this, [this, centers] {
        centers->clear();
        auto *group = new QActionGroup(centers);
        QList<Center> all;
        try {
            // Only the centers the signed-in user works at.
            all = centersOf(m_workspace.user(), m_workspace.store().centers());
        } catch (const Error &error) {
            reportStoreError(error.message());
        }
        for (const Center &center : std::as_const(all)) {
            QAction *action = centers->addAction(center.name);
            action->setCheckable(true);
            action->setChecked(center.id == m_workspace.center().id);
            group->addAction(action);
            connect(action, &QAction::triggered, this, [this, center] {
                m_workspace.setCenter(center);
                QSettings().setValue(QLatin1String(kRememberedCenterKey), center.name);
            });
        }
    });
    view->addSeparator();
    QAction *darkMode = view->addAction(tr("&Dark Palette"));
    darkMode->setCheckable(true);
    darkMode->setChecked(Theme::current() == Theme::Mode::Dark);
    connect(darkMode, &QAction::toggled, this, [this](bool on) {
        Theme::apply(on ? Theme::Mode::Dark : Theme::Mode::Light);
        QSettings().setValue(QStringLiteral("view/dark"), on);
        Q_EMIT refreshRequested();
    });

    // The workstation's language, open to anyone at any time (also at the log-in screen).
    view->addSeparator();
    QAction *language = view->addAction(tr("&Language…"), this, [this] {
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Language"));
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        auto *layout = new QVBoxLayout(&dialog);
        layout->addWidget(new LanguageBox(&dialog));
        layout->addWidget(buttons);
        dialog.exec();
    });
    language->setObjectName(QStringLiteral("languageAction"));

    m_goMenu = menuBar()->addMenu(tr("&Go"));
    m_pharmacyAction = m_goMenu->addAction(tr("P&harmacy"));
    m_pharmacyAction->setObjectName(QStringLiteral("pharmacyAction"));
    m_pharmacyAction->setVisible(false);
    connect(m_pharmacyAction, &QAction::triggered, this, [this] {
        if (m_pharmacy)
            showPage(m_pages->indexOf(m_pharmacy));
    });
    m_auditAction = m_goMenu->addAction(tr("&Audit Trail"));
    m_auditAction->setObjectName(QStringLiteral("auditAction"));
    m_auditAction->setVisible(false);
    connect(m_auditAction, &QAction::triggered, this, [this] {
        if (m_audit)
            showPage(m_pages->indexOf(m_audit));
    });
    m_interfacesAction = m_goMenu->addAction(tr("&Interfaces"));
    m_interfacesAction->setObjectName(QStringLiteral("interfacesAction"));
    m_interfacesAction->setVisible(false);
    connect(m_interfacesAction, &QAction::triggered, this, [this] {
        if (m_interfaces)
            showPage(m_pages->indexOf(m_interfaces));
    });

    m_reportsAction = m_goMenu->addAction(tr("Re&ports"));
    m_reportsAction->setObjectName(QStringLiteral("reportsAction"));
    m_reportsAction->setVisible(false);
    connect(m_reportsAction, &QAction::triggered, this, [this] {
        if (m_reports)
            showPage(m_pages->indexOf(m_reports));
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Chairside"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    m_signedInActions = {print, lockAction, find, refresh, registerAction, m_pharmacyAction, m_auditAction,
        m_settingsAction, m_interfacesAction, m_reportsAction};
    m_sessionActions = {switchAction, logOutAction};
    for (QAction *action : std::as_const(m_signedInActions) + m_sessionActions)
        action->setEnabled(false);
}

void MainWindow::openSession(const QString &userName)
{
    bool firstAdmin = false;
    try {
        AccountService accounts(m_workspace.store(), m_workspace.clock());
        m_demo = accounts.isDemo();
        firstAdmin = accounts.needsFirstAdmin();
        updateStatus();
    } catch (const Error &error) {
        reportStoreError(error.message());
    }
    if (firstAdmin) {
        setSession(Session::FirstAdmin);
        m_firstAdmin->reset();
    } else {
        setSession(Session::SignedOut);
        m_login->reset(userName);
    }
}

void MainWindow::setSession(Session session)
{
    m_session = session;
    switch (session) {
    case Session::FirstAdmin:
        m_stack->setCurrentWidget(m_firstAdmin);
        break;
    case Session::SignedOut:
        m_stack->setCurrentWidget(m_login);
        break;
    case Session::SignedIn:
        m_stack->setCurrentWidget(m_pages);
        break;
    case Session::Locked:
        m_stack->setCurrentWidget(m_lock);
        break;
    }
    for (QAction *action : std::as_const(m_signedInActions))
        action->setEnabled(session == Session::SignedIn);
    for (QAction *action : std::as_const(m_sessionActions))
        action->setEnabled(session == Session::SignedIn || session == Session::Locked);
    if (m_goMenu)
        m_goMenu->setEnabled(session == Session::SignedIn);
}

void MainWindow::signIn(const User &user)
{
    m_workspace.setUser(user);
    if (!worksAt(user, m_workspace.center().id)) {
        // The desk was left on a center this user does not work at: the one this workstation remembers,
        // if theirs, else their first. (The log-in screen refuses a user who works at none.)
        try {
            const QList<Center> theirs = centersOf(user, m_workspace.store().centers());
            const QString remembered = QSettings().value(QLatin1String(kRememberedCenterKey)).toString();
            const auto chosen = std::find_if(theirs.cbegin(), theirs.cend(),
                [&remembered](const Center &center) { return center.name == remembered; });
            if (chosen != theirs.cend())
                m_workspace.setCenter(*chosen);
            else if (!theirs.isEmpty())
                m_workspace.setCenter(theirs.first());
        } catch (const Error &error) {
            reportStoreError(error.message());
        }
    }
    // The pharmacy's day with the day's other pages; the audit page, an admin's alone, last.
    setPharmacyPage(roleMay(user.role, Permission::PrepareDose));
    setAuditPage(user.role == Role::Admin);
    setInterfacesPage(user.role == Role::Admin);
    setReportsPage(roleMay(user.role, Permission::ViewReports));
    setSession(Session::SignedIn);
    // The receptionist starts at the desk; the nurse at the roster.
    int start = m_desk ? m_pages->indexOf(m_desk) : 0;
    if (user.role == Role::Nurse && m_roster)
        start = m_pages->indexOf(m_roster);
    showPage(qMax(start, 0));
    // What the pages show may be minutes old: the log-in screen stood in front of them.
    Q_EMIT refreshRequested();
    if (m_desk && m_pages->currentWidget() == m_desk)
        m_desk->focusSearch();

    SecurityPolicy policy;
    try {
        policy = AccountService(m_workspace.store(), m_workspace.clock()).policy();
    } catch (const Error &error) {
        reportStoreError(error.message());
    }
    m_idle->start(policy.idleLockMinutes);
    m_dailyBackup->start();
    m_reminderSender->start();
    Q_EMIT signedIn(user);
}

void MainWindow::lockNow()
{
    lock(0);
}

void MainWindow::lock(int idleMinutes)
{
    if (m_session != Session::SignedIn)
        return;
    m_idle->stop();
    m_pageBeforeLock = m_pages->currentIndex();
    // Dialogs opened from the window (an appointment, a slot list, a message naming a patient) are
    // hidden with it and come back for the same user.
    m_hiddenByLock.clear();
    for (QWidget *window : openWindows()) {
        m_hiddenByLock << QPointer<QWidget>(window);
        window->hide();
    }
    const User user = m_workspace.user();
    const QDateTime now = m_workspace.clock().nowUtc();
    setSession(Session::Locked);
    m_lock->lock(user, now, idleMinutes);
    activateWindow();
    try {
        AccountService(m_workspace.store(), m_workspace.clock())
            .recordLocked(user,
                idleMinutes > 0 ? QStringLiteral("idle %1 minutes").arg(idleMinutes)
                                : QStringLiteral("locked by the user"));
    } catch (const Error &error) {
        reportStoreError(error.message());
    }
}

void MainWindow::unlock()
{
    setSession(Session::SignedIn);
    showPage(m_pageBeforeLock);
    for (const QPointer<QWidget> &window : std::as_const(m_hiddenByLock)) {
        if (window)
            window->show();
    }
    m_hiddenByLock.clear();
    SecurityPolicy policy;
    try {
        policy = AccountService(m_workspace.store(), m_workspace.clock()).policy();
    } catch (const Error &error) {
        reportStoreError(error.message());
    }
    m_idle->start(policy.idleLockMinutes);
}

void MainWindow::switchUser()
{
    signOut({});
}

void MainWindow::logOut()
{
    signOut({});
}

void MainWindow::signOut(const QString &notice)
{
    if (m_session != Session::SignedIn && m_session != Session::Locked)
        return;
    m_idle->stop();
    const User user = m_workspace.user();
    try {
        AccountService(m_workspace.store(), m_workspace.clock()).recordLoggedOut(user);
    } catch (const Error &error) {
        reportStoreError(error.message());
    }
    // The next user starts clean: nothing the last one had open stays, shown or hidden.
    for (QWidget *window : openWindows())
        window->close();
    for (const QPointer<QWidget> &window : std::as_const(m_hiddenByLock)) {
        if (window)
            window->close();
    }
    m_hiddenByLock.clear();
    if (m_desk)
        m_desk->clear();
    setPharmacyPage(false);
    setAuditPage(false);
    setInterfacesPage(false);
    setReportsPage(false);
    m_workspace.setUser(User {});
    setSession(Session::SignedOut);
    m_login->reset({}, notice);
}

void MainWindow::setAuditPage(bool shown)
{
    if (shown && !m_audit) {
        m_audit = new AuditView(m_workspace, this);
        const int index = m_pages->addTab(m_audit, tr("Audit"));
        m_auditAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        connect(this, &MainWindow::refreshRequested, m_audit, &AuditView::reload);
    } else if (!shown && m_audit) {
        m_pages->removeTab(m_pages->indexOf(m_audit));
        delete m_audit;
        m_audit = nullptr;
    }
    m_auditAction->setVisible(shown);
    m_settingsAction->setVisible(shown);
}

void MainWindow::setInterfacesPage(bool shown)
{
    if (shown && !m_interfaces) {
        m_interfaces = new InterfacesView(m_workspace, this);
        // The tab carries the quarantined count ("Interfaces (2)") as the readiness tab does its own.
        const int index = m_pages->addTab(m_interfaces, m_interfaces->title());
        m_interfacesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        connect(m_interfaces, &InterfacesView::titleChanged, this,
            [this](const QString &title) { m_pages->setTabText(m_pages->indexOf(m_interfaces), title); });
        connect(this, &MainWindow::refreshRequested, m_interfaces, &InterfacesView::reload);
    } else if (!shown && m_interfaces) {
        m_pages->removeTab(m_pages->indexOf(m_interfaces));
        delete m_interfaces;
        m_interfaces = nullptr;
    }
    m_interfacesAction->setVisible(shown);
}

void MainWindow::setReportsPage(bool shown)
{
    if (shown && !m_reports) {
        m_reports = new ReportsView(m_workspace, this);
        // Last: after the admin's audit and interfaces pages, Ctrl+9 for an admin.
        const int index = m_pages->addTab(m_reports, tr("Reports"));
        m_reportsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        connect(this, &MainWindow::refreshRequested, m_reports, &ReportsView::refresh);
    } else if (!shown && m_reports) {
        m_pages->removeTab(m_pages->indexOf(m_reports));
        delete m_reports;
        m_reports = nullptr;
    }
    m_reportsAction->setVisible(shown);
}

void MainWindow::openSettings()
{
    if (m_session != Session::SignedIn || m_workspace.user().role != Role::Admin)
        return;
    auto *dialog = new SettingsDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::setPharmacyPage(bool shown)
{
    if (shown && !m_pharmacy) {
        m_pharmacy = new PharmacyView(m_workspace, this);
        const int index = m_pages->addTab(m_pharmacy, tr("Pharmacy"));
        m_pharmacyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        connect(this, &MainWindow::refreshRequested, m_pharmacy, &PharmacyView::reload);
    } else if (!shown && m_pharmacy) {
        m_pages->removeTab(m_pages->indexOf(m_pharmacy));
        delete m_pharmacy;
        m_pharmacy = nullptr;
    }
    m_pharmacyAction->setVisible(shown);
}

QList<QWidget *> MainWindow::openWindows() const
{
    QList<QWidget *> result;
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (window == this || !window->isVisible())
            continue;
        for (QWidget *parent = window->parentWidget(); parent; parent = parent->parentWidget()) {
            if (parent == this) {
                result << window;
                break;
            }
        }
    }
    return result;
}

void MainWindow::updateStatus()
{
    const Database &db = m_workspace.store().database();
    if (db.isPostgreSql()) {
        m_databaseLabel->setText(db.isConnected() ? tr("Server: %1").arg(db.displayName())
                                                  : tr("Server: %1 (not connected)").arg(db.displayName()));
        m_databaseLabel->setToolTip(tr("Connected to the PostgreSQL server %1").arg(db.displayName()));
    } else {
        const QString path = db.displayName();
        m_databaseLabel->setText(tr("Database: %1").arg(QFileInfo(path).fileName()));
        m_databaseLabel->setToolTip(path);
    }
    const User &user = m_workspace.user();
    m_userLabel->setText(
        user.name.isEmpty() ? tr("Not signed in") : tr("User: %1 (%2)").arg(user.name, roleLabel(user.role)));
    const QString center = m_workspace.center().name;
    m_centerLabel->setText(center.isEmpty() ? tr("No center") : center);
    const QString title = center.isEmpty() ? tr("Chairside") : tr("%1 — Chairside").arg(center);
    // A demo database says so wherever one looks: it is not a center's real data.
    setWindowTitle(m_demo ? tr("DEMO — %1").arg(title) : title);
}

void MainWindow::openDatabaseFile()
{
    const Database &db = m_workspace.store().database();
    const QString folder = db.isPostgreSql() ? QDir::homePath() : QFileInfo(db.path()).absolutePath();
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Open Database File"), folder, tr("Chairside databases (*.sqlite);;All files (*)"));
    if (!file.isEmpty())
        switchDatabase(file);
}

void MainWindow::connectToServer()
{
    ServerDialog dialog(m_workspace.store().path(), this);
    if (dialog.exec() == QDialog::Accepted)
        switchDatabase(dialog.address());
}

void MainWindow::switchDatabase(const QString &location)
{
    const QString shown = PgConnection::isAddress(location) ? PgConnection::displayName(location)
                                                            : QDir::toNativeSeparators(location);
    const auto answer = QMessageBox::question(this, tr("Open Another Database"),
        tr("Chairside will close and open again on %1, and you will sign in there. This workstation opens it "
           "from now on.")
            .arg(shown),
        QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Ok);
    if (answer != QMessageBox::Ok)
        return;
    StartUp::remember(location);
    if (!QProcess::startDetached(
            QCoreApplication::applicationFilePath(), {QStringLiteral("--db"), location})) {
        QMessageBox::warning(this, tr("Open Another Database"),
            tr("Chairside could not start again; start it yourself and it opens %1.").arg(shown));
        return;
    }
    QApplication::closeAllWindows();
}

void MainWindow::showServerConnection(bool connected)
{
    const QString server = m_workspace.store().database().displayName();
    m_serverBanner->setMessage(connected
            ? QString()
            : tr("The connection to the database server %1 was lost at %2. Chairside is connecting again by "
                 "itself; until it is back, nothing can be looked up or saved here. Check this computer's "
                 "network if it takes more than a minute.")
                  .arg(server, QTime::currentTime().toString(QStringLiteral("HH:mm"))));
    // Nothing on the pages may look done while the server cannot have done it.
    m_stack->setEnabled(connected);
    if (connected)
        statusBar()->showMessage(tr("Connected to the database server %1 again.").arg(server), 15000);
    updateStatus();
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
            .arg(QApplication::applicationVersion(),
                m_workspace.store().database().displayName().toHtmlEscaped()));
}

void MainWindow::reportStoreError(const QString &message)
{
    statusBar()->showMessage(tr("Database problem: %1").arg(message), 10000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_session == Session::SignedIn || m_session == Session::Locked) {
        m_idle->stop();
        try {
            AccountService(m_workspace.store(), m_workspace.clock()).recordLoggedOut(m_workspace.user());
        } catch (const Error &error) {
            reportStoreError(error.message());
        }
        m_session = Session::SignedOut;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace chairside
