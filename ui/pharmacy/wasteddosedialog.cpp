#include "pharmacy/wasteddosedialog.h"

#include "pharmacy/doseservice.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace chairside {

WastedDoseDialog::WastedDoseDialog(const QString &what, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("wastedDoseDialog"));
    setWindowTitle(tr("Mark the dose wasted"));
    auto *intro = new QLabel(tr("Why is the dose of %1 wasted?").arg(what), this);
    intro->setWordWrap(true);
    auto *caption = new QLabel(tr("&Reason"), this);
    caption->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("wastedReasonField"));
    m_reason->setAccessibleName(tr("Why the dose is wasted"));
    m_reason->setMaxLength(DoseService::kReasonLength);
    m_reason->setPlaceholderText(tr("e.g. appointment cancelled, bag damaged, past its beyond-use time"));
    auto *completer
        = new QCompleter({tr("appointment cancelled"), tr("appointment moved"), tr("patient did not come"),
                             tr("bag damaged"), tr("past its beyond-use time"), tr("wrong dose compounded")},
            m_reason);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_reason->setCompleter(completer);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Mark &wasted"));
    ok->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(caption);
    layout->addWidget(m_reason);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);

    connect(m_reason, &QLineEdit::textChanged, ok,
        [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

WastedDoseDialog::~WastedDoseDialog() = default;

QString WastedDoseDialog::reason() const
{
    return m_reason->text().simplified();
}

} // namespace chairside
