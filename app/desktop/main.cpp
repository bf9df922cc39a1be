#include "common/clock.h"
#include "common/error.h"
#include "demo/demogenerator.h"
#include "mainwindow.h"
#include "store/database.h"
#include "store/store.h"
#include "theme.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

using namespace chairside;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Chairside"));
    QApplication::setApplicationDisplayName(QStringLiteral("Chairside"));
    QApplication::setApplicationVersion(QStringLiteral(CHAIRSIDE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/chairside/icons/chairside.svg")));

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
        QApplication::translate("main", "Fill a database that has no center with a demo center for today."));
    parser.addOptions({dbOption, userOption, centerOption, demoOption});
    parser.process(app);

    QSettings settings;
    Theme::apply(
        settings.value(QStringLiteral("view/dark"), false).toBool() ? Theme::Mode::Dark : Theme::Mode::Light);

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : Database::defaultPath();
    // The first run shows a center at work rather than an empty window.
    const bool firstRun = !parser.isSet(dbOption) && !QFileInfo::exists(path);
    try {
        Store store(path);
        SystemClock clock;
        if ((firstRun || parser.isSet(demoOption)) && store.centers().isEmpty())
            DemoGenerator(store, clock).generate({});
        Workspace workspace(store, clock);

        const QList<Center> centers = store.centers();
        if (!centers.isEmpty()) {
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
        window.openSession(userName);
        QObject::connect(&window, &MainWindow::signedIn, &window,
            [](const User &user) { QSettings().setValue(QStringLiteral("desk/lastUser"), user.name); });
        window.show();
        return app.exec();
    } catch (const Error &error) {
        QMessageBox::critical(
            nullptr, QApplication::translate("main", "Chairside cannot open its database"), error.message());
        return 1;
    }
}
