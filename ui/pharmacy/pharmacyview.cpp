#include "pharmacy/pharmacyview.h"

#include "access/permission.h"
#include "common/clock.h"
#include "common/error.h"
#include "pharmacy/dosemodel.h"
#include "pharmacy/doseservice.h"
#include "pharmacy/pharmacyday.h"
#include "pharmacy/wasteddosedialog.h"
#include "scheduling/centertime.h"
#include "store/store.h"
#include "widgets/pageheader.h"
#include "widgets/pdfpage.h"
#include "widgets/problembanner.h"
#include "workspace/workspace.h"

#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

#include <functional>

namespace chairside {

PharmacyView::PharmacyView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new DoseModel(this))
    , m_header(new PageHeader(tr("Pharmacy"), tr("Date shown"), this))
    , m_previous(new QPushButton(tr("Previous day"), this))
    , m_today(new QPushButton(tr("Today"), this))
    , m_tomorrow(new QPushButton(tr("Tomorrow"), this))
    , m_next(new QPushButton(tr("Next day"), this))
    , m_dateEdit(new QDateEdit(this))
    , m_printButton(new QPushButton(tr("P&rint worklist…"), this))
    , m_pdfButton(new QPushButton(tr("Save as PDF…"), this))
    , m_summary(new QLabel(this))
    , m_problem(new ProblemBanner(this))
    , m_table(new QTableView(this))
    , m_detail(new QLabel(this))
    //: The dose is compounded and ready.
    , m_prepared(new QPushButton(tr("Mark &prepared"), this))
    , m_notReady(new QPushButton(tr("&Not ready"), this))
    , m_wasted(new QPushButton(tr("Mark &wasted…"), this))
    , m_feedback(new QLabel(this))
{
    setObjectName(QStringLiteral("pharmacyView"));
    setAccessibleName(tr("Pharmacy"));
    buildLayout();

    connect(m_previous, &QPushButton::clicked, this, [this] { setDate(m_date.addDays(-1)); });
    connect(m_next, &QPushButton::clicked, this, [this] { setDate(m_date.addDays(1)); });
    connect(m_today, &QPushButton::clicked, this, [this] { setDate(m_workspace.today()); });
    connect(m_tomorrow, &QPushButton::clicked, this, [this] { setDate(m_workspace.today().addDays(1)); });
    connect(m_dateEdit, &QDateEdit::dateChanged, this, &PharmacyView::setDate);
    connect(m_printButton, &QPushButton::clicked, this, &PharmacyView::print);
    connect(m_pdfButton, &QPushButton::clicked, this, &PharmacyView::saveAsPdf);
    connect(m_prepared, &QPushButton::clicked, this, &PharmacyView::markPrepared);
    connect(m_notReady, &QPushButton::clicked, this, &PharmacyView::markNotReady);
    connect(m_wasted, &QPushButton::clicked, this, &PharmacyView::markWasted);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &PharmacyView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PharmacyView::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PharmacyView::updateActions);

    // Live: the day's changes here or at another desk, a new center or user, or everything at once.
    connect(&m_workspace, &Workspace::rosterChanged, this, [this](qint64 centerId, QDate date) {
        if (centerId == m_workspace.center().id && date == m_date)
            scheduleReload();
    });
    connect(&m_workspace, &Workspace::appointmentChanged, this, [this](qint64 appointmentId) {
        if (m_model->rowOf(appointmentId) >= 0)
            scheduleReload();
    });
    connect(&m_workspace, &Workspace::everythingChanged, this, &PharmacyView::scheduleReload);
    connect(&m_workspace, &Workspace::centerChanged, this, &PharmacyView::scheduleReload);
    connect(&m_workspace, &Workspace::userChanged, this, &PharmacyView::updateActions);

    m_date = m_workspace.center().id != 0
        ? PharmacyDay::defaultDate(m_workspace.center(), m_workspace.clock().nowUtc())
        : m_workspace.today().addDays(1);
    reload();
}

PharmacyView::~PharmacyView() = default;

