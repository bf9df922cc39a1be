#pragma once

#include <QMainWindow>

class QLabel;
class QTabWidget;

namespace chairside {

class ArrivalsView;
class DeskView;
class RosterView;
class Workspace;

/// The program's window: the desk, today's arrivals and the chair roster as pages, the menus and
/// shortcuts a desktop user expects, and a status bar that says which database, user and center.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Workspace &workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Puts the check-in desk, today's arrivals and the chair roster in the window and connects them to
    /// the menus: Ctrl+F searches at the desk, F5 reloads every page, Ctrl+P prints the page showing,
    /// and the patient the desk admits is selected among the arrivals.
    void addStandardPages();
    DeskView *desk() const { return m_desk; }
    ArrivalsView *arrivals() const { return m_arrivals; }
    RosterView *roster() const { return m_roster; }

    /// Adds a page with its own shortcut (Ctrl+1, Ctrl+2, ...).
    void addPage(QWidget *page, const QString &title);
    void showPage(int index);
    QTabWidget *pages() const { return m_pages; }

Q_SIGNALS:
    /// F5: every page reloads from the store.
    void refreshRequested();
    /// Ctrl+F: the desk's search field takes the focus.
    void findRequested();
    /// Ctrl+P: the current page prints.
    void printRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void updateStatus();
    void showAbout();
    void reportStoreError(const QString &message);

    Workspace &m_workspace;
    QTabWidget *m_pages;
    QLabel *m_databaseLabel;
    QLabel *m_userLabel;
    QLabel *m_centerLabel;
    QMenu *m_goMenu = nullptr;
    DeskView *m_desk = nullptr;
    ArrivalsView *m_arrivals = nullptr;
    RosterView *m_roster = nullptr;
};

} // namespace chairside
