#pragma once

#include <QDate>
#include <QSet>
#include <QTimer>
#include <QWidget>

class QLabel;
class QModelIndex;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;

namespace chairside {

class PageHeader;
class ProblemBanner;
class ReadinessModel;
class Workspace;

/// The readiness queue: the booked appointments of the coming days at the workspace's center that would
/// not be admitted if the patient came on time, earliest first, each with the phone to call and what is
/// wrong in words. A change to a patient, an appointment or a day, here or in another copy of the
/// program, re-reads only the patients it concerns and puts their rows right, so a problem put right
/// leaves the list by itself and the tab's count stays true even while the page is hidden. The whole
/// queue is read again only when everything, the user, the center or the days shown change (while the
/// page is hidden, when it is next shown or after a pause) or on reload(). Each row opens the patient
/// page where the problem is put right (patientRequested()).
class ReadinessView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadinessView)

public:
    explicit ReadinessView(Workspace &workspace, QWidget *parent = nullptr);
    ~ReadinessView() override;

    /// "Readiness (4)", or "Readiness" when nothing is wrong: the page's tab title.
    QString title() const;
    int count() const;
    /// How many days ahead the page looks; the center's readiness days until the user picks another.
    int days() const;
    void setDays(int days);

    /// Reads the queue again now (MainWindow::refreshRequested).
    void reload();
    /// Opens the patient page for the row's first problem, as activating the row does.
    void openRow(int row);

    ReadinessModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QSpinBox *daysBox() const { return m_days; }
    QPushButton *openButton() const { return m_open; }
    QLabel *sayLabel() const { return m_say; }
    /// How many times the whole queue was read, for tests that changes read only what they concern.
    int reads() const { return m_reads; }
    /// How many times some patients' rows were read again, and how many patients in all, for tests that
    /// bursts of changes are read once and a change to one patient reads that patient only.
    int updates() const { return m_updates; }
    int patientsRead() const { return m_patientsRead; }

Q_SIGNALS:
    /// The page's title changed with the count (title()).
    void titleChanged(const QString &title);
    /// Open the patient's page at `section`: "orders", "authorizations", "coverage" or "appointments".
    void patientRequested(qint64 patientId, const QString &section);

private:
    void buildLayout();
    void scheduleReload();
    /// A change that needs the whole queue read again: at once when the page is shown, else when it is
    /// next shown or after kHiddenPause, whichever comes first.
    void scheduleRebuild();
    void patientChanged(qint64 patientId);
    void appointmentChanged(qint64 appointmentId);
    void rosterChanged(qint64 centerId, QDate date);
    /// Reads again the patients that the changes heard since the last read concern.
    void update();
    void updateTitle();
    void useCenterDays();
    void showSelected();
    void openIndex(const QModelIndex &index);
    void updateEmptyState();

    Workspace &m_workspace;
    ReadinessModel *m_model;
    PageHeader *m_header;
    QSpinBox *m_days;
    ProblemBanner *m_problem;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QLabel *m_empty;
    QLabel *m_say;
    QPushButton *m_open;
    void showEvent(QShowEvent *event) override;

    QTimer m_reload; ///< the whole queue, once for a burst of changes
    QTimer m_update; ///< the patients changed, once for a burst, when the event loop is next free
    bool m_stale = false; ///< the whole queue waits to be read again (the page was hidden)
    QSet<qint64> m_changedPatients;
    QSet<qint64> m_changedAppointments;
    QSet<QDate> m_changedDays; ///< days of the workspace's center
    QString m_title;
    int m_reads = 0;
    int m_updates = 0;
    int m_patientsRead = 0;
};

} // namespace chairside
