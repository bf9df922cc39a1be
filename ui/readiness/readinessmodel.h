#pragma once

#include "model/center.h"
#include "readiness/readinessrow.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace chairside {

/// The readiness queue as a table: one row per appointment not ready, earliest first, saying when, who
/// (with the phone to call) and what is wrong in the staff's short words; the reasons' sentences, said
/// to the patient, are each row's tool tip.
class ReadinessModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadinessModel)

public:
    enum Column
    {
        WhenColumn,
        PatientColumn,
        MrnColumn,
        PhoneColumn,
        TherapyColumn,
        ChairColumn,
        ProblemColumn,
        ColumnCount
    };

    enum Role
    {
        AppointmentIdRole = Qt::UserRole + 1, ///< qint64
        PatientIdRole, ///< qint64
        SectionRole, ///< the patient page's section where the first problem is fixed (sectionOf())
    };

    explicit ReadinessModel(QObject *parent = nullptr);
    ~ReadinessModel() override;

    void setRows(const Center &center, const QList<ReadinessRow> &rows);
    /// Puts `rows` in the place of every row of these patients, each where its start puts it: what a
    /// change to a few patients makes of the queue, without touching the other rows.
    void replacePatients(const QSet<qint64> &patientIds, const QList<ReadinessRow> &rows);
    const QList<ReadinessRow> &rows() const { return m_rows; }
    int rowOf(qint64 appointmentId) const;

    /// The patient page's section where a readiness item is put right: "orders", "authorizations",
    /// "coverage" (eligibility) or "appointments" (the dose).
    static QString sectionOf(ReadinessLine::Item item);
    /// The section of the row's first reason.
    static QString sectionOf(const ReadinessRow &row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString whenText(const ReadinessRow &row) const;

    Center m_center;
    QList<ReadinessRow> m_rows;
};

} // namespace chairside
