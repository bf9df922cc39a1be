#pragma once

#include "pharmacy/pharmacyday.h"

#include <QAbstractTableModel>

namespace chairside {

/// The pharmacy's day as a table, one dose a row, earliest first. A reload whose doses are the same
/// appointments in the same order changes the rows in place, so the selection and the scroll position
/// survive the other desk's changes.
class DoseModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DoseModel)

public:
    enum Column
    {
        TimeColumn,
        PatientColumn,
        MrnColumn,
        TherapyColumn,
        ChairColumn,
        DoseColumn,
        ChangeColumn,
        ColumnCount
    };

    enum Role
    {
        AppointmentIdRole = Qt::UserRole + 1, ///< qint64, on every column
    };

    explicit DoseModel(QObject *parent = nullptr);
    ~DoseModel() override;

    void setDay(const PharmacyDay &day);
    const PharmacyDay &day() const { return m_day; }
    const DoseLine &line(int row) const { return m_day.doses.at(row); }
    /// The row of an appointment, -1 when it is not on the day.
    int rowOf(qint64 appointmentId) const;

    /// "Ready 16:05 · usable until Wed 16:05", "Not ready", "Wasted Tue 17:20: bag damaged".
    QString doseText(const DoseLine &line) const;
    /// Why the line is a late change, in a sentence; empty when it is not one.
    QString changeText(const DoseLine &line) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString when(const QDateTime &utc) const;

    PharmacyDay m_day;
};

} // namespace chairside
