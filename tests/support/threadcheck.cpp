#include "threadcheck.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace chairside::test {

namespace {

QtMessageHandler g_previous = nullptr;

void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray text = message.toLocal8Bit();
    if (isThreadMisuseMessage(text.constData())) {
        std::fprintf(stderr, "Qt object used from the wrong thread: %s\n", text.constData());
        std::fflush(stderr);
        std::abort();
    }
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace

bool isThreadMisuseMessage(const char *message)
{
    // Qt 6's wording for each check it makes on an object's thread.
    static constexpr const char *kPhrases[] = {
        "in a different thread", // QObject::setParent, children of a parent elsewhere
        "from another thread", // timers and socket notifiers started or stopped
        "from a different thread", // QBasicTimer::stop
        "is not the object's thread", // QObject::moveToThread from the wrong thread
        "does not belong to the calling thread", // a QSqlDatabase connection used in another thread
        "outside the GUI thread", // pixmaps and fonts off the GUI thread
        "can only be used with threads started with QThread",
    };
    for (const char *phrase : kPhrases) {
        if (std::strstr(message, phrase))
            return true;
    }
    return false;
}

void failOnThreadMisuse()
{
    g_previous = qInstallMessageHandler(handle);
}

} // namespace chairside::test
