#include "overridedialog.h"

#include "checkin/checkinengine.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
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

    auto *intro = new QLabel(
        tr("Admit %1 past these rules, as %2. The override is kept with the admission, "
           "with your name and your reason.")
            .arg(decision.patient ? decision.patient->displayName() : tr("the patient"), user.name),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    for (const Reason &reason : overridable(decision, user.role)) {
        auto *box = new QCheckBox(reasonCodeName(reason.code), this);
        box->setChecked(true);
        box->setAccessibleName(tr("Override %1").arg(reasonCodeName(reason.code)));
        QFont bold = box->font();
        bold.setBold(true);
        box->setFont(bold);
        auto *message = new QLabel(reason.message, this);
        message->setWordWrap(true);
        message->setContentsMargins(26, 0, 0, 6);
        layout->addWidget(box);
        layout->addWidget(message);
        m_codes << qMakePair(reason.code, box);
        connect(box, &QCheckBox::toggled, this, &OverrideDialog::updateOk);
    }

    auto *reasonLabel = new QLabel(tr("&Reason (required):"), this);
    reasonLabel->setBuddy(m_reason);
    layout->addWidget(reasonLabel);
    m_reason->setAccessibleName(tr("Reason for the override"));
    m_reason->setPlaceholderText(tr("e.g. chair 3 free until close, dose good until 14:00"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4);
    layout->addWidget(m_reason);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &OverrideDialog::updateOk);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Override and &admit"));
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
    return result;
}

QString OverrideDialog::reason() const
{
    return m_reason->toPlainText().simplified();
}

void OverrideDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!codes().isEmpty() && !reason().isEmpty());
}

} // namespace chairside
