#pragma once

#include "model/patient.h"
#include "patients/recorddialog.h"

namespace chairside {

class PatientForm;

/// Corrects a patient's demographics, MRN included (PatientService::updatePatient).
class DemographicsDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemographicsDialog)

public:
    DemographicsDialog(Workspace &workspace, const Patient &patient, QWidget *parent = nullptr);

    PatientForm *patientForm() const { return m_patientForm; }

protected:
    void write() override;
    FieldProblems &problemsFor(const Error &error) override;

private:
    PatientForm *m_patientForm;
};

} // namespace chairside
