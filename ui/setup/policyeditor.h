#pragma once

#include "model/policy.h"

#include <QWidget>

class QSpinBox;

namespace chairside {

class FieldProblems;

/// The numbers a center's admin sets, each with a sentence on what it means; the ranges are the set-up
/// service's own.
class PolicyEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyEditor)

public:
    explicit PolicyEditor(QWidget *parent = nullptr);

    void setPolicy(const Policy &policy);
    Policy policy() const;
    /// Tells `problems` where each number is, by the service's field names ("grace-minutes", ...).
    void addFields(FieldProblems &problems) const;

private:
    QSpinBox *m_early;
    QSpinBox *m_grace;
    QSpinBox *m_eligibility;
    QSpinBox *m_lead;
    QSpinBox *m_grid;
    QSpinBox *m_fee; ///< in cents, as the policy keeps it
    QSpinBox *m_readiness;
};

} // namespace chairside
