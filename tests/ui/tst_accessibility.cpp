// What a screen reader says of each control: every page of the window walked, as an admin (who sees every
// page), and every interactive widget asked for its accessible name the way assistive technology asks it.
#include "catchqstring.h"
#include "common/clock.h"
#include "desk/decisionbanner.h"
#include "desk/deskview.h"
#include "patients/patientwindow.h"
#include "patients/registrationdialog.h"
#include "sessionharness.h"
#include "setup/settingsdialog.h"
#include "setup/setupwizard.h"
#include "tempstore.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>

#include <catch2/catch.hpp>

using namespace chairside;

namespace {

bool interactive(const QWidget *widget)
{
    if (qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
        || qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
        || qobject_cast<const QAbstractItemView *>(widget) || qobject_cast<const QAbstractSlider *>(widget)
        || qobject_cast<const QPlainTextEdit *>(widget))
        return true;
    if (const auto *text = qobject_cast<const QTextEdit *>(widget))
        return !text->isReadOnly();
    return false;
}

/// Where a widget is, for the failure's message: its class and object name, and its named ancestors.
QString describe(const QWidget *widget)
{
    QStringList path;
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (w == widget || !w->objectName().isEmpty())
            path.prepend(QStringLiteral("%1#%2").arg(
                QString::fromLatin1(w->metaObject()->className()), w->objectName()));
    }
    return path.join(QStringLiteral(" > "));
}

/// The visible interactive widgets under `root` that a screen reader would announce without a name, and
/// the labels that are some field's buddy but say nothing.
QStringList unnamed(const QWidget *root)
{
    QStringList problems;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (!widget->isVisible())
            continue;
        if (const auto *label = qobject_cast<const QLabel *>(widget);
            label && label->buddy() && label->text().trimmed().isEmpty()) {
            problems << describe(widget) + QStringLiteral(": an empty label for a field");
            continue;
        }
        // A view's scroll bars and header, and the tab bar's scroll arrows, are announced by Qt as parts
        // of the view or the tabs.
        if (!interactive(widget) || qobject_cast<const QAbstractSlider *>(widget)
            || qobject_cast<const QHeaderView *>(widget)
            || widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        // An editable combo box's field is announced as the combo box.
        if (qobject_cast<const QLineEdit *>(widget)
            && qobject_cast<const QComboBox *>(widget->parentWidget()))
            continue;
        // The tab bar's scroll arrows and a line edit's clear button are Qt's own, named by their parent.
        if (qobject_cast<const QAbstractButton *>(widget) && widget->parentWidget()
            && (widget->parentWidget()->inherits("QTabBar") || widget->parentWidget()->inherits("QLineEdit")))
            continue;
        QAccessibleInterface *accessible
            = QAccessible::queryAccessibleInterface(const_cast<QWidget *>(widget));
        const QString name = accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            problems << describe(widget) + QStringLiteral(": no accessible name");
    }
    return problems;
}

void settle()
{
    QApplication::processEvents();
    QTest::qWait(20);
}

} // namespace

