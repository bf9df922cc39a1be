#include "booking/slotdialog.h"

#include "access/permission.h"
#include "booking/slippreview.h"
#include "booking/slotlistmodel.h"
#include "common/error.h"
#include "scheduling/appointmentcode.h"
#include "scheduling/bookingservice.h"
#include "scheduling/centertime.h"
#include "scheduling/rescheduleservice.h"
#include "scheduling/slotservice.h"
#include "store/store.h"
#include "text/desktext.h"
#include "widgets/errornotice.h"
#include "widgets/roomyitemdelegate.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSet>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace chairside {

namespace {

QLabel *heading(const QString &text, QWidget *parent, qreal scale = 1.45)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setWeight(QFont::DemiBold);
    label->setFont(f);
    label->setWordWrap(true);
    return label;
}

/// A framed note with an icon: the reason for the move, in the engine's words.
QWidget *note(QStyle::StandardPixmap icon, const QString &text, QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("reasonNote"));
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    frame->setBackgroundRole(QPalette::AlternateBase);
    auto *layout = new QHBoxLayout(frame);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(12);
    auto *iconLabel = new QLabel(frame);
    const int size = frame->fontMetrics().height() * 2;
    iconLabel->setPixmap(frame->style()->standardIcon(icon).pixmap(size, size));
    iconLabel->setAlignment(Qt::AlignTop);
    auto *textLabel = new QLabel(text, frame);
    textLabel->setWordWrap(true);
    textLabel->setObjectName(QStringLiteral("reasonText"));
    QFont f = textLabel->font();
    f.setPointSizeF(f.pointSizeF() * 1.1);
    textLabel->setFont(f);
    layout->addWidget(iconLabel);
    layout->addWidget(textLabel, 1);
    frame->setAccessibleName(SlotDialog::tr("Why"));
    frame->setAccessibleDescription(text);
    return frame;
}

} // namespace

QString SlotDialog::Records::chairPhrase(qint64 chairId) const
{
    const auto found = chairs.constFind(chairId);
    return DeskText::chairPhrase(found == chairs.cend() ? nullptr : &*found, chairId);
}

QString SlotDialog::Records::therapyName(qint64 therapyId) const
{
    const auto found = therapies.constFind(therapyId);
    return DeskText::therapyName(found == therapies.cend() ? nullptr : &*found);
}

std::optional<SlotDialog::Records> SlotDialog::read(Workspace &workspace, qint64 patientId, QWidget *parent)
{
    try {
        Store &store = workspace.store();
        Records records;
        const auto patient = store.patient(patientId);
        if (!patient)
            throw Error(Error::Kind::NotFound, tr("The patient's record is no longer on file."));
        records.patient = *patient;
        records.orders = store.ordersOfPatient(patientId);
        for (const Chair &chair : store.chairs(workspace.center().id, false))
            records.chairs.insert(chair.id, chair);
        for (const Therapy &therapy : store.therapies())
            records.therapies.insert(therapy.id, therapy);
        return records;
    } catch (const Error &error) {
        ErrorNotice::show(parent, tr("The booking could not be opened"), error);
        return std::nullopt;
    }
}

SlotDialog *SlotDialog::reschedule(Workspace &workspace, const Appointment &appointment, const QString &why,
    const QString &historyReason, QWidget *parent)
{
    auto records = read(workspace, appointment.patientId, parent);
    if (!records)
        return nullptr;
    return new SlotDialog(
        workspace, Mode::Reschedule, std::move(*records), appointment, why, historyReason, parent);
}

SlotDialog *SlotDialog::book(
    Workspace &workspace, const Patient &patient, const QString &why, QWidget *parent)
{
    auto records = read(workspace, patient.id, parent);
    if (!records)
        return nullptr;
    return new SlotDialog(workspace, Mode::Book, std::move(*records), std::nullopt, why, {}, parent);
}

