#pragma once

#include <QDialog>

namespace chairside {

class PatientPage;
class Workspace;

/// A patient's page in a window of its own beside the main one: the receptionist keeps the desk while
/// the phone call about the paperwork goes on. One window per patient; opening the patient again brings
/// theirs forward. It closes with the session (MainWindow closes and hides the windows it owns).
///
/// A closed window forgets its patient and stays, hidden, as the spare the next patient opened is shown
/// in: filling a page is a few milliseconds, building one several more. One spare is kept.
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
    /// Closed, showing nobody: the window the next patient opened is shown in.
    bool isSpare() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void updateTitle();
    /// Closed: kept as the spare, or let go when there is one already.
    void retire();

    PatientPage *m_page;
};

} // namespace chairside
