#include "desk/patientresultsmodel.h"

#include "scheduling/appointmentcode.h"
#include "text/desktext.h"

#include <QFont>

namespace chairside {

PatientResultsModel::PatientResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PatientResultsModel::setResults(const QList<PatientMatch> &matches, const std::optional<Row> &scanned)
{
    beginResetModel();
    m_rows.clear();
    if (scanned)
        m_rows << *scanned;
    for (const PatientMatch &match : matches) {
        // The scanned code's patient is already first; the search may find them again by the digits.
        if (scanned && match.patient.id == scanned->patient.id)
            continue;
        m_rows << Row {match.patient, matchOf(match.kind), 0, {}};
    }
    endResetModel();
}

void PatientResultsModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

PatientResultsModel::Match PatientResultsModel::matchOf(MatchKind kind)
{
    switch (kind) {
    case MatchKind::Mrn:
        return Match::Mrn;
    case MatchKind::NameAndDob:
        return Match::NameAndDob;
    case MatchKind::Dob:
        return Match::Dob;
    case MatchKind::Phone:
        return Match::Phone;
    case MatchKind::NamePrefix:
        return Match::Name;
    }
    return Match::Name;
}

QString PatientResultsModel::matchText(Match match)
{
    switch (match) {
    case Match::Mrn:
        return tr("MRN");
    case Match::NameAndDob:
        return tr("Name + date of birth");
    case Match::Dob:
        return tr("Date of birth");
    case Match::Phone:
        return tr("Phone");
    case Match::Name:
        return tr("Name");
    case Match::AppointmentCode:
        return tr("Appointment code");
    }
    return {};
}

int PatientResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PatientResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PatientResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const Patient &p = r.patient;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return p.preferredName.isEmpty() || p.preferredName == p.firstName
                ? p.displayName()
                : tr("%1 (%2)").arg(p.displayName(), p.preferredName);
        case DateOfBirthColumn:
            return p.dateOfBirth.isValid() ? p.dateOfBirth.toString(QStringLiteral("MM/dd/yyyy")) : QString();
        case MrnColumn:
            return p.mrn;
        case PhoneColumn:
            return p.phone;
        case MatchColumn:
            return r.match == Match::AppointmentCode
                ? tr("Code %1").arg(AppointmentCode::format(r.appointmentId))
                : matchText(r.match);
        }
        break;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (index.column() == NameColumn) {
            return tr("%1, born %2, MRN %3, found by %4")
                .arg(p.displayName(), DeskText::dateOfBirth(p.dateOfBirth), p.mrn,
                    matchText(r.match).toLower());
        }
        return data(index, Qt::DisplayRole);
    case Qt::FontRole:
        if (index.column() == NameColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case PatientIdRole:
        return p.id;
    case AppointmentIdRole:
        return r.appointmentId;
    default:
        break;
    }
    return {};
}

QVariant PatientResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DateOfBirthColumn:
        return tr("Date of birth");
    case MrnColumn:
        return tr("MRN");
    case PhoneColumn:
        return tr("Phone");
    case MatchColumn:
        return tr("Matched by");
    }
    return {};
}

} // namespace chairside
