#include "patients/registrationdialog.h"

#include "common/error.h"
#include "patients/patientform.h"
#include "patients/patientservice.h"
#include "style/theme.h"
#include "text/desktext.h"
#include "text/typeddate.h"
#include "widgets/errornotice.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace chairside {

RegistrationDialog::RegistrationDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_form(new PatientForm(this))
    , m_duplicatesTitle(new QLabel(this))
    , m_duplicatesList(new QTreeWidget(this))
    , m_open(new QPushButton(tr("&Open this patient"), this))
    , m_different(new QCheckBox(tr("This is a &different person: register a second record"), this))
    , m_save(nullptr)
{
    setObjectName(QStringLiteral("registrationDialog"));
    setWindowTitle(tr("Register patient"));
    setAccessibleName(tr("Register patient"));

    m_form->assignButton()->setVisible(true);
    try {
        const auto pattern = PatientService(m_workspace.store(), m_workspace.clock()).mrnPattern();
        m_form->assignButton()->setEnabled(pattern.has_value());
        m_form->assignButton()->setToolTip(pattern
                ? tr("The next free MRN of the pattern %1").arg(pattern->text())
                : tr("The center has no MRN pattern yet; an admin sets one. Type the MRN."));
    } catch (const Error &error) {
        m_form->assignButton()->setEnabled(false);
        m_form->assignButton()->setToolTip(error.message());
    }
    connect(m_form->assignButton(), &QPushButton::clicked, this, &RegistrationDialog::assignMrn);

    QFont titleFont = m_duplicatesTitle->font();
    titleFont.setWeight(QFont::DemiBold);
    m_duplicatesTitle->setFont(titleFont);
    m_duplicatesTitle->setWordWrap(true);
    m_duplicatesTitle->setObjectName(QStringLiteral("duplicatesTitle"));
    m_duplicatesList->setObjectName(QStringLiteral("duplicatesList"));
    m_duplicatesList->setAccessibleName(tr("Likely duplicates on file"));
    m_duplicatesList->setRootIsDecorated(false);
    m_duplicatesList->setAllColumnsShowFocus(true);
    m_duplicatesList->setHeaderLabels(
        {tr("Name"), tr("Date of birth"), tr("MRN"), tr("Phone"), tr("Alike in")});
    m_duplicatesList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_duplicatesList->header()->setStretchLastSection(true);
    m_duplicatesList->setMinimumHeight(fontMetrics().height() * 7);
    m_open->setObjectName(QStringLiteral("openDuplicateButton"));
    m_open->setAutoDefault(false);
    m_different->setObjectName(QStringLiteral("differentPersonBox"));
    connect(m_duplicatesList, &QTreeWidget::itemActivated, this, &RegistrationDialog::openSelected);
    connect(m_duplicatesList, &QTreeWidget::currentItemChanged, this, &RegistrationDialog::updateSave);
    connect(m_open, &QPushButton::clicked, this, &RegistrationDialog::openSelected);
    connect(m_different, &QCheckBox::toggled, this, &RegistrationDialog::updateSave);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("&Register"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("registerButton"));
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &RegistrationDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_form);
    layout->addSpacing(6);
    layout->addWidget(m_duplicatesTitle);
    layout->addWidget(m_duplicatesList);
    auto *duplicateActions = new QHBoxLayout;
    duplicateActions->addWidget(m_open);
    duplicateActions->addWidget(m_different, 1);
    layout->addLayout(duplicateActions);
    layout->addWidget(buttons);

    connect(m_form, &PatientForm::edited, this, &RegistrationDialog::findDuplicates);
    findDuplicates();
    m_form->field(QStringLiteral("mrn"))->setFocus();
    resize(fontMetrics().averageCharWidth() * 96, sizeHint().height());
}

