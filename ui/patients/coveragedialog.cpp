#include "patients/coveragedialog.h"

#include "patients/patientservice.h"
#include "workspace/workspace.h"

#include <QFormLayout>
#include <QLineEdit>

namespace chairside {

CoverageDialog::CoverageDialog(
    Workspace &workspace, qint64 patientId, const std::optional<Coverage> &coverage, QWidget *parent)
    : RecordDialog(
        workspace, coverage ? tr("Change coverage %1").arg(coverage->id) : tr("Add coverage"), parent)
    , m_patientId(patientId)
    , m_coverage(coverage)
    , m_payer(new QLineEdit(this))
    , m_member(new QLineEdit(this))
    , m_verified(new QLineEdit(this))
{
    setObjectName(QStringLiteral("coverageDialog"));
    m_payer->setObjectName(QStringLiteral("payerField"));
    m_member->setObjectName(QStringLiteral("memberField"));
    m_verified->setObjectName(QStringLiteral("verifiedField"));
    form()->addRow(tr("&Payer:"), m_payer);
    form()->addRow(tr("&Member id:"), m_member);
    if (coverage) {
        m_payer->setText(coverage->payer);
        m_member->setText(coverage->memberId);
        m_verified->setVisible(false);
    } else {
        m_verified->setText(workspace.today().toString(Qt::ISODate));
        m_verified->setToolTip(tr("The day the payer last confirmed eligibility"));
        form()->addRow(tr("Eligibility &verified on:"), m_verified);
    }
    problems().add(QStringLiteral("payer"), m_payer);
    problems().add(QStringLiteral("member"), m_member);
    problems().add(QStringLiteral("verified"), m_verified);
}

void CoverageDialog::write()
{
    Coverage coverage = m_coverage.value_or(Coverage {});
    coverage.patientId = m_patientId;
    coverage.payer = m_payer->text();
    coverage.memberId = m_member->text();
    PatientService service(workspace().store(), workspace().clock());
    if (m_coverage) {
        service.updateCoverage(workspace().user(), coverage);
    } else {
        coverage.eligibilityVerifiedOn
            = FieldProblems::date(m_verified, QStringLiteral("verified"), workspace().today());
        service.addCoverage(workspace().user(), coverage);
    }
}

} // namespace chairside