TEST_CASE("Every control on every page has a name a screen reader can say")
{
    test::SessionHarness harness;
    settle();
    {
        INFO("the log-in screen");
        const QStringList problems = unnamed(harness.window.get());
        CAPTURE(problems);
        CHECK(problems.isEmpty());
    }

    harness.logIn(QStringLiteral("admin"));
    REQUIRE(harness.window->session() == MainWindow::Session::SignedIn);
    QTabWidget *pages = harness.window->pages();
    REQUIRE(pages->count() >= 7); // desk, arrivals, roster, readiness, pharmacy, audit, interfaces
    for (int index = 0; index < pages->count(); ++index) {
        harness.window->showPage(index);
        settle();
        INFO("the page " << pages->tabText(index).toStdString());
        const QStringList problems = unnamed(pages->currentWidget());
        CAPTURE(problems);
        CHECK(problems.isEmpty());
    }

    // The desk with a patient's decision showing: the banner and the checklist and their buttons.
    harness.window->showPage(0);
    harness.openMaria();
    settle();
    {
        INFO("the desk with Maria's record open");
        const QStringList problems = unnamed(harness.window->desk());
        CAPTURE(problems);
        CHECK(problems.isEmpty());
    }

    // The window's own frame: the tabs, the status bar.
    {
        INFO("the window");
        const QStringList problems = unnamed(harness.window.get());
        CAPTURE(problems);
        CHECK(problems.isEmpty());
    }

    RegistrationDialog *registration = harness.window->registerPatient();
    REQUIRE(registration);
    settle();
    {
        INFO("the registration dialog");
        const QStringList problems = unnamed(registration);
        CAPTURE(problems);
        CHECK(problems.isEmpty());
    }
    registration->reject();

    // The patient's own window, every section of the record, and the admin's settings.
    harness.window->openPatient(harness.f.maria.id);
    settle();
    const QList<PatientWindow *> patientWindows = harness.window->findChildren<PatientWindow *>();
    REQUIRE(patientWindows.size() == 1);
    {
        INFO("Maria's patient window");
        const QStringList problems = unnamed(patientWindows.first());
        CAPTURE(problems);
        CHECK(problems.isEmpty());
    }
    patientWindows.first()->close();
    harness.window->openSettings();
    settle();
    const QList<SettingsDialog *> settings = harness.window->findChildren<SettingsDialog *>();
    REQUIRE(settings.size() == 1);
    auto *settingsTabs = settings.first()->findChild<QTabWidget *>();
    for (int index = 0; settingsTabs && index < settingsTabs->count(); ++index) {
        settingsTabs->setCurrentIndex(index);
        settle();
        INFO("the settings' tab " << settingsTabs->tabText(index).toStdString());
        const QStringList problems = unnamed(settings.first());
        CAPTURE(problems);
        CHECK(problems.isEmpty());
    }
    settings.first()->reject();
    settle();

    harness.window->lockNow();
    settle();
    {
        INFO("the lock screen");
        const QStringList problems = unnamed(harness.window.get());
        CAPTURE(problems);
        CHECK(problems.isEmpty());
    }
}

TEST_CASE("Every page of the first-run wizard has a name for each control")
{
    test::TempStore temp;
    FixedClock clock(QDateTime(QDate(2026, 12, 1), QTime(14, 0), Qt::UTC));
    Workspace workspace(temp.store(), clock);
    workspace.setWatchInterval(0);
    REQUIRE(SetupWizard::isNeeded(workspace));
    SetupWizard wizard(workspace);
    wizard.show();
    QApplication::setActiveWindow(&wizard);
    REQUIRE(QTest::qWaitForWindowActive(&wizard));

    // Each page as it first shows, then Next with what the page needs to let the walk go on.
    auto *name = wizard.findChild<QLineEdit *>(QStringLiteral("centerNameField"));
    REQUIRE(name);
    name->setText(QStringLiteral("Lakeside Infusion"));
    auto *zone = wizard.findChild<QComboBox *>(QStringLiteral("timeZoneField"));
    REQUIRE(zone);
    zone->setCurrentText(QStringLiteral("America/Chicago"));
    QList<int> walked;
    for (int step = 0; step < 8 && !walked.contains(wizard.currentId()); ++step) {
        walked << wizard.currentId();
        settle();
        INFO("the wizard's page " << wizard.currentPage()->title().toStdString());
        const QStringList problems = unnamed(&wizard);
        CAPTURE(problems);
        CHECK(problems.isEmpty());
        if (wizard.currentId() == SetupWizard::AdminPage)
            break;
        wizard.next();
        INFO(wizard.problem().toStdString());
    }
    REQUIRE(walked
        == QList<int> {SetupWizard::CenterPage, SetupWizard::HoursPage, SetupWizard::ChairsPage,
            SetupWizard::TherapiesPage, SetupWizard::PolicyPage, SetupWizard::AdminPage});
}

TEST_CASE("The check finds a control without a name, and a label that names nothing")
{
    QWidget page;
    auto *named = new QLineEdit(&page);
    auto *label = new QLabel(QStringLiteral("Search"), &page);
    label->setBuddy(named);
    auto *iconOnly = new QPushButton(&page);
    iconOnly->setObjectName(QStringLiteral("iconOnly"));
    auto *emptyLabel = new QLabel(&page);
    auto *other = new QLineEdit(&page);
    other->setObjectName(QStringLiteral("other"));
    emptyLabel->setBuddy(other);
    page.show();
    settle();

    QStringList problems = unnamed(&page);
    CAPTURE(problems);
    REQUIRE(problems.size() == 3); // the button, the empty label, and the field it leaves unnamed
    REQUIRE(problems.filter(QStringLiteral("#iconOnly: no accessible name")).size() == 1);
    REQUIRE(problems.filter(QStringLiteral("an empty label")).size() == 1);

    iconOnly->setAccessibleName(QStringLiteral("Clear"));
    emptyLabel->setText(QStringLiteral("Date of birth"));
    problems = unnamed(&page);
    REQUIRE(problems.isEmpty());
}

