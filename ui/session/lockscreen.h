#pragma once

#include "model/user.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace chairside {

class SessionCard;
class Workspace;

/// What covers the window when it locks (left idle for the policy's time, or Ctrl+L): who is signed
/// in and since when it is locked, and their password to go back to exactly where they were, or
/// Switch user for someone else at the desk. Nothing of any patient shows.
class LockScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockScreen)

public:
    explicit LockScreen(Workspace &workspace, QWidget *parent = nullptr);

    /// Shows the screen for `user`, locked at `lockedAtUtc`; `idleMinutes` > 0 says it locked by itself.
    void lock(const User &user, const QDateTime &lockedAtUtc, int idleMinutes);
    const User &user() const { return m_user; }
    QString errorText() const;

Q_SIGNALS:
    /// The same user gave their password.
    void unlocked(const chairside::User &user);
    /// Someone else wants the desk: the signed-in user is signed out.
    void switchUserRequested();

private:
    void unlock();

    Workspace &m_workspace;
    User m_user;
    SessionCard *m_card;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_unlock;
    QPushButton *m_switch;
};

} // namespace chairside
