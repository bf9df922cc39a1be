#pragma once

#include "backup/restoreservice.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace chairside {

class Clock;

/// Shown at start instead of the window when the database fails SQLite's quick check: what is wrong, in
/// words, and the backups found (the database's backups folder and the one this workstation last saw),
/// newest first, each checked as it is chosen. An admin of the backup restores the chosen one
/// (RestoreService: the damaged file is kept aside, never deleted); or the program quits, changing nothing.
class RecoverDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecoverDialog)

public:
    RecoverDialog(
        const QString &databasePath, const QString &problem, const Clock &clock, QWidget *parent = nullptr);
    ~RecoverDialog() override;

    /// Where backups of the database are looked for.
    static QStringList backupFolders(const QString &databasePath);

    /// The backups listed, newest first.
    QStringList backups() const;
    /// What the dialog says of the chosen backup.
    QString verdict() const;
    /// The problem shown under the form, empty when none.
    QString problem() const;
    /// After a restore: what it did.
    const RestoreResult &result() const { return m_result; }

private:
    void addBackup(const QString &file);
    void showChosen();
    void chooseFile();
    void restore();
    void updateButton();

    QString m_path;
    RestoreService m_service;
    QListWidget *m_list;
    QLabel *m_verdict;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_problem;
    QPushButton *m_restore;
    QHash<QString, BackupCheck> m_checks;
    RestoreResult m_result;
};

} // namespace chairside
