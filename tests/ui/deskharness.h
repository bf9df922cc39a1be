#pragma once

#include "desk/deskview.h"
#include "fixture.h"
#include "workspace/workspace.h"

#include <QString>

class QLineEdit;
class QPushButton;

namespace chairside::test {

/// The check-in desk on the Fixture's store, shown offscreen at a realistic size and driven by keys
/// as the receptionist does.
struct DeskHarness
{
    explicit DeskHarness(Role role = Role::Receptionist);
    ~DeskHarness();

    /// Books Maria Alvarez's infliximab at a wall time today or later, with the dose prepared three hours
    /// before (within its beyond-use time), as the pharmacy does the day before.
    qint64 bookReady(QDate date, int hour, int minute = 0, const Chair *chair = nullptr);

    /// Types into the search field and waits for the results to follow.
    void search(const QString &text);
    /// Types the date of birth into the identity step and presses Enter.
    void giveDateOfBirth(const QString &text);
    /// Presses a key on whatever holds the focus.
    void press(Qt::Key key);

    QLineEdit *searchField() const;
    QLineEdit *dobField() const;
    QPushButton *button(const char *objectName) const;
    /// What the banner says, e.g. "ADMIT — chair 1"; empty while no decision is shown.
    QString banner() const;
    /// Every sentence under the banner, joined.
    QString reasonsText() const;
    /// The text of a label in the decision panel, by object name.
    QString labelText(const char *objectName) const;
    QString identityText() const;
    QString statusText() const;
    /// The appointment's status as it is now in the store.
    AppointmentStatus statusOf(qint64 appointmentId);

    Fixture f;
    Workspace workspace;
    DeskView view;
};

} // namespace chairside::test
