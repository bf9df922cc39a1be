#include "setup/policyeditor.h"

#include "setup/setupservice.h"
#include "widgets/fieldproblems.h"

#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace chairside {

namespace {

QSpinBox *numberBox(const char *objectName, int minimum, int maximum, const QString &suffix, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QString::fromLatin1(objectName));
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    box->setMinimumWidth(box->fontMetrics().averageCharWidth() * 16);
    return box;
}

} // namespace

PolicyEditor::PolicyEditor(QWidget *parent)
    : QWidget(parent)
    , m_early(numberBox("earlyMinutes", 0, SetupService::kMostEarlyMinutes, tr(" min"), this))
    , m_grace(numberBox("graceMinutes", 0, SetupService::kMostGraceMinutes, tr(" min"), this))
    , m_eligibility(numberBox("eligibilityDays", 0, SetupService::kMostEligibilityDays, tr(" days"), this))
    , m_lead(numberBox("leadHours", 0, SetupService::kMostLeadHours, tr(" hours"), this))
    , m_grid(numberBox(
          "gridMinutes", SetupService::kFewestGridMinutes, SetupService::kMostGridMinutes, tr(" min"), this))
    , m_fee(numberBox("noShowFeeCents", 0, SetupService::kMostNoShowFeeCents, tr(" cents"), this))
    , m_readiness(numberBox("readinessDays", 1, SetupService::kMostReadinessDays, tr(" days"), this))
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setVerticalSpacing(4);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const Policy defaults;
    const auto row = [&](const QString &label, QSpinBox *box, const QString &meaning, int fallback) {
        auto *line = new QWidget(this);
        line->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        auto *column = new QVBoxLayout(line);
        column->setContentsMargins(0, 0, 0, 6);
        column->setSpacing(2);
        column->addWidget(box, 0, Qt::AlignLeft);
        auto *text = new QLabel(
            tr("%1 Default: %2.").arg(meaning, box->prefix() + QString::number(fallback) + box->suffix()),
            line);
        text->setWordWrap(true);
        text->setForegroundRole(QPalette::PlaceholderText);
        column->addWidget(text);
        box->setAccessibleDescription(meaning);
        // The caption is the box's buddy, but in another parent than the box, where a screen reader's
        // search for the label does not look: the box carries the caption's words itself.
        box->setAccessibleName(QString(label).remove(QLatin1Char('&')));
        auto *caption = new QLabel(label, this);
        caption->setBuddy(box);
        form->addRow(caption, line);
    };
    row(tr("&Early check-in"), m_early, tr("How long before the appointment a patient may check in."),
        defaults.earlyArrivalMinutes);
    row(tr("&Grace period"), m_grace,
        tr("How late a patient may arrive and still be admitted; later means a new appointment."),
        defaults.graceMinutes);
    row(tr("&Eligibility lasts"), m_eligibility,
        tr("An insurance eligibility check older than this must be repeated before the infusion."),
        defaults.eligibilityFreshDays);
    row(tr("&Pharmacy lead time"), m_lead,
        tr("No new appointment sooner than this: the pharmacy needs the time to compound the dose."),
        defaults.pharmacyLeadHours);
    row(tr("Slot &grid"), m_grid, tr("Appointments start on this grid, counted from midnight."),
        defaults.slotGridMinutes);
    row(tr("&No-show fee"), m_fee, tr("Charged to a patient who does not come (5000 cents is $50)."),
        defaults.noShowFeeCents);
    row(tr("&Readiness looks ahead"), m_readiness,
        tr("How many days ahead the readiness queue lists appointments that would not be admitted."),
        defaults.readinessDays);
    setPolicy(defaults);
}

void PolicyEditor::setPolicy(const Policy &policy)
{
    m_early->setValue(policy.earlyArrivalMinutes);
    m_grace->setValue(policy.graceMinutes);
    m_eligibility->setValue(policy.eligibilityFreshDays);
    m_lead->setValue(policy.pharmacyLeadHours);
    m_grid->setValue(policy.slotGridMinutes);
    m_fee->setValue(policy.noShowFeeCents);
    m_readiness->setValue(policy.readinessDays);
}

Policy PolicyEditor::policy() const
{
    Policy p;
    p.earlyArrivalMinutes = m_early->value();
    p.graceMinutes = m_grace->value();
    p.eligibilityFreshDays = m_eligibility->value();
    p.pharmacyLeadHours = m_lead->value();
    p.slotGridMinutes = m_grid->value();
    p.noShowFeeCents = m_fee->value();
    p.readinessDays = m_readiness->value();
    return p;
}

void PolicyEditor::addFields(FieldProblems &problems) const
{
    problems.add(QStringLiteral("early-minutes"), m_early);
    problems.add(QStringLiteral("grace-minutes"), m_grace);
    problems.add(QStringLiteral("eligibility-days"), m_eligibility);
    problems.add(QStringLiteral("lead-hours"), m_lead);
    problems.add(QStringLiteral("grid-minutes"), m_grid);
    problems.add(QStringLiteral("no-show-fee-cents"), m_fee);
    problems.add(QStringLiteral("readiness-days"), m_readiness);
}

} // namespace chairside
