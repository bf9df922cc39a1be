#pragma once

#include "model/user.h"

#include <QFrame>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace chairside {

/// The calm card the log-in, first-admin and lock screens are built on: the product's mark and name,
/// a title and a line under it, then the screen's own fields. Centered by the page that holds it.
class SessionCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionCard)

public:
    explicit SessionCard(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setSubtitle(const QString &subtitle);
    /// Where the screen adds its fields and buttons.
    QVBoxLayout *body() const { return m_body; }

    /// A label for problems: the error colour, a warning icon's words first, wrapped, hidden while empty.
    static QLabel *problemLabel(const char *objectName, QWidget *parent);
    static void showProblem(QLabel *label, const QString &text);
    /// Checks the password typed in `password` with `check` (which takes a moment on purpose: Argon2id),
    /// under a wait cursor. On a refusal the Error's words go to `problem` and the field is cleared for
    /// another try; either way the password leaves the field.
    static std::optional<User> checkPassword(
        QLineEdit *password, QLabel *problem, const std::function<User(const QString &)> &check);
    /// A caption above a field, with the field as its buddy.
    static QLabel *caption(const QString &text, QWidget *buddy, QWidget *parent);
    /// A line edit with the session screens' size and accessible name.
    static QLineEdit *field(const char *objectName, const QString &accessibleName, QWidget *parent);
    /// "Receptionist", "Nurse", "Admin".
    static QString roleTitle(Role role);
    /// Puts `card` (and `beside`, when given) in the middle of `page`, with room around them.
    static void center(QWidget *page, QWidget *card, QWidget *beside = nullptr);

private:
    QLabel *m_title;
    QLabel *m_subtitle;
    QVBoxLayout *m_body;
};

} // namespace chairside