void PharmacyView::buildLayout()
{
    const int line = fontMetrics().height();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(line * 3 / 2, line, line * 3 / 2, line);
    layout->setSpacing(line * 3 / 4);

    m_previous->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_next->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_next->setLayoutDirection(Qt::RightToLeft);
    m_printButton->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_pdfButton->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_previous->setToolTip(tr("The day before (Alt+Left)"));
    m_next->setToolTip(tr("The day after (Alt+Right)"));
    m_today->setToolTip(tr("Today at the center (Alt+Home)"));
    m_tomorrow->setToolTip(tr("Tomorrow, the day the pharmacy usually prepares for"));
    m_printButton->setToolTip(tr("Print the day's worklist with a column for initials (Ctrl+P)"));
    m_pdfButton->setToolTip(tr("Save the day's worklist as a PDF file"));
    m_printButton->setObjectName(QStringLiteral("printWorklistButton"));
    for (QPushButton *button : {m_previous, m_today, m_tomorrow, m_next, m_printButton, m_pdfButton})
        button->setAutoDefault(false);
    m_dateEdit->setObjectName(QStringLiteral("pharmacyDate"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(tr("ddd d MMM yyyy", "date format"));
    m_dateEdit->setAccessibleName(tr("Date"));
    m_dateEdit->setToolTip(tr("Go to a date"));

    const auto shortcut = [this](QKeyCombination keys, const std::function<void()> &slot) {
        auto *s = new QShortcut(QKeySequence(keys), this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(Qt::ALT | Qt::Key_Left, [this] { setDate(m_date.addDays(-1)); });
    shortcut(Qt::ALT | Qt::Key_Right, [this] { setDate(m_date.addDays(1)); });
    shortcut(Qt::ALT | Qt::Key_Home, [this] { setDate(m_workspace.today()); });

    for (QWidget *control :
        std::initializer_list<QWidget *> {m_previous, m_today, m_tomorrow, m_next, m_dateEdit})
        m_header->addControl(control);
    m_header->addGap();
    m_header->addControl(m_printButton);
    m_header->addControl(m_pdfButton);
    layout->addWidget(m_header);

    m_summary->setObjectName(QStringLiteral("pharmacySummary"));
    m_summary->setAccessibleName(tr("Doses of the day"));
    layout->addWidget(m_summary);
    layout->addWidget(m_problem);

    m_table->setObjectName(QStringLiteral("doseTable"));
    m_table->setAccessibleName(tr("Doses, earliest first"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(line * 2);
    QHeaderView *header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DoseModel::ChangeColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    m_detail->setObjectName(QStringLiteral("doseDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_prepared->setObjectName(QStringLiteral("markPreparedButton"));
    m_prepared->setToolTip(tr("The dose is compounded: its beyond-use clock starts now (Ctrl+Return)"));
    m_notReady->setObjectName(QStringLiteral("markNotReadyButton"));
    m_notReady->setToolTip(tr("The dose is not ready after all"));
    m_wasted->setObjectName(QStringLiteral("markWastedButton"));
    m_wasted->setToolTip(tr("Write the dose off, saying why (Delete)"));
    for (QPushButton *button : {m_prepared, m_notReady, m_wasted})
        button->setAutoDefault(false);
    shortcut(Qt::CTRL | Qt::Key_Return, [this] { markPrepared(); });
    shortcut(Qt::CTRL | Qt::Key_Enter, [this] { markPrepared(); });
    auto *wastedKey = new QShortcut(QKeySequence(Qt::Key_Delete), m_table);
    wastedKey->setContext(Qt::WidgetShortcut);
    connect(wastedKey, &QShortcut::activated, this, &PharmacyView::markWasted);

    auto *actions = new QHBoxLayout;
    actions->setSpacing(line * 3 / 4);
    actions->addWidget(m_detail, 1);
    actions->addWidget(m_prepared);
    actions->addWidget(m_notReady);
    actions->addWidget(m_wasted);
    layout->addLayout(actions);

    m_feedback->setObjectName(QStringLiteral("pharmacyFeedback"));
    m_feedback->setWordWrap(true);
    m_feedback->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_feedback->hide();
    layout->addWidget(m_feedback);

    setTabOrder(m_previous, m_today);
    setTabOrder(m_today, m_tomorrow);
    setTabOrder(m_tomorrow, m_next);
    setTabOrder(m_next, m_dateEdit);
    setTabOrder(m_dateEdit, m_printButton);
    setTabOrder(m_printButton, m_pdfButton);
    setTabOrder(m_pdfButton, m_table);
    setTabOrder(m_table, m_prepared);
    setTabOrder(m_prepared, m_notReady);
    setTabOrder(m_notReady, m_wasted);
    setFocusProxy(m_table);
}

QString PharmacyView::feedback() const
{
    return m_feedback->isHidden() ? QString() : m_feedback->text();
}

QString PharmacyView::problem() const
{
    return m_problem->message();
}

void PharmacyView::setDate(QDate date)
{
    if (!date.isValid() || date == m_date)
        return;
    m_date = date;
    m_feedback->hide();
    reload();
}

void PharmacyView::scheduleReload()
{
    // Many changes in one commit (a reschedule touches two appointments) make one read.
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, [this] {
        m_reloadPending = false;
        reload();
    });
}

void PharmacyView::reload()
{
    const Center &center = m_workspace.center();
    {
        const QSignalBlocker block(m_dateEdit);
        m_dateEdit->setDate(m_date);
    }
    const QString day = QLocale().toString(m_date, tr("dddd d MMMM yyyy", "date format"));
    const QDate today = m_workspace.today();
    m_header->setDateText(m_date == today ? tr("%1 · today").arg(day)
            : m_date == today.addDays(1)  ? tr("%1 · tomorrow").arg(day)
                                          : day);
    m_today->setEnabled(m_date != today);
    m_tomorrow->setEnabled(m_date != today.addDays(1));
    if (center.id == 0) {
        m_model->setDay(PharmacyDay {});
        m_summary->clear();
        m_problem->setMessage(tr("No center is chosen for this desk, so there are no doses to show."));
        return;
    }
    const qint64 selected = selectedAppointment();
    try {
        m_model->setDay(PharmacyDay::load(m_workspace.store(), center, m_date));
        m_problem->setMessage({});
    } catch (const Error &error) {
        // The list stays as it was, and says it may be out of date.
        m_problem->setMessage(tr("The doses could not be read: %1 The list may be out of date; press F5 to "
                                 "try again.")
                                  .arg(error.message()));
    }
    showDay();
    if (selected != 0)
        selectAppointment(selected);
    if (selectedAppointment() == 0 && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    updateActions();
}

void PharmacyView::showDay()
{
    const PharmacyDay &day = m_model->day();
    if (day.doses.isEmpty()) {
        m_summary->setText(tr("No doses to prepare for this day."));
        return;
    }
    QStringList parts {tr("%n to prepare", nullptr, day.toPrepare()), tr("%n ready", nullptr, day.ready())};
    if (day.orphans() > 0)
        parts << (day.orphans() == 1 ? tr("1 orphan dose") : tr("%1 orphan doses").arg(day.orphans()));
    if (day.lateChanges() > 0)
        parts << (day.lateChanges() == 1 ? tr("1 late change")
                                         : tr("%1 late changes").arg(day.lateChanges()));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

bool PharmacyView::selectAppointment(qint64 appointmentId)
{
    const int row = m_model->rowOf(appointmentId);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

qint64 PharmacyView::selectedAppointment() const
{
    const DoseLine *line = selectedLine();
    return line ? line->appointment.id : 0;
}

const DoseLine *PharmacyView::selectedLine() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount())
        return nullptr;
    return &m_model->line(current.row());
}

QString PharmacyView::lineName(const DoseLine &line) const
{
    return tr("%1 for %2 at %3")
        .arg(line.therapy.name, line.patient.displayName(),
            CenterTime::toLocal(m_model->day().center, line.appointment.startUtc)
                .toString(QStringLiteral("HH:mm")));
}

void PharmacyView::updateActions()
{
    const DoseLine *line = selectedLine();
    const bool may
        = roleMay(m_workspace.user().role, Permission::PrepareDose) && !m_workspace.user().name.isEmpty();
    const auto allows = [&](PrepState to) {
        return may && line && DoseService::allows(line->appointment.status, line->appointment.prep, to);
    };
    m_prepared->setEnabled(allows(PrepState::Ready) && line->appointment.prep != PrepState::Ready);
    m_notReady->setEnabled(allows(PrepState::NotReady) && line->appointment.prep != PrepState::NotReady);
    m_wasted->setEnabled(allows(PrepState::Wasted));
    if (!line) {
        m_detail->setText(m_model->rowCount() > 0 ? tr("Choose a dose.") : QString());
        return;
    }
    QString text = tr("%1 · appointment %2, %3")
                       .arg(lineName(*line))
                       .arg(line->appointment.id)
                       .arg(statusLabel(line->appointment.status).toLower());
    const QString change = m_model->changeText(*line);
    if (!change.isEmpty())
        text += QStringLiteral(" · ") + change;
    m_detail->setText(text);
}

void PharmacyView::markPrepared()
{
    record(PrepState::Ready);
}

void PharmacyView::markNotReady()
{
    record(PrepState::NotReady);
}

void PharmacyView::markWasted()
{
    const DoseLine *line = selectedLine();
    if (!line || !m_wasted->isEnabled())
        return;
    if (m_dialog)
        m_dialog->close();
    const qint64 id = line->appointment.id;
    m_dialog = new WastedDoseDialog(lineName(*line), this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (line->orphan)
        m_dialog->reasonField()->setText(line->replacedById != 0        ? tr("appointment moved")
                : line->appointment.status == AppointmentStatus::NoShow ? tr("patient did not come")
                                                                        : tr("appointment cancelled"));
    connect(m_dialog, &QDialog::accepted, this, [this, id] {
        const QString reason = m_dialog->reason();
        if (selectAppointment(id))
            record(PrepState::Wasted, reason);
        else
            say(tr("The dose is no longer on this day's list; nothing was recorded."), true);
    });
    m_dialog->open();
}

void PharmacyView::record(PrepState state, const QString &reason)
{
    const DoseLine *line = selectedLine();
    if (!line)
        return;
    const qint64 id = line->appointment.id;
    const QString name = lineName(*line);
    try {
        const Appointment done = DoseService(m_workspace.store(), m_workspace.clock())
                                     .record(m_workspace.user(), id, state, reason);
        reload();
        const DoseLine *now = m_model->day().line(id);
        switch (state) {
        case PrepState::Ready:
            say(now && now->usableUntilUtc.isValid()
                    ? tr("The dose of %1 is ready; usable until %2.")
                          .arg(name,
                              QLocale().toString(
                                  CenterTime::toLocal(m_model->day().center, now->usableUntilUtc),
                                  tr("ddd d MMM HH:mm", "date format")))
                    : tr("The dose of %1 is ready.").arg(name),
                false);
            break;
        case PrepState::NotReady:
            say(tr("The dose of %1 is marked not ready.").arg(name), false);
            break;
        default:
            say(tr("The dose of %1 is marked wasted: %2").arg(name, done.wastedReason), false);
            break;
        }
    } catch (const Error &error) {
        say(tr("The dose of %1 was not recorded: %2").arg(name, error.message()), true);
    }
}

void PharmacyView::say(const QString &text, bool problem)
{
    QPalette palette = m_feedback->palette();
    palette.setColor(QPalette::WindowText,
        problem ? QColor(0xb0, 0x35, 0x26) : this->palette().color(QPalette::WindowText));
    m_feedback->setPalette(palette);
    m_feedback->setText(text);
    m_feedback->show();
}

std::unique_ptr<QTextDocument> PharmacyView::worklistDocument() const
{
    // Paper is always light: dark ink, pale fills, whatever the screen shows.
    const PharmacyDay &day = m_model->day();
    const Center &center = day.center.id != 0 ? day.center : m_workspace.center();
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString html = QStringLiteral("<html><body style=\"color:#1d2630\">");
    html += QStringLiteral("<p style=\"font-size:15pt; font-weight:bold; margin:0\">%1</p>")
                .arg(esc(tr("%1 — pharmacy worklist").arg(center.name)));
    html += QStringLiteral("<p style=\"font-size:11pt; margin-top:2px\">%1</p>")
                .arg(esc(QLocale().toString(m_date, tr("dddd d MMMM yyyy", "date format"))
                    + QStringLiteral(" · ") + m_summary->text()));
    html
        += QStringLiteral("<p style=\"color:#5b6670; font-size:8pt\">%1</p>")
               .arg(esc(tr("Printed %1 by %2")
                            .arg(QLocale().toString(CenterTime::toLocal(center, m_workspace.clock().nowUtc()),
                                     tr("d MMM yyyy HH:mm", "date format")),
                                m_workspace.user().name)));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" border=\"1\" "
                           "style=\"border-color:#c9d1d6; border-style:solid; border-collapse:collapse; "
                           "font-size:9pt\">");
    html += QStringLiteral("<tr style=\"background-color:#e9eff1\">");
    for (int column = 0; column < DoseModel::ColumnCount; ++column)
        html += QStringLiteral("<th align=\"left\">%1</th>")
                    .arg(esc(m_model->headerData(column, Qt::Horizontal).toString()));
    html += QStringLiteral("<th align=\"left\" width=\"9%\">%1</th></tr>").arg(esc(tr("Initials")));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const DoseLine &line = m_model->line(row);
        const QString fill = line.orphan ? QStringLiteral("#f1f1f1")
            : line.isLateChange()        ? QStringLiteral("#fff3d6")
                                         : QStringLiteral("#ffffff");
        html += QStringLiteral("<tr style=\"background-color:%1\">").arg(fill);
        for (int column = 0; column < DoseModel::ColumnCount; ++column) {
            const QString text = m_model->data(m_model->index(row, column)).toString();
            const bool bold = column == DoseModel::ChangeColumn
                || (column == DoseModel::DoseColumn && line.appointment.prep != PrepState::Ready);
            html += bold && !text.isEmpty() ? QStringLiteral("<td><b>%1</b></td>").arg(esc(text))
                                            : QStringLiteral("<td>%1</td>").arg(esc(text));
        }
        html += QStringLiteral("<td>&nbsp;</td></tr>");
    }
    if (m_model->rowCount() == 0)
        html += QStringLiteral("<tr><td colspan=\"%1\">%2</td></tr>")
                    .arg(DoseModel::ColumnCount + 1)
                    .arg(esc(tr("No doses to prepare for this day.")));
    html += QStringLiteral("</table></body></html>");

    auto document = std::make_unique<QTextDocument>();
    QFont font = this->font();
    font.setPointSizeF(9);
    document->setDefaultFont(font);
    document->setHtml(html);
    return document;
}

bool PharmacyView::printTo(QPagedPaintDevice *device) const
{
    device->setPageOrientation(QPageLayout::Landscape);
    worklistDocument()->print(device);
    if (auto *printer = dynamic_cast<QPrinter *>(device))
        return printer->printerState() != QPrinter::Error;
    return true;
}

bool PharmacyView::savePdf(const QString &path) const
{
    {
        // QPdfWriter says nothing when it cannot write: find out first.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return false;
    }
    QPdfWriter writer(path);
    preparePdfPage(writer,
        tr("%1 — pharmacy worklist, %2")
            .arg(m_workspace.center().name, QLocale().toString(m_date, tr("d MMMM yyyy", "date format"))));
    return printTo(&writer);
}

void PharmacyView::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(tr("Pharmacy worklist %1").arg(m_date.toString(Qt::ISODate)));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the pharmacy worklist"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!printTo(&printer)) {
        say(tr("The worklist could not be printed: the printer could not be started. Check that it is "
               "switched "
               "on and connected, or save the worklist as a PDF instead."),
            true);
    }
}

void PharmacyView::saveAsPdf()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString suggested
        = QDir(folder).filePath(QStringLiteral("pharmacy-%1.pdf").arg(m_date.toString(Qt::ISODate)));
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save the pharmacy worklist as PDF"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    if (!savePdf(path)) {
        say(tr("%1 could not be written. Choose a folder you may write to, or close the file if another "
               "program "
               "has it open.")
                .arg(QDir::toNativeSeparators(path)),
            true);
    } else {
        say(tr("The worklist was saved as %1.").arg(QDir::toNativeSeparators(path)), false);
    }
}

} // namespace chairside
