#pragma once

#include "booking/confirmationslip.h"
#include "checkin/checkinrequest.h"
#include "checkin/decision.h"
#include "desk/patientresultsmodel.h"

#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace chairside {

class DecisionPanel;
class PatientCard;
class PatientSearch;
class Workspace;

/// The check-in desk, the receptionist's home: one search field (name, MRN, date of birth, phone or
/// a scanned appointment code), the results as they type, the second identifier, and the engine's
/// answer with the actions that carry it out. Everything works from the keyboard: Down into the
/// results, Enter to pick, the date of birth and Enter, Enter again on the action; Escape goes back.
class DeskView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskView)

public:
    explicit DeskView(Workspace &workspace, QWidget *parent = nullptr);
    ~DeskView() override;

    /// How long typing must pause before the search runs. The lookup takes about a tenth of a
    /// millisecond, so it runs on every keystroke: the zero-length pause only merges keys that arrive
    /// together, as a barcode scanner's do, into one search.
    static constexpr int kDebounceMilliseconds = 0;
    /// How many patients the results list at most.
    static constexpr int kResultLimit = 30;

    PatientResultsModel *resultsModel() const { return m_model; }
    DecisionPanel *decisionPanel() const { return m_panel; }
    /// The decision shown, once the second identifier was given.
    const std::optional<Decision> &decision() const { return m_decision; }

public Q_SLOTS:
    /// Puts the cursor in the search field with its text selected (MainWindow::findRequested).
    void focusSearch();
    /// Reads the shown patient's decision and the results again (MainWindow::refreshRequested, a
    /// palette change, another program's change).
    void refresh();
    /// Prints the confirmation slip of the appointment shown, when the desk is on screen
    /// (MainWindow::printRequested).
    void printSlip();
    /// Forgets the patient and the search: ready for the next one.
    void clear();

Q_SIGNALS:
    /// A patient was admitted to a chair at this desk.
    void patientCheckedIn(qint64 appointmentId);
    /// "Open patient page" on a result or the patient shown (MainWindow::openPatient); `section` is one of
    /// PatientPage::sectionNames() or empty.
    void openPatientRequested(qint64 patientId, const QString &section);
    /// "Register patient…" (MainWindow::registerPatient).
    void registerPatientRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildPlaceholder();
    void sizeResultColumns();
    void fitNameColumn();
    QWidget *buildPatientPage();
    void runSearch();
    void searchNow();
    void pick(int row);
    void confirmIdentity();
    void evaluate(bool focusAction);
    void showDecision(const Decision &decision, bool focusAction);
    void showIdentity(const Decision &decision);
    void admit();
    void markArrived();
    void carryOut(bool admitting);
    void reschedule();
    void book();
    void askOverride();
    void verifyEligibilityNow();
    /// The patient of the result under the cursor, the current result, or the one picked.
    qint64 resultPatientId() const;
    void showResultsMenu(const QPoint &pos);
    void applyOverride(const QList<ReasonCode> &codes, const QString &reason, bool breakGlass);
    void onAppointmentChanged(qint64 appointmentId);
    void setHint(const QString &text, bool problem = false);

    Workspace &m_workspace;
    std::unique_ptr<PatientSearch> m_search;
    QTimer m_debounce;
    PatientResultsModel *m_model;

    QLineEdit *m_searchField;
    QLabel *m_hint;
    QTreeView *m_results;
    QStackedWidget *m_detail;
    PatientCard *m_card = nullptr;
    QLabel *m_dobPrompt = nullptr;
    QLineEdit *m_dobField = nullptr;
    QPushButton *m_checkButton = nullptr;
    QLabel *m_dobProblem = nullptr;
    QWidget *m_identity = nullptr;
    QLabel *m_identityIcon = nullptr;
    QLabel *m_identityText = nullptr;
    DecisionPanel *m_panel = nullptr;

    std::optional<PatientResultsModel::Row> m_picked;
    QString m_pickedQuery;
    CheckInRequest m_request;
    std::optional<Decision> m_decision;
    std::optional<ConfirmationSlip> m_lastSlip; ///< of the appointment just booked or moved here
    qint64 m_openedPatientId = 0; ///< the last patient whose opening is on the audit trail
    bool m_writing = false;
    bool m_focusedOnce = false;
    int m_matchWidth = 0; ///< what the match column needs for its longest words
};

} // namespace chairside
