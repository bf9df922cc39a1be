#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef CHAIRSIDE_TEST_WIDGETS
#include <QApplication>
#else
#include <QCoreApplication>
#endif
#include "fixture.h"

#include <QtGlobal>

#include <memory>

// Test binaries that link Qt Widgets get a QApplication (offscreen unless told otherwise); the rest a
// QCoreApplication. catch_discover_tests runs the binary at build time without the test environment,
// so the platform is chosen here and not only in ctest's properties.
#ifdef CHAIRSIDE_TEST_WIDGETS
using TestApplication = QApplication;
#else
using TestApplication = QCoreApplication;
#endif

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
    TestApplication app(argc, argv);
    TestApplication::setApplicationName(QStringLiteral("Chairside-tests"));
    return Catch::Session().run(argc, argv);
}
