#include "desk/patientcard.h"

#include "text/desktext.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace chairside {

namespace {

int ageOn(QDate born, QDate today)
{
    int age = today.year() - born.year();
    if (today.month() < born.month() || (today.month() == born.month() && today.day() < born.day()))
        --age;
    return age;
}

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    label->setFont(f);
    return label;
}

} // namespace

PatientCard::PatientCard(QWidget *parent)
    : QFrame(parent)
    , m_name(new QLabel(this))
    , m_foundBy(new QLabel(this))
    , m_preferred(valueLabel(this))
    , m_dateOfBirth(valueLabel(this))
    , m_mrn(valueLabel(this))
    , m_phone(valueLabel(this))
{
    setObjectName(QStringLiteral("patientCard"));
    setAccessibleName(tr("Patient"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setWeight(QFont::DemiBold);
    m_name->setFont(big);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_foundBy->setForegroundRole(QPalette::PlaceholderText);

    auto *details = new QGridLayout;
    details->setHorizontalSpacing(28);
    details->setVerticalSpacing(4);
    const auto addDetail = [&](int column, const QString &caption, QLabel *value) {
        auto *captionLabel = new QLabel(caption, this);
        captionLabel->setForegroundRole(QPalette::PlaceholderText);
        captionLabel->setBuddy(value);
        details->addWidget(captionLabel, 0, column);
        details->addWidget(value, 1, column);
        value->setAccessibleName(caption);
    };
    addDetail(0, tr("Date of birth"), m_dateOfBirth);
    addDetail(1, tr("MRN"), m_mrn);
    addDetail(2, tr("Phone"), m_phone);
    addDetail(3, tr("Preferred name"), m_preferred);
    details->setColumnStretch(4, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    auto *top = new QHBoxLayout;
    top->addWidget(m_name, 1);
    top->addWidget(m_foundBy, 0, Qt::AlignRight | Qt::AlignVCenter);
    layout->addLayout(top);
    layout->addLayout(details);
}

void PatientCard::setPatient(const Patient &patient, QDate today, const QString &foundBy)
{
    m_patient = patient;
    m_name->setText(patient.displayName());
    m_foundBy->setText(foundBy);
    m_preferred->setText(patient.preferredName.isEmpty() ? tr("—") : patient.preferredName);
    m_dateOfBirth->setText(patient.dateOfBirth.isValid()
            ? tr("%1 (age %2)")
                  .arg(DeskText::dateOfBirth(patient.dateOfBirth))
                  .arg(ageOn(patient.dateOfBirth, today))
            : tr("not recorded"));
    m_mrn->setText(patient.mrn);
    m_phone->setText(patient.phone.isEmpty() ? tr("not recorded") : patient.phone);
    setAccessibleDescription(tr("%1, MRN %2").arg(patient.displayName(), patient.mrn));
}

} // namespace chairside
