#include "calls/calllistview.h"

#include "booking/slotdialog.h"
#include "common/clock.h"
#include "common/error.h"
#include "reminders/calllist.h"
#include "reminders/reminderservice.h"
#include "scheduling/centertime.h"
#include "store/store.h"
#include "widgets/pageheader.h"
#include "widgets/problembanner.h"
#include "workspace/workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <optional>

namespace chairside {

namespace {

enum Column
{
    WhenColumn,
    PatientColumn,
    PhoneColumn,
    LastCallColumn,
    ReminderColumn,
    ProblemsColumn,
    ColumnCount
};

QString reminderWords(const QString &state)
{
    if (state == QLatin1String("sent"))
        return CallListView::tr("Sent");
    if (state == QLatin1String("queued") || state == QLatin1String("retry")
        || state == QLatin1String("sending"))
        return CallListView::tr("Waiting");
    if (state == QLatin1String("failed") || state == QLatin1String("interrupted"))
        return CallListView::tr("Not sent");
    if (state == QLatin1String("dropped"))
        return CallListView::tr("Dropped");
    return CallListView::tr("None");
}

} // namespace

CallListView::CallListView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    //: The desk's list of patients to call to confirm their appointments.
    , m_header(new PageHeader(tr("Confirmation calls"), tr("Days shown"), this))
    , m_days(new QSpinBox(this))
    , m_problem(new ProblemBanner(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_summary(new QLabel(this))
    , m_replies(new QLabel(this))
    , m_confirm(new QPushButton(tr("&Confirmed (C)"), this))
    , m_message(new QPushButton(tr("Left a &message (M)"), this))
    , m_noAnswer(new QPushButton(tr("&No answer (N)"), this))
    , m_reschedule(new QPushButton(tr("Wants to &reschedule (R)…"), this))
{
    setObjectName(QStringLiteral("callListView"));
    m_days->setObjectName(QStringLiteral("callDays"));
    m_days->setRange(1, CallList::kMaxDays);
    m_days->setValue(2);
    m_days->setSuffix(tr(" days"));
    m_days->setAccessibleName(tr("Days shown"));
    m_header->addControl(m_days);
    m_table->setObjectName(QStringLiteral("callTable"));
    m_table->setAccessibleName(tr("Appointments to confirm"));
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("Patient"), tr("Phone"), tr("Last call"), tr("Reminder"), tr("Not ready")});
    m_table->horizontalHeader()->setSectionResizeMode(ProblemsColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_summary->setObjectName(QStringLiteral("callSummary"));
    m_replies->setObjectName(QStringLiteral("callReplies"));
    m_replies->setWordWrap(true);
    m_replies->setTextFormat(Qt::PlainText);
    m_replies->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_replies->hide();
    m_confirm->setObjectName(QStringLiteral("callConfirmed"));
    m_message->setObjectName(QStringLiteral("callLeftMessage"));
    m_noAnswer->setObjectName(QStringLiteral("callNoAnswer"));
    m_reschedule->setObjectName(QStringLiteral("callReschedule"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    for (QPushButton *b : {m_confirm, m_message, m_noAnswer, m_reschedule})
        buttons->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_problem);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_replies);
    layout->addLayout(buttons);

    const auto bind = [this](QPushButton *button, CallOutcome outcome) {
        connect(button, &QPushButton::clicked, this, [this, outcome] { record(outcome); });
    };
    bind(m_confirm, CallOutcome::Confirmed);
    bind(m_message, CallOutcome::LeftMessage);
    bind(m_noAnswer, CallOutcome::NoAnswer);
    bind(m_reschedule, CallOutcome::WantsReschedule);
    // The one-key outcomes belong to the list: typed while it has the focus, they record the selected row.
    m_table->installEventFilter(this);

    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(150);
    connect(&m_reloadTimer, &QTimer::timeout, this, &CallListView::reload);
    connect(m_days, &QSpinBox::valueChanged, this, &CallListView::scheduleReload);
    connect(&m_workspace, &Workspace::appointmentChanged, this, &CallListView::scheduleReload);
    connect(&m_workspace, &Workspace::rosterChanged, this, &CallListView::scheduleReload);
    connect(&m_workspace, &Workspace::patientChanged, this, &CallListView::scheduleReload);
    connect(&m_workspace, &Workspace::everythingChanged, this, &CallListView::scheduleReload);
    connect(&m_workspace, &Workspace::centerChanged, this, &CallListView::scheduleReload);
    connect(&m_workspace, &Workspace::userChanged, this, &CallListView::scheduleReload);
    reload();
}

CallListView::~CallListView() = default;

bool CallListView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            std::optional<CallOutcome> outcome;
            switch (key->key()) {
            case Qt::Key_C:
                outcome = CallOutcome::Confirmed;
                break;
            case Qt::Key_M:
                outcome = CallOutcome::LeftMessage;
                break;
            case Qt::Key_N:
                outcome = CallOutcome::NoAnswer;
                break;
            case Qt::Key_R:
                outcome = CallOutcome::WantsReschedule;
                break;
            default:
                break;
            }
            if (outcome) {
                record(*outcome);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString CallListView::title() const
{
    //: The tab of the confirmation calls, with how many are left to make.
    return count() > 0 ? tr("Calls (%1)").arg(count()) : tr("Calls");
}

int CallListView::count() const
{
    return m_table->rowCount();
}

QString CallListView::problem() const
{
    return m_problem->message();
}

void CallListView::setDays(int days)
{
    m_days->setValue(days);
    reload();
}

void CallListView::scheduleReload()
{
    m_reloadTimer.start();
}

void CallListView::reload()
{
    m_reloadTimer.stop();
    const QString before = title();
    const Center &center = m_workspace.center();
    if (center.id == 0 || m_workspace.user().name.isEmpty()) {
        m_table->setRowCount(0);
        return;
    }
    const qint64 selected = m_table->currentRow() >= 0 && m_table->item(m_table->currentRow(), 0)
        ? m_table->item(m_table->currentRow(), 0)->data(Qt::UserRole).toLongLong()
        : 0;
    try {
        const QDate tomorrow = CenterTime::localDate(center, m_workspace.clock().nowUtc()).addDays(1);
        const CallList::Result result = CallList(m_workspace.store(), m_workspace.clock())
                                            .build(m_workspace.user(), center, tomorrow, m_days->value());
        const QLocale locale;
        m_header->setDateText(tr("From %1").arg(locale.toString(tomorrow, QLocale::LongFormat)));
        m_table->setRowCount(int(result.rows.size()));
        int current = -1;
        for (int row = 0; row < result.rows.size(); ++row) {
            const CallListRow &line = result.rows.at(row);
            const QDateTime local = CenterTime::toLocal(center, line.appointment.startUtc);
            QString phone = line.patient.phone;
            if (!line.wishes.mobile.isEmpty() && line.wishes.mobile != phone)
                phone += (phone.isEmpty() ? QString() : QStringLiteral(" · "))
                    + tr("mobile %1").arg(line.wishes.mobile);
            QString last;
            if (line.confirmation.lastOutcome) {
                last = callOutcomeLabel(*line.confirmation.lastOutcome);
                if (line.confirmation.calls > 1)
                    last += tr(" (%n calls)", nullptr, line.confirmation.calls);
            }
            const QStringList cells {locale.toString(local, QStringLiteral("ddd d MMM · h:mm AP")),
                line.patient.displayName(), phone, last,
                line.wishes.optedOut ? tr("Opted out") : reminderWords(line.reminder),
                line.problems.join(QStringLiteral("; "))};
            for (int column = 0; column < ColumnCount; ++column) {
                auto *item = new QTableWidgetItem(cells.at(column));
                item->setData(Qt::UserRole, line.appointment.id);
                if (column == ProblemsColumn && !line.problems.isEmpty())
                    item->setToolTip(line.problems.join(QLatin1Char('\n')));
                m_table->setItem(row, column, item);
            }
            if (line.appointment.id == selected)
                current = row;
        }
        m_table->resizeColumnsToContents();
        m_table->horizontalHeader()->setSectionResizeMode(ProblemsColumn, QHeaderView::Stretch);
        if (m_table->rowCount() > 0)
            m_table->selectRow(current >= 0 ? current : 0);
        m_confirmed = result.confirmed;
        m_summary->setText(tr("%n to call", nullptr, int(result.rows.size())) + QStringLiteral(" · ")
            + tr("%n confirmed", nullptr, result.confirmed));
        showReplies();
        m_problem->setMessage(QString());
    } catch (const Error &error) {
        m_problem->setMessage(error.message());
    }
    for (QPushButton *b : {m_confirm, m_message, m_noAnswer, m_reschedule})
        b->setEnabled(m_table->rowCount() > 0);
    if (title() != before)
        Q_EMIT titleChanged(title());
}

void CallListView::showReplies()
{
    const QDateTime since = m_workspace.clock().nowUtc().addDays(-2);
    QStringList lines;
    const QLocale locale;
    const QList<ReminderReply> replies
        = ReminderService(m_workspace.store(), m_workspace.clock()).replies(m_workspace.user(), 20);
    for (const ReminderReply &reply : replies) {
        if (reply.receivedAtUtc < since)
            break;
        if (reply.result == ReplyResult::Confirmed)
            continue;
        const QDateTime local = CenterTime::toLocal(m_workspace.center(), reply.receivedAtUtc);
        //: A reply to a text reminder that confirmed nothing: when, from which number, why, the words.
        lines << tr("%1 · %2 · %3: “%4”")
                     .arg(locale.toString(local, QStringLiteral("ddd h:mm AP")), reply.from,
                         replyResultLabel(reply.result), reply.text);
    }
    m_replies->setVisible(!lines.isEmpty());
    m_replies->setText(lines.isEmpty() ? QString()
                                       : tr("Replies to texts that confirmed nothing:") + QLatin1Char('\n')
                + lines.join(QLatin1Char('\n')));
}

void CallListView::record(CallOutcome outcome)
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0))
        return;
    const qint64 id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    try {
        ReminderService(m_workspace.store(), m_workspace.clock()).recordCall(id, outcome, m_workspace.user());
        if (outcome == CallOutcome::WantsReschedule) {
            if (const auto appointment = m_workspace.store().appointment(id)) {
                SlotDialog *dialog = SlotDialog::reschedule(m_workspace, *appointment,
                    tr("The patient asked on the confirmation call to move this appointment."),
                    QStringLiteral("asked to reschedule on the confirmation call"), this);
                if (dialog) {
                    dialog->setAttribute(Qt::WA_DeleteOnClose);
                    dialog->open();
                }
            }
        }
    } catch (const Error &error) {
        m_problem->setMessage(error.message());
        return;
    }
    reload();
    // The next row to call, where the one just recorded was.
    if (m_table->rowCount() > 0)
        m_table->selectRow(
            std::min(row + (outcome == CallOutcome::Confirmed ? 0 : 1), m_table->rowCount() - 1));
}

} // namespace chairside
