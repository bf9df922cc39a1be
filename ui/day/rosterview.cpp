#include "day/rosterview.h"

#include "common/clock.h"
#include "common/error.h"
#include "day/appointmentdetailsdialog.h"
#include "day/dayschedule.h"
#include "day/nurseloadstrip.h"
#include "day/rosterwidget.h"
#include "export/rostercsv.h"
#include "scheduling/centertime.h"
#include "store/store.h"
#include "widgets/errornotice.h"
#include "widgets/pageheader.h"
#include "widgets/pdfpage.h"
#include "widgets/problembanner.h"
#include "widgets/statuscountsbar.h"
#include "workspace/workspace.h"

#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace chairside {

namespace {

/// "37 h 30", "45 min".
QString hoursAndMinutes(qint64 minutes)
{
    if (minutes < 60)
        return RosterView::tr("%1 min").arg(minutes);
    if (minutes % 60 == 0)
        return RosterView::tr("%1 h").arg(minutes / 60);
    return RosterView::tr("%1 h %2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

/// How wide a printed page is in the painter's units: about as many as a roster on a wide screen, so
/// that the page reads like the screen with text at a printable size.
constexpr double kPageUnits = 1250;

} // namespace

RosterView::RosterView(Workspace &workspace, QWidget *parent)
    : RosterView(workspace, *new DaySchedule(workspace), parent)
{
    m_todaySchedule->setParent(this);
}

RosterView::RosterView(Workspace &workspace, DaySchedule &today, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_todaySchedule(&today)
    , m_header(new PageHeader(tr("Chair roster"), tr("Date shown"), this))
    , m_previous(new QPushButton(tr("Previous day"), this))
    , m_today(new QPushButton(tr("Today"), this))
    , m_next(new QPushButton(tr("Next day"), this))
    , m_dateEdit(new QDateEdit(this))
    , m_printButton(new QPushButton(tr("Print…"), this))
    , m_pdfButton(new QPushButton(tr("Save as PDF…"), this))
    , m_csvButton(new QPushButton(tr("Export CSV…"), this))
    , m_counts(new StatusCountsBar(this))
    , m_utilization(new QLabel(this))
    , m_problem(new ProblemBanner(this))
    , m_nurseStrip(new NurseLoadStrip(this))
    , m_scroll(new QScrollArea(this))
    , m_roster(new RosterWidget(this))
{
    setAccessibleName(tr("Chair roster"));
    buildLayout();

    connect(m_previous, &QPushButton::clicked, this, &RosterView::showPreviousDay);
    connect(m_today, &QPushButton::clicked, this, &RosterView::showToday);
    connect(m_next, &QPushButton::clicked, this, &RosterView::showNextDay);
    connect(m_dateEdit, &QDateEdit::dateChanged, this, &RosterView::setDate);
    connect(m_printButton, &QPushButton::clicked, this, &RosterView::print);
    connect(m_pdfButton, &QPushButton::clicked, this, &RosterView::saveAsPdf);
    connect(m_csvButton, &QPushButton::clicked, this, &RosterView::exportCsv);
    connect(m_roster, &RosterWidget::appointmentActivated, this, &RosterView::openAppointment);
    m_roster->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_roster, &QWidget::customContextMenuRequested, this, &RosterView::showBlockMenu);
    connect(m_roster, &RosterWidget::currentAppointmentChanged, this, &RosterView::ensureCurrentVisible);
    // The roster keeps its hours header at the top of what shows: repaint it whole as it scrolls.
    connect(
        m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, m_roster, qOverload<>(&QWidget::update));

    follow(m_todaySchedule);

    m_tick.setSingleShot(true);
    connect(&m_tick, &QTimer::timeout, this, &RosterView::tick);
    m_date = m_todaySchedule->date();
    showDay();
    scheduleTick();
}

RosterView::~RosterView() = default;

void RosterView::buildLayout()
{
    const int line = fontMetrics().height();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(line * 3 / 2, line, line * 3 / 2, line);
    layout->setSpacing(line * 3 / 4);

    m_previous->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_next->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_next->setLayoutDirection(Qt::RightToLeft); // the arrow after the words
    m_printButton->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_pdfButton->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_previous->setToolTip(tr("The day before (Alt+Left)"));
    m_today->setToolTip(tr("Today at the center (Alt+Home)"));
    m_next->setToolTip(tr("The day after (Alt+Right)"));
    m_printButton->setToolTip(tr("Print the day's roster (Ctrl+P)"));
    m_pdfButton->setToolTip(tr("Save the day's roster as a PDF file"));
    m_csvButton->setToolTip(tr("Save the day's appointments as a CSV file for a spreadsheet"));
    m_previous->setAccessibleName(tr("Previous day"));
    m_today->setAccessibleName(tr("Today"));
    m_next->setAccessibleName(tr("Next day"));
    m_printButton->setAccessibleName(tr("Print roster"));
    m_pdfButton->setAccessibleName(tr("Save roster as PDF"));
    m_csvButton->setAccessibleName(tr("Export roster as CSV"));
    for (QPushButton *button : {m_previous, m_today, m_next, m_printButton, m_pdfButton, m_csvButton})
        button->setAutoDefault(false);

    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(tr("ddd d MMM yyyy", "date format"));
    m_dateEdit->setAccessibleName(tr("Date"));
    m_dateEdit->setToolTip(tr("Go to a date"));

    const auto shortcut = [this](QKeyCombination keys, void (RosterView::*slot)()) {
        auto *s = new QShortcut(QKeySequence(keys), this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(Qt::ALT | Qt::Key_Left, &RosterView::showPreviousDay);
    shortcut(Qt::ALT | Qt::Key_Right, &RosterView::showNextDay);
    shortcut(Qt::ALT | Qt::Key_Home, &RosterView::showToday);

    for (QWidget *control : std::initializer_list<QWidget *> {m_previous, m_today, m_next, m_dateEdit})
        m_header->addControl(control);
    m_header->addGap();
    m_header->addControl(m_printButton);
    m_header->addControl(m_pdfButton);
    m_header->addControl(m_csvButton);
    layout->addWidget(m_header);

    m_utilization->setAccessibleName(tr("Chair utilization"));
    m_utilization->setToolTip(tr("The share of the chairs' open hours that appointments hold or held"));
    auto *summary = new QHBoxLayout;
    summary->setSpacing(line);
    summary->addWidget(m_counts);
    summary->addStretch(1);
    summary->addWidget(m_utilization);
    layout->addLayout(summary);
    layout->addWidget(m_problem);

    // Starts per 15 minutes and the nurses' load, over the roster's hours.
    layout->addWidget(m_nurseStrip);
    connect(m_roster, &RosterWidget::laidOut, this, [this] {
        m_nurseStrip->setDay(
            m_workspace.center(), m_roster->roster().nurses, m_roster->timeAxis(), m_scroll->frameWidth());
    });
    m_scroll->setWidget(m_roster);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setAccessibleName(tr("Chair roster"));
    layout->addWidget(m_scroll, 1);

    setTabOrder(m_previous, m_today);
    setTabOrder(m_today, m_next);
    setTabOrder(m_next, m_dateEdit);
    setTabOrder(m_dateEdit, m_printButton);
    setTabOrder(m_printButton, m_pdfButton);
    setTabOrder(m_pdfButton, m_csvButton);
    setTabOrder(m_csvButton, m_roster);
    setFocusProxy(m_roster);
}

void RosterView::setDate(QDate date)
{
    if (!date.isValid() || date == m_date)
        return;
    m_date = date;
    m_followToday = date == m_workspace.today();
    m_roster->setCurrentAppointment(0);
    m_scroll->verticalScrollBar()->setValue(0);
    if (date != m_todaySchedule->date()) {
        if (!m_otherSchedule) {
            m_otherSchedule = new DaySchedule(m_workspace, date, this);
            follow(m_otherSchedule);
        } else {
            m_otherSchedule->setDate(date);
        }
    }
    showDay();
}

void RosterView::follow(DaySchedule *day)
{
    connect(day, &DaySchedule::reloaded, this, [this, day] { onDayChanged(day); });
    connect(day, &DaySchedule::dayUpdated, this, [this, day] { onDayChanged(day); });
    connect(day, &DaySchedule::appointmentUpdated, this, [this, day] { onDayChanged(day); });
}

DaySchedule &RosterView::day() const
{
    if (m_date == m_todaySchedule->date() || !m_otherSchedule)
        return *m_todaySchedule;
    return *m_otherSchedule;
}

void RosterView::onDayChanged(DaySchedule *day)
{
    // Today's schedule moves on at midnight by itself; a nurse who was on today goes with it.
    if (day == m_todaySchedule && m_followToday && m_date != day->date()) {
        m_date = day->date();
        m_roster->setCurrentAppointment(0);
    }
    if (day == &this->day())
        showDay();
}

void RosterView::showToday()
{
    setDate(m_workspace.today());
}

void RosterView::showPreviousDay()
{
    setDate(m_date.addDays(-1));
}

void RosterView::showNextDay()
{
    setDate(m_date.addDays(1));
}

QString RosterView::dayTitle() const
{
    const QString day = QLocale().toString(m_date, tr("dddd d MMMM yyyy", "date format"));
    return m_date == m_workspace.today() ? tr("%1 · today").arg(day) : day;
}

QString RosterView::utilizationText() const
{
    const Roster &roster = m_roster->roster();
    if (roster.capacityMinutes <= 0)
        return tr("Closed");
    return tr("Chairs %1% in use · %2 of %3")
        .arg(int(std::lround(roster.utilization * 100)))
        .arg(hoursAndMinutes(roster.heldMinutes), hoursAndMinutes(roster.capacityMinutes));
}

void RosterView::reload()
{
    day().reload();
}

void RosterView::showDay()
{
    const DaySchedule &shown = day();
    const Center &center = shown.center();
    {
        const QSignalBlocker block(m_dateEdit);
        m_dateEdit->setDate(m_date);
    }
    m_header->setDateText(dayTitle());
    m_today->setEnabled(m_date != m_workspace.today());
    if (center.id == 0) {
        m_roster->setRoster(center, Roster {});
        m_counts->setCounts({});
        m_utilization->clear();
        m_problem->setMessage(tr("No center is chosen for this desk, so there is no roster to show."));
        return;
    }
    m_problem->setMessage(shown.problem());
    QScrollBar *scroll = m_scroll->verticalScrollBar();
    const int scrolled = scroll->value();
    m_roster->setNow(m_workspace.clock().nowUtc());
    m_roster->setRoster(center, shown.roster());
    m_counts->setCounts(shown.roster().counts);
    m_utilization->setText(utilizationText());
    scroll->setValue(std::min(scrolled, scroll->maximum()));
}

void RosterView::openAppointment(qint64 appointmentId)
{
    if (m_dialog)
        m_dialog->close();
    m_dialog = AppointmentDetailsDialog::openFor(m_workspace, appointmentId, this);
}

void RosterView::showBlockMenu(const QPoint &pos)
{
    // The mouse's block, or the keyboard's current one (the menu key).
    qint64 id = m_roster->appointmentAt(pos);
    if (id == 0)
        id = m_roster->currentAppointment();
    if (id == 0)
        return;
    QMenu menu(this);
    const QAction *details = menu.addAction(tr("Appointment &details…"));
    const QAction *patient = menu.addAction(tr("Open &patient page"));
    const QAction *chosen = menu.exec(m_roster->mapToGlobal(pos));
    if (chosen == details)
        openAppointment(id);
    else if (chosen == patient)
        openPatientOf(id);
}

void RosterView::openPatientOf(qint64 appointmentId)
{
    try {
        if (const auto appointment = m_workspace.store().appointment(appointmentId))
            Q_EMIT openPatientRequested(appointment->patientId, QStringLiteral("appointments"));
    } catch (const Error &error) {
        ErrorNotice::show(this, tr("The patient could not be opened"), error);
    }
}

void RosterView::ensureCurrentVisible()
{
    const QRect rect = m_roster->blockRect(m_roster->currentAppointment());
    if (rect.isEmpty())
        return;
    // Clear of the hours header that stays over the top of the rows.
    const int margin = fontMetrics().height() * 3;
    m_scroll->ensureVisible(
        rect.center().x(), rect.center().y(), rect.width() / 2, rect.height() / 2 + margin);
}

bool RosterView::printTo(QPagedPaintDevice *device)
{
    device->setPageOrientation(QPageLayout::Landscape);
    QPainter painter;
    if (!painter.begin(device))
        return false;
    paintPrinted(painter);
    return painter.end();
}

void RosterView::paintPrinted(QPainter &painter)
{
    painter.save();
    const QRect page = painter.viewport();
    const double scale = page.width() / kPageUnits;
    painter.scale(scale, scale);
    const double width = kPageUnits;
    const double height = page.height() / scale;
    painter.setRenderHint(QPainter::TextAntialiasing);

    // Pixel-sized fonts, so that text keeps its size against the scaled page whatever the resolution.
    QFont body = font();
    body.setPixelSize(13);
    QFont title = body;
    title.setPixelSize(22);
    title.setWeight(QFont::Bold);
    QFont subtitle = body;
    subtitle.setPixelSize(15);
    QFont small = body;
    small.setPixelSize(11);
    const QFontMetricsF titleMetrics(title);
    const QFontMetricsF subtitleMetrics(subtitle);

    const QColor ink(0x15, 0x1c, 0x24);
    const QColor muted(0x5b, 0x66, 0x70);
    const Center &center = m_workspace.center();
    double y = 0;
    painter.setPen(ink);
    painter.setFont(title);
    painter.drawText(QRectF(0, y, width, titleMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
        tr("%1 — chair roster").arg(center.name));
    const QDateTime now = m_workspace.clock().nowUtc();
    const QString printed = tr("Printed %1 by %2")
                                .arg(QLocale().toString(CenterTime::toLocal(center, now),
                                         tr("d MMM yyyy HH:mm", "date format")),
                                    m_workspace.user().name);
    painter.setFont(small);
    painter.setPen(muted);
    painter.drawText(QRectF(0, y, width, titleMetrics.height()), Qt::AlignRight | Qt::AlignVCenter, printed);
    y += titleMetrics.height() + 4;

    painter.setFont(subtitle);
    painter.setPen(ink);
    painter.drawText(QRectF(0, y, width, subtitleMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
        QLocale().toString(m_date, tr("dddd d MMMM yyyy", "date format")));
    y += subtitleMetrics.height() + 2;
    painter.setFont(body);
    const QString counts
        = tr("%1 · %2").arg(StatusCountsBar::summary(m_roster->roster().counts), utilizationText());
    painter.drawText(
        QRectF(0, y, width, QFontMetricsF(body).height()), Qt::AlignLeft | Qt::AlignVCenter, counts);
    y += QFontMetricsF(body).height() + 12;

    m_roster->paintPage(painter, QRectF(0, y, width, height - y), body);
    painter.restore();
}

bool RosterView::savePdf(const QString &path)
{
    QPdfWriter writer(path);
    preparePdfPage(writer,
        tr("%1 — chair roster, %2")
            .arg(m_workspace.center().name, QLocale().toString(m_date, tr("d MMMM yyyy", "date format"))));
    return printTo(&writer);
}

void RosterView::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(tr("Chair roster %1").arg(m_date.toString(Qt::ISODate)));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the chair roster"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!printTo(&printer)) {
        QMessageBox::warning(this, tr("The roster could not be printed"),
            tr("The printer could not be started. Check that it is switched on and connected, or save the "
               "roster "
               "as a PDF instead."));
    }
}

void RosterView::saveAsPdf()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString suggested
        = QDir(folder).filePath(QStringLiteral("roster-%1.pdf").arg(m_date.toString(Qt::ISODate)));
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save the chair roster as PDF"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    if (!savePdf(path)) {
        QMessageBox::warning(this, tr("The roster could not be saved"),
            tr("%1 could not be written. Choose a folder you may write to, or close the file if another "
               "program "
               "has it open.")
                .arg(QDir::toNativeSeparators(path)));
    }
}

bool RosterView::saveCsv(const QString &path)
{
    const DaySchedule &shown = day();
    const QByteArray csv = RosterCsv::write(shown.roster(), shown.center()).toUtf8();
    // Written whole, then renamed into place: a spreadsheet never opens half a day.
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(csv) == csv.size() && file.commit();
}

void RosterView::exportCsv()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString suggested
        = QDir(folder).filePath(QStringLiteral("roster-%1.csv").arg(m_date.toString(Qt::ISODate)));
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export the chair roster as CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    if (!saveCsv(path)) {
        QMessageBox::warning(this, tr("The roster could not be exported"),
            tr("%1 could not be written. Choose a folder you may write to, or close the file if another "
               "program has it open.")
                .arg(QDir::toNativeSeparators(path)));
    }
}

void RosterView::onPrintRequested()
{
    if (isVisible())
        print();
}

void RosterView::tick()
{
    // Today's schedule is asked to move on first, so that the new day is read once, there.
    if (m_todaySchedule->followsToday())
        m_todaySchedule->followToday();
    const QDate today = m_workspace.today();
    if (m_followToday && today != m_date) {
        setDate(today);
    } else {
        m_roster->setNow(m_workspace.clock().nowUtc());
        m_header->setDateText(dayTitle());
        m_today->setEnabled(m_date != today);
    }
    scheduleTick();
}

void RosterView::scheduleTick()
{
    const QTime now = m_workspace.clock().nowUtc().time();
    const int left = 60000 - (now.second() * 1000 + now.msec());
    m_tick.start(std::clamp(left, 1000, 60000));
}

} // namespace chairside
