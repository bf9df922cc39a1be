#include "common/clock.h"
#include "common/error.h"
#include "setup/language.h"
#include "setup/setupwizard.h"
#include "setup/startup.h"
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

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart; // for --report-first-paint
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Chairside"));
    QApplication::setApplicationDisplayName(QStringLiteral("Chairside"));
    QApplication::setApplicationVersion(QStringLiteral(CHAIRSIDE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/chairside/icons/chairside.svg")));
    // The workstation's language (Settings, or the system's), before the first string is translated.
    Language::apply(Language::localeFor(Language::stored()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Check-in desk and chair roster for infusion centers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QApplication::translate(
            "main", "The database file (default: $CHAIRSIDE_DB or the user's data folder)."),
        QStringLiteral("path"));
    const QCommandLineOption userOption(QStringLiteral("user"),
        QApplication::translate("main", "Fill in this user name on the log-in screen."),
        QStringLiteral("name"));
    const QCommandLineOption centerOption(QStringLiteral("center"),
        QApplication::translate("main", "The center at this desk (default: the first)."),
        QStringLiteral("name"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
        QApplication::translate("main",
            "Open the demo: a center at work today, in its own file (the data folder's demo.sqlite, or --db "
            "when it names a new file). A real database never gets demo data."));
    const QCommandLineOption firstPaintOption(QStringLiteral("report-first-paint"),
        QApplication::translate("main", "Print the milliseconds to the first painted window, then quit."));
    parser.addOptions({dbOption, userOption, centerOption, demoOption, firstPaintOption});
    parser.process(app);

    QSettings settings;
    Theme::apply(
        settings.value(QStringLiteral("view/dark"), false).toBool() ? Theme::Mode::Dark : Theme::Mode::Light);

    try {
        // An address or a misspelt one (postgresql://, sqlite:/x) is refused here in words, before it can
        // become a folder named after its scheme. The demo has its own file; a real one is never seeded.
        const bool demo = parser.isSet(demoOption);
        const QString path
            = StartUp::databasePath(parser.isSet(dbOption) ? parser.value(dbOption) : QString(), demo);
        Store store(path);
        SystemClock clock;
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
            Center center = centers.first();
            if (parser.isSet(centerOption)) {
                const auto named = store.centerByName(parser.value(centerOption));
                if (named)
                    center = *named;
            }
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
