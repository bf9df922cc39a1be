#pragma once

#include <QObject>

class QTimer;

namespace chairside {

class Workspace;

/// Runs the daily backup (BackupSchedule::runDaily) at this desk while someone is signed in: a minute after
/// the sign-in, then every hour; when another desk made the day's copy first, nothing happens. What it made,
/// or why it failed, is said through the signals: the window shows it in the status bar.
class DailyBackupTimer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DailyBackupTimer)

public:
    explicit DailyBackupTimer(Workspace &workspace, QObject *parent = nullptr);
    ~DailyBackupTimer() override;

    /// Starts (or restarts) the wait for the first run: at a sign-in. Not on a workstation whose
    /// environment has CHAIRSIDE_DESK_BACKUP=off (the tests' too: a copy made a minute into a long test
    /// would add to the trail it counts).
    void start();
    /// Runs now, as the timer would.
    void runNow();

    /// The first run's wait after start(), and the wait between runs (tests shorten them).
    void setDelays(int firstMs, int everyMs);

Q_SIGNALS:
    void made(const QString &file, int removedCopies);
    void failed(const QString &message);

private:
    Workspace &m_workspace;
    QTimer *m_timer;
    int m_firstMs = 60 * 1000;
    int m_everyMs = 60 * 60 * 1000;
};

} // namespace chairside
