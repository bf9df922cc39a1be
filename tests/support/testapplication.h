#pragma once

#include <QCoreApplication>

#include <memory>

namespace chairside::test {

/// The application object of a test binary: a QApplication for the suites that show widgets (the
/// library chairside_test_widgets), a QCoreApplication for the rest (chairside_test_main).
std::unique_ptr<QCoreApplication> makeTestApplication(int &argc, char **argv);

} // namespace chairside::test
