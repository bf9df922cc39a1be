// The desktop in Spanish: every string of the sources has a finished translation, the translations keep
// their placeholders and shortcuts, and the Spanish screens fit at their default sizes.

#include "booking/slotdialog.h"
#include "desk/decisionbanner.h"
#include "desk/decisionpanel.h"
#include "desk/overridedialog.h"
#include "deskharness.h"
#include "patients/registrationdialog.h"
#include "setup/language.h"
#include "setup/languagebox.h"
#include "setup/settingsdialog.h"
#include "text/desktext.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

using namespace chairside;
using namespace chairside::test;

namespace {

const QDate kToday(2026, 12, 1);

/// One message of a .ts file: its context, source and translations (two for a plural).
struct Message
{
    QString context;
    QString source;
    QStringList translations;
    QString type; ///< "unfinished", "vanished", "obsolete", or empty when finished
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message {context, {}, {}, {}};
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            // A plural's forms are <numerusform> children; a plain translation is the element's text.
            QString text;
            bool plural = false;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    plural = true;
                    message.translations << xml.readElementText();
                } else if (xml.isCharacters() && !plural) {
                    text += xml.text();
                }
            }
            if (!plural)
                message.translations << text;
            messages << message;
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(?:n|[1-9])"));
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

/// True when the text has a keyboard shortcut marker (&x, not && nor an entity such as &nbsp;).
bool hasMnemonic(const QString &text)
{
    static const QRegularExpression mnemonic(QStringLiteral("(?<!&)&(?!&|[a-z]+;)\\S"));
    return mnemonic.match(text).hasMatch();
}

/// Installs the Spanish translators for the life of the object, then English again.
struct InSpanish
{
    InSpanish() { REQUIRE(Language::apply(Language::localeFor(Language::Choice::Spanish))); }
    ~InSpanish() { Language::apply(Language::localeFor(Language::Choice::English)); }
    InSpanish(const InSpanish &) = delete;
    InSpanish &operator=(const InSpanish &) = delete;
};

QString describe(const QWidget *widget, const QString &text)
{
    return QStringLiteral("%1 \"%2\" (%3)")
        .arg(QString::fromLatin1(widget->metaObject()->className()), text, widget->objectName());
}

/// Every visible text under `root` that is wider than the room it was given: a button or a one-line
/// label whose size hint exceeds its width, a tab whose title is elided, a scroll area that had to
/// scroll sideways.
QStringList clippedTexts(QWidget *root)
{
    QStringList clipped;
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!button->isVisible() || button->text().isEmpty())
            continue;
        if (qobject_cast<QTabBar *>(button->parentWidget()))
            continue; // the tab bar's scroll arrows
        if (button->sizeHint().width() > button->width() + 1)
            clipped << describe(button, button->text());
    }
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->wordWrap() || label->text().isEmpty())
            continue;
        if (label->sizeHint().width() > label->width() + 1)
            clipped << describe(label, label->text());
    }
    for (QGroupBox *group : root->findChildren<QGroupBox *>()) {
        if (group->isVisible() && group->minimumSizeHint().width() > group->width() + 1)
            clipped << describe(group, group->title());
    }
    for (QTabBar *tabs : root->findChildren<QTabBar *>()) {
        if (tabs->isVisible() && tabs->sizeHint().width() > tabs->width() + 1)
            clipped << describe(tabs, tabs->tabText(tabs->count() - 1));
    }
    for (QScrollArea *area : root->findChildren<QScrollArea *>()) {
        if (area->isVisible() && area->horizontalScrollBar()->isVisible())
            clipped << describe(area, QStringLiteral("scrolls sideways"));
    }
    return clipped;
}

/// Grabs the widget into the build folder's translation-pictures, to look at.
void keepPicture(QWidget *widget, const QString &name)
{
    QApplication::processEvents();
    const QString folder = QDir::current().filePath(QStringLiteral("translation-pictures"));
    QDir().mkpath(folder);
    REQUIRE(widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png")));
}

void requireFits(QWidget *widget, const QString &name)
{
    QApplication::processEvents();
    keepPicture(widget, name);
    const QStringList clipped = clippedTexts(widget);
    INFO(name.toStdString() << ": " << clipped.join(QStringLiteral("\n")).toStdString());
    REQUIRE(clipped.isEmpty());
}

} // namespace

