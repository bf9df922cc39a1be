#pragma once

#include "checkin/decision.h"
#include "model/user.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QDialogButtonBox;
class QPlainTextEdit;

namespace chairside {

/// A nurse or admin admits past a rule: which of the blocking reasons this user may override
/// (LATE_BEYOND_GRACE for a nurse or admin, ELIGIBILITY_STALE for an admin) and, always, why in words.
class OverrideDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverrideDialog)

public:
    OverrideDialog(const Decision &decision, const User &user, QWidget *parent = nullptr);

    /// The blocking reasons of a decision that this role may override; empty when none.
    static QList<Reason> overridable(const Decision &decision, Role role);

    QList<ReasonCode> codes() const;
    QString reason() const;

private:
    void updateOk();

    QList<QPair<ReasonCode, QCheckBox *>> m_codes;
    QPlainTextEdit *m_reason;
    QDialogButtonBox *m_buttons;
};

} // namespace chairside
