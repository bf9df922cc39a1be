#include "patients/patientwindow.h"

#include "patients/patientpage.h"

#include <QCloseEvent>
#include <QShortcut>
#include <QVBoxLayout>

namespace chairside {

PatientWindow *PatientWindow::open(
    Workspace &workspace, qint64 patientId, const QString &section, QWidget *parent)
{
    PatientWindow *window = nullptr;
    PatientWindow *spare = nullptr;
    const QList<PatientWindow *> windows = parent->findChildren<PatientWindow *>(Qt::FindDirectChildrenOnly);
    for (PatientWindow *w : windows) {
        if (w->page()->patientId() == patientId)
            window = w;
        else if (w->isSpare())
            spare = w;
    }
    if (!window && spare) {
        window = spare;
        window->page()->showPatient(patientId);
    }
    if (!window)
        window = new PatientWindow(workspace, patientId, parent);
    window->show();
    window->raise();
    window->activateWindow();
    if (!section.isEmpty())
        window->page()->showSection(section);
    return window;
}

PatientWindow::PatientWindow(Workspace &workspace, qint64 patientId, QWidget *parent)
    : QDialog(parent)
    , m_page(new PatientPage(workspace, this))
{
    setObjectName(QStringLiteral("patientWindow"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setModal(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_page);
    connect(m_page, &PatientPage::patientShown, this, &PatientWindow::updateTitle);
    // Every way a dialog closes (Esc, the title bar, MainWindow closing it) ends in finished().
    connect(this, &QDialog::finished, this, &PatientWindow::retire);
    m_page->showPatient(patientId);
    updateTitle();
    resize(fontMetrics().averageCharWidth() * 130, fontMetrics().height() * 52);
}

void PatientWindow::updateTitle()
{
    const auto &patient = m_page->patient();
    setWindowTitle(patient ? tr("%1 — MRN %2").arg(patient->displayName(), patient->mrn) : tr("Patient"));
}

bool PatientWindow::isSpare() const
{
    return !isVisible() && m_page->patientId() == 0;
}

void PatientWindow::closeEvent(QCloseEvent *event)
{
    QDialog::closeEvent(event);
    // A window closed while hidden (the lock hid it, then the user logged out) ends in no finished(), and
    // nothing of the last user's patient may stay for the next.
    if (event->isAccepted())
        retire();
}

void PatientWindow::retire()
{
    if (m_page->patientId() == 0)
        return; // retired already
    m_page->clear();
    updateTitle();
    if (QWidget *owner = parentWidget()) {
        const QList<PatientWindow *> windows
            = owner->findChildren<PatientWindow *>(Qt::FindDirectChildrenOnly);
        for (const PatientWindow *w : windows) {
            if (w != this && w->isSpare()) {
                deleteLater(); // one spare is enough
                return;
            }
        }
    }
}

} // namespace chairside
