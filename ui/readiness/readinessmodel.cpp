#include "readiness/readinessmodel.h"

#include "readiness/readinessreasons.h"
#include "scheduling/centertime.h"
#include "text/desktext.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace chairside {

ReadinessModel::ReadinessModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

ReadinessModel::~ReadinessModel() = default;

void ReadinessModel::setRows(const Center &center, const QList<ReadinessRow> &rows)
{
    beginResetModel();
    m_center = center;
    m_rows = rows;
    endResetModel();
}

void ReadinessModel::replacePatients(const QSet<qint64> &patientIds, const QList<ReadinessRow> &rows)
{
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!patientIds.contains(m_rows[i].patient.id))
            continue;
        beginRemoveRows({}, i, i);
        m_rows.removeAt(i);
        endRemoveRows();
    }
    const auto earlier = [](const ReadinessRow &x, const ReadinessRow &y) {
        return x.appointment.startUtc != y.appointment.startUtc
            ? x.appointment.startUtc < y.appointment.startUtc
            : x.appointment.id < y.appointment.id;
    };
    for (const ReadinessRow &row : rows) {
        const int at = int(std::lower_bound(m_rows.cbegin(), m_rows.cend(), row, earlier) - m_rows.cbegin());
        beginInsertRows({}, at, at);
        m_rows.insert(at, row);
        endInsertRows();
    }
}

int ReadinessModel::rowOf(qint64 appointmentId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].appointment.id == appointmentId)
            return i;
    }
    return -1;
}

QString ReadinessModel::sectionOf(ReadinessLine::Item item)
{
    switch (item) {
    case ReadinessLine::Item::Order:
        return QStringLiteral("orders");
    case ReadinessLine::Item::Authorization:
        return QStringLiteral("authorizations");
    case ReadinessLine::Item::Eligibility:
        return QStringLiteral("coverage");
    case ReadinessLine::Item::Dose:
        return QStringLiteral("appointments");
    }
    return {};
}

QString ReadinessModel::sectionOf(const ReadinessRow &row)
{
    if (row.reasons.isEmpty())
        return {};
    const auto item = ReadinessReasons::itemOf(row.reasons.first().code);
    return item ? sectionOf(*item) : QString();
}

int ReadinessModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReadinessModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReadinessModel::whenText(const ReadinessRow &row) const
{
    const QDateTime local = CenterTime::toLocal(m_center, row.appointment.startUtc);
    return QLocale().toString(local, tr("ddd d MMM, HH:mm", "date format"));
}

QVariant ReadinessModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ReadinessRow &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn:
            return whenText(row);
        case PatientColumn:
            return row.patient.displayName();
        case MrnColumn:
            return row.patient.mrn;
        case PhoneColumn:
            return row.patient.phone.isEmpty() ? tr("no phone") : row.patient.phone;
        case TherapyColumn:
            return row.therapy.name;
        case ChairColumn:
            return row.chair.label.isEmpty() ? QString() : DeskText::chairPhrase(row.chair);
        case ProblemColumn: {
            QStringList lines;
            for (const ReadinessLine &line : row.lines)
                lines << line.text;
            return lines.join(QStringLiteral("; "));
        }
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QStringList said;
        for (const Reason &reason : row.reasons)
            said << reason.message;
        return tr("To say to the patient: %1").arg(said.join(QLatin1Char(' ')));
    }
    case Qt::AccessibleDescriptionRole:
        return data(index.siblingAtColumn(ProblemColumn), Qt::DisplayRole);
    case AppointmentIdRole:
        return row.appointment.id;
    case PatientIdRole:
        return row.patient.id;
    case SectionRole:
        return sectionOf(row);
    default:
        return {};
    }
}

QVariant ReadinessModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case PatientColumn:
        return tr("Patient");
    case MrnColumn:
        return tr("MRN");
    case PhoneColumn:
        return tr("Phone");
    case TherapyColumn:
        return tr("Therapy");
    case ChairColumn:
        return tr("Chair");
    case ProblemColumn:
        //: A column: what keeps the appointment from being ready.
        return tr("Not ready");
    default:
        return {};
    }
}

} // namespace chairside
