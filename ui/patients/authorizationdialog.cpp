#include "patients/authorizationdialog.h"

#include "common/error.h"
#include "patients/patientservice.h"
#include "store/store.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace chairside {

AuthorizationDialog::AuthorizationDialog(Workspace &workspace, qint64 patientId,
    const std::optional<PriorAuthorization> &authorization, QWidget *parent)
    : RecordDialog(workspace,
        authorization ? tr("Change prior authorization %1").arg(authorization->id)
                      : tr("Add a prior authorization"),
        parent)
    , m_patientId(patientId)
    , m_authorization(authorization)
    , m_therapy(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_payer(new QLineEdit(this))
    , m_reference(new QLineEdit(this))
    , m_from(new QLineEdit(this))
    , m_to(new QLineEdit(this))
    , m_visits(new QSpinBox(this))
    , m_used(new QSpinBox(this))
{
    setObjectName(QStringLiteral("authorizationDialog"));
    m_therapy->setObjectName(QStringLiteral("therapyField"));
    m_status->setObjectName(QStringLiteral("statusField"));
    m_payer->setObjectName(QStringLiteral("payerField"));
    m_reference->setObjectName(QStringLiteral("referenceField"));
    m_from->setObjectName(QStringLiteral("fromField"));
    m_to->setObjectName(QStringLiteral("toField"));
    m_visits->setObjectName(QStringLiteral("visitsField"));
    m_used->setObjectName(QStringLiteral("usedField"));
    m_visits->setRange(0, PatientService::kMostVisits);
    m_used->setRange(0, PatientService::kMostVisits);
    for (const auto status : {PriorAuthorization::Status::Pending, PriorAuthorization::Status::Approved,
             PriorAuthorization::Status::Denied})
        m_status->addItem(PriorAuthorization::statusLabel(status), int(status));
    m_reference->setPlaceholderText(tr("the payer's number for it, quoted on the phone"));
    try {
        const QList<Therapy> therapies = workspace.store().therapies();
        for (const Therapy &t : therapies)
            m_therapy->addItem(t.brand.isEmpty() ? t.name : tr("%1 (%2)").arg(t.name, t.brand), t.id);
    } catch (const Error &error) {
        problems().show(QString(), error.message());
    }
    const QDate today = workspace.today();
    if (authorization) {
        m_therapy->setCurrentIndex(m_therapy->findData(authorization->therapyId));
        m_therapy->setEnabled(false);
        m_status->setCurrentIndex(m_status->findData(int(authorization->status)));
        m_payer->setText(authorization->payer);
        m_reference->setText(authorization->reference);
        m_from->setText(authorization->validFrom.toString(Qt::ISODate));
        m_to->setText(authorization->validTo.toString(Qt::ISODate));
        m_visits->setValue(authorization->visitsApproved);
        m_used->setValue(authorization->visitsUsed);
    } else {
        m_from->setText(today.toString(Qt::ISODate));
        m_to->setText(today.addMonths(6).toString(Qt::ISODate));
    }
    form()->addRow(tr("&Therapy:"), m_therapy);
    form()->addRow(tr("&Status:"), m_status);
    form()->addRow(tr("&Payer:"), m_payer);
    form()->addRow(tr("&Reference:"), m_reference);
    form()->addRow(tr("Valid &from:"), m_from);
    form()->addRow(tr("Valid &to:"), m_to);
    form()->addRow(tr("&Visits approved:"), m_visits);
    form()->addRow(tr("Visits &used:"), m_used);
    problems().add(QStringLiteral("therapy"), m_therapy);
    problems().add(QStringLiteral("status"), m_status);
    problems().add(QStringLiteral("payer"), m_payer);
    problems().add(QStringLiteral("reference"), m_reference);
    problems().add(QStringLiteral("from"), m_from);
    problems().add(QStringLiteral("to"), m_to);
    problems().add(QStringLiteral("visits"), m_visits);
    problems().add(QStringLiteral("used"), m_used);
}

void AuthorizationDialog::write()
{
    const QDate today = workspace().today();
    PriorAuthorization auth = m_authorization.value_or(PriorAuthorization {});
    auth.patientId = m_patientId;
    if (!m_authorization) {
        if (m_therapy->currentIndex() < 0)
            throw Error::badData(QStringLiteral("therapy"), tr("Choose the therapy authorized."));
        auth.therapyId = m_therapy->currentData().toLongLong();
    }
    auth.status = PriorAuthorization::Status(m_status->currentData().toInt());
    auth.payer = m_payer->text();
    auth.reference = m_reference->text();
    auth.validFrom = FieldProblems::date(m_from, QStringLiteral("from"), today);
    auth.validTo = FieldProblems::date(m_to, QStringLiteral("to"), today);
    auth.visitsApproved = m_visits->value();
    auth.visitsUsed = m_used->value();
    PatientService service(workspace().store(), workspace().clock());
    if (m_authorization)
        service.updateAuthorization(workspace().user(), auth);
    else
        service.addAuthorization(workspace().user(), auth);
}

} // namespace chairside
