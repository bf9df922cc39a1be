// The desktop in Spanish: every string of the sources has a finished translation, the translations keep
// their placeholders and shortcuts, and the Spanish screens fit at their default sizes.

#include "booking/slotdialog.h"
#include "catchqstring.h"
#include "day/appointmentdetailsdialog.h"
#include "day/rosterview.h"
#include "desk/decisionbanner.h"
#include "desk/decisionpanel.h"
#include "desk/overridedialog.h"
#include "desk/patientresultsmodel.h"
#include "deskharness.h"
#include "patients/orderdialog.h"
#include "patients/registrationdialog.h"
#include "pharmacy/dosemodel.h"
#include "pharmacy/pharmacyview.h"
#include "rosterday.h"
#include "setup/language.h"
#include "setup/languagebox.h"
#include "setup/settingsdialog.h"
#include "text/desktext.h"
#include "text/typeddate.h"
#include "widgetlookup.h"
#include "window/mainwindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPaintEngine>
#include <QPainter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>
#include <functional>

using namespace chairside;
using namespace chairside::test;

using chairside::test::child;
using chairside::test::retype;

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

void click(QWidget *parent, const char *button)
{
    QTest::mouseClick(child<QAbstractButton>(parent, button), Qt::LeftButton);
}

/// The letter Alt presses for a text ("&Admit" → "a"), empty when it has none.
QString altLetter(const QString &text)
{
    static const QRegularExpression mnemonic(QStringLiteral("(?<!&)&([^&\\s])"));
    const auto match = mnemonic.match(text);
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

/// The Alt-letters that more than one thing answers to: the visible buttons and field labels of `root`,
/// and the menus of the window's bar, which the desk sits under.
QStringList altClashes(QWidget *root, const QMenuBar *bar)
{
    QMultiMap<QString, QString> owners;
    for (const QAction *menu : bar->actions()) {
        if (menu->isVisible() && !altLetter(menu->text()).isEmpty())
            owners.insert(altLetter(menu->text()), QStringLiteral("menu ") + menu->text());
    }
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (button->isVisible() && !altLetter(button->text()).isEmpty())
            owners.insert(altLetter(button->text()), button->text());
    }
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (label->isVisible() && label->buddy() && !altLetter(label->text()).isEmpty())
            owners.insert(altLetter(label->text()), label->text());
    }
    QStringList clashes;
    for (const QString &letter : owners.uniqueKeys()) {
        if (owners.count(letter) > 1)
            clashes
                << QStringLiteral("Alt+%1: %2").arg(letter, owners.values(letter).join(QStringLiteral(", ")));
    }
    return clashes;
}

/// A page that keeps the words painted on it, as printed: what a printer or a PDF would be given.
class TextRecorder final : public QPaintDevice, QPaintEngine
{
public:
    explicit TextRecorder(QSize size)
        : QPaintEngine(QPaintEngine::AllFeatures)
        , m_size(size)
    { }
    QPaintEngine *paintEngine() const override { return const_cast<TextRecorder *>(this); }
    const QStringList &texts() const { return m_texts; }

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &) override { }
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override { }
    void drawTextItem(const QPointF &, const QTextItem &item) override { m_texts << item.text(); }
    void drawPath(const QPainterPath &) override { }
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override { }
    Type type() const override { return QPaintEngine::User; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return m_size.width();
        case PdmHeight:
            return m_size.height();
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 100;
        case PdmDepth:
            return 32;
        case PdmNumColors:
            return INT_MAX;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(QPaintDevice::devicePixelRatioFScale());
        default:
            return QPaintDevice::metric(metric);
        }
    }

private:
    QSize m_size;
    QStringList m_texts;
};

/// English words a Spanish printout must not hold: the page's own and its rows'.
QStringList englishWords(const QStringList &texts)
{
    static const QRegularExpression english(QStringLiteral(
        "\\b(Printed|by|roster|worklist|Initials|[Cc]hairs?|[Rr]eady|[Bb]ooked|[Aa]rrived|[Ww]"
        "aiting|"
        "[Cc]hecked|[Ii]n chair|[Dd]one|minutes?|hours?|today|tomorrow|[Dd]oses?|Patient|Therapy|Time|"
        "Monday|Tuesday|Wednesday|Thursday|Friday|December|Dec|not|until|prepare|orphan|late|utilization)"
        "\\b"));
    QStringList found;
    for (const QString &text : texts) {
        if (english.match(text).hasMatch())
            found << text;
    }
    return found;
}