TEST_CASE("Every string of the desktop has a finished Spanish translation")
{
    // lupdate reads the sources into a copy of the committed file: a string added since, or changed,
    // comes out unfinished, and this test fails until it is translated.
    QTemporaryDir dir;
    const QString ts = dir.filePath(QStringLiteral("chairside_es.ts"));
    REQUIRE(QFile::copy(QStringLiteral(CHAIRSIDE_TS_FILE), ts));
    QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);
    const QDir sources(QStringLiteral(CHAIRSIDE_SOURCE_DIR));
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(CHAIRSIDE_LUPDATE),
        {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
            QStringLiteral("-no-ui-lines"), sources.filePath(QStringLiteral("ui")),
            sources.filePath(QStringLiteral("core")), sources.filePath(QStringLiteral("app/desktop")),
            QStringLiteral("-ts"), ts});
    REQUIRE(lupdate.waitForFinished(120000));
    INFO(QString::fromLocal8Bit(lupdate.readAll()).toStdString());
    REQUIRE(lupdate.exitCode() == 0);

    const QList<Message> messages = readTs(ts);
    REQUIRE(messages.size() > 1000);
    QStringList unfinished;
    QStringList broken;
    for (const Message &m : messages) {
        const bool empty = std::any_of(
            m.translations.begin(), m.translations.end(), [](const QString &t) { return t.isEmpty(); });
        if (!m.type.isEmpty() || m.translations.isEmpty() || empty) {
            unfinished << m.context + QStringLiteral(": ") + m.source;
            continue;
        }
        for (const QString &t : m.translations) {
            if (placeholders(t) != placeholders(m.source) || hasMnemonic(t) != hasMnemonic(m.source))
                broken << m.context + QStringLiteral(": ") + m.source + QStringLiteral(" → ") + t;
        }
    }
    INFO("unfinished:\n" << unfinished.join(QLatin1Char('\n')).toStdString());
    REQUIRE(unfinished.isEmpty());
    INFO("placeholders or shortcuts lost:\n" << broken.join(QLatin1Char('\n')).toStdString());
    REQUIRE(broken.isEmpty());
}

TEST_CASE("Spanish is chosen per workstation and the command line's English is untouched")
{
    REQUIRE(Language::fromKey(Language::key(Language::Choice::Spanish)) == Language::Choice::Spanish);
    REQUIRE(Language::fromKey(QStringLiteral("klingon")) == Language::Choice::System);
    const QLocale mexican(QLocale::Spanish, QLocale::Mexico);
    const QLocale german(QLocale::German, QLocale::Germany);
    REQUIRE(Language::localeFor(Language::Choice::System, mexican) == mexican);
    REQUIRE(Language::localeFor(Language::Choice::System, german).language() == QLocale::English);
    REQUIRE(Language::localeFor(Language::Choice::Spanish, german)
        == QLocale(QLocale::Spanish, QLocale::UnitedStates));
    REQUIRE(Language::localeFor(Language::Choice::English, mexican).language() == QLocale::English);

    const QDate wednesday(2026, 12, 2);
    {
        InSpanish spanish;
        REQUIRE(DeskText::day(wednesday, wednesday) == QStringLiteral("miércoles 2 de diciembre"));
        REQUIRE(DeskText::dateOfBirth(QDate(1961, 3, 4)) == QStringLiteral("4 mar 1961"));
        REQUIRE(DeskText::duration(210) == QStringLiteral("3 horas 30 minutos"));
        REQUIRE(statusLabel(AppointmentStatus::NoShow) == QStringLiteral("No se presentó"));
        REQUIRE(QLocale().language() == QLocale::Spanish);
        // Qt's own buttons speak Spanish too.
        REQUIRE(QCoreApplication::translate("QPlatformTheme", "Cancel") == QStringLiteral("Cancelar"));
    }
    // Without a translator, as in chairside-cli: the English the command line has always printed.
    REQUIRE(DeskText::day(wednesday, wednesday) == QStringLiteral("Wednesday 2 December"));
    REQUIRE(DeskText::dateOfBirth(QDate(1961, 3, 4)) == QStringLiteral("4 March 1961"));
    REQUIRE(statusLabel(AppointmentStatus::NoShow) == QStringLiteral("No-show"));
}

