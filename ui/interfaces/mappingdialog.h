#pragma once

#include "interface/interfacemessage.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;

namespace chairside {

class FieldProblems;
class Workspace;

/// Adds or changes one row of the mapping tables: a sender's location to a center, or a sender's service,
/// reason, type or drug to a therapy. The targets are the store's centers and therapies; the service
/// checks the value and the target and its message stands under the field it names. Accepted only once
/// the mapping is saved (mapping()).
class MappingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingDialog)

public:
    /// A new mapping of `kind`, its value filled in (the value a quarantined message waits on), or, given
    /// `existing`, that mapping to change: its value stays, its target may change.
    MappingDialog(Workspace &workspace, MappingKind kind, const QString &value,
        const std::optional<InterfaceMapping> &existing, QWidget *parent = nullptr);
    ~MappingDialog() override;

    QLineEdit *valueField() const { return m_value; }
    QComboBox *targetBox() const { return m_target; }
    /// Picks the target with that id in the list; false when it is not there.
    bool selectTarget(qint64 targetId);
    /// The problem shown now, empty when none.
    QString problem() const;
    /// The mapping saved, once accepted.
    const InterfaceMapping &mapping() const { return m_saved; }

public Q_SLOTS:
    /// Saves the mapping through InterfaceService; the dialog closes only when it is saved.
    void accept() override;

private:
    Workspace &m_workspace;
    MappingKind m_kind;
    QLineEdit *m_value;
    QComboBox *m_target;
    QLabel *m_problemLabel;
    std::unique_ptr<FieldProblems> m_problems;
    InterfaceMapping m_saved;
};

} // namespace chairside
