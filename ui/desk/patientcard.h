#pragma once

#include "model/patient.h"

#include <QFrame>

class QLabel;

namespace chairside {

/// Who the receptionist picked: the name large, then the preferred name, date of birth (with age),
/// MRN and phone, each labelled, so the details can be read back to the patient.
class PatientCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PatientCard)

public:
    explicit PatientCard(QWidget *parent = nullptr);

    /// `today` gives the age beside the date of birth; `foundBy` says how the desk found the record.
    void setPatient(const Patient &patient, QDate today, const QString &foundBy);
    const Patient &patient() const { return m_patient; }

private:
    Patient m_patient;
    QLabel *m_name;
    QLabel *m_foundBy;
    QLabel *m_preferred;
    QLabel *m_dateOfBirth;
    QLabel *m_mrn;
    QLabel *m_phone;
};

} // namespace chairside
