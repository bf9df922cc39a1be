#pragma once

#include "checkin/checkinhistory.h"
#include "model/center.h"

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace chairside {

class Error;
class ProblemBanner;
class Workspace;

/// One appointment in full — patient, therapy, chair, times, status, dose and its history — with the
/// nurse's actions as buttons, each enabled only when the status and the acting user's role allow it
/// (and saying why not when it is disabled). Every action writes through core, whose commit tells every
/// view; a refusal is shown in a message box in the service's words.
class AppointmentDetailsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppointmentDetailsDialog)

public:
    AppointmentDetailsDialog(Workspace &workspace, qint64 appointmentId, QWidget *parent = nullptr);
    ~AppointmentDetailsDialog() override;

    /// Shows the details window-modal over `parent` without blocking, deleted when closed.
    static AppointmentDetailsDialog *openFor(Workspace &workspace, qint64 appointmentId, QWidget *parent);

    qint64 appointmentId() const { return m_appointmentId; }
    /// Reads the appointment again.
    void reload();

    QPushButton *startButton() const { return m_start; }
    QPushButton *completeButton() const { return m_complete; }
    QPushButton *noShowButton() const { return m_noShow; }
    QPushButton *admitLateButton() const { return m_admitLate; }

private:
    void buildLayout();
    void fill();
    void updateActions();
    void startInfusion();
    void completeInfusion();
    void markNoShow();
    void admitLate();
    void written();
    void fail(const QString &title, const Error &error);
    QString localTime(const QDateTime &utc) const;

    Workspace &m_workspace;
    qint64 m_appointmentId;
    CheckInHistory m_history;
    bool m_loaded = false;
    bool m_rescheduled = false;
    Center m_center;
    QString m_patientName;

    ProblemBanner *m_problem;
    QLabel *m_patient;
    QLabel *m_identity;
    QLabel *m_statusIcon;
    QLabel *m_status;
    QFormLayout *m_form;
    QLabel *m_therapy;
    QLabel *m_chair;
    QLabel *m_when;
    QLabel *m_doseIcon;
    QLabel *m_dose;
    QLabel *m_stamps;
    QTreeWidget *m_historyList;
    QLabel *m_hint;
    QPushButton *m_start;
    QPushButton *m_complete;
    QPushButton *m_noShow;
    QPushButton *m_admitLate;
    QDialogButtonBox *m_buttons;
};

} // namespace chairside
