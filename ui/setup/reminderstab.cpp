#include "setup/reminderstab.h"

#include "common/error.h"
#include "reminders/reminderservice.h"
#include "store/store.h"
#include "widgets/fieldproblems.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace chairside {

namespace {

QLineEdit *lineEdit(const char *objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    return edit;
}

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

RemindersTab::RemindersTab(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_enabled(new QCheckBox(tr("&Send appointment reminders to patients"), this))
    , m_moments(lineEdit("reminderMoments", this))
    , m_email(new QCheckBox(tr("&Email"), this))
    , m_sms(new QCheckBox(tr("Te&xt message"), this))
    , m_template(new QPlainTextEdit(this))
    , m_address(lineEdit("reminderAddress", this))
    , m_smtpHost(lineEdit("smtpHost", this))
    , m_smtpPort(new QSpinBox(this))
    , m_startTls(new QCheckBox(tr("Require STARTTLS"), this))
    , m_smtpUser(lineEdit("smtpUser", this))
    , m_smtpPassword(lineEdit("smtpPassword", this))
    , m_smtpFrom(lineEdit("smtpFrom", this))
    , m_smtpCaFile(lineEdit("smtpCaFile", this))
    , m_smsUrl(lineEdit("smsUrl", this))
    , m_smsContentType(lineEdit("smsContentType", this))
    , m_smsBody(lineEdit("smsBody", this))
    , m_smsToken(lineEdit("smsToken", this))
    , m_failures(new QTableWidget(0, 5, this))
    , m_retry(new QPushButton(tr("Sen&d again"), this))
    , m_problem(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_problems(std::make_unique<FieldProblems>(m_problem))
{
    setObjectName(QStringLiteral("remindersTab"));
    m_enabled->setObjectName(QStringLiteral("remindersEnabled"));
    m_email->setObjectName(QStringLiteral("reminderEmail"));
    m_sms->setObjectName(QStringLiteral("reminderSms"));
    m_template->setObjectName(QStringLiteral("reminderTemplate"));
    m_template->setAccessibleName(tr("The reminder's words"));
    m_template->setTabChangesFocus(true);
    m_template->setFixedHeight(m_template->fontMetrics().lineSpacing() * 4 + 12);
    m_smtpPort->setObjectName(QStringLiteral("smtpPort"));
    m_smtpPort->setRange(1, 65535);
    m_startTls->setObjectName(QStringLiteral("smtpStartTls"));
    m_smtpPassword->setEchoMode(QLineEdit::Password);
    m_smsToken->setEchoMode(QLineEdit::Password);
    m_moments->setPlaceholderText(QStringLiteral("3d@17:00, 1d@17:00"));
    m_smtpHost->setPlaceholderText(tr("mail.clinic.example (empty: no email)"));
    m_smtpFrom->setPlaceholderText(QStringLiteral("reminders@clinic.example"));
    m_smtpCaFile->setPlaceholderText(tr("the system's, when empty"));
    m_smsUrl->setPlaceholderText(tr("https://… (empty: no texts)"));
    m_problem->setObjectName(QStringLiteral("tabProblem"));
    m_problem->setWordWrap(true);
    m_notice->setObjectName(QStringLiteral("remindersNotice"));
    m_notice->setForegroundRole(QPalette::PlaceholderText);

    auto *plan = new QGroupBox(tr("When and what"), this);
    auto *planForm = new QFormLayout(plan);
    planForm->addRow(m_enabled);
    planForm->addRow(tr("&Moments:"), m_moments);
    planForm->addRow(QString(),
        hint(tr("Days before the appointment and the time they go out, e.g. 3d@17:00, "
                "1d@17:00. Only the latest moment already passed is sent."),
            plan));
    auto *channels = new QHBoxLayout;
    channels->addWidget(m_email);
    channels->addWidget(m_sms);
    channels->addStretch(1);
    planForm->addRow(tr("Channels:"), channels);
    planForm->addRow(tr("&Words:"), m_template);
    planForm->addRow(QString(),
        hint(tr("May say {day}, {time}, {center}, {address} and {phone}; never the "
                "therapy or a diagnosis."),
            plan));
    planForm->addRow(tr("Street &address:"), m_address);
    auto *savePlanButton = new QPushButton(tr("Save &reminders"), plan);
    savePlanButton->setObjectName(QStringLiteral("saveReminders"));
    planForm->addRow(QString(), savePlanButton);

    auto *mail = new QGroupBox(tr("Mail server"), this);
    auto *mailForm = new QFormLayout(mail);
    mailForm->addRow(tr("&Host:"), m_smtpHost);
    auto *portRow = new QHBoxLayout;
    portRow->addWidget(m_smtpPort);
    portRow->addWidget(m_startTls);
    portRow->addStretch(1);
    auto *portLabel = new QLabel(tr("P&ort:"), mail);
    portLabel->setBuddy(m_smtpPort);
    mailForm->addRow(portLabel, portRow);
    mailForm->addRow(tr("Sen&der:"), m_smtpFrom);
    mailForm->addRow(tr("&User:"), m_smtpUser);
    mailForm->addRow(tr("&Password:"), m_smtpPassword);
    // A center whose mail server has a certificate of its own authority names that authority's file.
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_smtpCaFile, 1);
    auto *browse = new QPushButton(tr("Choose…"), mail);
    browse->setObjectName(QStringLiteral("smtpCaBrowse"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("The certificate authority's file"),
            m_smtpCaFile->text(), tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!file.isEmpty())
            m_smtpCaFile->setText(QDir::toNativeSeparators(file));
    });
    caRow->addWidget(browse);
    auto *caLabel = new QLabel(tr("Certi&ficate authority:"), mail);
    caLabel->setBuddy(m_smtpCaFile);
    mailForm->addRow(caLabel, caRow);

    auto *gateway = new QGroupBox(tr("SMS gateway"), this);
    auto *gatewayForm = new QFormLayout(gateway);
    gatewayForm->addRow(tr("&Address:"), m_smsUrl);
    gatewayForm->addRow(tr("Content &type:"), m_smsContentType);
    gatewayForm->addRow(tr("Re&quest:"), m_smsBody);
    gatewayForm->addRow(tr("To&ken:"), m_smsToken);
    auto *saveServersButton = new QPushButton(tr("Save ser&vers"), gateway);
    saveServersButton->setObjectName(QStringLiteral("saveReminderServers"));
    gatewayForm->addRow(QString(), saveServersButton);

    auto *failed = new QGroupBox(tr("Reminders that could not be sent"), this);
    auto *failedLayout = new QVBoxLayout(failed);
    m_failures->setObjectName(QStringLiteral("reminderFailures"));
    m_failures->setAccessibleName(tr("Reminders that could not be sent"));
    m_failures->setHorizontalHeaderLabels(
        {tr("Appointment"), tr("When"), tr("Channel"), tr("State"), tr("Why")});
    m_failures->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_failures->verticalHeader()->hide();
    m_failures->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_failures->setSelectionMode(QAbstractItemView::SingleSelection);
    m_failures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_failures->setMinimumHeight(90);
    m_retry->setObjectName(QStringLiteral("retryReminder"));
    failedLayout->addWidget(m_failures);
    auto *retryRow = new QHBoxLayout;
    retryRow->addStretch(1);
    retryRow->addWidget(m_retry);
    failedLayout->addLayout(retryRow);

    auto *content = new QWidget(this);
    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(plan);
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(mail);
    right->addWidget(gateway);
    right->addStretch(1);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(columns);
    contentLayout->addWidget(failed, 1);
    contentLayout->addWidget(m_problem);
    contentLayout->addWidget(m_notice);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    m_problems->add(QStringLiteral("moments"), m_moments);
    m_problems->add(QStringLiteral("channels"), m_email);
    m_problems->add(QStringLiteral("template"), m_template);
    m_problems->add(QStringLiteral("smtp-host"), m_smtpHost);
    m_problems->add(QStringLiteral("smtp-port"), m_smtpPort);
    m_problems->add(QStringLiteral("smtp-starttls"), m_startTls);
    m_problems->add(QStringLiteral("smtp-from"), m_smtpFrom);
    m_problems->add(QStringLiteral("smtp-ca"), m_smtpCaFile);
    m_problems->add(QStringLiteral("sms-url"), m_smsUrl);
    m_problems->add(QStringLiteral("sms-body"), m_smsBody);
    m_problems->add(QStringLiteral("sms-content-type"), m_smsContentType);

    connect(savePlanButton, &QPushButton::clicked, this, &RemindersTab::savePlan);
    connect(saveServersButton, &QPushButton::clicked, this, &RemindersTab::saveServers);
    connect(m_retry, &QPushButton::clicked, this, &RemindersTab::retrySelected);
    reload();
}

RemindersTab::~RemindersTab() = default;

QString RemindersTab::problem() const
{
    return m_problems->message();
}

QString RemindersTab::markedField() const
{
    return m_problems->markedField();
}

QString RemindersTab::notice() const
{
    return m_notice->text();
}

bool RemindersTab::attempt(const std::function<void()> &change, const QString &done)
{
    m_problems->clear();
    m_notice->clear();
    try {
        change();
    } catch (const Error &error) {
        m_problems->show(error);
        return false;
    }
    m_notice->setText(done);
    return true;
}

void RemindersTab::reload()
{
    attempt(
        [this] {
            ReminderService service(m_workspace.store(), m_workspace.clock());
            const User &user = m_workspace.user();
            const ReminderPlan plan = service.plan(m_workspace.center().id, user);
            m_enabled->setChecked(plan.enabled);
            QStringList moments;
            for (const ReminderMoment &moment : plan.moments)
                moments << moment.code();
            m_moments->setText(moments.join(QStringLiteral(", ")));
            m_email->setChecked(plan.channels.contains(ReminderChannel::Email));
            m_sms->setChecked(plan.channels.contains(ReminderChannel::Sms));
            m_template->setPlainText(plan.templateText);
            m_address->setText(plan.address);

            const ReminderTransport transport = service.transport(user);
            m_smtpHost->setText(transport.smtp.host);
            m_smtpPort->setValue(transport.smtp.port);
            m_startTls->setChecked(transport.smtp.startTls);
            m_smtpUser->setText(transport.smtp.user);
            m_smtpFrom->setText(transport.smtp.from);
            m_smtpCaFile->setText(QDir::toNativeSeparators(transport.smtp.caFile));
            m_smtpPassword->clear();
            m_smtpPassword->setPlaceholderText(tr("unchanged when left empty"));
            m_smsUrl->setText(transport.sms.url);
            m_smsContentType->setText(transport.sms.contentType);
            m_smsBody->setText(transport.sms.body);
            m_smsToken->clear();
            m_smsToken->setPlaceholderText(tr("unchanged when left empty"));

            const QList<Reminder> failures = service.failures(user);
            m_failures->setRowCount(int(failures.size()));
            for (int row = 0; row < failures.size(); ++row) {
                const Reminder &r = failures.at(row);
                const QStringList cells {QString::number(r.appointmentId),
                    QLocale().toString(
                        r.startUtc.toTimeZone(m_workspace.center().timeZone()), QLocale::ShortFormat),
                    r.channel == ReminderChannel::Email ? tr("Email") : tr("Text"),
                    r.state == ReminderState::Interrupted ? tr("Interrupted") : tr("Failed"), r.lastError};
                for (int column = 0; column < cells.size(); ++column) {
                    auto *item = new QTableWidgetItem(cells.at(column));
                    item->setData(Qt::UserRole, r.id);
                    m_failures->setItem(row, column, item);
                }
            }
            m_retry->setEnabled(!failures.isEmpty());
        },
        QString());
}

void RemindersTab::savePlan()
{
    attempt(
        [this] {
            ReminderService service(m_workspace.store(), m_workspace.clock());
            ReminderPlan plan = service.plan(m_workspace.center().id, m_workspace.user());
            plan.enabled = m_enabled->isChecked();
            plan.moments.clear();
            const QStringList codes = m_moments->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (const QString &code : codes) {
                const auto moment = ReminderMoment::fromCode(code);
                if (!moment)
                    throw Error::badData(QStringLiteral("moments"),
                        tr("\"%1\" is not a moment; write days before and a time, e.g. 3d@17:00.")
                            .arg(code.trimmed()));
                plan.moments << *moment;
            }
            plan.channels.clear();
            if (m_email->isChecked())
                plan.channels << ReminderChannel::Email;
            if (m_sms->isChecked())
                plan.channels << ReminderChannel::Sms;
            plan.templateText = m_template->toPlainText();
            plan.address = m_address->text().trimmed();
            service.configurePlan(plan, m_workspace.user());
        },
        tr("Reminders saved."));
}

void RemindersTab::saveServers()
{
    const bool saved = attempt(
        [this] {
            ReminderService service(m_workspace.store(), m_workspace.clock());
            ReminderTransport t = service.transport(m_workspace.user());
            t.smtp.host = m_smtpHost->text().trimmed();
            t.smtp.port = m_smtpPort->value();
            t.smtp.startTls = m_startTls->isChecked();
            t.smtp.user = m_smtpUser->text().trimmed();
            t.smtp.from = m_smtpFrom->text().trimmed();
            const QString caFile = m_smtpCaFile->text().trimmed();
            t.smtp.caFile = caFile.isEmpty()
                ? QString()
                : QFileInfo(QDir::fromNativeSeparators(caFile)).absoluteFilePath();
            t.sms.url = m_smsUrl->text().trimmed();
            t.sms.contentType = m_smsContentType->text().trimmed();
            t.sms.body = m_smsBody->text();
            const std::optional<QString> password = m_smtpPassword->text().isEmpty()
                ? std::nullopt
                : std::optional<QString>(m_smtpPassword->text());
            const std::optional<QString> token
                = m_smsToken->text().isEmpty() ? std::nullopt : std::optional<QString>(m_smsToken->text());
            service.configureTransport(t, m_workspace.user(), password, token);
        },
        tr("Servers saved."));
    if (saved) {
        m_smtpPassword->clear();
        m_smsToken->clear();
    }
}

void RemindersTab::retrySelected()
{
    const QList<QTableWidgetItem *> selected = m_failures->selectedItems();
    if (selected.isEmpty()) {
        m_problems->show(QStringLiteral("failures"), tr("Choose the reminder to send again."));
        return;
    }
    const qint64 id = selected.first()->data(Qt::UserRole).toLongLong();
    if (attempt(
            [this, id] {
                ReminderService(m_workspace.store(), m_workspace.clock()).retry(id, m_workspace.user());
            },
            tr("Reminder queued again."))) {
        reload();
        m_notice->setText(tr("Reminder queued again."));
    }
}

} // namespace chairside
