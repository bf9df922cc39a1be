#pragma once

#include "model/coverage.h"
#include "patients/recorddialog.h"

#include <optional>

class QLineEdit;

namespace chairside {

/// Adds the patient's insurance (payer, member id and when eligibility was last verified), or changes
/// a coverage's payer and member id (PatientService::addCoverage, updateCoverage). Verifying eligibility
/// again is the patient page's own button.
class CoverageDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageDialog)

public:
    CoverageDialog(Workspace &workspace, qint64 patientId, const std::optional<Coverage> &coverage,
        QWidget *parent = nullptr);

protected:
    void write() override;

private:
    qint64 m_patientId;
    std::optional<Coverage> m_coverage;
    QLineEdit *m_payer;
    QLineEdit *m_member;
    QLineEdit *m_verified;
};

} // namespace chairside
