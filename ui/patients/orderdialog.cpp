#include "patients/orderdialog.h"

#include "common/error.h"
#include "patients/patientservice.h"
#include "store/store.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace chairside {

OrderDialog::OrderDialog(
    Workspace &workspace, qint64 patientId, const std::optional<PrescriberOrder> &order, QWidget *parent)
    : RecordDialog(
        workspace, order ? tr("Change order %1").arg(order->id) : tr("Add a prescriber's order"), parent)
    , m_patientId(patientId)
    , m_order(order)
    , m_therapy(new QComboBox(this))
    , m_prescriber(new QLineEdit(this))
    , m_from(new QLineEdit(this))
    , m_to(new QLineEdit(this))
    , m_doses(new QSpinBox(this))
    , m_used(new QSpinBox(this))
{
    setObjectName(QStringLiteral("orderDialog"));
    m_therapy->setObjectName(QStringLiteral("therapyField"));
    m_prescriber->setObjectName(QStringLiteral("prescriberField"));
    m_from->setObjectName(QStringLiteral("fromField"));
    m_to->setObjectName(QStringLiteral("toField"));
    m_doses->setObjectName(QStringLiteral("dosesField"));
    m_used->setObjectName(QStringLiteral("usedField"));
    m_doses->setRange(0, PatientService::kMostDoses);
    m_used->setRange(0, PatientService::kMostDoses);
    m_from->setPlaceholderText(tr("e.g. 2026-12-01 or 12/1/2026"));
    m_to->setPlaceholderText(m_from->placeholderText());
    try {
        const QList<Therapy> therapies = workspace.store().therapies();
        for (const Therapy &t : therapies)
            m_therapy->addItem(t.brand.isEmpty() ? t.name : tr("%1 (%2)").arg(t.name, t.brand), t.id);
    } catch (const Error &error) {
        problems().show(QString(), error.message());
    }
    const QDate today = workspace.today();
    if (order) {
        m_therapy->setCurrentIndex(m_therapy->findData(order->therapyId));
        m_therapy->setEnabled(false);
        m_therapy->setToolTip(tr("An order is for one therapy; add another order for another."));
        m_prescriber->setText(order->prescriber);
        m_from->setText(order->validFrom.toString(Qt::ISODate));
        m_to->setText(order->validTo.toString(Qt::ISODate));
        m_doses->setValue(order->dosesAuthorized);
        m_used->setValue(order->dosesUsed);
    } else {
        m_from->setText(today.toString(Qt::ISODate));
        m_to->setText(today.addYears(1).addDays(-1).toString(Qt::ISODate));
        m_doses->setValue(6);
    }
    form()->addRow(tr("&Therapy:"), m_therapy);
    form()->addRow(tr("&Prescriber:"), m_prescriber);
    form()->addRow(tr("Valid &from:"), m_from);
    form()->addRow(tr("Valid &to:"), m_to);
    form()->addRow(tr("&Doses authorized:"), m_doses);
    form()->addRow(tr("Doses &used:"), m_used);
    problems().add(QStringLiteral("therapy"), m_therapy);
    problems().add(QStringLiteral("prescriber"), m_prescriber);
    problems().add(QStringLiteral("from"), m_from);
    problems().add(QStringLiteral("to"), m_to);
    problems().add(QStringLiteral("doses"), m_doses);
    problems().add(QStringLiteral("used"), m_used);
}

void OrderDialog::write()
{
    const QDate today = workspace().today();
    PrescriberOrder order = m_order.value_or(PrescriberOrder {});
    order.patientId = m_patientId;
    if (!m_order) {
        if (m_therapy->currentIndex() < 0)
            throw Error::badData(
                QStringLiteral("therapy"), tr("Choose the therapy ordered; an admin adds therapies."));
        order.therapyId = m_therapy->currentData().toLongLong();
    }
    order.prescriber = m_prescriber->text();
    order.validFrom = FieldProblems::date(m_from, QStringLiteral("from"), today);
    order.validTo = FieldProblems::date(m_to, QStringLiteral("to"), today);
    order.dosesAuthorized = m_doses->value();
    order.dosesUsed = m_used->value();
    PatientService service(workspace().store(), workspace().clock());
    if (m_order)
        service.updateOrder(workspace().user(), order);
    else
        service.addOrder(workspace().user(), order);
}

} // namespace chairside
