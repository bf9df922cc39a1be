#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace chairside {

/// Asks why a dose is written off. OK stays disabled until there is a reason; the reason is the nurse's
/// words, kept with the dose and in the audit trail.
class WastedDoseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WastedDoseDialog)

public:
    /// `what` names the dose: "infliximab for Alvarez, Maria at 09:00".
    WastedDoseDialog(const QString &what, QWidget *parent = nullptr);
    ~WastedDoseDialog() override;

    QString reason() const;
    QLineEdit *reasonField() const { return m_reason; }

private:
    QLineEdit *m_reason;
    QDialogButtonBox *m_buttons;
};

} // namespace chairside
