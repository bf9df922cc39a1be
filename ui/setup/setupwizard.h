#pragma once

#include "model/user.h"
#include "setup/setupservice.h"

#include <QWizard>

class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace chairside {

class CenterDetailsEditor;
class FieldProblems;
class HoursEditor;
class PolicyEditor;
class Workspace;

/// The first run on a database without a center: the center (name, time zone, phone), its opening
/// hours, its chairs and suites, the therapies it gives (from the starter list), the policy numbers and
/// the first admin. Each page is checked by the set-up service's rules before the next; at the end
/// everything is written in one transaction (SetupService::setUpFirstRun), or nothing, and the admin
/// is signed in. On a database that already has an admin (made with `chairside-cli init`), the last
/// page signs in as an admin instead of creating one.
class SetupWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupWizard)

public:
    enum PageId
    {
        CenterPage,
        HoursPage,
        ChairsPage,
        TherapiesPage,
        PolicyPage,
        AdminPage,
    };

    explicit SetupWizard(Workspace &workspace, QWidget *parent = nullptr);
    ~SetupWizard() override;

    /// True when the store has no center yet: the program opens this wizard.
    static bool isNeeded(Workspace &workspace);

    /// The center, chairs and therapies as the pages say now, unchecked.
    CenterPlan plan() const;
    /// The admin who finished the wizard and is signed in (after accept()); the workspace's center is
    /// the new one.
    const User &admin() const { return m_admin; }
    /// The words of the current page's problem, empty while there is none.
    QString problem() const;
    /// The service's field name marked on the current page, empty when none.
    QString markedField() const;
    /// True when the last page creates the first admin rather than signing in as one.
    bool createsAdmin() const { return m_createsAdmin; }

protected:
    bool validateCurrentPage() override;

private:
    QWizardPage *makeCenterPage();
    QWizardPage *makeHoursPage();
    QWizardPage *makeChairsPage();
    QWizardPage *makeTherapiesPage();
    QWizardPage *makePolicyPage();
    QWizardPage *makeAdminPage();
    /// A page's layout: the explanation, the page's own widget, and its problem line.
    QWizardPage *makePage(
        const QString &title, const QString &subtitle, QWidget *content, FieldProblems *&problems);
    void resizeChairs();
    void addTherapyRow(const Therapy &therapy, bool given);
    bool checkCenter();
    bool checkHours();
    bool checkChairs();
    bool checkTherapies();
    bool checkPolicy();
    bool finish();
    FieldProblems *problemsOf(int pageId) const;

    Workspace &m_workspace;
    bool m_createsAdmin = true;
    User m_admin;
    CenterDetailsEditor *m_details = nullptr;
    HoursEditor *m_hours = nullptr;
    QSpinBox *m_chairCount = nullptr;
    QSpinBox *m_suiteCount = nullptr;
    QTableWidget *m_chairs = nullptr;
    QTableWidget *m_therapies = nullptr;
    PolicyEditor *m_policy = nullptr;
    QLineEdit *m_adminName = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    FieldProblems *m_centerProblems = nullptr;
    FieldProblems *m_hoursProblems = nullptr;
    FieldProblems *m_chairProblems = nullptr;
    FieldProblems *m_therapyProblems = nullptr;
    FieldProblems *m_policyProblems = nullptr;
    FieldProblems *m_adminProblems = nullptr;
};

} // namespace chairside
