#include "cli/commandline.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Chairside"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHAIRSIDE_VERSION));
    return chairside::cli::run(QCoreApplication::arguments());
}
