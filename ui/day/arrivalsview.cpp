#include "day/arrivalsview.h"

#include "common/clock.h"
#include "common/error.h"
#include "day/appointmentdetailsdialog.h"
#include "day/arrivalsmodel.h"
#include "day/dayschedule.h"
#include "store/store.h"
#include "widgets/errornotice.h"
#include "widgets/pageheader.h"
#include "widgets/problembanner.h"
#include "widgets/statuscountsbar.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QScrollBar>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace chairside {

ArrivalsView::ArrivalsView(Workspace &workspace, QWidget *parent)
    : ArrivalsView(workspace, *new DaySchedule(workspace), parent)
{
    m_day->setParent(this);
}

ArrivalsView::ArrivalsView(Workspace &workspace, DaySchedule &today, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_day(&today)
    , m_model(new ArrivalsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_header(new PageHeader(tr("Today's arrivals"), tr("Date"), this))
    , m_filter(new QLineEdit(this))
    , m_counts(new StatusCountsBar(this))
    , m_problem(new ProblemBanner(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
{
    setAccessibleName(tr("Today's arrivals"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ArrivalsModel::SortRole);
    m_proxy->setFilterRole(ArrivalsModel::FilterRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setDynamicSortFilter(true);
    buildLayout();

    connect(m_filter, &QLineEdit::textChanged, this, &ArrivalsView::applyFilter);
    connect(m_table, &QTableView::activated, this, &ArrivalsView::openDetails);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &ArrivalsView::showRowMenu);
    auto *openPatient = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_O), m_table);
    openPatient->setContext(Qt::WidgetShortcut);
    connect(openPatient, &QShortcut::activated, this, [this] {
        openPatientOf(m_table->currentIndex().data(ArrivalsModel::AppointmentIdRole).toLongLong());
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ArrivalsView::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ArrivalsView::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ArrivalsView::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ArrivalsView::updateEmptyState);

    connect(m_day, &DaySchedule::reloaded, this, &ArrivalsView::showDay);
    connect(m_day, &DaySchedule::dayUpdated, this, &ArrivalsView::showDay);
    connect(m_day, &DaySchedule::appointmentUpdated, this, &ArrivalsView::showAppointment);
    m_tick.setSingleShot(true);
    connect(&m_tick, &QTimer::timeout, this, &ArrivalsView::tick);
    showDay();
    scheduleTick();
}

ArrivalsView::~ArrivalsView() = default;

void ArrivalsView::buildLayout()
{
    const int line = fontMetrics().height();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(line * 3 / 2, line, line * 3 / 2, line);
    layout->setSpacing(line * 3 / 4);

    m_filter->setPlaceholderText(tr("Filter by patient, therapy, chair or status"));
    m_filter->setAccessibleName(tr("Filter arrivals"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::LeadingPosition);
    m_filter->setMinimumWidth(line * 22);
    m_filter->setToolTip(tr("Shows only the rows whose patient, therapy, chair or status contains the text"));

    m_header->addControl(m_filter);
    layout->addWidget(m_header);
    layout->addWidget(m_counts);
    layout->addWidget(m_problem);

    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Appointments of the day"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ArrivalsModel::TimeColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(int(line * 2.1));
    m_table->setIconSize(QSize(int(line * 1.2), int(line * 1.2)));
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setMinimumSectionSize(line * 4);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(ArrivalsModel::PatientColumn, QHeaderView::Stretch);
    const QFontMetrics fm = fontMetrics();
    const auto width = [&fm, line](const QString &sample, double icon = 0) {
        return int(fm.horizontalAdvance(sample) + line * (2.2 + icon));
    };
    m_table->setColumnWidth(ArrivalsModel::TimeColumn, width(QStringLiteral("00:00–00:00")));
    m_table->setColumnWidth(ArrivalsModel::TherapyColumn, width(QStringLiteral("immune globulin")));
    m_table->setColumnWidth(ArrivalsModel::ChairColumn, width(QStringLiteral("Chair 10")));
    m_table->setColumnWidth(ArrivalsModel::StatusColumn, width(QStringLiteral("Rescheduled"), 1.6));
    m_table->setColumnWidth(ArrivalsModel::ReadinessColumn, width(tr("No dose to prepare"), 1.6));
    m_table->setColumnWidth(ArrivalsModel::ArrivedColumn, width(tr("Arrived at")));
    m_table->setColumnWidth(ArrivalsModel::WaitingColumn, width(QStringLiteral("1 h 00 min")));

    QFont emptyFont = font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.2);
    m_empty->setFont(emptyFont);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setAccessibleName(tr("No appointments"));
    QPalette muted = m_empty->palette();
    muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_empty->setPalette(muted);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    setTabOrder(m_filter, m_table);
}

QDate ArrivalsView::date() const
{
    return m_day->date();
}

void ArrivalsView::reload()
{
    m_day->reload();
}

void ArrivalsView::showDay()
{
    const Center &center = m_day->center();
    m_header->setDateText(QLocale().toString(m_day->date(), tr("dddd d MMMM", "date format")));
    if (center.id == 0) {
        m_model->setRoster(center, Roster {}, m_workspace.clock().nowUtc());
        m_counts->setCounts({});
        setProblem(tr("No center is chosen for this desk, so there is no day to show."));
        return;
    }
    setProblem(m_day->problem());
    // The model keeps rows by appointment, so the selection survives; the scroll position is kept too,
    // so a nurse reading the middle of the list is not thrown back to the top by another desk's change.
    QScrollBar *scroll = m_table->verticalScrollBar();
    const int scrolled = scroll->value();
    m_model->setRoster(center, m_day->roster(), m_workspace.clock().nowUtc());
    m_counts->setCounts(m_day->roster().counts);
    scroll->setValue(std::min(scrolled, scroll->maximum()));
    updateEmptyState();
}

void ArrivalsView::showAppointment(qint64 appointmentId)
{
    m_model->updateAppointment(m_day->roster(), appointmentId);
    m_counts->setCounts(m_day->roster().counts);
    updateEmptyState();
}

void ArrivalsView::setProblem(const QString &message)
{
    m_problem->setMessage(message);
}

bool ArrivalsView::selectAppointment(qint64 appointmentId)
{
    // The store announced the check-in as it committed, so the row is here if it is today's.
    const int row = m_model->rowOf(appointmentId);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

qint64 ArrivalsView::selectedAppointment() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return rows.first().data(ArrivalsModel::AppointmentIdRole).toLongLong();
}

void ArrivalsView::applyFilter(const QString &text)
{
    m_proxy->setFilterFixedString(text.trimmed());
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (!selected.isEmpty())
        m_table->scrollTo(selected.first());
    updateEmptyState();
}

void ArrivalsView::updateEmptyState()
{
    if (m_proxy->rowCount() > 0) {
        m_stack->setCurrentWidget(m_table);
        return;
    }
    if (m_model->rowCount() > 0)
        m_empty->setText(tr("No appointment today matches “%1”.").arg(m_filter->text().trimmed()));
    else
        m_empty->setText(tr("No appointments are booked for %1.")
                             .arg(QLocale().toString(m_day->date(), tr("dddd d MMMM", "date format"))));
    m_stack->setCurrentWidget(m_empty);
}

void ArrivalsView::openDetails(const QModelIndex &proxyIndex)
{
    const qint64 id = proxyIndex.data(ArrivalsModel::AppointmentIdRole).toLongLong();
    if (id != 0)
        AppointmentDetailsDialog::openFor(m_workspace, id, this);
}

void ArrivalsView::showRowMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    QMenu menu(this);
    const QAction *details = menu.addAction(tr("Appointment &details…"));
    QAction *patient = menu.addAction(tr("Open &patient page"));
    patient->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    const QAction *chosen = menu.exec(m_table->viewport()->mapToGlobal(pos));
    if (chosen == details)
        openDetails(index);
    else if (chosen == patient)
        openPatientOf(index.data(ArrivalsModel::AppointmentIdRole).toLongLong());
}

void ArrivalsView::openPatientOf(qint64 appointmentId)
{
    if (appointmentId == 0)
        return;
    try {
        if (const auto appointment = m_workspace.store().appointment(appointmentId))
            Q_EMIT openPatientRequested(appointment->patientId, QStringLiteral("appointments"));
    } catch (const Error &error) {
        ErrorNotice::show(this, tr("The patient could not be opened"), error);
    }
}

void ArrivalsView::tick()
{
    // The day itself moves on at midnight in the schedule.
    m_model->setNow(m_workspace.clock().nowUtc());
    scheduleTick();
}

void ArrivalsView::scheduleTick()
{
    // On the minute of the workspace clock, so "minutes waiting" turns over when the wall clock does.
    const QTime now = m_workspace.clock().nowUtc().time();
    const int left = 60000 - (now.second() * 1000 + now.msec());
    m_tick.start(std::clamp(left, 1000, 60000));
}

} // namespace chairside
