#pragma once

#include <QDate>
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
/// wrong in words. Read again whenever a patient, an appointment or a day changes, here or in another
/// copy of the program, so a problem put right leaves the list by itself. Each row opens the patient page
/// where the problem is put right (patientRequested()).
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
    /// How many times the queue was read, for tests that bursts of changes are read once.
    int reads() const { return m_reads; }

Q_SIGNALS:
    /// The page's title changed with the count (title()).
    void titleChanged(const QString &title);
    /// Open the patient's page at `section`: "orders", "authorizations", "coverage" or "appointments".
    void patientRequested(qint64 patientId, const QString &section);

private:
    void buildLayout();
    void scheduleReload();
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
    QTimer m_reload; ///< a burst of changes is read once, when the event loop is next free
    QString m_title;
    int m_reads = 0;
};

} // namespace chairside
