#pragma once

#include "model/center.h"
#include "scheduling/roster.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace chairside {

/// The day's appointments at a center, one row each, as the arrivals table shows them. Rows are kept by
/// appointment across reloads (changed in place, removed, appended), so a view's selection and scroll
/// position survive a refresh; the order on screen is the proxy's.
class ArrivalsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArrivalsModel)

public:
    enum Column
    {
        TimeColumn,
        PatientColumn,
        TherapyColumn,
        ChairColumn,
        StatusColumn,
        ReadinessColumn,
        ArrivedColumn,
        WaitingColumn,
        ColumnCount
    };

    enum Role
    {
        SortRole = Qt::UserRole + 1, ///< a value that sorts the column as a person expects (times as times)
        FilterRole, ///< the text the filter box matches: patient, therapy, chair and status only
        AppointmentIdRole, ///< qint64, on every column
    };

    explicit ArrivalsModel(QObject *parent = nullptr);
    ~ArrivalsModel() override;

    /// Shows the roster's day; `nowUtc` is the workspace clock, for the minutes waiting.
    void setRoster(const Center &center, const Roster &roster, const QDateTime &nowUtc);
    /// One appointment changed on the day `roster` now lays out: its row alone changes, appears or goes.
    void updateAppointment(const Roster &roster, qint64 appointmentId);
    /// Moves the clock on: only the minutes waiting change.
    void setNow(const QDateTime &nowUtc);

    /// The row of an appointment, -1 when it is not on the day.
    int rowOf(qint64 appointmentId) const;
    const RosterEntry &entry(int row) const { return m_rows.at(row).entry; }

    /// Minutes since arrival of a patient who arrived or was checked in and is not yet in the chair;
    /// -1 for everyone else.
    static int waitingMinutes(const RosterEntry &entry, const QDateTime &nowUtc);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        RosterEntry entry;
        QString chairName;
        int chairOrder = 0; ///< the chair's place on the roster, so "10" sorts after "9"
    };

    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    QString toolTip(const Row &row, int column) const;
    QString localTime(const QDateTime &utc) const;

    QList<Row> m_rows;
    Center m_center;
    QDateTime m_nowUtc;
};

} // namespace chairside
