#pragma once

#include "model/user.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace chairside {

class Workspace;

/// The first run on a new database: nobody can sign in yet, so the person installing Chairside creates
/// the first admin account here (a name and the password twice) and is signed in with it at once: the
/// password was just typed twice, a third time on the log-in screen would only be in the way.
class FirstAdminForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstAdminForm)

public:
    explicit FirstAdminForm(Workspace &workspace, QWidget *parent = nullptr);

    /// Empties the form, the name "admin" suggested.
    void reset();
    QString errorText() const;

Q_SIGNALS:
    /// The admin was created and has logged in (recorded in the audit trail as any log-in).
    void adminCreated(const chairside::User &admin);
    /// The admin was created, but the log-in after it failed (`why`): the log-in screen takes over.
    void adminCreatedNotSignedIn(const QString &name, const QString &why);

private:
    void create();
    void updateLengthHint();

    Workspace &m_workspace;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_lengthHint;
    QLabel *m_error;
    QPushButton *m_create;
};

} // namespace chairside
