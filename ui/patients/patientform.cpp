#include "patients/patientform.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace chairside {

namespace {

QLineEdit *lineEdit(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setMinimumWidth(edit->fontMetrics().averageCharWidth() * 30);
    return edit;
}

} // namespace

PatientForm::PatientForm(QWidget *parent)
    : QWidget(parent)
    , m_mrn(lineEdit(QStringLiteral("mrnField"), tr("MRN"), this))
    , m_assign(new QPushButton(tr("A&ssign next"), this))
    , m_first(lineEdit(QStringLiteral("firstField"), tr("First name"), this))
    , m_last(lineEdit(QStringLiteral("lastField"), tr("Last name"), this))
    , m_preferred(lineEdit(QStringLiteral("preferredField"), tr("Preferred name"), this))
    , m_dob(lineEdit(QStringLiteral("dobField"), tr("Date of birth"), this))
    , m_phone(lineEdit(QStringLiteral("phoneField"), tr("Phone"), this))
    , m_email(lineEdit(QStringLiteral("emailField"), tr("E-mail"), this))
    , m_problem(new QLabel(this))
    , m_problems(m_problem)
{
    m_assign->setObjectName(QStringLiteral("assignMrnButton"));
    m_assign->setToolTip(tr("The next free MRN of the center's pattern"));
    m_assign->setVisible(false);
    m_dob->setPlaceholderText(tr("e.g. 03/04/1961, 1961-03-04 or 4 March 1961"));
    m_phone->setPlaceholderText(tr("e.g. 617-555-0100"));
    m_email->setPlaceholderText(tr("e.g. name@example.org"));
    m_preferred->setPlaceholderText(tr("if they go by another name"));

    auto *mrnRow = new QHBoxLayout;
    mrnRow->setContentsMargins(0, 0, 0, 0);
    mrnRow->addWidget(m_mrn, 1);
    mrnRow->addWidget(m_assign);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&MRN:"), mrnRow);
    form->addRow(tr("&First name:"), m_first);
    form->addRow(tr("&Last name:"), m_last);
    form->addRow(tr("&Preferred name:"), m_preferred);
    form->addRow(tr("&Date of birth:"), m_dob);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(tr("&E-mail:"), m_email);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(mrnRow)))
        label->setBuddy(m_mrn);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_problem);

    const QList<QPair<QString, QLineEdit *>> fields {{QStringLiteral("mrn"), m_mrn},
        {QStringLiteral("first"), m_first}, {QStringLiteral("last"), m_last},
        {QStringLiteral("preferred"), m_preferred}, {QStringLiteral("dob"), m_dob},
        {QStringLiteral("phone"), m_phone}, {QStringLiteral("email"), m_email}};
    for (const auto &[name, edit] : fields) {
        m_problems.add(name, edit);
        connect(edit, &QLineEdit::textEdited, this, &PatientForm::edited);
    }
}

QLineEdit *PatientForm::field(const QString &name) const
{
    if (name == QLatin1String("mrn"))
        return m_mrn;
    if (name == QLatin1String("first"))
        return m_first;
    if (name == QLatin1String("last"))
        return m_last;
    if (name == QLatin1String("preferred"))
        return m_preferred;
    if (name == QLatin1String("dob"))
        return m_dob;
    if (name == QLatin1String("phone"))
        return m_phone;
    if (name == QLatin1String("email"))
        return m_email;
    return nullptr;
}

Patient PatientForm::patient(QDate today) const
{
    Patient p;
    p.id = m_id;
    p.mrn = m_mrn->text().trimmed();
    p.firstName = m_first->text().trimmed();
    p.lastName = m_last->text().trimmed();
    p.preferredName = m_preferred->text().trimmed();
    p.dateOfBirth = FieldProblems::date(m_dob, QStringLiteral("dob"), today, TypedDate::Century::Past);
    p.phone = m_phone->text().trimmed();
    p.email = m_email->text().trimmed();
    return p;
}

void PatientForm::setPatient(const Patient &patient)
{
    m_id = patient.id;
    m_mrn->setText(patient.mrn);
    m_first->setText(patient.firstName);
    m_last->setText(patient.lastName);
    m_preferred->setText(patient.preferredName);
    m_dob->setText(patient.dateOfBirth.isValid() ? patient.dateOfBirth.toString(Qt::ISODate) : QString());
    m_phone->setText(patient.phone);
    m_email->setText(patient.email);
}

} // namespace chairside
