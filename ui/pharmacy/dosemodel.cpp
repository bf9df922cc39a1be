#include "pharmacy/dosemodel.h"

#include "scheduling/centertime.h"
#include "style/theme.h"
#include "text/desktext.h"
#include "widgets/statusbadge.h"

#include <QApplication>
#include <QFont>
#include <QStyle>

namespace chairside {

DoseModel::DoseModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

DoseModel::~DoseModel() = default;

void DoseModel::setDay(const PharmacyDay &day)
{
    bool sameRows = day.doses.size() == m_day.doses.size() && day.center.id == m_day.center.id;
    for (qsizetype i = 0; sameRows && i < day.doses.size(); ++i)
        sameRows = day.doses.at(i).appointment.id == m_day.doses.at(i).appointment.id;
    if (!sameRows) {
        beginResetModel();
        m_day = day;
        endResetModel();
        return;
    }
    m_day = day;
    if (!m_day.doses.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int DoseModel::rowOf(qint64 appointmentId) const
{
    for (qsizetype i = 0; i < m_day.doses.size(); ++i) {
        if (m_day.doses.at(i).appointment.id == appointmentId)
            return int(i);
    }
    return -1;
}

QString DoseModel::when(const QDateTime &utc) const
{
    const QDateTime local = CenterTime::toLocal(m_day.center, utc);
    // The day's own times need no day name; the day before's (when most doses are made) do.
    if (local.date() == m_day.date)
        return local.toString(QStringLiteral("HH:mm"));
    return QLocale().toString(local, tr("ddd HH:mm", "date format"));
}

QString DoseModel::doseText(const DoseLine &line) const
{
    const Appointment &a = line.appointment;
    switch (a.prep) {
    case PrepState::Ready:
        if (!a.preparedAtUtc.isValid())
            return tr("Ready");
        if (!line.usableUntilUtc.isValid())
            return tr("Ready %1").arg(when(a.preparedAtUtc));
        // The beyond-use time always with its day: it is the one a nurse acts on.
        return tr("Ready %1 · usable until %2")
            .arg(when(a.preparedAtUtc),
                QLocale().toString(
                    CenterTime::toLocal(m_day.center, line.usableUntilUtc), tr("ddd HH:mm", "date format")));
    case PrepState::Wasted: {
        QString text = a.wastedAtUtc.isValid() ? tr("Wasted %1").arg(when(a.wastedAtUtc)) : tr("Wasted");
        if (!a.wastedReason.isEmpty())
            text = tr("%1: %2").arg(text, a.wastedReason);
        return text;
    }
    case PrepState::NotReady:
    case PrepState::NotNeeded:
        break;
    }
    return tr("Not ready");
}

QString DoseModel::changeText(const DoseLine &line) const
{
    const Appointment &a = line.appointment;
    switch (line.lateChange) {
    case LateChange::None:
        return {};
    case LateChange::BookedLate:
        return tr("Booked %1, after the cut-off at %2").arg(when(a.createdAtUtc), when(line.cutoffUtc));
    case LateChange::MovedLate:
        return tr("Moved here %1, after the cut-off at %2").arg(when(a.createdAtUtc), when(line.cutoffUtc));
    case LateChange::ClosedAfterPrepared:
        if (line.replacedById != 0)
            return tr("Orphan dose: the appointment was moved (now appointment %1)").arg(line.replacedById);
        switch (a.status) {
        case AppointmentStatus::NoShow:
            return tr("Orphan dose: the patient did not come");
        case AppointmentStatus::EnteredInError:
            return tr("Orphan dose: the appointment was entered in error");
        default:
            return tr("Orphan dose: the appointment was cancelled");
        }
    }
    return {};
}

int DoseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_day.doses.size());
}

int DoseModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DoseModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DoseLine &line = m_day.doses.at(index.row());
    const Appointment &a = line.appointment;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return DeskText::time(m_day.center, a.startUtc);
        case PatientColumn:
            return line.patient.displayName();
        case MrnColumn:
            return line.patient.mrn;
        case TherapyColumn:
            return line.therapy.displayName();
        case ChairColumn:
            return line.chair.label.isEmpty() ? QStringLiteral("–") : StatusBadge::chairName(line.chair);
        case DoseColumn:
            return doseText(line);
        case ChangeColumn:
            return changeText(line);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == DoseColumn)
            return StatusBadge::prepExplanation(a.prep);
        if (index.column() == ChangeColumn && line.isLateChange())
            return line.orphan
                ? tr("A dose was made for an appointment that will not take place: use it as the "
                     "pharmacy decides, or mark it wasted.")
                : tr("The appointment came after the pharmacy's cut-off (%1 hours before its "
                     "start): check the dose is planned.")
                      .arg(m_day.center.policy.pharmacyLeadHours);
        return {};
    case Qt::DecorationRole:
        if (index.column() == DoseColumn)
            return StatusBadge::prepIcon(a.prep);
        if (index.column() == ChangeColumn && line.isLateChange())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ChangeColumn && line.isLateChange())
            return Theme::waitColor();
        if (index.column() == DoseColumn && a.prep == PrepState::Wasted)
            return Theme::problemColor();
        if (line.orphan)
            return QApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case Qt::FontRole:
        if ((index.column() == ChangeColumn && line.isLateChange())
            || (line.orphan && index.column() != ChangeColumn)) {
            QFont font;
            font.setBold(index.column() == ChangeColumn);
            font.setItalic(line.orphan && index.column() != ChangeColumn);
            return font;
        }
        return {};
    case AppointmentIdRole:
        return a.id;
    default:
        return {};
    }
}

QVariant DoseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case PatientColumn:
        return tr("Patient");
    case MrnColumn:
        return tr("MRN");
    case TherapyColumn:
        return tr("Therapy");
    case ChairColumn:
        return tr("Chair");
    case DoseColumn:
        return tr("Dose");
    case ChangeColumn:
        //: A booking changed after the pharmacy's cut-off.
        return tr("Late change");
    default:
        return {};
    }
}

} // namespace chairside
