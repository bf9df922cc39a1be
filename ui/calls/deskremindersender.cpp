#include "calls/deskremindersender.h"

#include "common/error.h"
#include "reminders/reminderrunner.h"
#include "store/store.h"
#include "workspace/workspace.h"

#include <QThread>
#include <QTimer>

#include <exception>

namespace chairside {

/// What the worker hands back; written by it, read once it has finished.
struct DeskReminderSender::Outcome
{
    ReminderRunner::Round round;
    QString error;
};

DeskReminderSender::DeskReminderSender(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_timer->start(m_everyMs);
        runNow();
    });
}

DeskReminderSender::~DeskReminderSender()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool DeskReminderSender::enabledHere()
{
    return qEnvironmentVariable("CHAIRSIDE_DESK_REMINDERS") != QLatin1String("off");
}

void DeskReminderSender::start()
{
    if (enabledHere())
        m_timer->start(m_firstMs);
}

void DeskReminderSender::setDelays(int firstMs, int everyMs)
{
    m_firstMs = firstMs;
    m_everyMs = everyMs;
}

bool DeskReminderSender::runNow()
{
    if (m_thread || m_workspace.user().id == 0 || !enabledHere())
        return false;
    const QString path = m_workspace.store().path();
    const Clock *clock = &m_workspace.clock();
    const int batch = m_batch;
    m_outcome = std::make_shared<Outcome>();
    // The worker opens its own connection: an SQLite connection belongs to the thread that made it.
    m_thread = QThread::create([path, clock, batch, outcome = m_outcome] {
        try {
            Store store(path);
            ReminderRunner runner(store, *clock, ReminderRunner::configuredChannels(store));
            outcome->round = runner.run(batch);
        } catch (const Error &error) {
            outcome->error = error.message();
        } catch (const std::exception &error) {
            outcome->error = QString::fromLocal8Bit(error.what());
        }
    });
    connect(m_thread, &QThread::finished, this, &DeskReminderSender::finish);
    m_thread->start(QThread::LowPriority);
    return true;
}

void DeskReminderSender::finish()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const std::shared_ptr<Outcome> outcome = std::move(m_outcome);
    if (!outcome->error.isEmpty()) {
        Q_EMIT failed(tr("Reminders could not be sent from this desk: %1").arg(outcome->error));
        return;
    }
    const ReminderRunner::Round &round = outcome->round;
    const int givenUp = round.failed + round.interrupted;
    if (givenUp > 0)
        Q_EMIT failed(
            tr("Reminders not sent: %n. Settings, Reminders lists them to retry.", nullptr, givenUp));
    Q_EMIT roundDone(round.sent, givenUp, round.failures);
}

} // namespace chairside
