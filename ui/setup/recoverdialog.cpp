#include "setup/recoverdialog.h"

#include "backup/backupschedule.h"
#include "common/error.h"
#include "setup/backuptab.h"
#include "style/theme.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace chairside {

RecoverDialog::RecoverDialog(
    const QString &databasePath, const QString &problem, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_path(databasePath)
    , m_service(databasePath, clock)
    , m_list(new QListWidget(this))
    , m_verdict(new QLabel(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_restore(new QPushButton(tr("&Restore this backup"), this))
{
    setObjectName(QStringLiteral("recoverDialog"));
    setWindowTitle(tr("Chairside — the database is damaged"));
    auto *heading = new QLabel(tr("<b>The database is damaged.</b>"), this);
    auto *explain
        = new QLabel(tr("Chairside checked %1 at start and found parts of it that cannot be read. Nothing "
                        "has been changed. Restore a backup: the damaged file is kept beside it, not "
                        "deleted. What was done after the backup was made will have to be entered again.")
                         .arg(QDir::toNativeSeparators(databasePath)),
            this);
    explain->setObjectName(QStringLiteral("damageText"));
    explain->setWordWrap(true);
    explain->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // SQLite's own words, for whoever supports the center: the first few lines.
    QStringList found = problem.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (found.size() > 4)
        found = found.mid(0, 4) << tr("…");
    auto *details = new QLabel(tr("What SQLite's check found: %1").arg(found.join(QLatin1Char(' '))), this);
    details->setObjectName(QStringLiteral("damageDetails"));
    details->setWordWrap(true);
    details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    details->setForegroundRole(QPalette::PlaceholderText);

    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setAccessibleName(tr("Backups, newest first"));
    m_list->setMinimumHeight(fontMetrics().height() * 7);
    m_verdict->setObjectName(QStringLiteral("backupVerdict"));
    m_verdict->setWordWrap(true);
    m_user->setObjectName(QStringLiteral("restoreUserField"));
    m_user->setText(QStringLiteral("admin"));
    m_password->setObjectName(QStringLiteral("restorePasswordField"));
    m_password->setEchoMode(QLineEdit::Password);
    m_problem->setObjectName(QStringLiteral("restoreProblem"));
    m_problem->setWordWrap(true);
    QPalette warn = m_problem->palette();
    warn.setColor(QPalette::WindowText, Theme::problemColor());
    m_problem->setPalette(warn);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setDefault(true);

    auto *other = new QPushButton(tr("&Other file…"), this);
    other->setObjectName(QStringLiteral("otherBackupButton"));
    auto *listLabel = new QLabel(tr("&Backups found"), this);
    listLabel->setBuddy(m_list);
    auto *credentials = new QFormLayout;
    credentials->addRow(tr("An admin of the backup: &user"), m_user);
    credentials->addRow(tr("&Password"), m_password);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_restore, QDialogButtonBox::AcceptRole);
    QPushButton *quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &RecoverDialog::restore);
    connect(other, &QPushButton::clicked, this, &RecoverDialog::chooseFile);
    connect(m_list, &QListWidget::currentRowChanged, this, &RecoverDialog::showChosen);
    connect(m_user, &QLineEdit::textChanged, this, &RecoverDialog::updateButton);
    connect(m_password, &QLineEdit::textChanged, this, &RecoverDialog::updateButton);

    auto *listRow = new QHBoxLayout;
    listRow->addWidget(listLabel);
    listRow->addStretch(1);
    listRow->addWidget(other);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(explain);
    layout->addWidget(details);
    layout->addSpacing(8);
    layout->addLayout(listRow);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_verdict);
    layout->addLayout(credentials);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(720, 520);

    for (const QString &file : RestoreService::backupsIn(backupFolders(databasePath)))
        addBackup(file);
    if (m_list->count() == 0) {
        m_verdict->setText(
            tr("No backup was found in %1. Choose one with Other file…, or quit and restore one "
               "with chairside-cli restore --from FILE.")
                .arg(QDir::toNativeSeparators(backupFolders(databasePath).join(QStringLiteral(", ")))));
    }
    // The newest good one is chosen: checked newest first until one passes.
    for (int row = 0; row < m_list->count(); ++row) {
        m_list->setCurrentRow(row);
        if (m_checks.value(m_list->item(row)->data(Qt::UserRole).toString()).good)
            break;
    }
    updateButton();
    m_password->setFocus();
}

RecoverDialog::~RecoverDialog() = default;

QStringList RecoverDialog::backupFolders(const QString &databasePath)
{
    QStringList folders {BackupSchedule::defaultFolder(databasePath)};
    const QString remembered = QSettings().value(QLatin1String(BackupTab::kRememberedFolderKey)).toString();
    if (!remembered.isEmpty() && !folders.contains(remembered))
        folders << remembered;
    return folders;
}

QStringList RecoverDialog::backups() const
{
    QStringList files;
    for (int row = 0; row < m_list->count(); ++row)
        files << m_list->item(row)->data(Qt::UserRole).toString();
    return files;
}

QString RecoverDialog::verdict() const
{
    return m_verdict->text();
}

QString RecoverDialog::problem() const
{
    return m_problem->text();
}

void RecoverDialog::addBackup(const QString &file)
{
    const QFileInfo info(file);
    const QLocale locale;
    auto *item = new QListWidgetItem(tr("%1  —  %2, %3")
                                         .arg(locale.toString(info.lastModified(), QLocale::ShortFormat),
                                             info.fileName(), locale.formattedDataSize(info.size())),
        m_list);
    item->setData(Qt::UserRole, info.absoluteFilePath());
    item->setToolTip(QDir::toNativeSeparators(info.absoluteFilePath()));
}

void RecoverDialog::showChosen()
{
    m_problem->clear();
    QListWidgetItem *item = m_list->currentItem();
    if (!item) {
        updateButton();
        return;
    }
    const QString file = item->data(Qt::UserRole).toString();
    if (!m_checks.contains(file)) {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        m_checks.insert(file, m_service.check(file));
        QGuiApplication::restoreOverrideCursor();
    }
    const BackupCheck check = m_checks.value(file);
    if (check.good) {
        m_verdict->setText(
            tr("Good: it passes SQLite's integrity check and its audit trail of %n entries verifies "
               "against the key beside it.",
                nullptr, int(check.auditEntries)));
    } else {
        m_verdict->setText(tr("This backup cannot be restored: %1.").arg(check.problem));
    }
    item->setIcon(
        style()->standardIcon(check.good ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning));
    updateButton();
}

void RecoverDialog::chooseFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Backup to restore"),
        BackupSchedule::defaultFolder(m_path), tr("Chairside databases (*.sqlite);;All files (*)"));
    if (file.isEmpty())
        return;
    addBackup(file);
    m_list->setCurrentRow(m_list->count() - 1);
}

void RecoverDialog::updateButton()
{
    const QListWidgetItem *item = m_list->currentItem();
    const bool good = item && m_checks.value(item->data(Qt::UserRole).toString()).good;
    m_restore->setEnabled(good && !m_user->text().trimmed().isEmpty() && !m_password->text().isEmpty());
}

void RecoverDialog::restore()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    m_problem->clear();
    try {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        m_result = m_service.restore(
            item->data(Qt::UserRole).toString(), m_user->text().trimmed(), m_password->text());
        QGuiApplication::restoreOverrideCursor();
        accept();
    } catch (const Error &error) {
        QGuiApplication::restoreOverrideCursor();
        m_password->clear();
        m_problem->setText(error.message());
    }
}

} // namespace chairside
