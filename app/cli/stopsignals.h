#pragma once

#include <QObject>

class QSocketNotifier;

namespace chairside::cli {

/// A clean stop for a long-running command: SIGTERM (systemd's stop, kill) and SIGINT (Ctrl+C) become a
/// Qt signal on the event loop, in the way Qt documents for Unix signals (the handler only writes a byte
/// to a socket pair; a QSocketNotifier reads it on the loop). While one exists, the two signals no
/// longer end the process; the previous handlers come back when it is destroyed. One at a time.
///
///     StopSignals stop;
///     QObject::connect(&stop, &StopSignals::stopRequested, &loop, &QEventLoop::quit);
class StopSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StopSignals)

public:
    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override;

    /// The last signal received (SIGTERM or SIGINT), 0 before one came.
    int lastSignal() const { return m_lastSignal; }

Q_SIGNALS:
    void stopRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
    int m_lastSignal = 0;
};

} // namespace chairside::cli
