#pragma once

// Finding and typing into the real widgets of a window, as the UI tests do everywhere.

#include <QLineEdit>
#include <QString>
#include <QTest>
#include <QWidget>

#include <catch2/catch.hpp>

namespace chairside::test {

/// The child of `parent` with this object name; the test stops when there is none.
template<typename T>
T *child(QWidget *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return found;
}

/// Replaces a field's text by typing, as a user would (the field's own signals fire).
inline void retype(QLineEdit *field, const QString &text)
{
    field->setFocus();
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, text);
}

} // namespace chairside::test
