#define CATCH_CONFIG_RUNNER
#include "fixture.h"
#include "testapplication.h"
#include "threadcheck.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtGlobal>

#include <catch2/catch.hpp>

// Test binaries that link Qt Widgets get a QApplication (offscreen unless told otherwise); the rest a
// QCoreApplication. catch_discover_tests runs the binary at build time without the test environment,
// so the platform is chosen here and not only in ctest's properties.
int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The CLI proves who acts with a password: the fixture users' one, unless the caller gives another.
    for (const char *variable : {"CHAIRSIDE_PASSWORD", "CHAIRSIDE_NEW_PASSWORD"}) {
        if (!qEnvironmentVariableIsSet(variable))
            qputenv(variable, chairside::test::kPassword);
    }
    // A window signed in for more than a minute would make the day's backup in the middle of a test.
    if (!qEnvironmentVariableIsSet("CHAIRSIDE_DESK_BACKUP"))
        qputenv("CHAIRSIDE_DESK_BACKUP", "off");
    if (!qEnvironmentVariableIsSet("CHAIRSIDE_DESK_REMINDERS"))
        qputenv("CHAIRSIDE_DESK_REMINDERS", "off");
    // Settings and data of this run only: a folder remembered in QSettings by one binary must not show
    // in another running beside it.
    const QTemporaryDir home;
    if (!home.isValid())
        return 3;
    qputenv("XDG_CONFIG_HOME", QDir(home.path()).filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", QDir(home.path()).filePath(QStringLiteral("data")).toLocal8Bit());
    chairside::test::failOnThreadMisuse();
    const auto app = chairside::test::makeTestApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Chairside-tests"));
    return Catch::Session().run(argc, argv);
}
