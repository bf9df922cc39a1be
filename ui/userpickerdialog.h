#pragma once

#include "model/user.h"

#include <QDialog>
#include <QList>

class QListWidget;

namespace chairside {

/// Until log-in arrives: who is at this keyboard, picked from the store's active users.
class UserPickerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserPickerDialog)

public:
    UserPickerDialog(const QList<User> &users, const QString &preferred, QWidget *parent = nullptr);
    User selectedUser() const;

private:
    QList<User> m_users;
    QListWidget *m_list;
};

} // namespace chairside
