#include "patients/recorddialog.h"

#include "common/error.h"
#include "widgets/errornotice.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace chairside {

RecordDialog::RecordDialog(Workspace &workspace, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_form(new QFormLayout)
    , m_problem(new QLabel(this))
    , m_problems(m_problem)
    , m_save(nullptr)
{
    setWindowTitle(title);
    setAccessibleName(title);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
}

void RecordDialog::save()
{
    m_problems.clear();
    try {
        write();
    } catch (const Error &error) {
        if (error.kind() == Error::Kind::Store)
            ErrorNotice::show(this, tr("Nothing was saved"), error);
        else
            problemsFor(error).show(error);
        return;
    }
    accept();
}

FieldProblems &RecordDialog::problemsFor(const Error &)
{
    return m_problems;
}

} // namespace chairside
