#pragma once

#include <QObject>

#include <memory>

class QThread;
class QTimer;

namespace chairside {

class Workspace;

/// Sends the center's reminders from this desk while someone is signed in: a round of ReminderRunner
/// a minute after the sign-in, then every five minutes, on a worker thread with its own connection to
/// the database, so a slow mail server never holds the window. One round at a time here; another desk
/// or `chairside-cli reminders run` may send at the same moment, and the queue's claim lets each
/// reminder leave once. Not on a workstation whose environment has CHAIRSIDE_DESK_REMINDERS=off (the
/// tests' too, unless a test turns it on).
class DeskReminderSender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskReminderSender)

public:
    explicit DeskReminderSender(Workspace &workspace, QObject *parent = nullptr);
    /// Waits for a round in hand to end: it holds a claimed reminder.
    ~DeskReminderSender() override;

    /// Starts (or restarts) the wait for the first round: at a sign-in.
    void start();
    /// Starts a round now; false when one is running, nobody is signed in, or the desk is told not to.
    bool runNow();
    bool isRunning() const { return m_thread != nullptr; }

    /// The first round's wait after start(), and the wait between rounds (tests shorten them).
    void setDelays(int firstMs, int everyMs);
    /// At most this many reminders leave in one round (the rest wait for the next).
    void setBatch(int reminders) { m_batch = reminders; }

    static bool enabledHere();

Q_SIGNALS:
    /// A round ended: how many reminders it sent, and how many it gave up on or found interrupted.
    void roundDone(int sent, int failedNow, qint64 failuresListed);
    /// Something the desk should know: reminders given up on in this round, or the round could not run.
    void failed(const QString &message);

private:
    struct Outcome;
    void finish();

    Workspace &m_workspace;
    QTimer *m_timer;
    QThread *m_thread = nullptr;
    std::shared_ptr<Outcome> m_outcome;
    int m_firstMs = 60 * 1000;
    int m_everyMs = 5 * 60 * 1000;
    int m_batch = 100;
};

} // namespace chairside
