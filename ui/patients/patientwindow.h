#pragma once

#include <QDialog>

namespace chairside {

class PatientPage;
class Workspace;

/// A patient's page in a window of its own beside the main one: the receptionist keeps the desk while
/// the phone call about the paperwork goes on. One window per patient; opening the patient again brings
/// theirs forward. It closes with the session (MainWindow closes and hides the windows it owns).
class PatientWindow final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PatientWindow)

public:
    /// Shows the patient's window, made if needed as a child of `parent`, at `section`
    /// (PatientPage::sectionNames(); empty: the top).
    static PatientWindow *open(
        Workspace &workspace, qint64 patientId, const QString &section, QWidget *parent);

    PatientWindow(Workspace &workspace, qint64 patientId, QWidget *parent);

    PatientPage *page() const { return m_page; }

private:
    void updateTitle();

    PatientPage *m_page;
};

} // namespace chairside
