#pragma once

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace chairside {

class FieldProblems;
class ProblemBanner;
class Workspace;

/// Settings' Backups tab: when the last backup was made and where (a warning when none was made in the last
/// day), the daily backup's switch, folder and days kept, and a copy made now. The settings are the
/// database's (BackupSchedule): every workstation follows them. The folder is also remembered on this
/// workstation, so that a start on a damaged database knows where to look for the backups.
class BackupTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupTab)

public:
    explicit BackupTab(Workspace &workspace, QWidget *parent = nullptr);
    ~BackupTab() override;

    /// Reads the settings and the last backup again.
    void reload();

    /// What the tab says of the last backup; and its warning, empty while a backup is less than a day old.
    QString lastBackupText() const;
    QString warning() const;
    /// The problem shown under the form, empty when none.
    QString problem() const;

    /// QSettings key of the backup folder this workstation last saw.
    static constexpr const char *kRememberedFolderKey = "backup/folder";

Q_SIGNALS:
    /// A success to show on the dialog ("Saved.").
    void noticed(const QString &text);

private:
    void save();
    void backUpNow();
    void chooseFolder();

    Workspace &m_workspace;
    ProblemBanner *m_warning;
    QLabel *m_last;
    QCheckBox *m_automatic;
    QLineEdit *m_folder;
    QSpinBox *m_keepDays;
    QLabel *m_problem;
    std::unique_ptr<FieldProblems> m_problems;
};

} // namespace chairside
