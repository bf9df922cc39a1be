#pragma once

#include "audit/auditevent.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace chairside {

class AuditEntryModel;
class Workspace;

/// The admin's audit page: the trail's entries narrowed by patient (MRN or name), user, days and action,
/// or only the emergency ones; exported as CSV (itself recorded in the trail) and the whole chain
/// verified. Shown only to an admin.
class AuditView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditView)

public:
    explicit AuditView(Workspace &workspace, QWidget *parent = nullptr);
    ~AuditView() override;

    AuditEntryModel *model() const { return m_model; }
    /// The filter the fields make now; nothing when the patient field names no single patient.
    std::optional<AuditFilter> filter() const;

    /// Writes the entries listed to `path` as CSV and records the export. Shows what went wrong and
    /// returns false when it could not.
    bool exportCsv(const QString &path);
    /// What Verify trail said last, empty before.
    QString verdictText() const;

public Q_SLOTS:
    /// Reads the entries again with the filters as they are (MainWindow::refreshRequested, showing).
    void reload();
    /// Asks where to save, then exportCsv().
    void chooseExportFile();
    /// Checks the whole chain and says intact or names the first bad entry.
    void verifyTrail();
    void clearFilters();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void resolvePatient();
    void fillUsers();

    Workspace &m_workspace;
    AuditEntryModel *m_model;
    QLineEdit *m_patient;
    QLabel *m_patientFound;
    QComboBox *m_user;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_action;
    QCheckBox *m_breakGlassOnly;
    QCheckBox *m_hideCliLogIns;
    QPushButton *m_clear;
    QPushButton *m_export;
    QPushButton *m_verify;
    QLabel *m_verdictIcon;
    QLabel *m_verdict;
    QLabel *m_count;
    QTableView *m_table;
    qint64 m_patientId = 0;
    bool m_patientUnresolved = false;
    bool m_loading = false;
};

} // namespace chairside
