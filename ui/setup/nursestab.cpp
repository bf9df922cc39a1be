#include "setup/nursestab.h"

#include "common/error.h"
#include "scheduling/capacityservice.h"
#include "store/store.h"
#include "widgets/fieldproblems.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <functional>

namespace chairside {

namespace {

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

NursesTab::NursesTab(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_starts(new QSpinBox(this))
    , m_patients(new QSpinBox(this))
    , m_shifts(new QLineEdit(this))
    , m_defaultNurses(new QLabel(this))
    , m_offers(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_problems(std::make_unique<FieldProblems>(m_problem))
{
    setObjectName(QStringLiteral("nursesTab"));
    m_starts->setObjectName(QStringLiteral("startsPerNurse"));
    m_starts->setRange(1, CapacityService::kMostStartsPerNurseStep);
    m_patients->setObjectName(QStringLiteral("patientsPerNurse"));
    m_patients->setRange(1, CapacityService::kMostPatientsPerNurse);
    m_shifts->setObjectName(QStringLiteral("nurseShifts"));
    m_shifts->setPlaceholderText(QStringLiteral("mon-fri 07-19=6; sat 08-14=3"));
    m_shifts->setAccessibleName(tr("Nurses on shift"));
    m_defaultNurses->setObjectName(QStringLiteral("defaultNurses"));
    m_defaultNurses->setWordWrap(true);
    m_defaultNurses->setForegroundRole(QPalette::PlaceholderText);
    m_offers->setObjectName(QStringLiteral("slotOffers"));
    m_offers->setAccessibleName(tr("Offer slots"));
    //: How the slot finder orders the slots it offers.
    m_offers->addItem(tr("Earliest first"), int(SlotOffers::Earliest));
    m_offers->addItem(
        tr("Levelled: pack each day, keep a quarter of the nurses' starts free"), int(SlotOffers::Level));
    m_problem->setObjectName(QStringLiteral("tabProblem"));
    m_problem->setWordWrap(true);
    m_notice->setObjectName(QStringLiteral("nursesNotice"));
    m_notice->setForegroundRole(QPalette::PlaceholderText);
    m_problems->add(QStringLiteral("starts-per-nurse"), m_starts);
    m_problems->add(QStringLiteral("patients-per-nurse"), m_patients);
    m_problems->add(QStringLiteral("nurses"), m_shifts);
    m_problems->add(QStringLiteral("offers"), m_offers);

    auto *numbers = new QGroupBox(tr("What the nurses can do"), this);
    auto *form = new QFormLayout(numbers);
    // A field with its hint under it, in one cell: a wrapped hint on a row of its own is given too much
    // height by the form.
    const auto withHints = [numbers](QWidget *field, const QList<QWidget *> &hints) {
        auto *cell = new QWidget(numbers);
        auto *column = new QVBoxLayout(cell);
        column->setContentsMargins(0, 0, 0, 0);
        column->addWidget(field);
        for (QWidget *h : hints)
            column->addWidget(h);
        return cell;
    };
    form->addRow(tr("&Starts per nurse in 15 minutes:"), m_starts);
    form->addRow(tr("&Patients per nurse at once:"), m_patients);
    auto *shiftsLabel = new QLabel(tr("Nurses on shi&ft:"), numbers);
    shiftsLabel->setBuddy(m_shifts);
    form->addRow(shiftsLabel,
        withHints(m_shifts,
            {hint(tr("Weekdays, hours from-to and the nurses on shift, e.g. mon-fri 07-19=6; sat 08-14=3. "
                     "\"=default\" clears hours back to as many nurses as the chairs need."),
                 numbers),
                m_defaultNurses}));
    auto *offersLabel = new QLabel(tr("&Offer slots:"), numbers);
    offersLabel->setBuddy(m_offers);
    form->addRow(offersLabel,
        withHints(m_offers,
            {hint(tr("Levelled offers serve a few fewer patients in the simulator (README, \"A level "
                     "day\"); the earliest slot is always on offer, marked."),
                numbers)}));
    auto *saveButton = new QPushButton(tr("Sa&ve nurses"), numbers);
    saveButton->setObjectName(QStringLiteral("saveNurses"));
    form->addRow(QString(), saveButton);
    connect(saveButton, &QPushButton::clicked, this, &NursesTab::save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(numbers);
    layout->addWidget(m_problem);
    layout->addWidget(m_notice);
    layout->addStretch(1);
    reload();
}

NursesTab::~NursesTab() = default;

QString NursesTab::problem() const
{
    return m_problems->message();
}

QString NursesTab::markedField() const
{
    return m_problems->markedField();
}

QString NursesTab::notice() const
{
    return m_notice->text();
}

bool NursesTab::attempt(const std::function<void()> &change, const QString &done)
{
    m_problems->clear();
    m_notice->clear();
    try {
        change();
    } catch (const Error &error) {
        m_problems->show(error);
        return false;
    }
    m_notice->setText(done);
    return true;
}

void NursesTab::reload()
{
    attempt(
        [this] {
            const NursePolicy policy
                = CapacityService(m_workspace.store(), m_workspace.clock()).policy(m_workspace.center().id);
            const int chairs = int(m_workspace.store().chairs(m_workspace.center().id).size());
            m_starts->setValue(policy.startsPerNurseStep);
            m_patients->setValue(policy.patientsPerNurse);
            m_shifts->setText(policy.shiftsText());
            m_offers->setCurrentIndex(m_offers->findData(int(policy.offers)));
            m_defaultNurses->setText(
                tr("Hours not set have as many nurses on shift as the center's %1 chairs need: %2.")
                    .arg(chairs)
                    .arg(policy.nursesAt(0, 0, chairs)));
        },
        QString());
}

void NursesTab::save()
{
    attempt(
        [this] {
            CapacityService service(m_workspace.store(), m_workspace.clock());
            NursePolicy policy = service.policy(m_workspace.center().id);
            policy.startsPerNurseStep = m_starts->value();
            policy.patientsPerNurse = m_patients->value();
            policy.offers = SlotOffers(m_offers->currentData().toInt());
            // The text is the whole week: hours it does not name go back to the default, and an empty
            // one leaves every hour to the default.
            policy.nurses = NursePolicy().nurses;
            if (!m_shifts->text().trimmed().isEmpty())
                policy.applyShifts(m_shifts->text(), QStringLiteral("nurses"));
            const NursePolicy stored = service.update(m_workspace.user(), m_workspace.center().id, policy);
            m_shifts->setText(stored.shiftsText());
        },
        tr("Nurses saved."));
}

} // namespace chairside