SlotDialog::SlotDialog(Workspace &workspace, Mode mode, Records records,
    const std::optional<Appointment> &appointment, const QString &why, const QString &historyReason,
    QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_mode(mode)
    , m_records(std::move(records))
    , m_appointment(appointment)
    , m_historyReason(historyReason)
    , m_pages(new QStackedWidget(this))
    , m_model(new SlotListModel(this))
{
    setObjectName(
        mode == Mode::Reschedule ? QStringLiteral("rescheduleDialog") : QStringLiteral("bookDialog"));
    setWindowTitle(mode == Mode::Reschedule ? tr("Reschedule — %1").arg(m_patient.displayName())
                                            : tr("Book — %1").arg(m_patient.displayName()));
    setAccessibleName(windowTitle());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    buildChoosePage(why);
    buildDonePage();
    const QFontMetrics fm = fontMetrics();
    resize(fm.averageCharWidth() * 140, fm.height() * 44);
    loadSlots();
}

void SlotDialog::buildChoosePage(const QString &why)
{
    auto *page = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    const Center &center = m_workspace.center();
    const QDate today = m_workspace.today();

    layout->addWidget(heading(m_mode == Mode::Reschedule
            ? tr("Move the appointment of %1").arg(DeskText::spokenName(m_patient))
            : tr("Book an appointment for %1").arg(DeskText::spokenName(m_patient)),
        page));
    if (!why.isEmpty())
        layout->addWidget(note(QStyle::SP_MessageBoxInformation, why, page));

    if (m_appointment) {
        auto *now = new QLabel(tr("Now booked: %1, %2 · %3")
                                   .arg(DeskText::when(center, m_appointment->startUtc, today),
                                       m_records.chairPhrase(m_appointment->chairId),
                                       m_records.therapyName(m_appointment->therapyId)),
            page);
        now->setWordWrap(true);
        layout->addWidget(now);
    }

    auto *controls = new QHBoxLayout;
    controls->setSpacing(10);
    if (m_mode == Mode::Book) {
        m_therapy = new QComboBox(page);
        m_therapy->setObjectName(QStringLiteral("therapyCombo"));
        m_therapy->setAccessibleName(tr("Therapy"));
        // Only what a prescriber ordered for this patient can be booked; the latest order first.
        QSet<qint64> seen;
        for (const PrescriberOrder &order : std::as_const(m_records.orders)) {
            if (seen.contains(order.therapyId))
                continue;
            seen.insert(order.therapyId);
            if (const auto therapy = m_records.therapies.constFind(order.therapyId);
                therapy != m_records.therapies.cend()) {
                m_therapies << *therapy;
                m_therapy->addItem(tr("%1 — order valid until %2")
                                       .arg(therapy->displayName(), DeskText::day(order.validTo, today)),
                    therapy->id);
            }
        }
        auto *therapyLabel = new QLabel(tr("&Therapy:"), page);
        therapyLabel->setBuddy(m_therapy);
        controls->addWidget(therapyLabel);
        controls->addWidget(m_therapy, 1);
        controls->addSpacing(16);
        connect(m_therapy, &QComboBox::currentIndexChanged, this, &SlotDialog::loadSlots);
    }
    m_from = new QDateEdit(today, page);
    m_from->setObjectName(QStringLiteral("lookFromDate"));
    m_from->setAccessibleName(tr("Look for slots from"));
    m_from->setCalendarPopup(true);
    m_from->setMinimumDate(today);
    m_from->setDisplayFormat(tr("ddd d MMM yyyy", "date format"));
    auto *fromLabel = new QLabel(tr("&Look from:"), page);
    fromLabel->setBuddy(m_from);
    controls->addWidget(fromLabel);
    controls->addWidget(m_from);
    m_later = new QPushButton(tr("Later s&lots ›"), page);
    m_later->setObjectName(QStringLiteral("laterSlotsButton"));
    m_later->setAccessibleName(tr("Show later slots"));
    m_later->setAutoDefault(false);
    controls->addWidget(m_later);
    if (m_mode == Mode::Reschedule)
        controls->addStretch(1);
    layout->addLayout(controls);
    connect(m_from, &QDateEdit::dateChanged, this, [this](QDate date) {
        m_notBeforeUtc
            = date <= m_workspace.today() ? QDateTime() : CenterTime::dayStartUtc(m_workspace.center(), date);
        loadSlots();
    });
    connect(m_later, &QPushButton::clicked, this, &SlotDialog::laterSlots);

    m_view = new QTreeView(page);
    m_view->setObjectName(QStringLiteral("slotView"));
    //: Free times on a chair at which the infusion can be booked.
    m_view->setAccessibleName(tr("Free slots"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionsMovable(false);
    QFont bigger = m_view->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.12);
    m_view->setFont(bigger);
    m_view->setItemDelegate(new RoomyItemDelegate(10, m_view));
    layout->addWidget(m_view, 1);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SlotDialog::updateConfirm);
    connect(m_view, &QTreeView::doubleClicked, this, &SlotDialog::confirm);

    m_empty = new QLabel(page);
    m_empty->setObjectName(QStringLiteral("noSlotsText"));
    m_empty->setWordWrap(true);
    m_empty->setVisible(false);
    layout->addWidget(m_empty);

    m_nurseNote = new QLabel(page);
    m_nurseNote->setObjectName(QStringLiteral("nurseNote"));
    m_nurseNote->setWordWrap(true);
    m_nurseNote->setVisible(false);
    layout->addWidget(m_nurseNote);

    auto *buttons = new QDialogButtonBox(page);
    //: A verb: book the appointment at the slot chosen.
    m_confirm = buttons->addButton(tr("Book"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmSlotButton"));
    m_confirm->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    connect(m_confirm, &QPushButton::clicked, this, &SlotDialog::confirm);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);

    setTabOrder(m_view, m_confirm);
    m_pages->addWidget(page);
}

void SlotDialog::buildDonePage()
{
    auto *page = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    m_doneTitle = heading(QString(), page, 1.6);
    m_doneTitle->setObjectName(QStringLiteral("doneTitle"));
    m_doneDetail = new QLabel(page);
    m_doneDetail->setWordWrap(true);
    m_doneDetail->setObjectName(QStringLiteral("doneDetail"));
    QFont f = m_doneDetail->font();
    f.setPointSizeF(f.pointSizeF() * 1.1);
    m_doneDetail->setFont(f);
    layout->addWidget(m_doneTitle);
    layout->addWidget(m_doneDetail);
    m_preview = new SlipPreview(page);
    layout->addWidget(m_preview, 1);
    m_doneStatus = new QLabel(page);
    m_doneStatus->setObjectName(QStringLiteral("slipStatus"));
    m_doneStatus->setWordWrap(true);
    layout->addWidget(m_doneStatus);

    auto *buttons = new QDialogButtonBox(page);
    QPushButton *print = buttons->addButton(tr("&Print slip…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printSlipButton"));
    QPushButton *pdf = buttons->addButton(tr("&Save slip as PDF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("saveSlipButton"));
    //: Closes the dialog once the appointment is booked.
    QPushButton *done = buttons->addButton(tr("&Done"), QDialogButtonBox::AcceptRole);
    done->setObjectName(QStringLiteral("doneButton"));
    print->setAutoDefault(false);
    pdf->setAutoDefault(false);
    connect(print, &QPushButton::clicked, this, &SlotDialog::printSlip);
    connect(pdf, &QPushButton::clicked, this, &SlotDialog::saveSlip);
    connect(done, &QPushButton::clicked, this, &QDialog::accept);
    layout->addWidget(buttons);
    m_pages->addWidget(page);
}

qint64 SlotDialog::therapyId() const
{
    if (m_appointment)
        return m_appointment->therapyId;
    return m_therapy && m_therapy->currentIndex() >= 0 ? m_therapy->currentData().toLongLong() : 0;
}

void SlotDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // The receptionist starts in the list, on the earliest slot: Enter books it.
    if (m_pages->currentIndex() == 0)
        m_view->setFocus(Qt::OtherFocusReason);
}

void SlotDialog::lookFrom(QDate date)
{
    m_from->setDate(date);
}

void SlotDialog::loadSlots()
{
    Store &store = m_workspace.store();
    const Center &center = m_workspace.center();
    QList<Slot> offered;
    QString emptyText;
    try {
        SlotService finder(store, m_workspace.clock());
        if (m_mode == Mode::Reschedule) {
            offered = finder.forAppointment(m_appointment->id, kSlotsShown, m_notBeforeUtc);
        } else if (therapyId() != 0) {
            offered = finder.forPatient(m_patient.id, therapyId(), center.id, kSlotsShown, m_notBeforeUtc);
        } else {
            emptyText = DeskText::noOrderOnFile(m_patient);
        }
        if (offered.isEmpty() && therapyId() != 0) {
            const BookingWindow window
                = finder.window(center, m_patient.id, therapyId(), m_mode == Mode::Book);
            emptyText = window.isOpen()
                ? tr("No chair is free for this infusion in the year from %1. Try another date.")
                      .arg(QLocale().toString(m_from->date(), tr("d MMMM yyyy", "date format")))
                : window.closedReason;
        }
    } catch (const Error &error) {
        emptyText = error.message();
    }
    QStringList chairs;
    for (const Slot &slot : offered)
        chairs << m_records.chairPhrase(slot.chairId);
    m_model->setSlots(center, m_workspace.today(), offered, chairs);
    for (int column = 0; column < SlotListModel::ColumnCount - 1; ++column)
        m_view->resizeColumnToContents(column);
    m_empty->setText(emptyText);
    m_empty->setVisible(!emptyText.isEmpty());
    m_later->setEnabled(!offered.isEmpty());
    if (!offered.isEmpty())
        m_view->setCurrentIndex(m_model->index(0, 0));
    updateConfirm();
    m_view->setFocus();
}

void SlotDialog::laterSlots()
{
    if (m_model->count() == 0)
        return;
    // The next page starts just after the latest slot listed (the list may be ranked otherwise); the date
    // field follows without reloading.
    QDateTime latest = m_model->slotAt(0).startUtc;
    for (int row = 1; row < m_model->count(); ++row)
        latest = std::max(latest, m_model->slotAt(row).startUtc);
    m_notBeforeUtc = latest.addSecs(60);
    {
        const QSignalBlocker blocker(m_from);
        m_from->setDate(CenterTime::localDate(m_workspace.center(), m_notBeforeUtc));
    }
    loadSlots();
}

void SlotDialog::updateConfirm()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        //: A verb: move the appointment to the slot chosen.
        m_confirm->setText(m_mode == Mode::Reschedule ? tr("Move") : tr("Book"));
        m_confirm->setEnabled(false);
        m_nurseNote->setVisible(false);
        return;
    }
    const Slot &slot = m_model->slotAt(current.row());
    std::optional<NurseProblem> problem;
    try {
        problem = BookingService(m_workspace.store(), m_workspace.clock())
                      .nurseProblem(m_workspace.center(), slot.startUtc, slot.minutes,
                          m_appointment ? m_appointment->id : 0);
    } catch (const Error &) {
        // Only a warning: when the store cannot say, booking still checks what it must.
    }
    m_nurseNote->setText(problem
            ? tr("⚠ Beyond what the nurses can take: %1. It can still be booked.").arg(problem->describe())
            : QString());
    m_nurseNote->setVisible(problem.has_value());
    const QString when = DeskText::when(m_workspace.center(), slot.startUtc, m_workspace.today());
    m_confirm->setText(m_mode == Mode::Reschedule
            ? tr("&Move to %1, %2").arg(when, m_model->chairPhrase(current.row()))
            : tr("&Book %1, %2").arg(when, m_model->chairPhrase(current.row())));
    m_confirm->setEnabled(true);
}

void SlotDialog::confirm()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || m_booked)
        return;
    const Slot slot = m_model->slotAt(current.row());
    try {
        Appointment written;
        if (m_mode == Mode::Reschedule) {
            RescheduleRequest request;
            request.appointmentId = m_appointment->id;
            request.startUtc = slot.startUtc;
            request.chairId = slot.chairId;
            request.reason = m_historyReason;
            written = RescheduleService(m_workspace.store(), m_workspace.clock())
                          .reschedule(m_workspace.user(), request);
        } else {
            requirePermissionAt(
                m_workspace.store(), m_workspace.user(), Permission::Book, m_workspace.center().id);
            BookingRequest request;
            request.patientId = m_patient.id;
            request.therapyId = therapyId();
            request.centerId = m_workspace.center().id;
            request.startUtc = slot.startUtc;
            request.chairId = slot.chairId;
            request.user = m_workspace.user().name;
            written = BookingService(m_workspace.store(), m_workspace.clock()).book(request);
        }
        m_booked = written;
    } catch (const Error &error) {
        ErrorNotice::show(this,
            m_mode == Mode::Reschedule ? tr("The appointment was not moved") : tr("Nothing was booked"),
            error);
        loadSlots();
        return;
    }
    // Written: from here on nothing reads the store, so nothing can say it was not.
    showDone(*m_booked);
    Q_EMIT appointmentBooked(*m_booked, m_mode == Mode::Reschedule ? m_appointment->id : 0);
}

