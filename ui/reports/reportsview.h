#pragma once

#include "reports/reportkind.h"
#include "reports/reporttable.h"

#include <QDate>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QPagedPaintDevice;
class QPushButton;
class QTableWidget;
class QTextDocument;

namespace chairside {

class PageHeader;
class ProblemBanner;
class ReportChart;
class Workspace;

/// The manager's reports for nurses and admins: one report at a time, picked with its center and days,
/// as a chart (ReportChart) over its table, printable, savable as a PDF and exportable as CSV. The numbers
/// are core's (ReportService and the reports' computations), the same the command line prints. A report is
/// read when the page is shown and whenever the choice changes (and on F5), never behind the user's back:
/// each one read is recorded in the audit trail.
class ReportsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsView)

public:
    explicit ReportsView(Workspace &workspace, QWidget *parent = nullptr);
    ~ReportsView() override;

    ReportKind kind() const;
    QDate from() const;
    QDate to() const;
    qint64 centerId() const;
    /// Chooses the report and the days together, reading it once.
    void choose(ReportKind kind, QDate from, QDate to);

    ReportChart *chart() const { return m_chart; }
    QTableWidget *table() const { return m_table; }
    const ReportTable &reportTable() const { return m_reportTable; }
    /// The line above the chart: the report's numbers in a sentence.
    QString summary() const;
    /// What the problem banner says (a refused or failed read), empty when all is well.
    QString problem() const;
    /// What the page last said about a print, PDF or CSV.
    QString feedback() const;

    /// The report as printed: its title, summary, chart and table.
    std::unique_ptr<QTextDocument> document() const;
    bool printTo(QPagedPaintDevice *device) const;
    /// Writes the report as a PDF, or its table as CSV; false when the file cannot be written.
    bool savePdf(const QString &path) const;
    bool saveCsv(const QString &path) const;

public Q_SLOTS:
    /// Reads the report again (a new choice, or the page shown after a refresh).
    void reload();
    /// The window's refresh (F5, a log-in): read again now when the page is in view, else when it is
    /// next shown. Every read is audited, so a hidden page reads nothing.
    void refresh();
    void print();
    void saveAsPdf();
    void exportCsv();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildLayout();
    void fillCenters();
    void choiceChanged();
    void showTable(const ReportTable &table);
    void say(const QString &text, bool problem);
    /// Asks where to save (suffix added when missing), writes with write(path), and says how it went:
    /// savedText with the path as %1, or what to do when the file could not be written.
    void saveAs(const QString &title, const QString &suffix, const QString &filter,
        const std::function<bool(const QString &)> &write, const QString &savedText);
    QString title() const;
    QString dayText(QDate date) const;
    QString fileStem() const;

    Workspace &m_workspace;
    PageHeader *m_header;
    QComboBox *m_kind;
    QComboBox *m_center;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_printButton;
    QPushButton *m_pdfButton;
    QPushButton *m_csvButton;
    QLabel *m_summary;
    ProblemBanner *m_problem;
    ReportChart *m_chart;
    QTableWidget *m_table;
    QLabel *m_feedback;
    ReportTable m_reportTable;
    bool m_stale = true; ///< the choice changed while the page was hidden
    bool m_choosing = false; ///< choose() is setting several controls at once
};

} // namespace chairside
