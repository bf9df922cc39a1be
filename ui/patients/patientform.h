#pragma once

#include "model/patient.h"
#include "widgets/fieldproblems.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace chairside {

/// A patient's demographics as typed: MRN, first, last and preferred names, date of birth (read as the
/// desk reads typed dates), phone and e-mail, with the problems of the last save marked on the fields.
/// The registration and the correction dialogs share it.
class PatientForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PatientForm)

public:
    explicit PatientForm(QWidget *parent = nullptr);

    /// The patient as typed (id as set by setPatient). Error::BadData on "dob" when the date of birth
    /// is not a date.
    Patient patient(QDate today) const;
    void setPatient(const Patient &patient);

    FieldProblems &problems() { return m_problems; }
    /// "Assign next" beside the MRN: hidden unless the dialog offers it.
    QPushButton *assignButton() const { return m_assign; }
    QLineEdit *field(const QString &name) const;

Q_SIGNALS:
    /// Something was typed.
    void edited();

private:
    qint64 m_id = 0;
    QLineEdit *m_mrn;
    QPushButton *m_assign;
    QLineEdit *m_first;
    QLineEdit *m_last;
    QLineEdit *m_preferred;
    QLineEdit *m_dob;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QLabel *m_problem;
    FieldProblems m_problems;
};

} // namespace chairside
