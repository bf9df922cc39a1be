#pragma once

#include "model/priorauthorization.h"
#include "patients/recorddialog.h"

#include <optional>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace chairside {

/// Adds a payer's prior authorization, often pending at first, or changes one: approved with its dates
/// and visits, or denied; the payer's reference (PatientService::addAuthorization, updateAuthorization).
class AuthorizationDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthorizationDialog)

public:
    AuthorizationDialog(Workspace &workspace, qint64 patientId,
        const std::optional<PriorAuthorization> &authorization, QWidget *parent = nullptr);

protected:
    void write() override;

private:
    qint64 m_patientId;
    std::optional<PriorAuthorization> m_authorization;
    QComboBox *m_therapy;
    QComboBox *m_status;
    QLineEdit *m_payer;
    QLineEdit *m_reference;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QSpinBox *m_visits;
    QSpinBox *m_used;
};

} // namespace chairside
