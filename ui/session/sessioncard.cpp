#include "session/sessioncard.h"

#include "common/error.h"
#include "style/theme.h"

#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace chairside {

SessionCard::SessionCard(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_body(new QVBoxLayout)
{
    setObjectName(QStringLiteral("sessionCard"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // Not Base: the fields are Base, and in the dark palette they would vanish into the card.
    setBackgroundRole(QPalette::Button);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Maximum);
    const int em = fontMetrics().averageCharWidth();
    setFixedWidth(em * 66);

    auto *mark = new QLabel(this);
    const int markSize = fontMetrics().height() * 2;
    mark->setPixmap(QIcon(QStringLiteral(":/chairside/icons/chairside.svg")).pixmap(markSize, markSize));
    auto *product = new QLabel(tr("Chairside"), this);
    QFont productFont = product->font();
    productFont.setPointSizeF(productFont.pointSizeF() * 1.5);
    productFont.setWeight(QFont::DemiBold);
    product->setFont(productFont);
    auto *brand = new QHBoxLayout;
    brand->setSpacing(12);
    brand->addWidget(mark);
    brand->addWidget(product, 1);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("sessionTitle"));
    m_subtitle->setWordWrap(true);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setObjectName(QStringLiteral("sessionSubtitle"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 32, 40, 36);
    layout->setSpacing(6);
    layout->addLayout(brand);
    layout->addSpacing(18);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(14);
    m_body->setSpacing(6);
    layout->addLayout(m_body);
}

void SessionCard::setTitle(const QString &title)
{
    m_title->setText(title);
    setAccessibleName(title);
}

void SessionCard::setSubtitle(const QString &subtitle)
{
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
}

QLabel *SessionCard::problemLabel(const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

void SessionCard::showProblem(QLabel *label, const QString &text)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, Theme::problemColor());
    label->setPalette(p);
    label->setText(text);
    label->setAccessibleName(text);
    label->setVisible(!text.isEmpty());
}

std::optional<User> SessionCard::checkPassword(
    QLineEdit *password, QLabel *problem, const std::function<User(const QString &)> &check)
{
    std::optional<User> user;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        user = check(password->text());
        showProblem(problem, {});
    } catch (const Error &error) {
        showProblem(problem, error.message());
        password->setFocus();
    }
    QGuiApplication::restoreOverrideCursor();
    password->clear();
    return user;
}

QLabel *SessionCard::caption(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

QLineEdit *SessionCard::field(const char *objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setAccessibleName(accessibleName);
    QFont f = edit->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    edit->setFont(f);
    edit->setMinimumHeight(edit->fontMetrics().height() * 2);
    return edit;
}

QString SessionCard::roleTitle(Role role)
{
    switch (role) {
    case Role::Receptionist:
        return tr("Receptionist");
    case Role::Nurse:
        return tr("Nurse");
    case Role::Admin:
        return tr("Admin");
    }
    return {};
}

void SessionCard::center(QWidget *page, QWidget *card, QWidget *beside)
{
    auto *grid = new QGridLayout(page);
    grid->setContentsMargins(24, 24, 24, 24);
    grid->setRowStretch(0, 2);
    grid->setRowStretch(2, 3);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(beside ? 4 : 2, 1);
    grid->addWidget(card, 1, 1, Qt::AlignTop);
    if (beside) {
        grid->setColumnMinimumWidth(2, 32);
        grid->addWidget(beside, 1, 3, Qt::AlignTop);
    }
}

} // namespace chairside
