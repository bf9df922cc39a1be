#include "reports/reportsview.h"

#include "common/clock.h"
#include "common/error.h"
#include "reports/noshowreport.h"
#include "reports/reportchart.h"
#include "reports/reportservice.h"
#include "reports/reschedulereport.h"
#include "reports/startsreport.h"
#include "reports/utilizationreport.h"
#include "reports/waitreport.h"
#include "reports/walkinreport.h"
#include "store/store.h"
#include "style/theme.h"
#include "widgets/pageheader.h"
#include "widgets/pdfpage.h"
#include "widgets/problembanner.h"
#include "workspace/workspace.h"

#include <QBuffer>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QStandardPaths>
#include <QStyle>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace chairside {

namespace {

QString money(qint64 cents)
{
    return QLocale().toCurrencyString(double(cents) / 100.0, QStringLiteral("$"));
}

QString percentText(int part, int whole)
{
    return whole > 0 ? QLocale().toString(100.0 * part / whole, 'f', 1) + QLatin1Char('%')
                     : QStringLiteral("—");
}

QString minutesText(double minutes)
{
    return QLocale().toString(minutes, 'f', 0);
}

} // namespace

ReportsView::ReportsView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_header(new PageHeader(tr("Reports"), tr("Days shown"), this))
    , m_kind(new QComboBox(this))
    , m_center(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_printButton(new QPushButton(tr("P&rint…"), this))
    , m_pdfButton(new QPushButton(tr("Save as P&DF…"), this))
    , m_csvButton(new QPushButton(tr("E&xport CSV…"), this))
    , m_summary(new QLabel(this))
    , m_problem(new ProblemBanner(this))
    , m_chart(new ReportChart(this))
    , m_table(new QTableWidget(this))
    , m_feedback(new QLabel(this))
{
    setObjectName(QStringLiteral("reportsView"));
    setAccessibleName(tr("Reports"));
    for (const ReportKind kind : allReportKinds())
        m_kind->addItem(reportKindLabel(kind), int(kind));
    const QDate today = m_workspace.today();
    m_to->setDate(today);
    m_from->setDate(today.addDays(-6));
    fillCenters();
    buildLayout();

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportsView::choiceChanged);
    connect(m_center, &QComboBox::currentIndexChanged, this, &ReportsView::choiceChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &ReportsView::choiceChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportsView::choiceChanged);
    connect(m_printButton, &QPushButton::clicked, this, &ReportsView::print);
    connect(m_pdfButton, &QPushButton::clicked, this, &ReportsView::saveAsPdf);
    connect(m_csvButton, &QPushButton::clicked, this, &ReportsView::exportCsv);
    connect(&m_workspace, &Workspace::centerChanged, this, [this] {
        fillCenters();
        choiceChanged();
    });
}

ReportsView::~ReportsView() = default;

