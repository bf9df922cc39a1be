#include "session/loginscreen.h"

#include "access/permission.h"
#include "auth/accountservice.h"
#include "common/error.h"
#include "session/sessioncard.h"
#include "store/store.h"
#include "workspace/workspace.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace chairside {

LoginScreen::LoginScreen(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_card(new SessionCard(this))
    , m_name(SessionCard::field("userNameField", tr("User name"), m_card))
    , m_password(SessionCard::field("passwordField", tr("Password"), m_card))
    , m_capsLock(new QLabel(m_card))
    , m_error(SessionCard::problemLabel("loginError", m_card))
    , m_logIn(new QPushButton(tr("&Sign in"), m_card))
    , m_demo(new QFrame(this))
    , m_demoRows(new QGridLayout)
{
    setObjectName(QStringLiteral("loginScreen"));
    setAccessibleName(tr("Sign in"));
    m_card->setTitle(tr("Sign in"));

    m_password->setEchoMode(QLineEdit::Password);
    m_password->installEventFilter(this);
    m_capsLock->setObjectName(QStringLiteral("capsLockHint"));
    m_capsLock->setText(tr("Caps Lock is on."));
    m_capsLock->setForegroundRole(QPalette::PlaceholderText);
    m_capsLock->hide();
    m_logIn->setObjectName(QStringLiteral("logInButton"));
    m_logIn->setDefault(true);
    m_logIn->setMinimumHeight(m_name->minimumHeight());

    QVBoxLayout *body = m_card->body();
    body->addWidget(SessionCard::caption(tr("&User name"), m_name, m_card));
    body->addWidget(m_name);
    body->addSpacing(10);
    body->addWidget(SessionCard::caption(tr("&Password"), m_password, m_card));
    body->addWidget(m_password);
    body->addWidget(m_capsLock);
    body->addSpacing(8);
    body->addWidget(m_error);
    body->addSpacing(12);
    body->addWidget(m_logIn);

    connect(m_name, &QLineEdit::returnPressed, this, [this] {
        if (m_password->text().isEmpty())
            m_password->setFocus();
        else
            logIn();
    });
    connect(m_password, &QLineEdit::returnPressed, this, &LoginScreen::logIn);
    connect(m_logIn, &QPushButton::clicked, this, &LoginScreen::logIn);

    // The demo panel: a card of its own, quieter than the sign-in card.
    m_demo->setObjectName(QStringLiteral("demoPanel"));
    m_demo->setAccessibleName(tr("Demo accounts"));
    m_demo->setFrameShape(QFrame::StyledPanel);
    m_demo->setAutoFillBackground(true);
    m_demo->setBackgroundRole(QPalette::AlternateBase);
    m_demo->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Maximum);
    auto *demoLayout = new QVBoxLayout(m_demo);
    demoLayout->setContentsMargins(28, 24, 28, 24);
    demoLayout->setSpacing(8);
    auto *demoTitle = new QLabel(tr("DEMO database"), m_demo);
    QFont demoFont = demoTitle->font();
    demoFont.setPointSizeF(demoFont.pointSizeF() * 1.15);
    demoFont.setWeight(QFont::DemiBold);
    demoTitle->setFont(demoFont);
    auto *demoNote = new QLabel(tr("These accounts exist only in this demo database, which is why their "
                                   "passwords are shown here. A real database never shows them."),
        m_demo);
    demoNote->setWordWrap(true);
    demoLayout->addWidget(demoTitle);
    demoLayout->addWidget(demoNote);
    demoLayout->addSpacing(8);
    m_demoRows->setHorizontalSpacing(20);
    m_demoRows->setVerticalSpacing(8);
    demoLayout->addLayout(m_demoRows);
    // Wide enough for the note to wrap in three lines and the names and passwords in full.
    demoNote->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_demo->hide();

    SessionCard::center(this, m_card, m_demo);
    connect(&m_workspace, &Workspace::centerChanged, this, &LoginScreen::updateSubtitle);
    setTabOrder(m_name, m_password);
    setTabOrder(m_password, m_logIn);
    reset();
}

void LoginScreen::reset(const QString &userName, const QString &notice)
{
    m_name->setText(userName);
    m_password->clear();
    m_capsLock->hide();
    SessionCard::showProblem(m_error, {});
    m_notice = notice;
    updateSubtitle();
    fillDemoPanel();
    if (userName.isEmpty())
        m_name->setFocus();
    else
        m_password->setFocus();
}

