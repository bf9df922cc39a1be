#pragma once

#include "model/appointment.h"
#include "model/center.h"
#include "model/coverage.h"
#include "model/patient.h"
#include "model/prescriberorder.h"
#include "model/priorauthorization.h"
#include "model/therapy.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QScrollArea;
class QTreeWidget;
class QTreeWidgetItem;

namespace chairside {

class PageHeader;
class ProblemBanner;
class Workspace;

/// One patient's record: demographics; the prescriber's orders; the coverage with when and by whom
/// eligibility was last verified, and "Eligibility verified now"; the prior authorizations with their
/// status, dates and visits left; the appointments past and future with their history. Each section
/// adds and changes its records through dialogs over PatientService. It follows the Workspace's
/// patientChanged and appointmentChanged signals for the patient shown, here or in another program.
class PatientPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PatientPage)

public:
    /// The sections showSection() knows, by name: "demographics", "orders", "coverage",
    /// "authorizations", "appointments".
    static QStringList sectionNames();

    explicit PatientPage(Workspace &workspace, QWidget *parent = nullptr);
    ~PatientPage() override;

    /// Reads the patient and their records and shows them; false (and a message on the page) when the
    /// patient cannot be read.
    bool showPatient(qint64 patientId);
    qint64 patientId() const { return m_patientId; }
    const std::optional<Patient> &patient() const { return m_patient; }
    /// Scrolls to a section by name and gives its list (or its first button) the focus.
    void showSection(const QString &section);

    /// Reads the patient shown again.
    void reload();
    /// Shows nobody: the page of a closed window, kept to be filled for the next patient (building the
    /// page costs more than filling it). It reads nothing until showPatient().
    void clear();

    /// Records eligibility verified now on the selected coverage (or the only one).
    void verifyEligibilityNow();

Q_SIGNALS:
    /// The patient shown changed, as read.
    void patientShown(qint64 patientId);

private:
    QWidget *section(
        const QString &title, const QString &name, QWidget *content, const QList<QPushButton *> &buttons);
    QPushButton *button(const QString &text, const QString &name);
    QWidget *demographicsGrid();
    QTreeWidget *list(const QString &name, const QString &accessibleName, const QStringList &columns);
    void fill();
    void fillDemographics();
    void fillOrders();
    void fillCoverage();
    void fillAuthorizations();
    void fillAppointments();
    void updateButtons();
    void editDemographics();
    void addOrder();
    void editOrder();
    void addCoverage();
    void editCoverage();
    void addAuthorization();
    void editAuthorization();
    /// Books the patient's next infusion: the booking dialog, its free slots and its slip.
    void bookAppointment();
    void onAppointmentChanged(qint64 appointmentId);
    void setProblem(const QString &message);
    QString therapyName(qint64 therapyId) const;
    QString instantText(const QDateTime &utc, qint64 centerId) const;
    template<typename Record>
    std::optional<Record> selected(const QTreeWidget *list, const QList<Record> &records) const;

    Workspace &m_workspace;
    qint64 m_patientId = 0;
    std::optional<Patient> m_patient;
    QList<PrescriberOrder> m_orders;
    QList<Coverage> m_coverages;
    QList<PriorAuthorization> m_authorizations;
    QList<Appointment> m_appointments;
    QHash<qint64, QList<StatusChange>> m_history; ///< of m_appointments, by appointment, oldest first
    QSet<qint64> m_appointmentIds;
    QHash<qint64, Therapy> m_therapies;
    QHash<qint64, Center> m_centers;

    QScrollArea *m_scroll;
    PageHeader *m_header;
    ProblemBanner *m_problem;
    QHash<QString, QWidget *> m_sections;
    /// The values beside "MRN", "Name", "Preferred name", "Date of birth", "Phone", "E-mail" (made with
    /// m_demographics, so declared before it).
    QList<QLabel *> m_demographicValues;
    QWidget *m_demographics;
    QPushButton *m_editDemographics;
    QTreeWidget *m_ordersList;
    QPushButton *m_addOrder;
    QPushButton *m_editOrder;
    QTreeWidget *m_coverageList;
    QPushButton *m_addCoverage;
    QPushButton *m_editCoverage;
    QPushButton *m_verifiedNow;
    QLabel *m_verifiedStatus;
    QTreeWidget *m_authorizationsList;
    QPushButton *m_addAuthorization;
    QPushButton *m_editAuthorization;
    QTreeWidget *m_appointmentsList;
    QPushButton *m_book;
};

} // namespace chairside
