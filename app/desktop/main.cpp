#include "common/error.h"
#include "mainwindow.h"
#include "store/database.h"
#include "store/store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Chairside"));
    QApplication::setApplicationDisplayName(QStringLiteral("Chairside"));
    QApplication::setApplicationVersion(QStringLiteral(CHAIRSIDE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Check-in desk and chair roster for infusion centers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QApplication::translate("main", "The database file (default: $CHAIRSIDE_DB or the user's data folder)."),
        QStringLiteral("path"));
    parser.addOption(dbOption);
    parser.process(app);

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : chairside::Database::defaultPath();
    try {
        chairside::Store store(path);
        chairside::MainWindow window(store);
        window.show();
        return app.exec();
    } catch (const chairside::Error &error) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Chairside cannot open its database"),
            error.message());
        return 1;
    }
}
