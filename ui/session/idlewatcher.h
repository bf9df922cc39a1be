#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace chairside {

class Clock;

/// Notices when nobody has touched the keyboard or mouse for the policy's idle time. It watches the
/// whole application's input (an event filter on qApp) and compares the last input against the
/// injected Clock, so a test moves a FixedClock forward instead of waiting five minutes.
class IdleWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleWatcher)

public:
    explicit IdleWatcher(const Clock &clock, QObject *parent = nullptr);
    ~IdleWatcher() override;

    /// Starts watching with this limit, counting from now; 0 or less never fires.
    void start(int idleMinutes);
    void stop();
    bool isWatching() const { return m_watching; }
    int idleMinutes() const { return m_idleMinutes; }
    QDateTime lastInputUtc() const { return m_lastInputUtc; }

    /// How often the clock is compared with the last input (1 second unless a test wants faster).
    void setCheckInterval(int milliseconds);

public Q_SLOTS:
    /// Compares now with the last input and emits idle() once the limit is reached.
    void check();

Q_SIGNALS:
    /// The limit was reached; watching stops until start() again.
    void idle(int minutes);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const Clock &m_clock;
    QTimer m_timer;
    QDateTime m_lastInputUtc;
    int m_idleMinutes = 0;
    bool m_watching = false;
};

} // namespace chairside
