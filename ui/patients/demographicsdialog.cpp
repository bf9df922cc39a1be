#include "patients/demographicsdialog.h"

#include "patients/patientform.h"
#include "patients/patientservice.h"
#include "workspace/workspace.h"

#include <QFormLayout>
#include <QLineEdit>

namespace chairside {

DemographicsDialog::DemographicsDialog(Workspace &workspace, const Patient &patient, QWidget *parent)
    : RecordDialog(workspace, tr("Correct demographics"), parent)
    , m_patientForm(new PatientForm(this))
{
    setObjectName(QStringLiteral("demographicsDialog"));
    m_patientForm->setPatient(patient);
    form()->addRow(m_patientForm);
    m_patientForm->field(QStringLiteral("first"))->setFocus();
}

void DemographicsDialog::write()
{
    m_patientForm->problems().clear();
    const Patient typed = m_patientForm->patient(workspace().today());
    PatientService(workspace().store(), workspace().clock()).updatePatient(workspace().user(), typed);
}

FieldProblems &DemographicsDialog::problemsFor(const Error &)
{
    return m_patientForm->problems();
}

} // namespace chairside