void SlotDialog::showDone(const Appointment &appointment)
{
    const Center &center = m_workspace.center();
    const auto chair = m_records.chairs.constFind(appointment.chairId);
    const auto therapy = m_records.therapies.constFind(appointment.therapyId);
    m_slip = ConfirmationSlip::forAppointment(center, appointment, m_patient,
        chair == m_records.chairs.cend() ? nullptr : &*chair,
        therapy == m_records.therapies.cend() ? nullptr : &*therapy);
    m_preview->setSlip(m_slip);
    m_doneTitle->setText(tr("✓ Booked: %1, %2")
                             .arg(DeskText::when(center, appointment.startUtc, m_workspace.today()),
                                 m_records.chairPhrase(appointment.chairId)));
    QString detail = tr("%1 · %2 · appointment code %3")
                         .arg(DeskText::spokenName(m_patient), m_records.therapyName(appointment.therapyId),
                             AppointmentCode::format(appointment.id));
    if (m_appointment) {
        detail += QLatin1Char('\n')
            + tr("The appointment %1 is cancelled and replaced by this one.")
                  .arg(DeskText::when(center, m_appointment->startUtc, m_workspace.today()));
    }
    m_doneDetail->setText(detail);
    m_pages->setCurrentIndex(1);
    if (auto *done = findChild<QPushButton *>(QStringLiteral("doneButton"))) {
        done->setDefault(true);
        done->setFocus();
    }
}

void SlotDialog::printSlip()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::Letter));
    printer.setDocName(tr("Appointment %1").arg(m_slip.code));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the confirmation slip"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_slip.print(printer))
        m_doneStatus->setText(tr("The slip was sent to %1.").arg(printer.printerName()));
    else
        ErrorNotice::show(this, tr("The slip was not printed"),
            tr("The printer could not be started. Check that it is on and connected, or save the slip as a "
               "PDF."));
}

void SlotDialog::saveSlip()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the confirmation slip"),
        QDir(folder).filePath(m_slip.code + QStringLiteral(".pdf")), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (m_slip.writePdf(path))
        m_doneStatus->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
    else
        ErrorNotice::show(this, tr("The slip was not saved"),
            tr("%1 could not be written. Choose a folder you may write to.")
                .arg(QDir::toNativeSeparators(path)));
}

} // namespace chairside
