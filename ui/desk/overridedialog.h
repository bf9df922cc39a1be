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
/// An admin facing reasons that only an emergency may pass is offered emergency access ("break
/// glass"), flagged in the audit trail for review.
class OverrideDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverrideDialog)

public:
    OverrideDialog(const Decision &decision, const User &user, QWidget *parent = nullptr);

    /// The blocking reasons of a decision that this role may override; empty when none.
    static QList<Reason> overridable(const Decision &decision, Role role);
    /// The blocking reasons only emergency access passes, when it would pass every reason that
    /// overridable() leaves: an admin's, emergency-overridable. Empty otherwise (nothing passes identity).
    static QList<Reason> emergencyOnly(const Decision &decision, Role role);
    /// True when the dialog has anything for this role to do.
    static bool offers(const Decision &decision, Role role);

    QList<ReasonCode> codes() const;
    QString reason() const;
    /// True when the admin chose emergency access: the service's breakGlass(), not override().
    bool breakGlass() const;

private:
    void updateOk();

    QList<QPair<ReasonCode, QCheckBox *>> m_codes;
    QList<ReasonCode> m_emergencyCodes;
    QCheckBox *m_breakGlass = nullptr;
    QPlainTextEdit *m_reason;
    QDialogButtonBox *m_buttons;
};

} // namespace chairside
