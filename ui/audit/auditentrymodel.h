#pragma once

#include "audit/auditevent.h"
#include "model/center.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace chairside {

/// The audit trail's entries as the admin's audit view lists them, newest first: when (on the center's
/// clock), who, where, what, which record (by key: an MRN, an appointment code), the result, the reason
/// and a mark on every emergency (break-glass) entry.
class AuditEntryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditEntryModel)

public:
    enum Column
    {
        TimeColumn,
        UserColumn,
        WorkstationColumn,
        ActionColumn,
        RecordColumn,
        ResultColumn,
        ReasonColumn,
        BreakGlassColumn,
        ColumnCount
    };

    explicit AuditEntryModel(QObject *parent = nullptr);
    ~AuditEntryModel() override;

    /// `mrnOf` names the patients the entries concern by MRN (patient id → MRN).
    void setEntries(
        const Center &center, const QList<AuditEntry> &entries, const QHash<qint64, QString> &mrnOf);
    const QList<AuditEntry> &entries() const { return m_entries; }
    int count() const { return int(m_entries.size()); }

    /// "patient M0001", "appointment CS0000123 (M0001)", "user 3", or "—".
    QString recordText(const AuditEvent &event) const;
    static QString resultText(AuditResult result);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Center m_center;
    QList<AuditEntry> m_entries;
    QHash<qint64, QString> m_mrnOf;
};

} // namespace chairside
