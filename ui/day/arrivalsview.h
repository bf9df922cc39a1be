#pragma once

#include <QDate>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace chairside {

class ArrivalsModel;
class DaySchedule;
class PageHeader;
class ProblemBanner;
class StatusCountsBar;
class Workspace;

/// Today's arrivals: every appointment of the day at the workspace's center in a sortable, filterable
/// table, the counts per status above it. It shows a DaySchedule (the window's, shared with the chair
/// roster): a changed appointment changes its row alone, here or in another program on the same file,
/// so the selection and the scroll position stay, and the minutes waiting move on with the clock.
class ArrivalsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArrivalsView)

public:
    /// Shows `today`, which must outlive the view.
    ArrivalsView(Workspace &workspace, DaySchedule &today, QWidget *parent = nullptr);
    /// Shows a day of its own.
    explicit ArrivalsView(Workspace &workspace, QWidget *parent = nullptr);
    ~ArrivalsView() override;

    /// Selects the appointment's row and scrolls to it (the desk calls this for the patient just checked
    /// in); clears a filter that hides it. Returns false when the appointment is not on today's list.
    bool selectAppointment(qint64 appointmentId);
    /// The selected row's appointment, 0 when none.
    qint64 selectedAppointment() const;

    /// Reads the day again (MainWindow::refreshRequested).
    void reload();

    QDate date() const;
    DaySchedule &day() const { return *m_day; }
    ArrivalsModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterField() const { return m_filter; }
    StatusCountsBar *countsBar() const { return m_counts; }

Q_SIGNALS:
    /// "Open patient page" on a row: the patient and the section to show.
    void openPatientRequested(qint64 patientId, const QString &section);

private:
    void showRowMenu(const QPoint &pos);
    void openPatientOf(qint64 appointmentId);
    void buildLayout();
    void showDay();
    void showAppointment(qint64 appointmentId);
    void applyFilter(const QString &text);
    void updateEmptyState();
    void openDetails(const QModelIndex &proxyIndex);
    void tick();
    void scheduleTick();
    void setProblem(const QString &message);

    Workspace &m_workspace;
    DaySchedule *m_day;
    ArrivalsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    PageHeader *m_header;
    QLineEdit *m_filter;
    StatusCountsBar *m_counts;
    ProblemBanner *m_problem;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QLabel *m_empty;
    QTimer m_tick;
};

} // namespace chairside
