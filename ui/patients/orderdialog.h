#pragma once

#include "model/prescriberorder.h"
#include "patients/recorddialog.h"

#include <optional>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace chairside {

/// Adds a prescriber's order for the patient, or changes one: therapy (when adding), prescriber, valid
/// from and to, doses authorized and used (PatientService::addOrder, updateOrder).
class OrderDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderDialog)

public:
    OrderDialog(Workspace &workspace, qint64 patientId, const std::optional<PrescriberOrder> &order,
        QWidget *parent = nullptr);

protected:
    void write() override;

private:
    qint64 m_patientId;
    std::optional<PrescriberOrder> m_order;
    QComboBox *m_therapy;
    QLineEdit *m_prescriber;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QSpinBox *m_doses;
    QSpinBox *m_used;
};

} // namespace chairside
