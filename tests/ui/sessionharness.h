#pragma once

#include "fixture.h"
#include "window/mainwindow.h"
#include "workspace/workspace.h"

#include <QStringList>

#include <memory>

class QLineEdit;

namespace chairside::test {

/// The whole window on the Fixture's store, shown offscreen at a realistic size, opening on the
/// log-in screen as the program does. Every Fixture user has the password kPassword.
struct SessionHarness
{
    SessionHarness();
    ~SessionHarness();

    /// Types the name and password on the log-in screen and presses Enter.
    void logIn(const QString &name, const QString &password = QString::fromLatin1(kPassword));
    /// At the desk: finds Maria Alvarez by name and opens her record (the patient card).
    void openMaria();
    /// Presses a key (with modifiers) on whatever holds the focus, or the window.
    void press(const QKeySequence &keys);
    QLineEdit *field(const char *objectName) const;

    /// The text of every widget a person can see now: the window's and those of the windows opened
    /// from it (labels, fields, buttons, item views, titles, tooltips and accessible texts).
    QStringList visibleTexts() const;
    /// True when any visible text holds Maria's first or last name or her date of birth.
    bool showsMaria() const;

    Fixture f;
    Workspace workspace;
    std::unique_ptr<MainWindow> window;
};

} // namespace chairside::test
