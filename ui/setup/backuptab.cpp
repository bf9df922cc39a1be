#include "setup/backuptab.h"

#include "backup/backupschedule.h"
#include "backup/backupservice.h"
#include "common/clock.h"
#include "common/error.h"
#include "store/store.h"
#include "widgets/fieldproblems.h"
#include "widgets/problembanner.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace chairside {

BackupTab::BackupTab(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_warning(new ProblemBanner(this))
    , m_last(new QLabel(this))
    , m_automatic(new QCheckBox(tr("Make a backup every &day"), this))
    , m_folder(new QLineEdit(this))
    , m_keepDays(new QSpinBox(this))
    , m_problem(new QLabel(this))
    , m_problems(std::make_unique<FieldProblems>(m_problem))
{
    setObjectName(QStringLiteral("backupTab"));
    m_warning->setObjectName(QStringLiteral("backupWarning"));
    m_last->setObjectName(QStringLiteral("lastBackup"));
    m_last->setWordWrap(true);
    m_last->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_automatic->setObjectName(QStringLiteral("dailyBackupBox"));
    m_automatic->setToolTip(
        tr("The first desk to find the day's copy missing makes it; the others see it made."));
    m_folder->setObjectName(QStringLiteral("backupFolderField"));
    m_folder->setAccessibleName(tr("Backup folder"));
    m_keepDays->setObjectName(QStringLiteral("keepDaysBox"));
    m_keepDays->setRange(BackupSettings::kMinKeepDays, BackupSettings::kMaxKeepDays);
    //: After the number of days daily backups are kept: "14 days".
    m_keepDays->setSuffix(tr(" days"));
    m_keepDays->setAccessibleName(tr("Keep daily backups for"));
    m_problem->setObjectName(QStringLiteral("tabProblem"));
    m_problem->setWordWrap(true);

    auto *lastBox = new QGroupBox(tr("Last backup"), this);
    auto *lastLayout = new QVBoxLayout(lastBox);
    lastLayout->addWidget(m_last);
    auto *now = new QPushButton(tr("Back up &now"), lastBox);
    now->setObjectName(QStringLiteral("backUpNowButton"));
    now->setToolTip(
        tr("Writes a checked copy into the backup folder now; the daily backups never remove it."));
    lastLayout->addWidget(now, 0, Qt::AlignLeft);

    auto *dailyBox = new QGroupBox(tr("Daily backup"), this);
    auto *choose = new QPushButton(tr("Ch&oose…"), dailyBox);
    choose->setObjectName(QStringLiteral("chooseFolderButton"));
    choose->setAccessibleName(tr("Choose the backup folder"));
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    auto *explain
        = new QLabel(tr("Each copy is checked (SQLite's integrity check and the audit trail) before it "
                        "is kept, with the audit key beside it. Keep the folder on another disk, or "
                        "copy it off this computer: a backup on the same disk is lost with it."),
            dailyBox);
    explain->setWordWrap(true);
    explain->setForegroundRole(QPalette::PlaceholderText);
    auto *form = new QFormLayout(dailyBox);
    form->addRow(m_automatic);
    form->addRow(tr("&Folder"), folderRow);
    form->addRow(tr("&Keep daily backups for"), m_keepDays);
    form->addRow(explain);
    qobject_cast<QLabel *>(form->labelForField(folderRow))->setBuddy(m_folder);

    auto *save = new QPushButton(tr("&Save backup settings"), this);
    save->setObjectName(QStringLiteral("saveBackupButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_warning);
    layout->addWidget(lastBox);
    layout->addWidget(dailyBox);
    layout->addStretch(1);
    layout->addWidget(m_problem);
    layout->addWidget(save, 0, Qt::AlignRight);

    m_problems->add(QStringLiteral("folder"), m_folder);
    m_problems->add(QStringLiteral("keep_days"), m_keepDays);
    m_problems->add(QStringLiteral("to"), m_folder);
    connect(save, &QPushButton::clicked, this, &BackupTab::save);
    connect(now, &QPushButton::clicked, this, &BackupTab::backUpNow);
    connect(choose, &QPushButton::clicked, this, &BackupTab::chooseFolder);
    reload();
}

BackupTab::~BackupTab() = default;

void BackupTab::reload()
{
    try {
        BackupSchedule schedule(m_workspace.store(), m_workspace.clock());
        const BackupSettings settings = schedule.settings();
        m_automatic->setChecked(settings.automatic);
        m_folder->setText(QDir::toNativeSeparators(settings.folder));
        m_keepDays->setValue(settings.keepDays);
        QSettings().setValue(QLatin1String(kRememberedFolderKey), settings.folder);
        const auto last = schedule.last();
        const QLocale locale;
        if (last) {
            const QDateTime local = last->atUtc.toLocalTime();
            const qint64 hours = last->atUtc.secsTo(m_workspace.clock().nowUtc()) / 3600;
            const QString age = hours < 1 ? tr("less than an hour ago")
                : hours < 48              ? tr("%n hour(s) ago", nullptr, int(hours))
                                          : tr("%n day(s) ago", nullptr, int(hours / 24));
            m_last->setText(tr("%1, %2 (%3)\n%4")
                                .arg(locale.toString(local.date(), QLocale::LongFormat),
                                    locale.toString(local.time(), QLocale::ShortFormat), age,
                                    QDir::toNativeSeparators(last->file)));
        } else {
            m_last->setText(tr("No backup has been made of this database yet."));
        }
        if (!schedule.isStale()) {
            m_warning->setMessage(QString());
        } else if (!settings.automatic) {
            m_warning->setMessage(
                tr("No backup in the last day, and the daily backup is off. A failed disk would "
                   "lose everything since the last copy: turn it on, or back up now."));
        } else {
            m_warning->setMessage(
                tr("No backup in the last day. The daily backup runs at the desks while someone "
                   "is signed in; if one is open and this stays, check that the folder can be "
                   "written, or back up now."));
        }
    } catch (const Error &error) {
        m_problems->show(error);
    }
}

QString BackupTab::lastBackupText() const
{
    return m_last->text();
}

QString BackupTab::warning() const
{
    return m_warning->message();
}

QString BackupTab::problem() const
{
    return m_problems->message();
}

void BackupTab::save()
{
    m_problems->clear();
    try {
        BackupSchedule schedule(m_workspace.store(), m_workspace.clock());
        BackupSettings next;
        next.automatic = m_automatic->isChecked();
        next.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
        next.keepDays = m_keepDays->value();
        schedule.setSettings(m_workspace.user(), next);
        reload();
        Q_EMIT noticed(tr("Backup settings saved."));
    } catch (const Error &error) {
        m_problems->show(error);
    }
}

void BackupTab::backUpNow()
{
    m_problems->clear();
    try {
        BackupSchedule schedule(m_workspace.store(), m_workspace.clock());
        const QString folder = schedule.settings().folder;
        QDir().mkpath(folder);
        const QString stamp
            = m_workspace.clock().nowUtc().toLocalTime().toString(QStringLiteral("yyyy-MM-dd-HHmmss"));
        const QString file = QDir(folder).filePath(QStringLiteral("chairside-%1-now.sqlite").arg(stamp));
        const BackupResult result
            = BackupService(m_workspace.store(), m_workspace.clock()).backup(m_workspace.user(), file);
        reload();
        Q_EMIT noticed(
            tr("Backed up to %1; its audit trail of %n entries verified.", nullptr, int(result.auditEntries))
                .arg(QDir::toNativeSeparators(result.file)));
    } catch (const Error &error) {
        m_problems->show(error);
    }
}

void BackupTab::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Backup folder"), QDir::fromNativeSeparators(m_folder->text()));
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

} // namespace chairside
