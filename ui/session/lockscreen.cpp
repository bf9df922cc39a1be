#include "session/lockscreen.h"

#include "auth/accountservice.h"
#include "session/sessioncard.h"
#include "text/desktext.h"
#include "workspace/workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace chairside {

LockScreen::LockScreen(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_card(new SessionCard(this))
    , m_password(SessionCard::field("unlockPasswordField", tr("Password"), m_card))
    , m_error(SessionCard::problemLabel("unlockError", m_card))
    , m_unlock(new QPushButton(tr("&Unlock"), m_card))
    , m_switch(new QPushButton(tr("S&witch user"), m_card))
{
    setObjectName(QStringLiteral("lockScreen"));
    setAccessibleName(tr("Locked"));
    m_password->setEchoMode(QLineEdit::Password);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    m_unlock->setMinimumHeight(m_password->minimumHeight());
    m_switch->setObjectName(QStringLiteral("switchUserButton"));
    m_switch->setAutoDefault(false);
    m_switch->setMinimumHeight(m_password->minimumHeight());
    m_switch->setMinimumWidth(m_switch->sizeHint().width() + fontMetrics().averageCharWidth() * 6);

    QVBoxLayout *body = m_card->body();
    body->addWidget(SessionCard::caption(tr("&Password"), m_password, m_card));
    body->addWidget(m_password);
    body->addSpacing(8);
    body->addWidget(m_error);
    body->addSpacing(12);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    buttons->addWidget(m_switch);
    buttons->addWidget(m_unlock, 1);
    body->addLayout(buttons);
    SessionCard::center(this, m_card);
    setTabOrder(m_password, m_unlock);
    setTabOrder(m_unlock, m_switch);

    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::unlock);
    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::unlock);
    connect(m_switch, &QPushButton::clicked, this, &LockScreen::switchUserRequested);
}

void LockScreen::lock(const User &user, const QDateTime &lockedAtUtc, int idleMinutes)
{
    m_user = user;
    m_card->setTitle(tr("Chairside is locked"));
    const QString at = DeskText::time(m_workspace.center(), lockedAtUtc);
    const QString who = tr("%1 (%2) is signed in.").arg(user.name, SessionCard::roleTitle(user.role));
    const QString why = idleMinutes > 0
        ? tr("Locked at %1 after %n minute(s) without use.", nullptr, idleMinutes).arg(at)
        : tr("Locked at %1.").arg(at);
    m_card->setSubtitle(tr("%1 %2 Type %3's password to go on, or switch user.").arg(who, why, user.name));
    m_password->clear();
    SessionCard::showProblem(m_error, {});
    m_password->setFocus();
}

QString LockScreen::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LockScreen::unlock()
{
    if (m_password->text().isEmpty()) {
        SessionCard::showProblem(m_error, tr("Type %1's password.").arg(m_user.name));
        m_password->setFocus();
        return;
    }
    const auto user = SessionCard::checkPassword(m_password, m_error, [this](const QString &password) {
        return AccountService(m_workspace.store(), m_workspace.clock()).unlock(m_user, password);
    });
    if (!user)
        return;
    Q_EMIT unlocked(*user);
}

} // namespace chairside