void ReportsView::buildLayout()
{
    const int line = fontMetrics().height();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(line * 3 / 2, line, line * 3 / 2, line);
    layout->setSpacing(line * 3 / 4);

    m_kind->setObjectName(QStringLiteral("reportKind"));
    m_kind->setAccessibleName(tr("Report"));
    m_kind->setToolTip(tr("The report to show"));
    m_center->setObjectName(QStringLiteral("reportCenter"));
    m_center->setAccessibleName(tr("Center"));
    m_center->setVisible(m_center->count() > 1);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(tr("ddd d MMM yyyy", "date format"));
    }
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_from->setAccessibleName(tr("First day"));
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_to->setAccessibleName(tr("Last day"));
    m_printButton->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_pdfButton->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_printButton->setObjectName(QStringLiteral("printReportButton"));
    m_pdfButton->setObjectName(QStringLiteral("reportPdfButton"));
    m_csvButton->setObjectName(QStringLiteral("reportCsvButton"));
    m_printButton->setToolTip(tr("Print the report (Ctrl+P)"));
    m_pdfButton->setToolTip(tr("Save the report, chart and table, as a PDF file"));
    m_csvButton->setToolTip(tr("Save the report's table as CSV, for a spreadsheet"));
    for (QPushButton *button : {m_printButton, m_pdfButton, m_csvButton})
        button->setAutoDefault(false);

    auto *kindLabel = new QLabel(tr("Re&port"), this);
    kindLabel->setBuddy(m_kind);
    auto *fromLabel = new QLabel(tr("Fro&m"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To"), this);
    toLabel->setBuddy(m_to);
    auto *centerLabel = new QLabel(tr("&Center"), this);
    centerLabel->setBuddy(m_center);
    centerLabel->setVisible(m_center->isVisible());
    connect(m_center, &QComboBox::currentIndexChanged, centerLabel,
        [this, centerLabel] { centerLabel->setVisible(m_center->count() > 1); });
    for (QWidget *control : std::initializer_list<QWidget *> {
             kindLabel, m_kind, centerLabel, m_center, fromLabel, m_from, toLabel, m_to})
        m_header->addControl(control);
    m_header->addGap();
    for (QWidget *control : std::initializer_list<QWidget *> {m_printButton, m_pdfButton, m_csvButton})
        m_header->addControl(control);
    layout->addWidget(m_header);

    m_summary->setObjectName(QStringLiteral("reportSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    layout->addWidget(m_problem);
    layout->addWidget(m_chart, 3);

    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setAccessibleName(tr("The report's table"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(line * 3 / 2);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 2);

    m_feedback->setObjectName(QStringLiteral("reportFeedback"));
    m_feedback->setWordWrap(true);
    m_feedback->hide();
    layout->addWidget(m_feedback);
}

void ReportsView::fillCenters()
{
    const QScopedValueRollback guard(m_choosing, true);
    const qint64 current = m_center->count() > 0 ? centerId() : m_workspace.center().id;
    m_center->clear();
    try {
        for (const Center &center : m_workspace.store().centers())
            m_center->addItem(center.name, center.id);
    } catch (const Error &) {
        // Without the list the desk's own center stands alone; a failed read shows on the next report.
        m_center->addItem(m_workspace.center().name, m_workspace.center().id);
    }
    m_center->setCurrentIndex(std::max(0, m_center->findData(current)));
    m_center->setVisible(m_center->count() > 1);
}

ReportKind ReportsView::kind() const
{
    return ReportKind(m_kind->currentData().toInt());
}

QDate ReportsView::from() const
{
    return m_from->date();
}

QDate ReportsView::to() const
{
    return m_to->date();
}

qint64 ReportsView::centerId() const
{
    return m_center->currentData().toLongLong();
}

void ReportsView::choose(ReportKind kind, QDate from, QDate to)
{
    {
        const QScopedValueRollback guard(m_choosing, true);
        m_kind->setCurrentIndex(m_kind->findData(int(kind)));
        m_from->setDate(from);
        m_to->setDate(to);
    }
    m_stale = true;
    reload();
}

QString ReportsView::summary() const
{
    return m_summary->text();
}

QString ReportsView::problem() const
{
    return m_problem->message();
}

QString ReportsView::feedback() const
{
    return m_feedback->isHidden() ? QString() : m_feedback->text();
}

void ReportsView::choiceChanged()
{
    if (m_choosing)
        return;
    m_stale = true;
    if (isVisible())
        reload();
}

void ReportsView::refresh()
{
    m_stale = true;
    if (isVisible())
        reload();
}

void ReportsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void ReportsView::reload()
{
    m_stale = false;
    m_header->setDateText(dayText(from()) == dayText(to())
            ? dayText(from())
            : tr("%1 to %2").arg(dayText(from()), dayText(to())));
    ReportRecords records;
    try {
        records = ReportService(m_workspace.store(), m_workspace.clock())
                      .load(m_workspace.user(), kind(), centerId(), from(), to());
        m_problem->setMessage({});
    } catch (const Error &e) {
        m_problem->setMessage(e.message());
        m_summary->clear();
        m_chart->setData({});
        showTable({});
        return;
    }

    QString text;
    ReportTable table;
    switch (kind()) {
    case ReportKind::NoShows: {
        NoShowReport r = NoShowReport::of(records);
        const NoShowReport::Row &t = r.total;
        text = tr("%1 no-shows and %2 late cancellations among %3 appointments; %4 doses wasted, %5 of drug, "
                  "and %6 "
                  "in fees recorded. No-show rate: %7 of confirmed appointments, %8 of unconfirmed.")
                   .arg(t.noShows)
                   .arg(t.lateCancellations)
                   .arg(t.appointments)
                   .arg(t.wastedDoses)
                   .arg(money(t.wastedCostCents), money(t.feesCents),
                       percentText(r.confirmedNoShows, r.confirmedSettled),
                       percentText(r.unconfirmedNoShows, r.unconfirmedSettled));
        table = r.table();
        m_chart->setData(std::move(r));
        break;
    }
    case ReportKind::Utilization: {
        const UtilizationReport r = UtilizationReport::of(records);
        text = tr("%1 chairs; %2 of the chair time inside opening hours was used. Darker is busier.")
                   .arg(records.chairs)
                   .arg(percentText(int(r.total.usedChairMinutes), int(r.total.openChairMinutes)));
        table = r.table();
        m_chart->setData(r);
        break;
    }
    case ReportKind::Waits: {
        WaitReport r = WaitReport::of(records);
        text = tr(
            "%1 infusions started. From arrival to chair: %2 minutes on average, %3 for half of the patients "
            "or less, %4 for nine in ten or less.")
                   .arg(r.overall.count)
                   .arg(minutesText(r.overall.meanMinutes), minutesText(r.overall.medianMinutes),
                       minutesText(r.overall.p90Minutes));
        table = r.table();
        m_chart->setData(std::move(r));
        break;
    }
    case ReportKind::Starts: {
        StartsReport r = StartsReport::of(records);
        text = tr(
            "At most %1 infusions started in one 15-minute step; %2 steps had more starts than the nurses "
            "on shift could make. The dashed line is what they can start.")
                   .arg(r.peakStarts)
                   .arg(r.stepsOver);
        table = r.table();
        m_chart->setData(std::move(r));
        break;
    }
    case ReportKind::WalkIns: {
        const WalkInReport r = WalkInReport::of(records);
        text = tr("%1 patients came without an appointment and were turned away; %2 were booked at the desk.")
                   .arg(r.rows.size())
                   .arg(r.booked);
        table = r.table(records.center);
        m_chart->setData({});
        break;
    }
    case ReportKind::Reschedules: {
        RescheduleReport r = RescheduleReport::of(records);
        text = tr(
            "%1 appointments were sent to be rescheduled at the desk, %2 of them for a readiness problem "
            "the queue could have caught; %3 were moved.")
                   .arg(r.appointments)
                   .arg(r.readinessAppointments)
                   .arg(r.moved);
        table = r.table();
        m_chart->setData(std::move(r));
        break;
    }
    }
    m_summary->setText(text);
    showTable(table);
}

void ReportsView::showTable(const ReportTable &table)
{
    m_reportTable = table;
    m_table->clear();
    m_table->setColumnCount(int(table.header.size()));
    m_table->setHorizontalHeaderLabels(table.header);
    m_table->setRowCount(int(table.rows.size()));
    for (int row = 0; row < table.rows.size(); ++row) {
        const QStringList &cells = table.rows.at(row);
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
}

QString ReportsView::dayText(QDate date) const
{
    return QLocale().toString(date, tr("d MMM yyyy", "date format"));
}

QString ReportsView::title() const
{
    return tr("%1 — %2, %3 to %4")
        .arg(reportKindLabel(kind()), m_center->currentText(), dayText(from()), dayText(to()));
}

QString ReportsView::fileStem() const
{
    return QStringLiteral("%1-%2-%3")
        .arg(reportKindName(kind()), from().toString(Qt::ISODate), to().toString(Qt::ISODate));
}

std::unique_ptr<QTextDocument> ReportsView::document() const
{
    auto doc = std::make_unique<QTextDocument>();
    QString html
        = QStringLiteral("<h2>%1</h2><p>%2</p>").arg(title().toHtmlEscaped(), summary().toHtmlEscaped());
    if (!m_chart->isEmpty()) {
        // The chart painted at print size, twice the screen's pixels, so that it stays sharp on paper.
        const QSize size(1800, 700);
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            QFont font = m_chart->font();
            font.setPixelSize(22);
            painter.setFont(font);
            m_chart->paint(painter, QRectF(10, 10, size.width() - 20, size.height() - 20));
        }
        doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart.png")), image);
        html += QStringLiteral("<p><img src=\"chart.png\" width=\"900\"></p>");
    }
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr>");
    for (const QString &heading : m_reportTable.header)
        html += QStringLiteral("<th align=\"left\">%1</th>").arg(heading.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const QStringList &row : m_reportTable.rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : row)
            html += QStringLiteral("<td>%1</td>").arg(cell.toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    doc->setHtml(html);
    return doc;
}

bool ReportsView::printTo(QPagedPaintDevice *device) const
{
    device->setPageOrientation(QPageLayout::Landscape);
    document()->print(device);
    if (auto *printer = dynamic_cast<QPrinter *>(device))
        return printer->printerState() != QPrinter::Error;
    return true;
}

bool ReportsView::savePdf(const QString &path) const
{
    {
        // QPdfWriter says nothing when it cannot write: find out first.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return false;
    }
    QPdfWriter writer(path);
    preparePdfPage(writer, title());
    return printTo(&writer);
}

bool ReportsView::saveCsv(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QByteArray bytes = m_reportTable.csv().toUtf8();
    return file.write(bytes) == bytes.size() && file.flush();
}

void ReportsView::say(const QString &text, bool problem)
{
    QPalette palette = m_feedback->palette();
    palette.setColor(
        QPalette::WindowText, problem ? Theme::problemColor() : this->palette().color(QPalette::WindowText));
    m_feedback->setPalette(palette);
    m_feedback->setText(text);
    m_feedback->setVisible(!text.isEmpty());
}

void ReportsView::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(fileStem());
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!printTo(&printer)) {
        say(tr("The report could not be printed: the printer could not be started. Check that it is switched "
               "on "
               "and connected, or save the report as a PDF instead."),
            true);
    }
}

namespace {

QString suggestedPath(const QString &stem, const QString &suffix)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QDir(folder).filePath(stem + suffix);
}

} // namespace

void ReportsView::saveAs(const QString &title, const QString &suffix, const QString &filter,
    const std::function<bool(const QString &)> &write, const QString &savedText)
{
    QString path = QFileDialog::getSaveFileName(this, title, suggestedPath(fileStem(), suffix), filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    if (!write(path)) {
        say(tr("%1 could not be written. Choose a folder you may write to, or close the file if another "
               "program "
               "has it open.")
                .arg(QDir::toNativeSeparators(path)),
            true);
    } else {
        say(savedText.arg(QDir::toNativeSeparators(path)), false);
    }
}

void ReportsView::saveAsPdf()
{
    saveAs(
        tr("Save the report as PDF"), QStringLiteral(".pdf"), tr("PDF documents (*.pdf)"),
        [this](const QString &path) { return savePdf(path); }, tr("The report was saved as %1."));
}

void ReportsView::exportCsv()
{
    saveAs(
        tr("Export the report as CSV"), QStringLiteral(".csv"), tr("CSV files (*.csv)"),
        [this](const QString &path) { return saveCsv(path); }, tr("The table was saved as %1."));
}

} // namespace chairside
