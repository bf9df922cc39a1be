#pragma once

#include "model/user.h"

#include <QWidget>

class QFrame;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace chairside {

class SessionCard;
class Workspace;

/// Where the program opens and where Switch user comes back to: a user name, a password and one
/// clear line when the log-in is refused. On a demo database (and only there) a panel beside it lists
/// the demo users, their roles and passwords.
class LoginScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginScreen)

public:
    explicit LoginScreen(Workspace &workspace, QWidget *parent = nullptr);

    /// Shows the screen afresh: `userName` filled in (the password then takes the focus), no password,
    /// and `notice`, when given, under the title. Reads again whether this is a demo database.
    void reset(const QString &userName = {}, const QString &notice = {});

    /// The refusal's words, empty while there is none.
    QString errorText() const;
    bool isDemoPanelShown() const;

Q_SIGNALS:
    /// The password was right: this user is now at the keyboard.
    void loggedIn(const chairside::User &user);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void logIn();
    void fillDemoPanel();
    void updateSubtitle();

    Workspace &m_workspace;
    SessionCard *m_card;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QLabel *m_capsLock;
    QLabel *m_error;
    QPushButton *m_logIn;
    QFrame *m_demo;
    QGridLayout *m_demoRows;
    QString m_notice;
};

} // namespace chairside
