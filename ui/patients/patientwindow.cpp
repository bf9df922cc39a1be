#include "patients/patientwindow.h"

#include "patients/patientpage.h"

#include <QShortcut>
#include <QVBoxLayout>

namespace chairside {

PatientWindow *PatientWindow::open(
    Workspace &workspace, qint64 patientId, const QString &section, QWidget *parent)
{
    PatientWindow *window = nullptr;
    const QList<PatientWindow *> windows = parent->findChildren<PatientWindow *>(Qt::FindDirectChildrenOnly);
    for (PatientWindow *w : windows) {
        if (w->page()->patientId() == patientId)
            window = w;
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
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setModal(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_page);
    connect(m_page, &PatientPage::patientShown, this, &PatientWindow::updateTitle);
    m_page->showPatient(patientId);
    updateTitle();
    resize(fontMetrics().averageCharWidth() * 130, fontMetrics().height() * 52);
}

void PatientWindow::updateTitle()
{
    const auto &patient = m_page->patient();
    setWindowTitle(patient ? tr("%1 — MRN %2").arg(patient->displayName(), patient->mrn) : tr("Patient"));
}

} // namespace chairside
