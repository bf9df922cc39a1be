#include "readiness/readinessview.h"

#include "common/clock.h"
#include "common/error.h"
#include "readiness/readinessmodel.h"
#include "readiness/readinessservice.h"
#include "scheduling/centertime.h"
#include "store/store.h"
#include "text/desktext.h"
#include "widgets/pageheader.h"
#include "widgets/problembanner.h"
#include "workspace/workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <optional>
#include <utility>

namespace chairside {

namespace {

/// How long a hidden page waits for quiet before reading the whole queue again.
constexpr int kHiddenPause = 2000;

QString sectionWords(const QString &section)
{
    if (section == QLatin1String("orders"))
        return ReadinessView::tr("Open the patient's orders");
    if (section == QLatin1String("authorizations"))
        return ReadinessView::tr("Open the patient's authorizations");
    if (section == QLatin1String("coverage"))
        return ReadinessView::tr("Open the patient's coverage");
    return ReadinessView::tr("Open the patient's appointments");
}

} // namespace

ReadinessView::ReadinessView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ReadinessModel(this))
    //: The page of appointments whose order, authorization, eligibility or dose is not in place.
    , m_header(new PageHeader(tr("Readiness"), tr("Days shown"), this))
    , m_days(new QSpinBox(this))
    , m_problem(new ProblemBanner(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_say(new QLabel(this))
    , m_open(new QPushButton(this))
{
    setAccessibleName(tr("Readiness"));
    m_days->setRange(1, ReadinessService::kMaxDays);
    m_days->setValue(m_workspace.center().id ? m_workspace.center().policy.readinessDays : 7);
    buildLayout();

    m_reload.setSingleShot(true);
    m_reload.setInterval(0);
    connect(&m_reload, &QTimer::timeout, this, &ReadinessView::reload);
    m_update.setSingleShot(true);
    m_update.setInterval(0);
    connect(&m_update, &QTimer::timeout, this, &ReadinessView::update);
    connect(m_days, &QSpinBox::valueChanged, this, &ReadinessView::scheduleReload);
    connect(m_table, &QTableView::activated, this, &ReadinessView::openIndex);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ReadinessView::showSelected);
    connect(m_open, &QPushButton::clicked, this, [this] { openRow(m_table->currentIndex().row()); });

    // Whatever can put a problem right, or make one: the patient's paperwork, a booking, a dose, a day.
    // Each concerns a patient or a few, whose rows alone are read again.
    connect(&m_workspace, &Workspace::patientChanged, this, &ReadinessView::patientChanged);
    connect(&m_workspace, &Workspace::appointmentChanged, this, &ReadinessView::appointmentChanged);
    connect(&m_workspace, &Workspace::rosterChanged, this, &ReadinessView::rosterChanged);
    connect(&m_workspace, &Workspace::everythingChanged, this, &ReadinessView::scheduleRebuild);
    connect(&m_workspace, &Workspace::userChanged, this, &ReadinessView::scheduleRebuild);
    connect(&m_workspace, &Workspace::centerChanged, this, &ReadinessView::useCenterDays);
    reload();
}

ReadinessView::~ReadinessView() = default;

void ReadinessView::buildLayout()
{
    const int line = fontMetrics().height();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(line * 3 / 2, line, line * 3 / 2, line);
    layout->setSpacing(line * 3 / 4);

    auto *daysLabel = new QLabel(tr("&Days ahead"), this);
    daysLabel->setBuddy(m_days);
    m_days->setAccessibleName(tr("Days ahead"));
    m_days->setToolTip(tr("How many days from today the list looks ahead; the center's setting at first"));
    m_header->addControl(daysLabel);
    m_header->addControl(m_days);
    layout->addWidget(m_header);

    auto *intro = new QLabel(
        tr("Booked appointments that would not be admitted if the patient came on time, as the check-in desk "
           "would judge them at the start. Call the patient, the prescriber or the payer now, not on the "
           "day."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_problem);

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Appointments not ready"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(int(line * 2.1));
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setStretchLastSection(true);
    const QFontMetrics fm = fontMetrics();
    const auto width = [&fm, line](const QString &sample) { return fm.horizontalAdvance(sample) + line * 2; };
    m_table->setColumnWidth(ReadinessModel::WhenColumn, width(QStringLiteral("Wed 30 Dec, 00:00")));
    m_table->setColumnWidth(ReadinessModel::PatientColumn, width(QStringLiteral("Lewandowski, Małgorzata")));
    m_table->setColumnWidth(ReadinessModel::MrnColumn, width(QStringLiteral("M0000000")));
    m_table->setColumnWidth(ReadinessModel::PhoneColumn, width(QStringLiteral("(000) 000-0000")));
    m_table->setColumnWidth(ReadinessModel::TherapyColumn, width(QStringLiteral("immune globulin")));
    m_table->setColumnWidth(ReadinessModel::ChairColumn, width(QStringLiteral("chair 10")));

    QFont emptyFont = font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.2);
    m_empty->setFont(emptyFont);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    QPalette muted = m_empty->palette();
    muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_empty->setPalette(muted);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    // What to say about the selected row, and the way to put it right.
    auto *footer = new QHBoxLayout;
    footer->setSpacing(line);
    m_say->setWordWrap(true);
    m_say->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_say->setAccessibleName(tr("To say to the patient"));
    m_say->setMinimumHeight(line * 3);
    m_say->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    footer->addWidget(m_say, 1);
    footer->addWidget(m_open, 0, Qt::AlignTop);
    layout->addLayout(footer);

    setTabOrder(m_days, m_table);
    setTabOrder(m_table, m_open);
    showSelected();
}

QString ReadinessView::title() const
{
    return m_title;
}

int ReadinessView::count() const
{
    return m_model->rowCount();
}

int ReadinessView::days() const
{
    return m_days->value();
}

void ReadinessView::setDays(int days)
{
    m_days->setValue(days);
}

void ReadinessView::scheduleReload()
{
    m_reload.setInterval(0);
    m_reload.start();
}

void ReadinessView::scheduleRebuild()
{
    if (isVisible()) {
        scheduleReload();
        return;
    }
    // Nobody sees the list: read it when the page is shown, or once things have been quiet a while so
    // the tab's count catches up.
    m_stale = true;
    m_reload.setInterval(kHiddenPause);
    m_reload.start();
}

void ReadinessView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        scheduleReload();
}

