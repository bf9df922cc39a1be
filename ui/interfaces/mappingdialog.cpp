#include "interfaces/mappingdialog.h"

#include "common/error.h"
#include "interface/interfaceservice.h"
#include "store/store.h"
#include "widgets/fieldproblems.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace chairside {

MappingDialog::MappingDialog(Workspace &workspace, MappingKind kind, const QString &value,
    const std::optional<InterfaceMapping> &existing, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_kind(kind)
    , m_value(new QLineEdit(this))
    , m_target(new QComboBox(this))
    , m_problemLabel(new QLabel(this))
    , m_problems(std::make_unique<FieldProblems>(m_problemLabel))
{
    const bool location = kind == MappingKind::Location;
    setObjectName(QStringLiteral("mappingDialog"));
    if (existing)
        setWindowTitle(location ? tr("Change a Location Mapping") : tr("Change a Service Mapping"));
    else
        setWindowTitle(location ? tr("Map a Sender's Location") : tr("Map a Sender's Service"));
    setWindowModality(Qt::WindowModal);

    auto *intro = new QLabel(location
            ? tr("Messages naming this location (AIL, PV1-3, a FHIR Location) book at the center chosen.")
            : tr("Messages naming this service, reason, appointment type or drug (AIS, SCH-7, SCH-8, RXE, "
                 "a FHIR serviceType) book the therapy chosen."),
        this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);

    m_value->setObjectName(QStringLiteral("mappingValueField"));
    m_value->setAccessibleName(location ? tr("Sender's location") : tr("Sender's service"));
    m_value->setText(existing ? existing->senderValue : value);
    m_value->setReadOnly(existing.has_value());
    m_value->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    m_target->setObjectName(QStringLiteral("mappingTargetBox"));
    m_target->setAccessibleName(location ? tr("Center") : tr("Therapy"));

    try {
        if (location) {
            for (const Center &center : m_workspace.store().centers())
                m_target->addItem(center.name, center.id);
        } else {
            for (const Therapy &therapy : m_workspace.store().therapies())
                m_target->addItem(therapy.name, therapy.id);
        }
    } catch (const Error &error) {
        m_problems->show(QString(),
            location ? tr("The centers could not be read: %1").arg(error.message())
                     : tr("The therapies could not be read: %1").arg(error.message()));
    }
    if (existing)
        selectTarget(existing->targetId);
    else if (location)
        selectTarget(m_workspace.center().id);

    m_problemLabel->setObjectName(QStringLiteral("mappingProblem"));
    m_problemLabel->setWordWrap(true);
    m_problems->add(QStringLiteral("value"), m_value);
    m_problems->add(location ? QStringLiteral("center") : QStringLiteral("therapy"), m_target);

    auto *form = new QFormLayout;
    form->addRow(location ? tr("Sender's &location:") : tr("Sender's &service:"), m_value);
    form->addRow(location ? tr("&Center:") : tr("&Therapy:"), m_target);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("mappingSaveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MappingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MappingDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addWidget(buttons);
    (existing ? static_cast<QWidget *>(m_target) : m_value)->setFocus();
}

MappingDialog::~MappingDialog() = default;

bool MappingDialog::selectTarget(qint64 targetId)
{
    const int index = m_target->findData(targetId);
    if (index < 0)
        return false;
    m_target->setCurrentIndex(index);
    return true;
}

QString MappingDialog::problem() const
{
    return m_problems->message();
}

void MappingDialog::accept()
{
    m_problems->clear();
    const qint64 targetId = m_target->currentData().toLongLong();
    try {
        InterfaceService service(m_workspace.store(), m_workspace.clock());
        m_saved = service.setMapping(m_workspace.user(), m_kind, m_value->text(), targetId);
    } catch (const Error &error) {
        m_problems->show(error);
        return;
    }
    QDialog::accept();
}

} // namespace chairside
