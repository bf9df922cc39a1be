#pragma once

#include "model/user.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace chairside {

class Workspace;

/// The first run on a new database: nobody can sign in yet, so the person installing Chairside creates
/// the first admin account here (a name and the password twice), then signs in with it.
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
    void adminCreated(const chairside::User &admin);

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
