#pragma once

#include "model/patient.h"
#include "patients/duplicatefinder.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace chairside {

class PatientForm;
class Workspace;

/// Registering a patient: the MRN typed or assigned from the center's pattern, the names, date of birth,
/// phone and e-mail. As they are typed, the patients already on file who may be the same person (born the
/// same day with a similar name, or with the same phone) are listed, each openable instead; registering a
/// second record past them takes ticking "This is a different person", and the audit entry names them.
class RegistrationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistrationDialog)

public:
    explicit RegistrationDialog(Workspace &workspace, QWidget *parent = nullptr);

    PatientForm *form() const { return m_form; }
    /// The likely duplicates listed now.
    const QList<LikelyDuplicate> &duplicates() const { return m_duplicates; }
    /// The patient registered, once the dialog was accepted.
    const Patient &registered() const { return m_registered; }

    /// Reads the likely duplicates of what is typed again (the form does this as it is edited).
    void findDuplicates();

Q_SIGNALS:
    /// "Open this patient" on a likely duplicate: the dialog closes without registering.
    void openPatientRequested(qint64 patientId);

private:
    void assignMrn();
    void save();
    void openSelected();
    void updateSave();

    Workspace &m_workspace;
    PatientForm *m_form;
    QLabel *m_duplicatesTitle;
    QTreeWidget *m_duplicatesList;
    QPushButton *m_open;
    QCheckBox *m_different;
    QPushButton *m_save;
    QList<LikelyDuplicate> m_duplicates;
    Patient m_registered;
};

} // namespace chairside
