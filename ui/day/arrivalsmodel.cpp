#include "day/arrivalsmodel.h"

#include "model/appointmentstatus.h"
#include "scheduling/centertime.h"
#include "style/theme.h"
#include "widgets/statusbadge.h"

#include <QApplication>
#include <QFont>
#include <QHash>
#include <QPalette>
#include <QSet>

#include <algorithm>
#include <limits>
#include <optional>

namespace chairside {

namespace {

/// Problems first when sorted ascending.
int prepOrder(PrepState state)
{
    switch (state) {
    case PrepState::NotReady:
        return 0;
    case PrepState::Wasted:
        return 1;
    case PrepState::Ready:
        return 2;
    case PrepState::NotNeeded:
        return 3;
    }
    return 4;
}

} // namespace

ArrivalsModel::ArrivalsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

ArrivalsModel::~ArrivalsModel() = default;

int ArrivalsModel::waitingMinutes(const RosterEntry &entry, const QDateTime &nowUtc)
{
    if (entry.status != AppointmentStatus::Arrived && entry.status != AppointmentStatus::CheckedIn)
        return -1;
    const QDateTime since = entry.arrivedAtUtc.isValid() ? entry.arrivedAtUtc : entry.checkedInAtUtc;
    if (!since.isValid() || !nowUtc.isValid())
        return -1;
    return int(std::max<qint64>(0, since.secsTo(nowUtc) / 60));
}

void ArrivalsModel::setRoster(const Center &center, const Roster &roster, const QDateTime &nowUtc)
{
    m_center = center;
    m_nowUtc = nowUtc;

    QList<Row> fresh;
    for (qsizetype c = 0; c < roster.chairs.size(); ++c) {
        const RosterChair &chair = roster.chairs.at(c);
        for (const RosterEntry &entry : chair.entries)
            fresh << Row {entry, StatusBadge::chairName(chair.chair), int(c)};
    }
    std::stable_sort(fresh.begin(), fresh.end(),
        [](const Row &a, const Row &b) { return a.entry.startUtc < b.entry.startUtc; });
    QHash<qint64, qsizetype> freshAt;
    for (qsizetype i = 0; i < fresh.size(); ++i)
        freshAt.insert(fresh.at(i).entry.appointmentId, i);

    const bool anyKept = std::any_of(m_rows.cbegin(), m_rows.cend(),
        [&freshAt](const Row &row) { return freshAt.contains(row.entry.appointmentId); });
    if (!anyKept) {
        // Another day or center: nothing to keep.
        beginResetModel();
        m_rows = fresh;
        endResetModel();
        return;
    }

    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (freshAt.contains(m_rows.at(row).entry.appointmentId))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    QSet<qint64> kept;
    for (Row &row : m_rows) {
        row = fresh.at(freshAt.value(row.entry.appointmentId));
        kept.insert(row.entry.appointmentId);
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));

    QList<Row> added;
    for (const Row &row : std::as_const(fresh)) {
        if (!kept.contains(row.entry.appointmentId))
            added << row;
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows << added;
        endInsertRows();
    }
}

void ArrivalsModel::updateAppointment(const Roster &roster, qint64 appointmentId)
{
    std::optional<Row> fresh;
    for (qsizetype c = 0; c < roster.chairs.size() && !fresh; ++c) {
        const RosterChair &chair = roster.chairs.at(c);
        for (const RosterEntry &entry : chair.entries) {
            if (entry.appointmentId == appointmentId) {
                fresh = Row {entry, StatusBadge::chairName(chair.chair), int(c)};
                break;
            }
        }
    }
    const int row = rowOf(appointmentId);
    if (row >= 0 && fresh) {
        m_rows[row] = *fresh;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    } else if (fresh) {
        const int last = int(m_rows.size());
        beginInsertRows({}, last, last);
        m_rows << *fresh;
        endInsertRows();
    }
}

void ArrivalsModel::setNow(const QDateTime &nowUtc)
{
    m_nowUtc = nowUtc;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, WaitingColumn), index(int(m_rows.size()) - 1, WaitingColumn));
}

int ArrivalsModel::rowOf(qint64 appointmentId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).entry.appointmentId == appointmentId)
            return row;
    }
    return -1;
}

int ArrivalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArrivalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ArrivalsModel::localTime(const QDateTime &utc) const
{
    if (!utc.isValid())
        return {};
    return CenterTime::toLocal(m_center, utc).toString(QStringLiteral("HH:mm"));
}

