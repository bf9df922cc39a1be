#include "sessionharness.h"

#include "desk/deskview.h"
#include "desk/patientresultsmodel.h"
#include "session/loginscreen.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

#include <catch2/catch.hpp>

namespace chairside::test {

namespace {

void collect(QWidget *widget, QStringList &texts)
{
    if (!widget->isVisible())
        return;
    texts << widget->windowTitle() << widget->toolTip() << widget->accessibleName()
          << widget->accessibleDescription();
    if (auto *label = qobject_cast<QLabel *>(widget))
        texts << label->text();
    else if (auto *edit = qobject_cast<QLineEdit *>(widget))
        texts << edit->text();
    else if (auto *button = qobject_cast<QAbstractButton *>(widget))
        texts << button->text();
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
        texts << plain->toPlainText();
    else if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
        const QAbstractItemModel *model = view->model();
        for (int row = 0; row < model->rowCount(view->rootIndex()); ++row) {
            for (int column = 0; column < model->columnCount(view->rootIndex()); ++column)
                texts << model->index(row, column, view->rootIndex()).data().toString();
        }
    }
    for (QObject *child : widget->children()) {
        if (auto *childWidget = qobject_cast<QWidget *>(child))
            collect(childWidget, texts);
    }
}

} // namespace

SessionHarness::SessionHarness()
    : workspace(f.store, f.clock)
{
    workspace.setWatchInterval(0);
    workspace.setCenter(f.center);
    window = std::make_unique<MainWindow>(workspace);
    window->addStandardPages();
    window->resize(1360, 860);
    window->show();
    QApplication::setActiveWindow(window.get());
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
}

SessionHarness::~SessionHarness()
{
    window->close();
}

void SessionHarness::logIn(const QString &name, const QString &password)
{
    REQUIRE(window->session() == MainWindow::Session::SignedOut);
    QLineEdit *nameField = field("userNameField");
    nameField->setFocus();
    nameField->selectAll();
    QTest::keyClicks(nameField, name);
    QTest::keyClick(nameField, Qt::Key_Return);
    QLineEdit *passwordField = field("passwordField");
    REQUIRE(passwordField->hasFocus());
    QTest::keyClicks(passwordField, password);
    QTest::keyClick(passwordField, Qt::Key_Return);
}

void SessionHarness::openMaria()
{
    DeskView *desk = window->desk();
    desk->focusSearch();
    auto *search = desk->findChild<QLineEdit *>(QStringLiteral("searchField"));
    QTest::keyClicks(search, QStringLiteral("alvarez"));
    REQUIRE(QTest::qWaitFor([&] { return desk->resultsModel()->count() > 0; }, 2000));
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return showsMaria(); }, 2000));
}

void SessionHarness::press(const QKeySequence &keys)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : window.get();
    QTest::keySequence(target, keys);
}

QLineEdit *SessionHarness::field(const char *objectName) const
{
    auto *found = window->findChild<QLineEdit *>(QString::fromLatin1(objectName));
    REQUIRE(found != nullptr);
    return found;
}

QStringList SessionHarness::visibleTexts() const
{
    QStringList texts;
    for (QWidget *top : QApplication::topLevelWidgets())
        collect(top, texts);
    texts.removeAll(QString());
    return texts;
}

bool SessionHarness::showsMaria() const
{
    // Case matters: the desk's hint gives "alvarez maria" and "3/4/1961" as examples of what to type.
    const QStringList needles
        = {QStringLiteral("Maria"), QStringLiteral("Alvarez"), QStringLiteral("03/04/1961"),
            QStringLiteral("1961-03-04"), QStringLiteral("4 March 1961"), QStringLiteral("Mar 1961")};
    for (const QString &text : visibleTexts()) {
        for (const QString &needle : needles) {
            if (text.contains(needle))
                return true;
        }
    }
    return false;
}

} // namespace chairside::test