void RegistrationDialog::findDuplicates()
{
    Patient typed;
    typed.firstName = m_form->field(QStringLiteral("first"))->text().trimmed();
    typed.lastName = m_form->field(QStringLiteral("last"))->text().trimmed();
    typed.preferredName = m_form->field(QStringLiteral("preferred"))->text().trimmed();
    typed.phone = m_form->field(QStringLiteral("phone"))->text().trimmed();
    typed.dateOfBirth
        = TypedDate::birthDate(m_form->field(QStringLiteral("dob"))->text(), m_workspace.today())
              .value_or(QDate());
    QList<LikelyDuplicate> found;
    if (!typed.lastName.isEmpty() || !typed.firstName.isEmpty() || !typed.phone.isEmpty()) {
        try {
            found = DuplicateFinder::find(m_workspace.store(), typed);
        } catch (const Error &error) {
            m_form->problems().show(
                QString(), tr("Looking for the patient on file failed: %1").arg(error.message()));
        }
    }
    const bool same = [&] {
        if (found.size() != m_duplicates.size())
            return false;
        for (qsizetype i = 0; i < found.size(); ++i) {
            if (found[i].patient.id != m_duplicates[i].patient.id)
                return false;
        }
        return true;
    }();
    if (!same) {
        m_duplicates = found;
        m_duplicatesList->clear();
        for (const LikelyDuplicate &d : std::as_const(m_duplicates)) {
            QStringList why;
            if (d.sameBirthAndName)
                why << tr("date of birth and name");
            if (d.samePhone)
                why << tr("phone");
            auto *item = new QTreeWidgetItem(m_duplicatesList,
                {d.patient.displayName(), d.patient.dateOfBirth.toString(Qt::ISODate), d.patient.mrn,
                    d.patient.phone, why.join(tr(", "))});
            item->setData(0, Qt::UserRole, d.patient.id);
        }
        if (!m_duplicates.isEmpty())
            m_duplicatesList->setCurrentItem(m_duplicatesList->topLevelItem(0));
        // A new list asks again: the tick was for the patients shown before.
        m_different->setChecked(false);
    }
    const bool any = !m_duplicates.isEmpty();
    const int alike = int(m_duplicates.size());
    m_duplicatesTitle->setText(!any ? tr("No one alike on file.")
            : alike == 1
            ? tr("Already on file? One patient alike. Open them here rather than registering them twice.")
            : tr("Already on file? %1 patients alike. Open the one at the desk rather than registering them "
                 "twice.")
                  .arg(alike));
    QPalette palette = m_duplicatesTitle->palette();
    palette.setColor(
        QPalette::WindowText, any ? Theme::problemColor() : palette.color(QPalette::PlaceholderText));
    m_duplicatesTitle->setPalette(palette);
    m_duplicatesList->setVisible(any);
    m_open->setVisible(any);
    m_different->setVisible(any);
    updateSave();
}

void RegistrationDialog::updateSave()
{
    if (!m_save)
        return;
    const bool any = !m_duplicates.isEmpty();
    m_save->setEnabled(!any || m_different->isChecked());
    m_save->setToolTip(m_save->isEnabled() ? QString()
                                           : tr("A patient alike is on file: open them, or tick “This is a "
                                                "different person”."));
    m_open->setEnabled(m_duplicatesList->currentItem() != nullptr);
}

void RegistrationDialog::assignMrn()
{
    try {
        const QString mrn = PatientService(m_workspace.store(), m_workspace.clock()).nextMrn();
        m_form->field(QStringLiteral("mrn"))->setText(mrn);
        m_form->problems().clear();
        m_form->field(QStringLiteral("first"))->setFocus();
    } catch (const Error &error) {
        m_form->problems().show(error);
    }
}

void RegistrationDialog::openSelected()
{
    const QTreeWidgetItem *item = m_duplicatesList->currentItem();
    if (!item)
        return;
    Q_EMIT openPatientRequested(item->data(0, Qt::UserRole).toLongLong());
    reject();
}

void RegistrationDialog::save()
{
    m_form->problems().clear();
    findDuplicates();
    if (!m_duplicates.isEmpty() && !m_different->isChecked()) {
        m_form->problems().show(QString(),
            tr("A patient alike is already on file. Open them, or tick “This is a different person” to "
               "register a second record."));
        return;
    }
    QList<qint64> shown;
    for (const LikelyDuplicate &d : std::as_const(m_duplicates))
        shown << d.patient.id;
    try {
        const Patient typed = m_form->patient(m_workspace.today());
        m_registered = PatientService(m_workspace.store(), m_workspace.clock())
                           .registerPatient(m_workspace.user(), typed, shown);
    } catch (const Error &error) {
        if (error.kind() == Error::Kind::Store)
            ErrorNotice::show(this, tr("The patient was not registered"), error);
        else
            m_form->problems().show(error);
        return;
    }
    accept();
}

} // namespace chairside
