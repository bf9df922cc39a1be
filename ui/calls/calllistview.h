#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace chairside {

class PageHeader;
class ProblemBanner;
class Workspace;
enum class CallOutcome;

/// The desk's call list: tomorrow's and the next days' booked appointments not yet confirmed, earliest
/// first, with the phone to call, the last call's outcome, the last reminder's state and the readiness
/// problems. One key records the call's outcome for the selected row: C confirmed, M left a message,
/// N no answer, R wants to reschedule (which opens the slot dialog). A confirmed appointment leaves the
/// list; the tab's title counts those left (title()). Re-read on the workspace's changes, a moment after
/// the last of a burst.
class CallListView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallListView)

public:
    explicit CallListView(Workspace &workspace, QWidget *parent = nullptr);
    ~CallListView() override;

    /// "Calls (5)", or "Calls" when nobody is left to call.
    QString title() const;
    int count() const;
    int confirmed() const { return m_confirmed; }
    /// How many days from tomorrow the list covers (default 2).
    void setDays(int days);

    void reload();
    /// Records the outcome for the selected row (the buttons and keys do this).
    void record(CallOutcome outcome);

    QTableWidget *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }
    /// The replies to texts of the last two days that confirmed nothing, for the desk to read; hidden
    /// when there are none.
    QLabel *repliesLabel() const { return m_replies; }
    QString problem() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void titleChanged(const QString &title);

private:
    void scheduleReload();
    void showReplies();

    Workspace &m_workspace;
    PageHeader *m_header;
    QSpinBox *m_days;
    ProblemBanner *m_problem;
    QTableWidget *m_table;
    QLabel *m_summary;
    QLabel *m_replies;
    QPushButton *m_confirm;
    QPushButton *m_message;
    QPushButton *m_noAnswer;
    QPushButton *m_reschedule;
    QTimer m_reloadTimer;
    int m_confirmed = 0;
};

} // namespace chairside