void ReadinessView::useCenterDays()
{
    const Center &center = m_workspace.center();
    if (center.id != 0 && center.policy.readinessDays != m_days->value())
        m_days->setValue(center.policy.readinessDays); // read again by valueChanged
    else
        scheduleRebuild();
}

void ReadinessView::patientChanged(qint64 patientId)
{
    m_changedPatients.insert(patientId);
    m_update.start();
}

void ReadinessView::appointmentChanged(qint64 appointmentId)
{
    m_changedAppointments.insert(appointmentId);
    m_update.start();
}

void ReadinessView::rosterChanged(qint64 centerId, QDate date)
{
    if (centerId != m_workspace.center().id)
        return;
    m_changedDays.insert(date);
    m_update.start();
}

void ReadinessView::update()
{
    m_update.stop();
    const QSet<qint64> appointments = std::exchange(m_changedAppointments, {});
    const QSet<QDate> changedDays = std::exchange(m_changedDays, {});
    QSet<qint64> patients = std::exchange(m_changedPatients, {});
    const Center &center = m_workspace.center();
    // The whole queue is to be read anyway, or there is none to put right.
    if (m_reload.isActive() || m_stale || center.id == 0 || m_workspace.user().id == 0)
        return;
    ++m_updates;
    const QDate from = CenterTime::localDate(center, m_workspace.clock().nowUtc());
    const QDate to = from.addDays(days());
    try {
        ReadinessService service(m_workspace.store(), m_workspace.clock());
        for (const qint64 id : appointments) {
            // The appointment's patient, and the one of its row, should a record have been corrected.
            const int row = m_model->rowOf(id);
            if (row >= 0)
                patients.insert(m_model->rows().at(row).patient.id);
            if (const std::optional<Appointment> a = m_workspace.store().appointment(id))
                patients.insert(a->patientId);
        }
        // A day's roster changes with its appointments, which are named too (Workspace::announce): a day
        // alone, when it comes, concerns its patients, those booked and those listed on it.
        if (appointments.isEmpty()) {
            for (const QDate day : changedDays) {
                if (day < from || day >= to)
                    continue;
                for (const qint64 id : service.patientsBookedOn(m_workspace.user(), center, day))
                    patients.insert(id);
                for (const ReadinessRow &r : m_model->rows()) {
                    if (CenterTime::localDate(center, r.appointment.startUtc) == day)
                        patients.insert(r.patient.id);
                }
            }
        }
        if (patients.isEmpty())
            return;
        m_patientsRead += int(patients.size());
        const QList<ReadinessRow> rows = service.queueOfPatients(
            m_workspace.user(), center, from, days(), QList<qint64>(patients.cbegin(), patients.cend()));
        const qint64 selected = m_table->currentIndex().data(ReadinessModel::AppointmentIdRole).toLongLong();
        m_model->replacePatients(patients, rows);
        const int row = m_model->rowOf(selected);
        if (row >= 0 && row != m_table->currentIndex().row())
            m_table->selectRow(row);
    } catch (const Error &error) {
        m_problem->setMessage(tr("The readiness list could not be read: %1").arg(error.message()));
    }
    showSelected();
    updateEmptyState();
    updateTitle();
}

