#pragma once

#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace chairside {

class FieldProblems;
class Workspace;

/// The Settings dialog's Nurses tab (admin): how many infusions one nurse can start in 15 minutes, how
/// many patients one nurse may have in chairs, the nurses on shift per weekday and hour ("mon-fri
/// 07-19=6; sat 08-14=3"), and how slots are offered (earliest first, or levelled). Everything goes
/// through CapacityService, which checks the role, validates and audits each changed number; a refused
/// change marks its field and says why.
class NursesTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NursesTab)

public:
    explicit NursesTab(Workspace &workspace, QWidget *parent = nullptr);
    ~NursesTab() override;

    /// Reads the center's numbers again.
    void reload();
    void save();
    /// The problem shown, empty while there is none; the field marked.
    QString problem() const;
    QString markedField() const;
    /// The last success said ("Nurses saved.").
    QString notice() const;

private:
    bool attempt(const std::function<void()> &change, const QString &done);

    Workspace &m_workspace;
    QSpinBox *m_starts;
    QSpinBox *m_patients;
    QLineEdit *m_shifts;
    QLabel *m_defaultNurses;
    QComboBox *m_offers;
    QLabel *m_problem;
    QLabel *m_notice;
    std::unique_ptr<FieldProblems> m_problems;
};

} // namespace chairside