TEST_CASE("The Spanish desk admits in Spanish and its texts fit")
{
    InSpanish spanish;
    DeskHarness desk;
    desk.bookReady(kToday, 8, 0, &desk.f.chairs[2]);
    QTest::keyClicks(desk.searchField(), QStringLiteral("M0001"));
    desk.press(Qt::Key_Return);
    desk.giveDateOfBirth(QStringLiteral("1961-03-04"));

    REQUIRE(desk.banner() == QStringLiteral("ADMITIR — sillón 3"));
    REQUIRE(desk.reasonsText().contains(QStringLiteral("Todo está listo para usted")));
    REQUIRE(desk.labelText("bookedText").contains(QStringLiteral("hoy a las 08:00, sillón 3")));
    requireFits(&desk.view, QStringLiteral("desk-admit"));
}

TEST_CASE("The Spanish desk sends a late patient to reschedule, and the booking dialog fits")
{
    InSpanish spanish;
    DeskHarness desk;
    desk.bookReady(kToday, 8);
    desk.f.clock.set(desk.f.local(kToday, 8, 40));
    desk.search(QStringLiteral("alvarez, maria"));
    desk.press(Qt::Key_Return);
    desk.giveDateOfBirth(QStringLiteral("03041961"));

    REQUIRE(desk.banner() == QStringLiteral("REPROGRAMAR"));
    REQUIRE(desk.reasonsText().contains(QStringLiteral("hace 40 minutos")));
    requireFits(&desk.view, QStringLiteral("desk-reschedule"));

    desk.press(Qt::Key_Return);
    SlotDialog *dialog = nullptr;
    REQUIRE(QTest::qWaitFor(
        [&] {
            dialog = desk.view.findChild<SlotDialog *>(QStringLiteral("rescheduleDialog"));
            return dialog && dialog->isVisible();
        },
        3000));
    REQUIRE(QTest::qWaitFor([&] { return dialog->findChildren<QAbstractButton *>().size() > 2; }, 3000));
    requireFits(dialog, QStringLiteral("reschedule-dialog"));
    dialog->reject();
}

TEST_CASE("The Spanish override, registration and settings dialogs fit at their default sizes")
{
    InSpanish spanish;
    DeskHarness desk(Role::Admin);
    desk.bookReady(kToday, 8);
    desk.f.clock.set(desk.f.local(kToday, 8, 40));
    desk.search(QStringLiteral("alvarez, maria"));
    desk.press(Qt::Key_Return);
    desk.giveDateOfBirth(QStringLiteral("03041961"));
    REQUIRE(desk.view.decision().has_value());

    OverrideDialog override(*desk.view.decision(), desk.workspace.user(), &desk.view);
    override.show();
    REQUIRE(QTest::qWaitForWindowExposed(&override));
    requireFits(&override, QStringLiteral("override-dialog"));

    RegistrationDialog registration(desk.workspace, &desk.view);
    registration.show();
    REQUIRE(QTest::qWaitForWindowExposed(&registration));
    requireFits(&registration, QStringLiteral("registration-dialog"));

    SettingsDialog settings(desk.workspace, &desk.view);
    settings.show();
    REQUIRE(QTest::qWaitForWindowExposed(&settings));
    for (int tab = 0; tab < settings.tabs()->count(); ++tab) {
        settings.tabs()->setCurrentIndex(tab);
        requireFits(&settings, QStringLiteral("settings-%1").arg(tab));
    }
}

TEST_CASE("The language box keeps the workstation's choice for the next start")
{
    const Language::Choice before = Language::stored();
    {
        LanguageBox box;
        QComboBox *choices = box.choices();
        REQUIRE(choices->count() == 3);
        REQUIRE(choices->currentData().toString() == Language::key(before));
        choices->setCurrentIndex(choices->findText(QStringLiteral("Español")));
        REQUIRE(Language::stored() == Language::Choice::Spanish);
        REQUIRE(box.note().contains(QStringLiteral("next start")));
        // The program as it runs is not changed under the user's hands: the choice waits for the start.
        REQUIRE(QLocale().language() != QLocale::Spanish);
    }
    Language::store(before);
    REQUIRE(Language::stored() == before);
}
