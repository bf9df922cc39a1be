#include "desk/decisionpanel.h"

#include "access/permission.h"
#include "desk/decisionbanner.h"
#include "desk/overridedialog.h"
#include "scheduling/appointmentcode.h"
#include "style/theme.h"
#include "text/desktext.h"
#include "workspace/workspace.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace chairside {

namespace {

void clearLayout(QLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *widget = item->widget())
            delete widget;
        if (QLayout *child = item->layout())
            clearLayout(child);
        delete item;
    }
}

QString colored(const QString &text, const QColor &color)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color.name(), text);
}

QPushButton *actionButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    // Outside a dialog a push button takes Enter only when it is an auto-default one.
    button->setAutoDefault(true);
    QFont f = button->font();
    f.setPointSizeF(f.pointSizeF() * 1.12);
    button->setFont(f);
    button->setMinimumHeight(button->fontMetrics().height() * 2 + 6);
    return button;
}

} // namespace

DecisionPanel::DecisionPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_banner(new DecisionBanner(this))
    , m_reasonsTitle(sectionTitle(tr("Say to the patient")))
    , m_reasons(new QWidget(this))
    , m_reasonsLayout(new QVBoxLayout(m_reasons))
    , m_readinessTitle(sectionTitle(tr("Readiness")))
    , m_readiness(new QWidget(this))
    , m_readinessLayout(new QVBoxLayout(m_readiness))
    , m_details(new QWidget(this))
    , m_detailsLayout(new QGridLayout(m_details))
    , m_admit(actionButton(tr("&Admit"), QStringLiteral("admitButton"), this))
    , m_arrived(actionButton(tr("&Mark arrived — waiting"), QStringLiteral("arrivedButton"), this))
    , m_reschedule(actionButton(tr("&Reschedule…"), QStringLiteral("rescheduleButton"), this))
    //: A verb: book an appointment.
    , m_book(actionButton(tr("&Book…"), QStringLiteral("bookButton"), this))
    , m_verified(actionButton(tr("Eligibility verified &now"), QStringLiteral("verifiedNowButton"), this))
    //: A verb: admit past a rule, with a reason.
    , m_override(actionButton(tr("Overr&ide…"), QStringLiteral("overrideButton"), this))
    , m_actions(new QHBoxLayout)
    , m_statusIcon(new QLabel(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("decisionPanel"));
    setAccessibleName(tr("Check-in decision"));
    m_banner->setObjectName(QStringLiteral("decisionBanner"));
    m_reasons->setObjectName(QStringLiteral("reasons"));
    m_readiness->setObjectName(QStringLiteral("readiness"));
    m_details->setObjectName(QStringLiteral("appointmentDetails"));
    m_status->setObjectName(QStringLiteral("statusLine"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("What was done"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reasonsLayout->setContentsMargins(0, 0, 0, 0);
    m_reasonsLayout->setSpacing(8);
    m_readinessLayout->setContentsMargins(0, 0, 0, 0);
    m_readinessLayout->setSpacing(6);
    m_detailsLayout->setContentsMargins(0, 0, 0, 0);
    m_detailsLayout->setHorizontalSpacing(18);
    m_detailsLayout->setVerticalSpacing(6);
    m_detailsLayout->setColumnStretch(1, 1);

    m_admit->setDefault(true);
    m_admit->setAccessibleName(tr("Admit"));
    m_arrived->setAccessibleName(tr("Mark arrived, waiting"));
    m_reschedule->setAccessibleName(tr("Reschedule"));
    m_book->setAccessibleName(tr("Book an appointment"));
    m_override->setAccessibleName(tr("Override and admit"));
    m_verified->setAccessibleName(tr("Eligibility verified now"));
    m_verified->setToolTip(tr("The payer just confirmed the coverage: record it with your name and the time, "
                              "and decide again"));
    connect(m_admit, &QPushButton::clicked, this, &DecisionPanel::admitRequested);
    connect(m_arrived, &QPushButton::clicked, this, &DecisionPanel::arrivedRequested);
    connect(m_reschedule, &QPushButton::clicked, this, &DecisionPanel::rescheduleRequested);
    connect(m_book, &QPushButton::clicked, this, &DecisionPanel::bookRequested);
    connect(m_override, &QPushButton::clicked, this, &DecisionPanel::overrideRequested);
    connect(m_verified, &QPushButton::clicked, this, &DecisionPanel::eligibilityVerifiedRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_banner);
    layout->addSpacing(4);
    layout->addWidget(m_reasonsTitle);
    layout->addWidget(m_reasons);
    layout->addSpacing(4);
    layout->addWidget(m_readinessTitle);
    layout->addWidget(m_readiness);
    layout->addSpacing(4);
    layout->addWidget(m_details);
    layout->addSpacing(8);
    m_actions->setSpacing(10);
    layout->addLayout(m_actions);
    arrangeActions();
    auto *status = new QHBoxLayout;
    status->setSpacing(8);
    status->addWidget(m_statusIcon, 0, Qt::AlignTop);
    status->addWidget(m_status, 1);
    layout->addLayout(status);
    layout->addStretch(1);
    clearStatus();
}

QLabel *DecisionPanel::sectionTitle(const QString &text)
{
    auto *label = new QLabel(text.toUpper(), this);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    f.setWeight(QFont::Bold);
    f.setLetterSpacing(QFont::PercentageSpacing, 108);
    label->setFont(f);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QWidget *DecisionPanel::iconLine(const QIcon &icon, const QString &html, qreal scale)
{
    auto *line = new QWidget(this);
    auto *layout = new QHBoxLayout(line);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    auto *text = new QLabel(html, line);
    QFont f = text->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    text->setFont(f);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *iconLabel = new QLabel(line);
    const int size = QFontMetrics(f).height();
    iconLabel->setPixmap(icon.pixmap(size, size));
    iconLabel->setFixedWidth(size + 2);
    iconLabel->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    layout->addWidget(iconLabel, 0, Qt::AlignTop);
    layout->addWidget(text, 1);
    line->setAccessibleName(text->text());
    return line;
}

void DecisionPanel::setDecision(const Decision &decision)
{
    m_decision = decision;
    QString detail;
    if (decision.outcome == Outcome::Admit && decision.chair)
        detail = DeskText::chairPhrase(*decision.chair);
    m_banner->setOutcome(decision.outcome, detail);
    rebuildReasons();
    rebuildReadiness();
    rebuildDetails();
    updateActions();
    // The palette may have changed since the status was written: colour it anew.
    if (!m_statusText.isEmpty())
        setStatus(m_statusText, m_statusOk);
}

void DecisionPanel::rebuildReasons()
{
    clearLayout(m_reasonsLayout);
    QStyle *s = style();
    for (const Reason &reason : m_decision.reasons) {
        QIcon icon;
        QString html = reason.message.toHtmlEscaped();
        if (reason.overridden) {
            icon = s->standardIcon(QStyle::SP_DialogApplyButton);
            html += QLatin1Char(' ') + colored(tr("(overridden)"), Theme::okColor());
        } else if (!reason.blocks()) {
            icon = s->standardIcon(QStyle::SP_MessageBoxInformation);
        } else if (outcomeOf(reason.code) == Outcome::Wait) {
            icon = s->standardIcon(QStyle::SP_MessageBoxWarning);
        } else {
            icon = s->standardIcon(QStyle::SP_MessageBoxCritical);
        }
        m_reasonsLayout->addWidget(iconLine(icon, html, 1.18));
    }
    if (m_decision.reasons.isEmpty() && m_decision.outcome == Outcome::Admit) {
        const QString name = m_decision.patient ? DeskText::spokenName(*m_decision.patient) : QString();
        const QString chair = m_decision.chair ? DeskText::chairPhrase(*m_decision.chair) : tr("your chair");
        m_reasonsLayout->addWidget(iconLine(s->standardIcon(QStyle::SP_DialogApplyButton),
            tr("Everything is ready for you, %1; please go to %2.").arg(name, chair).toHtmlEscaped(), 1.18));
    }
}

void DecisionPanel::rebuildReadiness()
{
    clearLayout(m_readinessLayout);
    QStyle *s = style();
    for (const ReadinessLine &line : m_decision.readiness) {
        QString item;
        switch (line.item) {
        case ReadinessLine::Item::Order:
            //: A prescriber's order (referral) for the infusion, not a purchase.
            item = tr("Order");
            break;
        case ReadinessLine::Item::Authorization:
            item = tr("Authorization");
            break;
        case ReadinessLine::Item::Eligibility:
            item = tr("Eligibility");
            break;
        case ReadinessLine::Item::Dose:
            item = tr("Dose");
            break;
        }
        const QString html = QStringLiteral("<b>%1</b>&nbsp;&nbsp;%2&nbsp;&nbsp;%3")
                                 .arg(item.toHtmlEscaped(),
                                     line.ok ? colored(tr("<b>OK</b>"), Theme::okColor())
                                             : colored(tr("<b>Not ready</b>"), Theme::problemColor()),
                                     line.ok ? line.text.toHtmlEscaped()
                                             : colored(line.text.toHtmlEscaped(), Theme::problemColor()));
        QWidget *row
            = iconLine(s->standardIcon(line.ok ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning),
                html, 1.05);
        row->setObjectName(line.ok ? QStringLiteral("readinessOk") : QStringLiteral("readinessMissing"));
        m_readinessLayout->addWidget(row);
    }
    m_readinessTitle->setVisible(!m_decision.readiness.isEmpty());
    m_readiness->setVisible(!m_decision.readiness.isEmpty());
}

void DecisionPanel::rebuildDetails()
{
    clearLayout(m_detailsLayout);
    const Center &center = m_workspace.center();
    const QDate today = m_workspace.today();
    int row = 0;
    const auto add = [&](const QString &caption, const QString &value, const QString &name) {
        auto *captionLabel = new QLabel(caption, m_details);
        captionLabel->setForegroundRole(QPalette::PlaceholderText);
        auto *valueLabel = new QLabel(value, m_details);
        valueLabel->setObjectName(name);
        valueLabel->setWordWrap(true);
        valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        valueLabel->setAccessibleName(caption);
        QFont f = valueLabel->font();
        f.setPointSizeF(f.pointSizeF() * 1.08);
        valueLabel->setFont(f);
        m_detailsLayout->addWidget(captionLabel, row, 0, Qt::AlignTop);
        m_detailsLayout->addWidget(valueLabel, row, 1);
        ++row;
    };
    const auto describe = [&](const Appointment &a) {
        return tr("%1, %2 · %3, %4 · %5 · %6")
            .arg(DeskText::when(center, a.startUtc, today),
                DeskText::chairPhrase(m_decision.chairOf(a.chairId), a.chairId),
                DeskText::therapyName(m_decision.therapyOf(a.therapyId)), DeskText::duration(a.minutes),
                statusLabel(a.status).toLower(), AppointmentCode::format(a.id));
    };
    if (m_decision.appointment)
        add(tr("Booked"), describe(*m_decision.appointment), QStringLiteral("bookedText"));
    if (m_decision.nextAppointment)
        //: The patient's next booked appointment.
        add(tr("Next booked"), describe(*m_decision.nextAppointment), QStringLiteral("nextBookedText"));
    if (m_decision.outcome == Outcome::Reschedule && !m_decision.freeSlots.isEmpty()) {
        const Slot &slot = m_decision.freeSlots.first();
        //: The earliest free slot on a chair.
        add(tr("Earliest free"),
            tr("%1, %2").arg(DeskText::when(center, slot.startUtc, today),
                DeskText::chairPhrase(m_decision.chairOf(slot.chairId), slot.chairId)),
            QStringLiteral("earliestFreeText"));
    }
    m_details->setVisible(row > 0);
}

std::optional<Appointment> DecisionPanel::movable() const
{
    const qint64 centerId = m_workspace.center().id;
    if (m_decision.appointment && isActive(m_decision.appointment->status)
        && m_decision.appointment->centerId == centerId)
        return m_decision.appointment;
    if (m_decision.nextAppointment && isActive(m_decision.nextAppointment->status)
        && m_decision.nextAppointment->centerId == centerId)
        return m_decision.nextAppointment;
    return std::nullopt;
}

bool DecisionPanel::bookedLater() const
{
    return !m_decision.appointment && m_decision.nextAppointment && movable().has_value();
}

void DecisionPanel::updateActions()
{
    const Decision &d = m_decision;
    const bool identified = d.patient.has_value() && d.outcome != Outcome::Unidentified;
    const std::optional<Appointment> &a = d.appointment;
    const bool todayActive = a && isActive(a->status);

    m_admit->setVisible(d.outcome == Outcome::Admit && todayActive);
    m_admit->setText(d.chair ? tr("&Admit — %1").arg(DeskText::chairPhrase(*d.chair)) : tr("&Admit"));

    m_arrived->setVisible(d.outcome == Outcome::Wait && todayActive);
    const bool arrived = a && a->status == AppointmentStatus::Arrived;
    m_arrived->setEnabled(!arrived);
    m_arrived->setText(arrived
            ? tr("Arrived at %1 — waiting").arg(DeskText::time(m_workspace.center(), a->arrivedAtUtc))
            : tr("&Mark arrived — waiting"));

    m_reschedule->setVisible(identified && movable().has_value());
    // A walk-in already booked for later came in hoping to be seen sooner.
    const bool later = identified && bookedLater();
    m_reschedule->setText(later ? tr("Move it ear&lier…") : tr("&Reschedule…"));
    m_reschedule->setAccessibleName(later ? tr("Move the booking earlier") : tr("Reschedule"));
    m_book->setVisible(identified && !todayActive && !(a && isCheckedIn(a->status)));

    const Role role = m_workspace.user().role;
    // A stale eligibility is cleared by calling the payer, which anyone at the desk may record, before
    // an admin's override is asked for.
    m_verified->setVisible(identified && todayActive && d.has(ReasonCode::EligibilityStale)
        && roleMay(role, Permission::RegisterPatient));
    const bool mayOverride
        = roleMay(role, Permission::OverrideLate) || roleMay(role, Permission::OverrideEligibility);
    m_override->setVisible(mayOverride && identified && todayActive);
    m_override->setEnabled(mayOverride && todayActive && OverrideDialog::offers(d, role));
    m_override->setToolTip(m_override->isEnabled()
            ? tr("Admit past %1, with a reason").arg([&] {
                  QStringList names;
                  for (const Reason &r : OverrideDialog::overridable(d, role))
                      names << reasonCodeName(r.code);
                  for (const Reason &r : OverrideDialog::emergencyOnly(d, role))
                      names << tr("%1 (emergency access)").arg(reasonCodeName(r.code));
                  return names.join(QStringLiteral(", "));
              }())
            : tr("Nothing here can be overridden: identity, paperwork and the dose decide it."));

    arrangeActions();
}

void DecisionPanel::arrangeActions()
{
    // The action to take comes first and stands out in the outcome's colour; the others follow in a
    // fixed order, and Tab walks them as they are seen.
    QPushButton *primary = primaryAction();
    QList<QPushButton *> order;
    if (primary)
        order << primary;
    for (QPushButton *button : {m_admit, m_arrived, m_reschedule, m_book, m_verified, m_override}) {
        if (button != primary)
            order << button;
    }
    while (QLayoutItem *item = m_actions->takeAt(0))
        delete item;
    for (QPushButton *button : order)
        m_actions->addWidget(button);
    m_actions->addStretch(1);
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    const QColor fill = primary == m_admit              ? Theme::admitColor()
        : primary == m_arrived || primary == m_verified ? Theme::waitColor()
                                                        : Theme::rescheduleColor();
    for (QPushButton *button : order) {
        button->setDefault(button == primary);
        QFont f = button->font();
        f.setBold(button == primary);
        button->setFont(f);
        button->setStyleSheet(button != primary
                ? QString()
                : QStringLiteral("QPushButton { background: %1; color: white; border: 1px "
                                 "solid %2; border-radius: 5px; padding: 6px 22px; }"
                                 "QPushButton:focus { border: 3px solid palette(window-text); }"
                                 "QPushButton:pressed { background: %2; }")
                      .arg(fill.name(), fill.darker(130).name()));
    }
}

QPushButton *DecisionPanel::primaryAction() const
{
    if (!m_admit->isHidden())
        return m_admit;
    // Verifying is the way to admit when nothing else stands in the way.
    if (!m_verified->isHidden()) {
        bool onlyEligibility = true;
        for (const Reason &r : m_decision.blocking())
            onlyEligibility = onlyEligibility && r.code == ReasonCode::EligibilityStale;
        if (onlyEligibility)
            return m_verified;
    }
    if (!m_arrived->isHidden() && m_arrived->isEnabled())
        return m_arrived;
    const bool lateToday = m_decision.appointment && isActive(m_decision.appointment->status);
    if (m_decision.outcome == Outcome::Reschedule && lateToday && !m_reschedule->isHidden())
        return m_reschedule;
    // Booking a second appointment is rarely what a patient booked for later wants.
    if (bookedLater() && !m_reschedule->isHidden())
        return m_reschedule;
    if (!m_book->isHidden())
        return m_book;
    if (!m_reschedule->isHidden() && m_decision.outcome == Outcome::Reschedule)
        return m_reschedule;
    return nullptr;
}

void DecisionPanel::setStatus(const QString &text, bool ok)
{
    m_statusText = text;
    m_statusOk = ok;
    const int size = m_status->fontMetrics().height();
    m_statusIcon->setPixmap(
        style()
            ->standardIcon(ok ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning)
            .pixmap(size, size));
    m_statusIcon->setVisible(true);
    m_status->setText(colored(text.toHtmlEscaped(), ok ? Theme::okColor() : Theme::problemColor()));
    m_status->setVisible(true);
}

void DecisionPanel::clearStatus()
{
    m_statusText.clear();
    m_status->clear();
    m_status->setVisible(false);
    m_statusIcon->setVisible(false);
}

QString DecisionPanel::statusText() const
{
    return m_statusText;
}

} // namespace chairside
