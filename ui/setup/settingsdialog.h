#pragma once

#include "model/center.h"
#include "model/chair.h"
#include "model/therapy.h"
#include "model/user.h"

#include <QDialog>
#include <QList>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace chairside {

class BackupTab;
class CenterDetailsEditor;
class FieldProblems;
class HoursEditor;
class PolicyEditor;
class Workspace;

/// The admin's settings for the workspace's center: its details, hours and policy, and the MRN pattern
/// new patients are numbered by, with the next MRN it gives; its chairs (add,
/// relabel, make a suite, take out of use); its therapies (add, edit); the users (add, role, disable or
/// enable, reset password, unlock). Every change goes through SetupService or AccountService, which
/// check the role, validate and audit; a refused change marks its field, says why and writes nothing.
/// A new time zone while appointments lie ahead is asked about first: they keep their moment in time,
/// so each shows at another wall clock time than the one the patient was given.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(Workspace &workspace, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    enum Tab
    {
        CenterTab,
        ChairsTab,
        TherapiesTab,
        UsersTab,
    };
    QTabWidget *tabs() const { return m_tabs; }
    BackupTab *backupTab() const { return m_backupTab; }
    /// The problem shown on a tab, empty while there is none.
    QString problem(Tab tab) const;
    /// The service's field marked on a tab, empty when none.
    QString markedField(Tab tab) const;
    /// The last success said on the dialog ("Saved.").
    QString notice() const;

    /// Reads the center, chairs, therapies and users again.
    void reload();

    /// What the Center tab says of the MRN pattern as typed: the next MRN it gives, or what is wrong.
    QString mrnPreview() const;

private:
    QWidget *makeCenterTab();
    QWidget *makeChairsTab();
    QWidget *makeTherapiesTab();
    QWidget *makeUsersTab();
    void saveCenter();
    /// Asks before a new time zone moves the wall clock times of the appointments ahead; true to go on.
    bool confirmTimeZone(const Center &changed);
    void showMrnPreview();
    void showChair();
    void saveChair(bool asNew);
    void showTherapy();
    void saveTherapy(bool asNew);
    void showUser();
    void addUser();
    void changeRole();
    void setUserActive();
    void resetPassword();
    void unlockUser();
    void saveUserCenters();
    /// The centers list's checks: every center, or the ones ticked (empty when none is).
    bool everyCenterChecked() const;
    QList<qint64> checkedCenters() const;
    /// Ticks the list for where `user` works; an admin's shows every center, greyed.
    void showUserCenters(const User &user);
    /// Greys the single centers while "every center" is ticked or the role is admin.
    void followEveryCenter();
    /// Runs a change; on an error marks its field on `problems` and returns false.
    bool attempt(FieldProblems *problems, const std::function<void()> &change, const QString &done);
    FieldProblems *problemsOf(Tab tab) const;
    std::optional<User> selectedUser() const;

    Workspace &m_workspace;
    QTabWidget *m_tabs;
    BackupTab *m_backupTab = nullptr;
    QLabel *m_notice;

    CenterDetailsEditor *m_details = nullptr;
    HoursEditor *m_hours = nullptr;
    PolicyEditor *m_policy = nullptr;
    QLineEdit *m_mrnPattern = nullptr;
    QLabel *m_mrnPreview = nullptr;
    QString m_savedMrnPattern; ///< the pattern as stored, empty when none is set

    QList<Chair> m_chairList;
    QTableWidget *m_chairs = nullptr;
    QLineEdit *m_chairLabel = nullptr;
    QComboBox *m_chairKind = nullptr;
    QCheckBox *m_chairActive = nullptr;
    QPushButton *m_saveChair = nullptr;

    QList<Therapy> m_therapyList;
    QTableWidget *m_therapies = nullptr;
    QLineEdit *m_therapyName = nullptr;
    QLineEdit *m_therapyBrand = nullptr;
    QSpinBox *m_therapyMinutes = nullptr;
    QSpinBox *m_therapyInterval = nullptr;
    QCheckBox *m_therapyCompounded = nullptr;
    QSpinBox *m_therapyBeyondUse = nullptr;
    QDoubleSpinBox *m_therapyCost = nullptr;
    QPushButton *m_saveTherapy = nullptr;

    QList<User> m_userList;
    QTableWidget *m_users = nullptr;
    QLineEdit *m_userName = nullptr;
    QComboBox *m_userRole = nullptr;
    QLineEdit *m_userPassword = nullptr;
    QLineEdit *m_userRepeat = nullptr;
    QPushButton *m_activeButton = nullptr;
    QPushButton *m_unlockButton = nullptr;
    QList<Center> m_centerList;
    QListWidget *m_userCenters = nullptr;

    FieldProblems *m_centerProblems = nullptr;
    FieldProblems *m_chairProblems = nullptr;
    FieldProblems *m_therapyProblems = nullptr;
    FieldProblems *m_userProblems = nullptr;
};

} // namespace chairside