QVariant ArrivalsModel::display(const Row &row, int column) const
{
    const RosterEntry &e = row.entry;
    switch (column) {
    case TimeColumn:
        return tr("%1–%2").arg(localTime(e.startUtc), localTime(e.endUtc));
    case PatientColumn:
        return e.patientName;
    case TherapyColumn:
        return e.therapyName;
    case ChairColumn:
        return row.chairName;
    case StatusColumn:
        return StatusBadge::statusWords(e.status, e.rescheduled, e.confirmed);
    case ReadinessColumn:
        return StatusBadge::prepWords(e.prep);
    case ArrivedColumn:
        return localTime(e.arrivedAtUtc);
    case WaitingColumn: {
        const int minutes = waitingMinutes(e, m_nowUtc);
        if (minutes < 0)
            return QString();
        if (minutes < 60)
            return tr("%n min", nullptr, minutes);
        return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    }
    default:
        return {};
    }
}

QVariant ArrivalsModel::sortValue(const Row &row, int column) const
{
    const RosterEntry &e = row.entry;
    switch (column) {
    case TimeColumn:
        return e.startUtc.toSecsSinceEpoch();
    case PatientColumn:
        return e.patientName;
    case TherapyColumn:
        return e.therapyName;
    case ChairColumn:
        return row.chairOrder;
    case StatusColumn:
        return statusOrder(e.status, e.rescheduled);
    case ReadinessColumn:
        return prepOrder(e.prep);
    case ArrivedColumn:
        // Those not yet here sort after everyone who is.
        return e.arrivedAtUtc.isValid() ? e.arrivedAtUtc.toSecsSinceEpoch()
                                        : std::numeric_limits<qint64>::max();
    case WaitingColumn:
        return waitingMinutes(e, m_nowUtc);
    default:
        return {};
    }
}

QString ArrivalsModel::toolTip(const Row &row, int column) const
{
    const RosterEntry &e = row.entry;
    switch (column) {
    case TimeColumn:
        return tr("%1 to %2, %n minutes", nullptr, e.minutes).arg(localTime(e.startUtc), localTime(e.endUtc));
    case StatusColumn:
        if (e.checkedInAtUtc.isValid())
            return tr("%1 — checked in at %2")
                .arg(display(row, column).toString(), localTime(e.checkedInAtUtc));
        if (e.arrivedAtUtc.isValid())
            return tr("%1 — arrived at %2").arg(display(row, column).toString(), localTime(e.arrivedAtUtc));
        return StatusBadge::statusSpoken(e.status, e.rescheduled, e.confirmed);
    case ReadinessColumn:
        return StatusBadge::prepExplanation(e.prep);
    case WaitingColumn: {
        const int minutes = waitingMinutes(e, m_nowUtc);
        if (minutes < 0)
            return {};
        return tr("Arrived at %1 and not yet in the chair: waiting %n minutes.", nullptr, minutes)
            .arg(localTime(e.arrivedAtUtc.isValid() ? e.arrivedAtUtc : e.checkedInAtUtc));
    }
    default:
        return display(row, column).toString();
    }
}

QVariant ArrivalsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::AccessibleTextRole:
        if (column == StatusColumn)
            return StatusBadge::statusSpoken(row.entry.status, row.entry.rescheduled, row.entry.confirmed);
        return display(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::DecorationRole:
        if (column == StatusColumn)
            return StatusBadge::statusIcon(row.entry.status);
        if (column == ReadinessColumn)
            return StatusBadge::prepIcon(row.entry.prep);
        return {};
    case Qt::TextAlignmentRole:
        if (column == WaitingColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (column == PatientColumn
            || (column == WaitingColumn && waitingMinutes(row.entry, m_nowUtc) >= 0)) {
            QFont font = QApplication::font();
            font.setWeight(QFont::DemiBold);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        // What is over for the day steps back; its words still say why.
        if (isVoid(row.entry.status))
            return QApplication::palette().color(QPalette::PlaceholderText);
        if (column == ReadinessColumn && StatusBadge::prepIsProblem(row.entry.prep))
            return Theme::problemColor();
        return {};
    case SortRole:
        return sortValue(row, column);
    case FilterRole:
        if (column == PatientColumn || column == TherapyColumn || column == ChairColumn
            || column == StatusColumn)
            return display(row, column);
        return QString();
    case AppointmentIdRole:
        return row.entry.appointmentId;
    default:
        return {};
    }
}

QVariant ArrivalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case TimeColumn:
            return tr("Time");
        case PatientColumn:
            return tr("Patient");
        case TherapyColumn:
            return tr("Therapy");
        case ChairColumn:
            //: The infusion chair (recliner) the patient sits in.
            return tr("Chair");
        case StatusColumn:
            return tr("Status");
        case ReadinessColumn:
            //: Whether the order, authorization, eligibility and dose are in place for the visit.
            return tr("Readiness");
        case ArrivedColumn:
            return tr("Arrived at");
        case WaitingColumn:
            return tr("Waiting");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && section == WaitingColumn)
        return tr("Minutes since arrival, for patients not yet in the chair");
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            (section == WaitingColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace chairside