/// A landscape US Letter page at 100 dots an inch.
const QSize kLandscapePage(1100, 850);

User userNamed(Store &store, const char *name)
{
    const auto user = store.userByName(QString::fromLatin1(name));
    REQUIRE(user.has_value());
    return *user;
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
    {
        InSpanish spanish;
        // Typed as a Spanish-speaking receptionist writes it, and as the English hint says it.
        REQUIRE(TypedDate::parse(QStringLiteral("1 de diciembre de 2026"), wednesday) == QDate(2026, 12, 1));
        REQUIRE(TypedDate::parse(QStringLiteral("4 mar. 1961"), wednesday) == QDate(1961, 3, 4));
        REQUIRE(TypedDate::parse(QStringLiteral("1 Dec 2026"), wednesday) == QDate(2026, 12, 1));
    }
    // Without a translator the command line reads English month names only, as it always has.
    REQUIRE_FALSE(TypedDate::parse(QStringLiteral("1 dic 2026"), wednesday).has_value());
    REQUIRE(TypedDate::parse(QStringLiteral("March 4, 1961"), wednesday) == QDate(1961, 3, 4));
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

TEST_CASE("The core services' refusals reach the Spanish desk in Spanish, their spliced words too")
{
    InSpanish spanish;
    DeskHarness desk(Role::Admin);
    desk.bookReady(kToday.addDays(1), 9, 0, &desk.f.chairs[1]);

    SECTION("a permission refused: the settings left open when the admin's desk passes to a receptionist")
    {
        SettingsDialog settings(desk.workspace, &desk.view);
        settings.show();
        desk.workspace.setUser(userNamed(desk.f.store, "desk"));
        settings.tabs()->setCurrentIndex(SettingsDialog::CenterTab);
        retype(child<QLineEdit>(&settings, "phoneField"), QStringLiteral("(212) 555-0142"));
        click(&settings, "saveCenterButton");
        REQUIRE(settings.problem(SettingsDialog::CenterTab)
            == QStringLiteral(
                "desk tiene el rol de recepcionista; solo administración puede cambiar centros, "
                "sillones, terapias, reglas o usuarios."));
        REQUIRE(desk.f.store.center(desk.f.center.id)->phone == desk.f.center.phone);
    }
    SECTION("set-up validation: a phone that is no number, a chair with appointments taken out of use")
    {
        SettingsDialog settings(desk.workspace, &desk.view);
        settings.show();
        settings.tabs()->setCurrentIndex(SettingsDialog::CenterTab);
        retype(child<QLineEdit>(&settings, "phoneField"), QStringLiteral("ring us"));
        click(&settings, "saveCenterButton");
        REQUIRE(settings.markedField(SettingsDialog::CenterTab) == QStringLiteral("phone"));
        REQUIRE(settings.problem(SettingsDialog::CenterTab)
            == QStringLiteral(
                "\"ring us\" no es un número de teléfono; escriba dígitos con espacios, guiones o "
                "paréntesis, p. ej. (312) 555-0100."));

        settings.tabs()->setCurrentIndex(SettingsDialog::ChairsTab);
        auto *list = child<QTableWidget>(&settings, "chairList");
        for (int row = 0; row < list->rowCount(); ++row) {
            if (list->item(row, 0)->text() == desk.f.chairs[1].label) {
                list->setFocus();
                list->setCurrentCell(row, 0);
                list->selectRow(row);
            }
        }
        REQUIRE(child<QLineEdit>(&settings, "chairLabelField")->text() == desk.f.chairs[1].label);
        QTest::mouseClick(child<QCheckBox>(&settings, "chairActiveField"), Qt::LeftButton, {}, QPoint(4, 4));
        click(&settings, "saveChairButton");
        const QString problem = settings.problem(SettingsDialog::ChairsTab);
        INFO(problem.toStdString());
        // The chair's kind is the Spanish word, not the English key spliced into a Spanish sentence.
        REQUIRE(problem.startsWith(
            QStringLiteral("sillón %1 tiene 1 cita(s) de aquí en adelante").arg(desk.f.chairs[1].label)));
        REQUIRE(desk.f.store.chair(desk.f.chairs[1].id)->active);
    }
    SECTION("a bad date in a dialog, and an order that ends before it starts")
    {
        const PrescriberOrder order = desk.f.store.ordersOfPatient(desk.f.maria.id).first();
        OrderDialog dialog(desk.workspace, desk.f.maria.id, order, &desk.view);
        dialog.show();
        auto *to = child<QLineEdit>(&dialog, "toField");
        retype(to, QStringLiteral("31/31/2027"));
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        REQUIRE(dialog.problems().markedField() == QStringLiteral("to"));
        REQUIRE(dialog.problems().message()
            == QStringLiteral(
                "“31/31/2027” no es una fecha; escríbala como 2026-12-01, 12/1/2026 o 1 dic 2026."));

        retype(to, QStringLiteral("2020-01-01"));
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        REQUIRE(dialog.problems().markedField() == QStringLiteral("to"));
        REQUIRE(
            dialog.problems().message().startsWith(QStringLiteral("La orden médica termina el 2020-01-01")));
        REQUIRE(desk.f.store.order(order.id)->validTo == order.validTo);

        // The date as the hint says it, in Spanish words, is read.
        retype(to, QStringLiteral("1 dic 2027"));
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        INFO(dialog.problems().message().toStdString());
        REQUIRE(desk.f.store.order(order.id)->validTo == QDate(2027, 12, 1));
    }
}

TEST_CASE("No two things on the desk answer to the same Alt-letter, in English and in Spanish")
{
    const bool spanish = GENERATE(false, true);
    std::optional<InSpanish> inSpanish;
    if (spanish)
        inSpanish.emplace();
    INFO((spanish ? "in Spanish" : "in English"));
    const Role role = GENERATE(Role::Receptionist, Role::Admin);
    DeskHarness desk(role);
    MainWindow window(desk.workspace);
    window.addStandardPages();
    window.startSignedIn(desk.workspace.user());
    const QMenuBar *bar = window.menuBar();
    REQUIRE(bar->actions().size() >= 4);

    const auto requireNoClash = [&](const char *step) {
        QApplication::processEvents();
        const QStringList clashes = altClashes(&desk.view, bar);
        INFO(step << ":\n" << clashes.join(QLatin1Char('\n')).toStdString());
        REQUIRE(clashes.isEmpty());
    };
    requireNoClash("the empty desk");

    // A patient found, asked for her date of birth; then each decision with its buttons.
    desk.search(QStringLiteral("alvarez, maria"));
    desk.press(Qt::Key_Return);
    requireNoClash("the identity step");

    SECTION("admitted")
    {
        desk.bookReady(kToday, 8);
        desk.giveDateOfBirth(QStringLiteral("03041961"));
        REQUIRE(desk.view.decision().has_value());
        requireNoClash("the admit decision");
    }
    SECTION("late: reschedule, and for the admin override")
    {
        desk.bookReady(kToday, 8);
        desk.f.clock.set(desk.f.local(kToday, 8, 40));
        desk.giveDateOfBirth(QStringLiteral("03041961"));
        REQUIRE_FALSE(desk.button("rescheduleButton")->isHidden());
        requireNoClash("the late decision");
    }
    SECTION("stale eligibility: verified now")
    {
        desk.bookReady(kToday, 8);
        desk.f.store.setEligibilityVerified(
            desk.f.store.coverages(desk.f.maria.id).first().id, kToday.addDays(-400), QString(), {});
        desk.giveDateOfBirth(QStringLiteral("03041961"));
        REQUIRE(desk.button("verifiedNowButton")->isVisible());
        requireNoClash("a stale eligibility");
    }
    SECTION("booked later: move it earlier, or book another")
    {
        desk.f.book(desk.f.maria, desk.f.infliximab, QDate(2026, 12, 10), 10);
        desk.giveDateOfBirth(QStringLiteral("03041961"));
        REQUIRE_FALSE(desk.button("bookButton")->isHidden());
        requireNoClash("a later booking");
    }
}

TEST_CASE("A long hyphenated name shows whole in the desk's results, in English and in Spanish")
{
    const bool spanish = GENERATE(false, true);
    std::optional<InSpanish> inSpanish;
    if (spanish)
        inSpanish.emplace();
    INFO((spanish ? "in Spanish" : "in English"));
    DeskHarness desk;
    desk.f.addReadyPatient(QStringLiteral("M0002"), QStringLiteral("Guadalupe Esperanza"),
        QStringLiteral("Murphy-Chávez"), QDate(1958, 7, 21), desk.f.infliximab);
    desk.search(QStringLiteral("murphy"));
    auto *results = desk.view.findChild<QAbstractItemView *>(QStringLiteral("resultsView"));
    REQUIRE(results);
    REQUIRE(results->model()->rowCount() == 1);
    const QModelIndex name = results->model()->index(0, PatientResultsModel::NameColumn);
    REQUIRE(name.data().toString() == QStringLiteral("Murphy-Chávez, Guadalupe Esperanza"));
    QApplication::processEvents();
    // The cell is as wide as the whole name wants: the delegate would elide nothing.
    const int wanted = results->sizeHintForColumn(PatientResultsModel::NameColumn);
    INFO("the name's cell is " << results->visualRect(name).width() << " wide, the name wants " << wanted);
    REQUIRE(results->visualRect(name).width() >= wanted);
    // And the row is in the view, how the patient was found too, not scrolled off to one side.
    const QModelIndex match = results->model()->index(0, PatientResultsModel::MatchColumn);
    REQUIRE(results->visualRect(match).right() <= results->viewport()->width());
    keepPicture(&desk.view, spanish ? QStringLiteral("desk-long-name-es") : QStringLiteral("desk-long-name"));
}

TEST_CASE("The printed roster and pharmacy worklist are in Spanish, their dates in its form")
{
    InSpanish spanish;
    RosterDay day;
    QDir().mkpath(QStringLiteral("translation-pictures"));
    // The page is painted twice: as an image to look at, and on a page that keeps its words.
    const auto print = [](const std::function<void(QPainter &)> &paint, const QString &picture) {
        QImage page(kLandscapePage, QImage::Format_RGB32);
        page.fill(Qt::white);
        {
            QPainter painter(&page);
            paint(painter);
        }
        REQUIRE(page.save(QStringLiteral("translation-pictures/%1.png").arg(picture)));
        TextRecorder recorder(kLandscapePage);
        {
            QPainter painter(&recorder);
            paint(painter);
        }
        return recorder.texts();
    };

    SECTION("the chair roster")
    {
        RosterView view(day.workspace);
        REQUIRE(view.date() == RosterDay::kTuesday);
        const QStringList texts = print(
            [&](QPainter &painter) { view.paintPrinted(painter); }, QStringLiteral("roster-printed-es"));
        INFO(texts.join(QStringLiteral(" | ")).toStdString());
        REQUIRE(texts.contains(QStringLiteral("martes 1 de diciembre de 2026")));
        REQUIRE(std::any_of(texts.begin(), texts.end(),
            [](const QString &t) { return t.startsWith(QStringLiteral("Impreso el 1 dic 2026")); }));
        // Each count agrees with its number.
        REQUIRE(std::any_of(texts.begin(), texts.end(), [](const QString &t) {
            return t.startsWith(QStringLiteral("2 con cita, 1 llegada, 1 en espera, 0 en el sillón"));
        }));
        REQUIRE(englishWords(texts).isEmpty());
    }
    SECTION("the pharmacy's worklist")
    {
        PharmacyView view(day.workspace);
        view.setDate(RosterDay::kTuesday);
        REQUIRE(view.model()->rowCount() >= 3);
        const auto document = view.worklistDocument();
        document->setPageSize(QSizeF(kLandscapePage));
        const QStringList texts = print([&](QPainter &painter) { document->drawContents(&painter); },
            QStringLiteral("worklist-printed-es"));
        INFO(texts.join(QStringLiteral(" | ")).toStdString());
        REQUIRE(document->toPlainText().contains(QStringLiteral("martes 1 de diciembre de 2026")));
        REQUIRE(englishWords(texts).isEmpty());
    }
}
