#include "setup/dailybackuptimer.h"

#include "backup/backupschedule.h"
#include "common/error.h"
#include "setup/backuptab.h"
#include "store/store.h"
#include "workspace/workspace.h"

#include <QSettings>
#include <QTimer>

namespace chairside {

DailyBackupTimer::DailyBackupTimer(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &DailyBackupTimer::runNow);
}

DailyBackupTimer::~DailyBackupTimer() = default;

void DailyBackupTimer::start()
{
    // A workstation can leave the daily copy to the others, or to cron (`backup daily`).
    if (qEnvironmentVariable("CHAIRSIDE_DESK_BACKUP") == QLatin1String("off"))
        return;
    m_timer->start(m_firstMs);
}

void DailyBackupTimer::setDelays(int firstMs, int everyMs)
{
    m_firstMs = firstMs;
    m_everyMs = everyMs;
}

void DailyBackupTimer::runNow()
{
    m_timer->start(m_everyMs);
    if (m_workspace.user().id == 0)
        return;
    try {
        BackupSchedule schedule(m_workspace.store(), m_workspace.clock());
        // Remembered on the workstation, so that a start on a damaged database knows where to look.
        QSettings().setValue(QLatin1String(BackupTab::kRememberedFolderKey), schedule.settings().folder);
        const DailyBackup daily = schedule.runDaily(m_workspace.user());
        if (daily.made)
            Q_EMIT made(daily.backup.file, int(daily.removed.size()));
    } catch (const Error &error) {
        Q_EMIT failed(error.message());
    }
}

} // namespace chairside
