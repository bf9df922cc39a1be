#pragma once

#include "model/patient.h"
#include "search/patientsearch.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace chairside {

/// The desk's search results: one row a patient, with the columns the receptionist reads back to the
/// patient and how the row matched the query. A scanned appointment code puts its patient first.
class PatientResultsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PatientResultsModel)

public:
    enum Column
    {
        NameColumn,
        DateOfBirthColumn,
        MrnColumn,
        PhoneColumn,
        MatchColumn,
        ColumnCount
    };

    enum Role
    {
        PatientIdRole = Qt::UserRole + 1,
        /// The appointment a scanned code named, 0 for other rows.
        AppointmentIdRole,
    };

    /// How a row was found: PatientSearch's match kinds, and the appointment code.
    enum class Match
    {
        Mrn,
        NameAndDob,
        Dob,
        Phone,
        Name,
        AppointmentCode
    };

    struct Row
    {
        Patient patient;
        Match match = Match::Name;
        qint64 appointmentId = 0;
        QDateTime appointmentStartUtc; ///< of the scanned appointment
    };

    explicit PatientResultsModel(QObject *parent = nullptr);

    /// Replaces every row: the patient of a scanned code first (when there is one), then the search's.
    void setResults(const QList<PatientMatch> &matches, const std::optional<Row> &scanned = std::nullopt);
    void clear();

    const Row &row(int index) const { return m_rows.at(index); }
    int count() const { return int(m_rows.size()); }

    static Match matchOf(MatchKind kind);
    /// "MRN", "Name + date of birth", "Date of birth", "Phone", "Name", "Appointment code".
    static QString matchText(Match match);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};

} // namespace chairside
