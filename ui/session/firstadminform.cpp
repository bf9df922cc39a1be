#include "session/firstadminform.h"

#include "auth/accountservice.h"
#include "common/error.h"
#include "session/sessioncard.h"
#include "style/theme.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace chairside {

FirstAdminForm::FirstAdminForm(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_name(nullptr)
    , m_password(nullptr)
    , m_repeat(nullptr)
    , m_lengthHint(nullptr)
    , m_error(nullptr)
    , m_create(nullptr)
{
    setObjectName(QStringLiteral("firstAdminForm"));
    setAccessibleName(tr("Create the first admin account"));
    auto *card = new SessionCard(this);
    card->setTitle(tr("Create the first admin account"));
    card->setSubtitle(tr("This database has no admin yet. The admin adds the staff who use Chairside and "
                         "sets the security policy. Keep the password somewhere safe."));

    m_name = SessionCard::field("adminNameField", tr("Admin user name"), card);
    m_password = SessionCard::field("adminPasswordField", tr("Password"), card);
    m_repeat = SessionCard::field("adminRepeatField", tr("Password again"), card);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_lengthHint = new QLabel(card);
    m_lengthHint->setObjectName(QStringLiteral("lengthHint"));
    m_error = SessionCard::problemLabel("firstAdminError", card);
    m_create = new QPushButton(tr("&Create admin account"), card);
    m_create->setObjectName(QStringLiteral("createAdminButton"));
    m_create->setDefault(true);
    m_create->setMinimumHeight(m_name->minimumHeight());

    QVBoxLayout *body = card->body();
    body->addWidget(SessionCard::caption(tr("&User name"), m_name, card));
    body->addWidget(m_name);
    body->addSpacing(10);
    body->addWidget(SessionCard::caption(tr("&Password"), m_password, card));
    body->addWidget(m_password);
    body->addWidget(m_lengthHint);
    body->addSpacing(10);
    body->addWidget(SessionCard::caption(tr("Password &again"), m_repeat, card));
    body->addWidget(m_repeat);
    body->addSpacing(8);
    body->addWidget(m_error);
    body->addSpacing(12);
    body->addWidget(m_create);
    SessionCard::center(this, card);

    connect(m_password, &QLineEdit::textChanged, this, &FirstAdminForm::updateLengthHint);
    connect(m_name, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    connect(m_password, &QLineEdit::returnPressed, m_repeat, qOverload<>(&QWidget::setFocus));
    connect(m_repeat, &QLineEdit::returnPressed, this, &FirstAdminForm::create);
    connect(m_create, &QPushButton::clicked, this, &FirstAdminForm::create);
    reset();
}

void FirstAdminForm::reset()
{
    m_name->setText(QStringLiteral("admin"));
    m_password->clear();
    m_repeat->clear();
    SessionCard::showProblem(m_error, {});
    updateLengthHint();
    m_name->setFocus();
    m_name->selectAll();
}

QString FirstAdminForm::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void FirstAdminForm::updateLengthHint()
{
    const int minimum = AccountService::kMinimumPasswordLength;
    const int length = int(m_password->text().size());
    QPalette p = m_lengthHint->palette();
    if (length == 0 || length >= minimum) {
        p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
        m_lengthHint->setText(length == 0 ? tr("At least %1 characters.").arg(minimum)
                                          : tr("At least %1 characters: long enough.").arg(minimum));
    } else {
        p.setColor(QPalette::WindowText, Theme::problemColor());
        m_lengthHint->setText(tr("At least %1 characters: %2 more.").arg(minimum).arg(minimum - length));
    }
    m_lengthHint->setPalette(p);
}

void FirstAdminForm::create()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        SessionCard::showProblem(m_error, tr("Give the admin a user name."));
        m_name->setFocus();
        return;
    }
    if (m_password->text() != m_repeat->text()) {
        SessionCard::showProblem(m_error, tr("The two passwords differ. Type the same password twice."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    User admin;
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        admin = AccountService(m_workspace.store(), m_workspace.clock())
                    .createFirstAdmin(name, m_password->text());
        QApplication::restoreOverrideCursor();
    } catch (const Error &error) {
        QApplication::restoreOverrideCursor();
        SessionCard::showProblem(m_error, error.message());
        (error.field() == QLatin1String("name") ? m_name : m_password)->setFocus();
        return;
    }
    const QString password = m_password->text();
    m_password->clear();
    m_repeat->clear();
    SessionCard::showProblem(m_error, {});
    User signedIn;
    try {
        // Through the log-in itself, so that the session starts in the audit trail like any other.
        signedIn = AccountService(m_workspace.store(), m_workspace.clock()).logIn(admin.name, password);
    } catch (const Error &error) {
        Q_EMIT adminCreatedNotSignedIn(admin.name, error.message());
        return;
    }
    Q_EMIT adminCreated(signedIn);
}

} // namespace chairside
