#pragma once

#include "model/user.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace chairside {

class ProblemBanner;

class ArrivalsView;
class AuditView;
class DaySchedule;
class DeskView;
class FirstAdminForm;
class DailyBackupTimer;
class DeskReminderSender;
class IdleWatcher;
class InterfacesView;
class LockScreen;
class LoginScreen;
class PharmacyView;
class ReadinessView;
class ReportsView;
class CallListView;
class RegistrationDialog;
class RosterView;
class Workspace;

/// The program's window: the desk, today's arrivals and the chair roster as pages, the menus and
/// shortcuts a desktop user expects, and a status bar that says which database, user and center.
/// It opens on the log-in screen (or, on a new database, the first admin's form) and shows the pages
/// only to a signed-in user; left idle for the security policy's time it locks, hiding every patient
/// detail until the same user's password or a switch of user.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// QSettings key of the name of the center this workstation last chose (View > Center); main() opens
    /// on it.
    static constexpr const char *kRememberedCenterKey = "desk/center";

    enum class Session
    {
        FirstAdmin,
        SignedOut,
        SignedIn,
        Locked
    };

    explicit MainWindow(Workspace &workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Puts the check-in desk, today's arrivals and the chair roster in the window and connects them to
    /// the menus: Ctrl+F searches at the desk, F5 reloads every page, Ctrl+P prints the page showing,
    /// and the patient the desk admits is selected among the arrivals.
    void addStandardPages();
    DeskView *desk() const { return m_desk; }
    ArrivalsView *arrivals() const { return m_arrivals; }
    RosterView *roster() const { return m_roster; }
    /// The coming days' appointments that are not ready; its tab shows their count.
    ReadinessView *readiness() const { return m_readiness; }
    CallListView *calls() const { return m_calls; }
    /// Today at the workspace's center, read once for the arrivals page and the chair roster.
    DaySchedule *today() const { return m_today; }
    /// The admin's audit page while an admin is signed in; null otherwise.
    AuditView *audit() const { return m_audit; }
    /// The pharmacy's day while a nurse or an admin is signed in; null otherwise.
    PharmacyView *pharmacy() const { return m_pharmacy; }
    /// The admin's Interfaces page (messages from other systems, the mapping tables) while an admin is
    /// signed in; null otherwise. Its tab counts the quarantined messages.
    InterfacesView *interfaces() const { return m_interfaces; }
    /// The manager's reports (nurses and admins); null for anyone else.
    ReportsView *reports() const { return m_reports; }

    /// Adds a page with its own shortcut (Ctrl+1, Ctrl+2, ...).
    void addPage(QWidget *page, const QString &title);
    void showPage(int index);
    QTabWidget *pages() const { return m_pages; }

    Session session() const { return m_session; }
    /// Shows the first admin's form on a database without an admin, otherwise the log-in screen with
    /// `userName` filled in. The constructor has already done this with no name.
    void openSession(const QString &userName = {});
    LoginScreen *loginScreen() const { return m_login; }
    FirstAdminForm *firstAdminForm() const { return m_firstAdmin; }
    LockScreen *lockScreen() const { return m_lock; }
    /// Starts the session of a user who has just logged in elsewhere (the set-up wizard's admin).
    void startSignedIn(const User &user) { signIn(user); }
    /// True on a demo database: the title says DEMO.
    bool isDemo() const { return m_demo; }
    /// Opens the admin's center settings (Edit ▸ Center Settings).
    void openSettings();
    IdleWatcher *idleWatcher() const { return m_idle; }
    DailyBackupTimer *dailyBackup() const { return m_dailyBackup; }
    DeskReminderSender *reminderSender() const { return m_reminderSender; }

public Q_SLOTS:
    /// Shows the patient's page in a window of its own (one per patient, brought forward when open),
    /// scrolled to `section`: "demographics", "orders", "coverage", "authorizations" or "appointments"
    /// (PatientPage::sectionNames()); empty shows the top. Pages offer it through a signal
    /// `openPatientRequested(qint64 patientId, const QString &section)` connected here.
    void openPatient(qint64 patientId, const QString &section = {});
    /// Ctrl+Shift+N, File > Register Patient…: the registration dialog; the patient registered, or the
    /// likely duplicate chosen instead, opens in their window. Returns the dialog (window-modal, open).
    chairside::RegistrationDialog *registerPatient();
    /// Ctrl+L: covers the window until the same user's password (or a switch of user).
    void lockNow();
    /// Signs the user out (recorded) and goes back to the log-in screen for the next one.
    void switchUser();
    void logOut();

Q_SIGNALS:
    /// F5: every page reloads from the store.
    void refreshRequested();
    /// Ctrl+F: the desk's search field takes the focus.
    void findRequested();
    /// Ctrl+P: the current page prints.
    void printRequested();
    /// A user signed in (not after unlocking).
    void signedIn(const chairside::User &user);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createMenus();
    void updateStatus();
    /// File > Open Database File / Connect to Server: asks, remembers the choice for this workstation and
    /// starts the program again on it (a session belongs to one database).
    void openDatabaseFile();
    void connectToServer();
    void switchDatabase(const QString &location);
    /// Shows or hides the lost-server banner and disables the pages while the server is away.
    void showServerConnection(bool connected);
    void showAbout();
    void reportStoreError(const QString &message);
    void signIn(const User &user);
    void lock(int idleMinutes);
    void unlock();
    void signOut(const QString &notice);
    void setSession(Session session);
    void setAuditPage(bool shown);
    void setPharmacyPage(bool shown);
    void setInterfacesPage(bool shown);
    void setReportsPage(bool shown);
    /// The windows opened from this one (dialogs, message boxes) that are showing.
    QList<QWidget *> openWindows() const;

    Workspace &m_workspace;
    QStackedWidget *m_stack;
    /// Says so while the database server cannot be reached; the pages wait, disabled, underneath.
    ProblemBanner *m_serverBanner;
    QTabWidget *m_pages;
    LoginScreen *m_login;
    FirstAdminForm *m_firstAdmin;
    LockScreen *m_lock;
    IdleWatcher *m_idle;
    DailyBackupTimer *m_dailyBackup;
    DeskReminderSender *m_reminderSender;
    QLabel *m_databaseLabel;
    QLabel *m_userLabel;
    QLabel *m_centerLabel;
    QMenu *m_goMenu = nullptr;
    QAction *m_auditAction = nullptr;
    QAction *m_settingsAction = nullptr;
    bool m_demo = false;
    QAction *m_pharmacyAction = nullptr;
    QAction *m_interfacesAction = nullptr;
    QAction *m_reportsAction = nullptr;
    QList<QAction *> m_signedInActions; ///< enabled only while a user works unlocked
    QList<QAction *> m_sessionActions; ///< enabled while a user is signed in, locked or not
    DeskView *m_desk = nullptr;
    ArrivalsView *m_arrivals = nullptr;
    RosterView *m_roster = nullptr;
    ReadinessView *m_readiness = nullptr;
    CallListView *m_calls = nullptr;
    DaySchedule *m_today = nullptr;
    AuditView *m_audit = nullptr;
    PharmacyView *m_pharmacy = nullptr;
    InterfacesView *m_interfaces = nullptr;
    ReportsView *m_reports = nullptr;
    Session m_session = Session::SignedOut;
    int m_pageBeforeLock = 0;
    QList<QPointer<QWidget>> m_hiddenByLock;
};

} // namespace chairside
