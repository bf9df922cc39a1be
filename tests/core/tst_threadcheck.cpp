// The test main ends a binary on Qt's thread-affinity warnings (tests/support/threadcheck): these cases
// make Qt say each of them for real, caught before that handler, and check it would have stopped.
#include "threadcheck.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <catch2/catch.hpp>
#include <mutex>
#include <thread>

namespace {

std::mutex g_mutex;
QStringList g_said;

void remember(QtMsgType, const QMessageLogContext &, const QString &message)
{
    const std::lock_guard lock(g_mutex);
    g_said << message;
}

/// Runs work on a thread of its own while Qt's messages are kept here, and returns what Qt said.
template<typename Work>
QStringList saidWhile(Work work)
{
    {
        const std::lock_guard lock(g_mutex);
        g_said.clear();
    }
    const QtMessageHandler before = qInstallMessageHandler(remember);
    std::thread other(work);
    other.join();
    qInstallMessageHandler(before);
    const std::lock_guard lock(g_mutex);
    return g_said;
}

} // namespace

TEST_CASE("A timer started from another thread is the misuse the tests stop on")
{
    QTimer timer;
    const QStringList said = saidWhile([&timer] { timer.start(1000); });
    REQUIRE(said.size() == 1);
    CHECK(chairside::test::isThreadMisuseMessage(said.first().toLocal8Bit().constData()));
}

TEST_CASE("A child made for a parent in another thread is the misuse the tests stop on")
{
    QObject parent;
    QObject *child = nullptr;
    const QStringList said = saidWhile([&parent, &child] { child = new QObject(&parent); });
    REQUIRE(said.size() == 1);
    CHECK(chairside::test::isThreadMisuseMessage(said.first().toLocal8Bit().constData()));
    // Qt refused the parent, so nobody else deletes the child.
    CHECK(child->parent() == nullptr);
    delete child;
}

TEST_CASE("Ordinary messages are not taken for thread misuse")
{
    for (const char *message :
        {"checking in", "QSqlDatabase: QPSQL driver not loaded", "Recursive repaint detected"})
        CHECK_FALSE(chairside::test::isThreadMisuseMessage(message));
}
