#include "backup/restoreservice.h"
#include "common/clock.h"
#include "common/error.h"
#include "setup/language.h"
#include "setup/recoverdialog.h"
#include "setup/setupwizard.h"
#include "setup/startup.h"
#include "store/pgconnection.h"
#include "store/store.h"
#include "style/theme.h"
#include "window/mainwindow.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <optional>
#include <utility>

using namespace chairside;

namespace {

/// The options of the desktop program, in one place for the early check below and for the real parse.
struct Options
{
    QCommandLineOption db {QStringLiteral("db"),
        QCoreApplication::translate(
            "main", "The database file (default: $CHAIRSIDE_DB or the user's data folder)."),
        QStringLiteral("path")};
    QCommandLineOption user {QStringLiteral("user"),
        QCoreApplication::translate("main", "Fill in this user name on the log-in screen."),
        QStringLiteral("name")};
    QCommandLineOption center {QStringLiteral("center"),
        QCoreApplication::translate("main", "The center at this desk (default: the first)."),
        QStringLiteral("name")};
    QCommandLineOption demo {QStringLiteral("demo"),
        QCoreApplication::translate("main",
            "Open the demo: a center at work today, in its own file (the data folder's demo.sqlite, or --db "
            "when it names a new file). A real database never gets demo data.")};
    QCommandLineOption firstPaint {QStringLiteral("report-first-paint"),
        QCoreApplication::translate(
            "main", "Print the milliseconds to the first painted window, then quit.")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "Check-in desk and chair roster for infusion centers."));
        parser.addOptions({db, user, center, demo, firstPaint});
    }
};

/// --version and --help answered before any window system is needed: an installer's check, a terminal
/// over ssh and a package test have no display, and QApplication would stop there. Returns true when
/// it has answered. A command line it cannot read goes on to QApplication, which knows Qt's own options.
bool answeredWithoutDisplay(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const Options options;
    options.addTo(parser);
    if (!parser.parse(arguments))
        return false;
    if (parser.isSet(version)) {
        std::printf("%s %s\n", "Chairside", CHAIRSIDE_VERSION);
        return true;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text.replace(QStringLiteral("<executable_name>"), QStringLiteral("chairside"));
        std::fputs(text.toLocal8Bit().constData(), stdout);
        return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("Chairside"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHAIRSIDE_VERSION));
    if (answeredWithoutDisplay(argc, argv))
        return 0;

    QElapsedTimer sinceStart; // for --report-first-paint
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Chairside"));
    // The installed .desktop entry and AppStream metainfo carry this id.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.chairside.Chairside"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/chairside/icons/chairside.svg")));
    // The workstation's language (Settings, or the system's), before the first string is translated.
    Language::apply(Language::localeFor(Language::stored()));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const Options options;
    options.addTo(parser);
    const QCommandLineOption &dbOption = options.db;
    const QCommandLineOption &userOption = options.user;
    const QCommandLineOption &centerOption = options.center;
    const QCommandLineOption &demoOption = options.demo;
    const QCommandLineOption &firstPaintOption = options.firstPaint;
    parser.process(app);

    QSettings settings;
    Theme::apply(
        settings.value(QStringLiteral("view/dark"), false).toBool() ? Theme::Mode::Dark : Theme::Mode::Light);

    try {
        // A misspelt address (postgress://, sqlite:/x) is refused here in words, before it can become a
        // folder named after its scheme. The demo has its own file; a real one is never seeded.
        const bool demo = parser.isSet(demoOption);
        const QString path
            = StartUp::databasePath(parser.isSet(dbOption) ? parser.value(dbOption) : QString(), demo);
        SystemClock clock;
        // A damaged file is said in words at once, with the backups to restore, never a stack of errors.
        // (A server's database is the server's to keep whole.)
        const QString damage = PgConnection::isAddress(path) ? QString() : RestoreService::quickCheck(path);
        if (!damage.isEmpty()) {
            RecoverDialog recover(path, damage, clock);
            if (recover.exec() != QDialog::Accepted)
                return 1;
        }
        Store store(path);
        const StartUp::First first = StartUp::prepare(store, clock, demo);
        Workspace workspace(store, clock);

        // A database without a center is set up first: the wizard ends with its admin signed in.
        std::optional<User> setUpBy;
        if (first == StartUp::First::SetUp) {
            SetupWizard wizard(workspace);
            if (wizard.exec() != QDialog::Accepted)
                return 0;
            setUpBy = wizard.admin();
        }

        const QList<Center> centers = store.centers();
        if (!centers.isEmpty() && workspace.center().id == 0) {
            // --center, else the one this workstation last chose (View > Center), else the first.
            Center center = centers.first();
            const QString named = parser.isSet(centerOption)
                ? parser.value(centerOption)
                : settings.value(QLatin1String(MainWindow::kRememberedCenterKey)).toString();
            if (const auto found = named.isEmpty() ? std::nullopt : store.centerByName(named))
                center = *found;
            workspace.setCenter(center);
        }

        // The window opens on the log-in screen (or, on a new database, the first admin's form); the
        // name of whoever last signed in at this desk is filled in.
        MainWindow window(workspace);
        window.addStandardPages();
        const QString userName = parser.isSet(userOption)
            ? parser.value(userOption)
            : settings.value(QStringLiteral("desk/lastUser")).toString();
        if (setUpBy)
            window.startSignedIn(*setUpBy);
        else
            window.openSession(userName);
        QObject::connect(&window, &MainWindow::signedIn, &window,
            [](const User &user) { QSettings().setValue(QStringLiteral("desk/lastUser"), user.name); });
        // The speed suite's cold start (tests/bench): main() to the first painted window, then quit.
        if (parser.isSet(firstPaintOption)) {
            struct FirstPaint final : QObject
            {
                QElapsedTimer *timer = nullptr;
                bool reported = false;
                bool eventFilter(QObject *, QEvent *event) override
                {
                    if (event->type() == QEvent::Paint && !std::exchange(reported, true))
                        QTimer::singleShot(0, qApp, [t = timer] {
                            std::printf("first paint: %lld ms\n", t->elapsed());
                            std::fflush(stdout);
                            QApplication::exit(0);
                        });
                    return false;
                }
            };
            static FirstPaint watch;
            watch.timer = &sinceStart;
            window.installEventFilter(&watch);
        }
        window.show();
        return app.exec();
    } catch (const Error &error) {
        QMessageBox::critical(
            nullptr, QApplication::translate("main", "Chairside cannot open its database"), error.message());
        return 1;
    }
}
