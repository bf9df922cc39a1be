#include "desk/overridedialog.h"

#include "checkin/checkinengine.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace chairside {

QList<Reason> OverrideDialog::overridable(const Decision &decision, Role role)
{
    QList<Reason> result;
    for (const Reason &reason : decision.blocking()) {
        const auto permission = CheckInEngine::overridePermission(reason.code);
        if (permission && roleMay(role, *permission))
            result << reason;
    }
    return result;
}

QList<Reason> OverrideDialog::emergencyOnly(const Decision &decision, Role role)
{
    if (role != Role::Admin)
        return {};
    QList<Reason> result;
    const QList<Reason> ordinary = overridable(decision, role);
    for (const Reason &reason : decision.blocking()) {
        const bool passedOrdinarily = std::any_of(
            ordinary.begin(), ordinary.end(), [&](const Reason &r) { return r.code == reason.code; });
        if (passedOrdinarily)
            continue;
        // One reason no emergency passes (identity, a cancelled appointment) and break glass would not
        // admit: offering it would only lead to a refusal.
        if (!CheckInEngine::emergencyOverridable(reason.code))
            return {};
        result << reason;
    }
    return result;
}

bool OverrideDialog::offers(const Decision &decision, Role role)
{
    return !overridable(decision, role).isEmpty() || !emergencyOnly(decision, role).isEmpty();
}

OverrideDialog::OverrideDialog(const Decision &decision, const User &user, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Override and admit"));
    setAccessibleName(tr("Override and admit"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);

    const QList<Reason> emergency = emergencyOnly(decision, user.role);
    auto *intro = new QLabel(
        tr("Admit %1 past these rules, as %2. The override is kept with the admission, "
           "with your name and your reason.")
            .arg(decision.patient ? decision.patient->displayName() : tr("the patient"), user.name),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const auto addReason = [&](const Reason &reason, QCheckBox *box) {
        box->setAccessibleName(tr("Override %1").arg(reasonCodeName(reason.code)));
        QFont bold = box->font();
        bold.setBold(true);
        box->setFont(bold);
        auto *message = new QLabel(reason.message, this);
        message->setWordWrap(true);
        message->setContentsMargins(26, 0, 0, 6);
        layout->addWidget(box);
        layout->addWidget(message);
    };
    for (const Reason &reason : overridable(decision, user.role)) {
        auto *box = new QCheckBox(reasonCodeName(reason.code), this);
        box->setChecked(true);
        addReason(reason, box);
        m_codes << qMakePair(reason.code, box);
        connect(box, &QCheckBox::toggled, this, &OverrideDialog::updateOk);
    }

    if (!emergency.isEmpty()) {
        // Emergency access stands apart, off until the admin turns it on, and says plainly what follows.
        auto *frame = new QFrame(this);
        frame->setObjectName(QStringLiteral("breakGlassFrame"));
        frame->setFrameShape(QFrame::StyledPanel);
        auto *frameLayout = new QVBoxLayout(frame);
        frameLayout->setContentsMargins(16, 12, 16, 12);
        frameLayout->setSpacing(8);
        auto *warningRow = new QHBoxLayout;
        auto *icon = new QLabel(frame);
        const int iconSize = fontMetrics().height() * 2;
        icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
        auto *warning = new QLabel(
            tr("<b>Only an emergency passes these.</b> Emergency access admits past them on your "
               "word alone. It is flagged in the audit trail and listed on the admins' report for "
               "review, with your name and your reason."),
            frame);
        warning->setObjectName(QStringLiteral("breakGlassWarning"));
        warning->setWordWrap(true);
        warningRow->addWidget(icon, 0, Qt::AlignTop);
        warningRow->addWidget(warning, 1);
        frameLayout->addLayout(warningRow);
        for (const Reason &reason : emergency) {
            auto *label = new QLabel(QStringLiteral("<b>%1</b><br>%2")
                                         .arg(reasonCodeName(reason.code), reason.message.toHtmlEscaped()),
                frame);
            label->setWordWrap(true);
            label->setContentsMargins(iconSize + 6, 0, 0, 0);
            frameLayout->addWidget(label);
            m_emergencyCodes << reason.code;
        }
        m_breakGlass = new QCheckBox(tr("&Emergency access (break glass)"), frame);
        m_breakGlass->setObjectName(QStringLiteral("breakGlassBox"));
        m_breakGlass->setAccessibleName(tr("Emergency access (break glass)"));
        QFont bold = m_breakGlass->font();
        bold.setBold(true);
        m_breakGlass->setFont(bold);
        frameLayout->addWidget(m_breakGlass);
        layout->addWidget(frame);
        connect(m_breakGlass, &QCheckBox::toggled, this, &OverrideDialog::updateOk);
    }

    auto *reasonLabel = new QLabel(tr("&Reason (required):"), this);
    reasonLabel->setBuddy(m_reason);
    layout->addWidget(reasonLabel);
    m_reason->setAccessibleName(tr("Reason for the override"));
    m_reason->setPlaceholderText(m_breakGlass
            ? tr("e.g. infusion cannot wait: the prescriber confirmed by phone")
            : tr("e.g. chair 3 free until close, dose good until 14:00"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4);
    layout->addWidget(m_reason);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &OverrideDialog::updateOk);

    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    m_reason->setFocus();
}

QList<ReasonCode> OverrideDialog::codes() const
{
    QList<ReasonCode> result;
    for (const auto &[code, box] : m_codes) {
        if (box->isChecked())
            result << code;
    }
    if (breakGlass())
        result += m_emergencyCodes;
    return result;
}

QString OverrideDialog::reason() const
{
    return m_reason->toPlainText().simplified();
}

bool OverrideDialog::breakGlass() const
{
    return m_breakGlass && m_breakGlass->isChecked();
}

void OverrideDialog::updateOk()
{
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(breakGlass() ? tr("Break glass and &admit") : tr("Override and &admit"));
    // Emergency reasons left standing would only bring a refusal: they need the break-glass box.
    const bool blockedByEmergency = !m_emergencyCodes.isEmpty() && !breakGlass();
    ok->setEnabled(!codes().isEmpty() && !reason().isEmpty() && !blockedByEmergency);
}

} // namespace chairside