namespace {

/// The labels and buttons under `root` whose text does not fit the room they were given.
QStringList clipped(const QWidget *root)
{
    QStringList problems;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (!widget->isVisible() || widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        if (const auto *scroll = qobject_cast<const QScrollArea *>(widget)) {
            // A page that fits its width never scrolls sideways: a scroll bar there means cut-off words.
            if (scroll->widgetResizable() && scroll->horizontalScrollBar()->isVisible())
                problems << QStringLiteral("%1: scrolls sideways, %2 px of %3 showing")
                                .arg(describe(scroll))
                                .arg(scroll->viewport()->width())
                                .arg(scroll->widget() ? scroll->widget()->minimumSizeHint().width() : 0);
        } else if (const auto *label = qobject_cast<const QLabel *>(widget)) {
            if (label->text().isEmpty() || label->pixmap().cacheKey() != 0
                || label->textFormat() == Qt::RichText)
                continue;
            const int needed = label->wordWrap() ? label->heightForWidth(label->contentsRect().width())
                                                 : label->sizeHint().height();
            if (label->height() + 1 < needed)
                problems << QStringLiteral("%1 \"%2\": %3 px high, needs %4")
                                .arg(describe(label), label->text().left(40))
                                .arg(label->height())
                                .arg(needed);
            else if (!label->wordWrap() && label->width() + 1 < label->sizeHint().width())
                problems << QStringLiteral("%1 \"%2\": %3 px wide, needs %4")
                                .arg(describe(label), label->text().left(40))
                                .arg(label->width())
                                .arg(label->sizeHint().width());
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
            if (button->text().isEmpty())
                continue;
            const QSize hint = button->sizeHint();
            if (button->width() + 1 < hint.width() || button->height() + 1 < hint.height())
                problems << QStringLiteral("%1 \"%2\": %3x%4, needs %5x%6")
                                .arg(describe(button), button->text())
                                .arg(button->width())
                                .arg(button->height())
                                .arg(hint.width())
                                .arg(hint.height());
        }
    }
    return problems;
}

/// The application's font at `factor` of its size while it lives, as a desktop's text scaling sets it.
struct ScaledFont
{
    explicit ScaledFont(qreal factor)
        : original(QApplication::font())
    {
        QFont font = original;
        font.setPointSizeF(original.pointSizeF() * factor);
        QApplication::setFont(font);
    }
    ~ScaledFont() { QApplication::setFont(original); }
    Q_DISABLE_COPY_MOVE(ScaledFont)
    QFont original;
};

} // namespace

TEST_CASE("At a system font half again as large, the desk and its decision still show all their text")
{
    const ScaledFont larger(1.5);
    test::SessionHarness harness;
    harness.logIn(QStringLiteral("desk"));
    harness.openMaria();
    settle();
    DeskView *desk = harness.window->desk();
    if (const QByteArray folder = qgetenv("CHAIRSIDE_GRAB_FOLDER"); !folder.isEmpty())
        harness.window->grab().save(QString::fromLocal8Bit(folder) + QStringLiteral("/desk-150.png"));
    const QStringList problems = clipped(desk);
    CAPTURE(problems);
    REQUIRE(problems.isEmpty());

    // Her date of birth confirmed: the decision banner, its reasons and the checklist.
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("03/04/1961"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    settle();
    REQUIRE(desk->findChild<DecisionBanner *>());
    REQUIRE(desk->findChild<DecisionBanner *>()->isVisible());
    if (const QByteArray folder = qgetenv("CHAIRSIDE_GRAB_FOLDER"); !folder.isEmpty())
        harness.window->grab().save(QString::fromLocal8Bit(folder) + QStringLiteral("/decision-150.png"));
    const QStringList withDecision = clipped(desk);
    CAPTURE(withDecision);
    REQUIRE(withDecision.isEmpty());
}
