#pragma once

#include "model/appointment.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

#include <memory>

class QDateEdit;
class QLabel;
class QPagedPaintDevice;
class QPushButton;
class QTableView;
class QTextDocument;

namespace chairside {

class DoseModel;
class PageHeader;
class ProblemBanner;
class WastedDoseDialog;
class Workspace;
struct DoseLine;

/// The pharmacy's day for nurses and admins: the doses to compound at the desk's center for a date
/// (tomorrow unless chosen), each with its patient, therapy, time, chair and state, late changes flagged.
/// A dose is marked prepared (its beyond-use clock starts), not ready, or wasted with a reason, through
/// DoseService; the worklist prints on paper or to a PDF. It follows the Workspace's changes to its day.
class PharmacyView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PharmacyView)

public:
    explicit PharmacyView(Workspace &workspace, QWidget *parent = nullptr);
    ~PharmacyView() override;

    QDate date() const { return m_date; }
    DoseModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    /// What the page last said about an action: done, or why not.
    QString feedback() const;
    /// What the problem banner says (a failed read), empty when all is well.
    QString problem() const;

    /// Selects the dose of an appointment; false when it is not on the day shown.
    bool selectAppointment(qint64 appointmentId);
    /// The appointment of the dose selected, 0 when none.
    qint64 selectedAppointment() const;

    /// The worklist as printed: a document of the day's doses with a column for the preparer's initials.
    std::unique_ptr<QTextDocument> worklistDocument() const;
    bool printTo(QPagedPaintDevice *device) const;
    /// Writes the worklist as a PDF; false when the file cannot be written.
    bool savePdf(const QString &path) const;

public Q_SLOTS:
    void setDate(QDate date);
    /// Reads the day again (F5, a change heard of).
    void reload();
    void markPrepared();
    void markNotReady();
    /// Asks why, then marks the selected dose wasted.
    void markWasted();
    /// Opens the print dialog.
    void print();
    void saveAsPdf();

private:
    void buildLayout();
    void scheduleReload();
    void showDay();
    void updateActions();
    void record(PrepState state, const QString &reason = {});
    void say(const QString &text, bool problem);
    const DoseLine *selectedLine() const;
    QString lineName(const DoseLine &line) const;

    Workspace &m_workspace;
    QDate m_date;
    DoseModel *m_model;
    PageHeader *m_header;
    QPushButton *m_previous;
    QPushButton *m_today;
    QPushButton *m_tomorrow;
    QPushButton *m_next;
    QDateEdit *m_dateEdit;
    QPushButton *m_printButton;
    QPushButton *m_pdfButton;
    QLabel *m_summary;
    ProblemBanner *m_problem;
    QTableView *m_table;
    QLabel *m_detail;
    QPushButton *m_prepared;
    QPushButton *m_notReady;
    QPushButton *m_wasted;
    QLabel *m_feedback;
    QPointer<WastedDoseDialog> m_dialog;
    bool m_reloadPending = false;
};

} // namespace chairside
