#pragma once

#include "widgets/fieldproblems.h"

#include <QDialog>

class QFormLayout;
class QLabel;
class QPushButton;

namespace chairside {

class Error;
class Workspace;

/// The frame of the patient page's add and edit dialogs: a form, the problem under it and Save. Save
/// calls write(), which goes through a core service; an Error marks the field it names and keeps the
/// dialog open with nothing written, a store failure is told in a message box.
class RecordDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordDialog)

public:
    RecordDialog(Workspace &workspace, const QString &title, QWidget *parent);

    FieldProblems &problems() { return m_problems; }
    QPushButton *saveButton() const { return m_save; }

protected:
    /// Writes the record through its service; throws Error to refuse.
    virtual void write() = 0;
    /// Where an error is shown: the dialog's own form by default.
    virtual FieldProblems &problemsFor(const Error &error);
    QFormLayout *form() const { return m_form; }
    Workspace &workspace() { return m_workspace; }

private:
    void save();

    Workspace &m_workspace;
    QFormLayout *m_form;
    QLabel *m_problem;
    FieldProblems m_problems;
    QPushButton *m_save;
};

} // namespace chairside
