#pragma once

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace chairside {

class FieldProblems;
class Workspace;

/// The Settings dialog's Reminders tab (admin): whether the center reminds its patients, when ("3d@17:00,
/// 1d@17:00"), by which channels and in which words; the mail server and the SMS gateway they leave by
/// (the password and token typed here are kept beside the database, never shown again); and the failures
/// list with a retry. Everything goes through ReminderService, which checks the role, validates and
/// audits; a refused change marks its field and says why.
class RemindersTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemindersTab)

public:
    explicit RemindersTab(Workspace &workspace, QWidget *parent = nullptr);
    ~RemindersTab() override;

    /// Reads the plan, the servers and the failures again.
    void reload();
    /// The problem shown, empty while there is none; the field marked.
    QString problem() const;
    QString markedField() const;
    /// The last success said ("Reminders saved.").
    QString notice() const;

    void savePlan();
    void saveServers();

private:
    void retrySelected();
    bool attempt(const std::function<void()> &change, const QString &done);

    Workspace &m_workspace;
    QCheckBox *m_enabled;
    QLineEdit *m_moments;
    QCheckBox *m_email;
    QCheckBox *m_sms;
    QPlainTextEdit *m_template;
    QLineEdit *m_address;
    QLineEdit *m_smtpHost;
    QSpinBox *m_smtpPort;
    QCheckBox *m_startTls;
    QLineEdit *m_smtpUser;
    QLineEdit *m_smtpPassword;
    QLineEdit *m_smtpFrom;
    QLineEdit
        *m_smtpCaFile; ///< the authority that signs the mail server's certificate, when not the system's
    QLineEdit *m_smsUrl;
    QLineEdit *m_smsContentType;
    QLineEdit *m_smsBody;
    QLineEdit *m_smsToken;
    QTableWidget *m_failures;
    QPushButton *m_retry;
    QLabel *m_problem;
    QLabel *m_notice;
    std::unique_ptr<FieldProblems> m_problems;
};

} // namespace chairside
