#include "userpickerdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace chairside {

namespace {

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Receptionist:
        return UserPickerDialog::tr("Receptionist");
    case Role::Nurse:
        return UserPickerDialog::tr("Nurse");
    case Role::Admin:
        return UserPickerDialog::tr("Admin");
    }
    return {};
}

} // namespace

UserPickerDialog::UserPickerDialog(const QList<User> &users, const QString &preferred, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Who is at this desk?"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Choose your name. Everything you do is recorded under it."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list->setAccessibleName(tr("Staff members"));
    for (const User &user : users) {
        if (!user.active)
            continue;
        m_users << user;
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(user.name, roleLabel(user.role)), m_list);
        if (user.name == preferred)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    layout->addWidget(m_list);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    layout->addWidget(buttons);
    resize(380, 320);
}

User UserPickerDialog::selectedUser() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_users.size() ? m_users.at(row) : User{};
}

} // namespace chairside
