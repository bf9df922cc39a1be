#include "audit/auditentrymodel.h"

#include "scheduling/appointmentcode.h"
#include "scheduling/centertime.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QStyle>

namespace chairside {

AuditEntryModel::AuditEntryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

AuditEntryModel::~AuditEntryModel() = default;

void AuditEntryModel::setEntries(
    const Center &center, const QList<AuditEntry> &entries, const QHash<qint64, QString> &mrnOf)
{
    beginResetModel();
    m_center = center;
    m_entries = entries;
    m_mrnOf = mrnOf;
    endResetModel();
}

QString AuditEntryModel::recordText(const AuditEvent &event) const
{
    const QString mrn = m_mrnOf.value(event.patientId);
    if (event.recordKind == QLatin1String("patient"))
        return tr("patient %1").arg(mrn.isEmpty() ? QString::number(event.recordId) : mrn);
    QString text;
    if (event.recordKind == QLatin1String("appointment"))
        text = tr("appointment %1").arg(AppointmentCode::format(event.recordId));
    else if (!event.recordKind.isEmpty())
        text = event.recordId != 0 ? tr("%1 %2").arg(event.recordKind).arg(event.recordId) : event.recordKind;
    if (!mrn.isEmpty())
        text = text.isEmpty() ? tr("patient %1").arg(mrn) : tr("%1 (patient %2)").arg(text, mrn);
    return text.isEmpty() ? tr("—") : text;
}

QString AuditEntryModel::resultText(AuditResult result)
{
    switch (result) {
    case AuditResult::Done:
        //: An audit entry's result: the action was carried out.
        return tr("Done");
    case AuditResult::Refused:
        return tr("Refused");
    case AuditResult::Failed:
        return tr("Failed");
    }
    return {};
}

int AuditEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditEntryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &entry = m_entries.at(index.row());
    const AuditEvent &event = entry.event;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case TimeColumn: {
            const QDateTime local
                = m_center.timeZone().isValid() ? CenterTime::toLocal(m_center, entry.atUtc) : entry.atUtc;
            return local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        }
        case UserColumn:
            return event.userName;
        case WorkstationColumn:
            return entry.workstation;
        case ActionColumn:
            return auditActionLabel(event.action);
        case RecordColumn:
            return recordText(event);
        case ResultColumn:
            return resultText(event.result);
        case ReasonColumn:
            return event.reason;
        case BreakGlassColumn:
            return event.breakGlass ? tr("BREAK GLASS") : QString();
        }
        return {};
    }
    if (role == Qt::DecorationRole) {
        QStyle *style = QApplication::style();
        if (index.column() == BreakGlassColumn && event.breakGlass)
            return style->standardIcon(QStyle::SP_MessageBoxWarning);
        if (index.column() == ResultColumn && event.result != AuditResult::Done)
            return style->standardIcon(QStyle::SP_MessageBoxCritical);
        return {};
    }
    if (role == Qt::FontRole && (event.breakGlass || event.result != AuditResult::Done)
        && (index.column() == BreakGlassColumn || index.column() == ResultColumn)) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

QVariant AuditEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case WorkstationColumn:
        return tr("Workstation");
    case ActionColumn:
        return tr("Action");
    case RecordColumn:
        //: A noun: the record (patient, appointment, order...) the entry is about.
        return tr("Record");
    case ResultColumn:
        return tr("Result");
    case ReasonColumn:
        return tr("Reason");
    case BreakGlassColumn:
        return tr("Emergency");
    }
    return {};
}

} // namespace chairside