void ReadinessView::updateTitle()
{
    const int n = m_model->rowCount();
    const QString title = n == 0 ? tr("Readiness") : tr("Readiness (%1)").arg(n);
    if (title != m_title) {
        m_title = title;
        Q_EMIT titleChanged(m_title);
    }
}

void ReadinessView::reload()
{
    m_reload.stop();
    m_stale = false;
    // The whole queue read covers every change heard so far.
    m_update.stop();
    m_changedPatients.clear();
    m_changedAppointments.clear();
    m_changedDays.clear();
    ++m_reads;
    const Center &center = m_workspace.center();
    const qint64 selected = m_table->currentIndex().data(ReadinessModel::AppointmentIdRole).toLongLong();
    QList<ReadinessRow> rows;
    QString problem;
    if (center.id == 0) {
        problem = tr("No center is chosen for this desk, so there is no queue to show.");
    } else if (m_workspace.user().id == 0) {
        // Nobody is signed in (the log-in screen is up): no patient is read, and none is kept.
    } else {
        const QDate from = CenterTime::localDate(center, m_workspace.clock().nowUtc());
        const QLocale locale;
        m_header->setDateText(
            tr("%1 to %2")
                .arg(locale.toString(from, tr("ddd d MMM", "date format")),
                    locale.toString(from.addDays(days() - 1), tr("ddd d MMM", "date format"))));
        try {
            rows = ReadinessService(m_workspace.store(), m_workspace.clock())
                       .queue(m_workspace.user(), center, from, days());
        } catch (const Error &error) {
            problem = tr("The readiness list could not be read: %1").arg(error.message());
        }
    }
    m_problem->setMessage(problem);
    m_model->setRows(center, rows);
    const int row = m_model->rowOf(selected);
    if (row >= 0)
        m_table->selectRow(row);
    showSelected();
    updateEmptyState();
    updateTitle();
}

void ReadinessView::updateEmptyState()
{
    m_empty->setText(m_problem->message().isEmpty()
            ? tr("Every booked appointment of these %n day(s) is ready.", nullptr, days())
            : QString());
    m_stack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_table) : m_empty);
}

void ReadinessView::showSelected()
{
    const int row = m_table->currentIndex().row();
    if (row < 0 || row >= m_model->rowCount()) {
        m_say->setText(
            m_model->rowCount() > 0 ? tr("Select a row to see what to say to the patient.") : QString());
        m_open->setText(tr("Open the patient"));
        m_open->setEnabled(false);
        return;
    }
    const ReadinessRow &r = m_model->rows().at(row);
    QStringList said;
    for (const Reason &reason : r.reasons)
        said << reason.message.toHtmlEscaped();
    const QString phone = r.patient.phone.isEmpty() ? tr("no phone on file")
                                                    : tr("on %1").arg(r.patient.phone.toHtmlEscaped());
    m_say->setText(
        tr("<b>To say to %1</b>, %2: %3")
            .arg(DeskText::spokenName(r.patient).toHtmlEscaped(), phone, said.join(QLatin1Char(' '))));
    m_open->setText(sectionWords(ReadinessModel::sectionOf(r)));
    m_open->setEnabled(true);
}

void ReadinessView::openIndex(const QModelIndex &index)
{
    openRow(index.row());
}

void ReadinessView::openRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const ReadinessRow &r = m_model->rows().at(row);
    Q_EMIT patientRequested(r.patient.id, ReadinessModel::sectionOf(r));
}

} // namespace chairside
