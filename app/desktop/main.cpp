#include "common/clock.h"
#include "common/error.h"
#include "demo/demogenerator.h"
#include "mainwindow.h"
#include "store/database.h"
#include "store/store.h"
#include "theme.h"
#include "userpickerdialog.h"
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
    parser.setApplicationDescription(QApplication::translate("main", "Check-in desk and chair roster for infusion centers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QApplication::translate("main", "The database file (default: $CHAIRSIDE_DB or the user's data folder)."),
        QStringLiteral("path"));
    const QCommandLineOption userOption(QStringLiteral("user"),
        QApplication::translate("main", "Act as this user instead of choosing at start."), QStringLiteral("name"));
    const QCommandLineOption centerOption(QStringLiteral("center"),
        QApplication::translate("main", "The center at this desk (default: the first)."), QStringLiteral("name"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
        QApplication::translate("main", "Fill a database that has no center with a demo center for today."));
    parser.addOptions({dbOption, userOption, centerOption, demoOption});
    parser.process(app);

    QSettings settings;
    Theme::apply(settings.value(QStringLiteral("view/dark"), false).toBool() ? Theme::Mode::Dark : Theme::Mode::Light);

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : Database::defaultPath();
    // The first run shows a center at work rather than an empty window.
    const bool firstRun = !parser.isSet(dbOption) && !QFileInfo::exists(path);
    try {
        Store store(path);
        SystemClock clock;
        if ((firstRun || parser.isSet(demoOption)) && store.centers().isEmpty())
            DemoGenerator(store, clock).generate({});
        Workspace workspace(store, clock);

        const QList<User> users = store.users();
        if (users.isEmpty()) {
            QMessageBox::information(nullptr, QApplication::translate("main", "No staff yet"),
                QApplication::translate("main", "This database has no users. Create the first admin with "
                                                "\"chairside-cli --db %1 init\" and start again.")
                    .arg(path));
            return 1;
        }
        User user;
        if (parser.isSet(userOption)) {
            const auto named = store.userByName(parser.value(userOption));
            if (!named || !named->active) {
                QMessageBox::critical(nullptr, QApplication::translate("main", "Unknown user"),
                    QApplication::translate("main", "There is no active user named \"%1\".").arg(parser.value(userOption)));
                return 1;
            }
            user = *named;
        } else {
            UserPickerDialog picker(users, settings.value(QStringLiteral("desk/lastUser")).toString());
            if (picker.exec() != QDialog::Accepted)
                return 0;
            user = picker.selectedUser();
            settings.setValue(QStringLiteral("desk/lastUser"), user.name);
        }
        workspace.setUser(user);

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

        MainWindow window(workspace);
        window.addStandardPages();
        // The receptionist starts at the desk; the nurse at the roster.
        window.showPage(user.role == Role::Nurse ? 2 : 0);
        window.show();
        return app.exec();
    } catch (const Error &error) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Chairside cannot open its database"),
            error.message());
        return 1;
    }
}