void LoginScreen::updateSubtitle()
{
    const QString center = m_workspace.center().name;
    if (!m_notice.isEmpty())
        m_card->setSubtitle(m_notice);
    else if (center.isEmpty())
        m_card->setSubtitle(tr("Check-in desk and chair roster."));
    else
        m_card->setSubtitle(tr("Check-in desk and chair roster at %1.").arg(center));
}

QString LoginScreen::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool LoginScreen::isDemoPanelShown() const
{
    return !m_demo->isHidden();
}

void LoginScreen::fillDemoPanel()
{
    while (QLayoutItem *item = m_demoRows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QList<AccountService::DemoCredential> credentials;
    bool demo = false;
    try {
        AccountService accounts(m_workspace.store(), m_workspace.clock());
        demo = accounts.isDemo();
        if (demo)
            credentials = accounts.demoCredentials();
    } catch (const Error &error) {
        SessionCard::showProblem(m_error, error.message());
    }
    // A demo database says so on the way in: it is not a center's real data.
    m_card->setTitle(demo ? tr("Sign in to the DEMO") : tr("Sign in"));
    m_demo->setVisible(!credentials.isEmpty());

    const auto header = [this](const QString &text, int column) {
        auto *label = new QLabel(text, m_demo);
        label->setForegroundRole(QPalette::PlaceholderText);
        m_demoRows->addWidget(label, 0, column);
    };
    header(tr("User name"), 0);
    header(tr("Role"), 1);
    header(tr("Password"), 2);
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fixed.setPointSizeF(font().pointSizeF());
    int row = 1;
    for (const AccountService::DemoCredential &credential : credentials) {
        auto *name = new QLabel(credential.userName, m_demo);
        auto *role = new QLabel(SessionCard::roleTitle(credential.role), m_demo);
        auto *password = new QLabel(credential.password, m_demo);
        name->setFont(fixed);
        password->setFont(fixed);
        for (QLabel *label : {name, password})
            label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *use = new QPushButton(tr("Use"), m_demo);
        use->setObjectName(QStringLiteral("useDemo_%1").arg(credential.userName));
        use->setAccessibleName(tr("Sign in as %1").arg(credential.userName));
        use->setAutoDefault(false);
        connect(use, &QPushButton::clicked, this, [this, credential] {
            m_name->setText(credential.userName);
            m_password->setText(credential.password);
            m_logIn->setFocus();
        });
        m_demoRows->addWidget(name, row, 0);
        m_demoRows->addWidget(role, row, 1);
        m_demoRows->addWidget(password, row, 2);
        m_demoRows->addWidget(use, row, 3, Qt::AlignRight);
        ++row;
    }
    m_demoRows->setColumnStretch(2, 1);
}

void LoginScreen::logIn()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        SessionCard::showProblem(m_error, tr("Type your user name."));
        m_name->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        SessionCard::showProblem(m_error, tr("Type your password."));
        m_password->setFocus();
        return;
    }
    const auto user = SessionCard::checkPassword(m_password, m_error, [this, &name](const QString &password) {
        return AccountService(m_workspace.store(), m_workspace.clock()).logIn(name, password);
    });
    if (!user)
        return;
    try {
        const QList<Center> centers = m_workspace.store().centers();
        if (!centers.isEmpty() && centersOf(*user, centers).isEmpty()) {
            AccountService(m_workspace.store(), m_workspace.clock()).recordLoggedOut(*user);
            SessionCard::showProblem(m_error,
                tr("%1 works at no center yet. An admin can add one in Center Settings > Users.")
                    .arg(user->name));
            return;
        }
    } catch (const Error &error) {
        SessionCard::showProblem(m_error, error.message());
        return;
    }
    Q_EMIT loggedIn(*user);
}

bool LoginScreen::eventFilter(QObject *watched, QEvent *event)
{
    // Qt cannot ask the keyboard for Caps Lock; a letter whose case disagrees with Shift gives it away.
    if (watched == m_password && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QString text = key->text();
        if (text.size() == 1 && text.at(0).isLetter() && text.at(0).isUpper() != text.at(0).isLower()) {
            const bool shift = key->modifiers().testFlag(Qt::ShiftModifier);
            m_capsLock->setVisible(text.at(0).isUpper() != shift);
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace chairside
