#pragma once

#include <QDate>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QDateEdit;
class QLabel;
class QPagedPaintDevice;
class QPainter;
class QPushButton;
class QScrollArea;

namespace chairside {

class AppointmentDetailsDialog;
class DaySchedule;
class NurseLoadStrip;
class PageHeader;
class ProblemBanner;
class RosterWidget;
class StatusCountsBar;
class Workspace;

/// The chair roster page, the nurse's home: a day of the workspace's center with its counts and how
/// full the chairs are, previous day / today / next day and a date field, the roster itself, and the
/// day printed or saved as a PDF. Clicking a block (or Enter on it) opens the appointment's details with
/// the nurse's actions. Today is the window's DaySchedule, shared with the arrivals page; another day
/// is read into one of its own. Either follows each change, here or in another program on the file.
class RosterView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RosterView)

public:
    /// Shows `today` when the nurse is on today; it must outlive the view.
    RosterView(Workspace &workspace, DaySchedule &today, QWidget *parent = nullptr);
    /// Reads today for itself.
    explicit RosterView(Workspace &workspace, QWidget *parent = nullptr);
    ~RosterView() override;

    QDate date() const { return m_date; }
    void setDate(QDate date);
    void showToday();
    void showPreviousDay();
    void showNextDay();

    /// Reads the day again (MainWindow::refreshRequested), keeping the current block and the scroll.
    void reload();
    /// The day shown now: today's shared one, or one of this page's own.
    DaySchedule &day() const;

    /// Opens an appointment's details with the nurse's actions (what a click on its block does).
    void openAppointment(qint64 appointmentId);
    /// The details dialog open now, if any.
    AppointmentDetailsDialog *detailsDialog() const { return m_dialog; }

    /// Paints the day on a landscape page of `device`: a title with the center, the date and the counts,
    /// then the roster laid out as on screen. Returns false when the device cannot be painted on.
    bool printTo(QPagedPaintDevice *device);
    /// Paints what printTo() puts on the page on a painter begun on any device (an image to look at), in
    /// its viewport.
    void paintPrinted(QPainter &painter);
    /// Writes the day as a one-page PDF file; false when the file cannot be written.
    bool savePdf(const QString &path);
    /// Asks for a printer and prints the day.
    void print();
    /// Asks for a file name and saves the day as a PDF.
    void saveAsPdf();
    /// Writes the day's appointments as CSV (RosterCsv), whole or not at all; false when the file cannot be
    /// written.
    bool saveCsv(const QString &path);
    /// Asks for a file name and saves the day as CSV, for a spreadsheet.
    void exportCsv();
    /// For MainWindow::printRequested: prints when this page is the one showing.
    void onPrintRequested();

    /// Opens the patient of an appointment (MainWindow::openPatient, at their appointments).
    void openPatientOf(qint64 appointmentId);

    RosterWidget *rosterWidget() const { return m_roster; }
    QScrollArea *scrollArea() const { return m_scroll; }
    NurseLoadStrip *nurseStrip() const { return m_nurseStrip; }
    StatusCountsBar *countsBar() const { return m_counts; }
    QLabel *utilizationLabel() const { return m_utilization; }
    QDateEdit *dateField() const { return m_dateEdit; }

Q_SIGNALS:
    /// "Open patient page" on a block: the patient and the section to show.
    void openPatientRequested(qint64 patientId, const QString &section);

private:
    void showBlockMenu(const QPoint &pos);
    void buildLayout();
    void showDay();
    void follow(DaySchedule *day);
    void onDayChanged(DaySchedule *day);
    void tick();
    void scheduleTick();
    void ensureCurrentVisible();
    QString dayTitle() const;
    QString utilizationText() const;

    Workspace &m_workspace;
    QDate m_date;
    bool m_followToday = true; ///< move on to the new day at midnight, as long as the nurse showed today
    DaySchedule *m_todaySchedule;
    DaySchedule *m_otherSchedule = nullptr; ///< another day than today, read when the nurse goes to one
    PageHeader *m_header;
    QPushButton *m_previous;
    QPushButton *m_today;
    QPushButton *m_next;
    QDateEdit *m_dateEdit;
    QPushButton *m_printButton;
    QPushButton *m_pdfButton;
    QPushButton *m_csvButton;
    StatusCountsBar *m_counts;
    QLabel *m_utilization;
    ProblemBanner *m_problem;
    NurseLoadStrip *m_nurseStrip;
    QScrollArea *m_scroll;
    RosterWidget *m_roster;
    QPointer<AppointmentDetailsDialog> m_dialog;
    QTimer m_tick;
};

} // namespace chairside
