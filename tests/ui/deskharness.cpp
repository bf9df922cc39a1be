#include "deskharness.h"

#include "desk/decisionbanner.h"
#include "desk/decisionpanel.h"
#include "store/store.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <catch2/catch.hpp>

namespace chairside::test {

namespace {

User userWith(Role role)
{
    User user;
    user.role = role;
    user.name = role == Role::Admin ? QStringLiteral("admin")
        : role == Role::Nurse       ? QStringLiteral("nurse")
                                    : QStringLiteral("desk");
    return user;
}

} // namespace

DeskHarness::DeskHarness(Role role)
    : workspace(f.store, f.clock)
    , view(workspace)
{
    workspace.setWatchInterval(0);
    workspace.setUser(*f.store.userByName(userWith(role).name));
    workspace.setCenter(f.center);
    view.resize(1360, 820);
    view.show();
    QApplication::setActiveWindow(&view);
    REQUIRE(QTest::qWaitForWindowActive(&view));
}

DeskHarness::~DeskHarness()
{
    // Dialogs opened from the desk (window-modal, deleted on close) go with it.
    view.close();
}

qint64 DeskHarness::bookReady(QDate date, int hour, int minute, const Chair *chair)
{
    const qint64 id = f.book(f.maria, f.infliximab, date, hour, minute, chair);
    f.store.setPrep(id, PrepState::Ready, f.local(date, hour, minute).addSecs(-3 * 3600));
    return id;
}

void DeskHarness::search(const QString &text)
{
    searchField()->setFocus();
    searchField()->clear();
    QTest::keyClicks(searchField(), text);
    // The results follow after a short pause in typing.
    REQUIRE(QTest::qWaitFor([&] { return view.resultsModel()->count() > 0; }, 2000));
}

void DeskHarness::giveDateOfBirth(const QString &text)
{
    REQUIRE(dobField()->hasFocus());
    QTest::keyClicks(dobField(), text);
    QTest::keyClick(dobField(), Qt::Key_Return);
}

void DeskHarness::press(Qt::Key key)
{
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus != nullptr);
    QTest::keyClick(focus, key);
}

QLineEdit *DeskHarness::searchField() const
{
    return view.findChild<QLineEdit *>(QStringLiteral("searchField"));
}

QLineEdit *DeskHarness::dobField() const
{
    return view.findChild<QLineEdit *>(QStringLiteral("dobField"));
}

QPushButton *DeskHarness::button(const char *objectName) const
{
    auto *found = view.findChild<QPushButton *>(QString::fromLatin1(objectName));
    REQUIRE(found != nullptr);
    return found;
}

QString DeskHarness::banner() const
{
    if (!view.decision() || view.decisionPanel()->isHidden())
        return {};
    return view.decisionPanel()->banner()->text();
}

QString DeskHarness::reasonsText() const
{
    QStringList texts;
    const auto *reasons = view.decisionPanel()->findChild<QWidget *>(QStringLiteral("reasons"));
    for (const QLabel *label : reasons->findChildren<QLabel *>()) {
        if (!label->text().isEmpty())
            texts << label->text();
    }
    return texts.join(QLatin1Char('\n'));
}

QString DeskHarness::labelText(const char *objectName) const
{
    const auto *label = view.decisionPanel()->findChild<QLabel *>(QString::fromLatin1(objectName));
    return label ? label->text() : QString();
}

QString DeskHarness::identityText() const
{
    return view.findChild<QLabel *>(QStringLiteral("identityText"))->text();
}

QString DeskHarness::statusText() const
{
    return view.decisionPanel()->statusText();
}

AppointmentStatus DeskHarness::statusOf(qint64 appointmentId)
{
    const auto appointment = f.store.appointment(appointmentId);
    REQUIRE(appointment.has_value());
    return appointment->status;
}

} // namespace chairside::test
