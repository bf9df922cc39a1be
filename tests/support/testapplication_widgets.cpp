#include "testapplication.h"

#include <QApplication>

namespace chairside::test {

std::unique_ptr<QCoreApplication> makeTestApplication(int &argc, char **argv)
{
    return std::make_unique<QApplication>(argc, argv);
}

} // namespace chairside::test
