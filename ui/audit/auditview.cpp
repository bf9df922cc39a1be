#include "audit/auditview.h"

#include "audit/auditcsv.h"
#include "audit/auditentrymodel.h"
#include "common/clock.h"
#include "common/error.h"
#include "scheduling/centertime.h"
#include "search/patientsearch.h"
#include "store/store.h"
#include "text/desktext.h"
#include "widgets/errornotice.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScopedValueRollback>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTextStream>
#include <QVBoxLayout>

namespace chairside {

namespace {

QLabel *captionFor(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

AuditView::AuditView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new AuditEntryModel(this))
    , m_patient(new QLineEdit(this))
    , m_patientFound(new QLabel(this))
    , m_user(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_action(new QComboBox(this))
    , m_breakGlassOnly(new QCheckBox(tr("&Break glass only"), this))
    , m_hideCliLogIns(new QCheckBox(tr("&Hide command-line log-ins"), this))
    , m_clear(new QPushButton(tr("C&lear filters"), this))
    , m_export(new QPushButton(tr("&Export CSV…"), this))
    , m_verify(new QPushButton(tr("&Verify trail"), this))
    , m_verdictIcon(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("auditView"));
    setAccessibleName(tr("Audit trail"));

    auto *title = new QLabel(tr("Audit trail"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    m_count->setObjectName(QStringLiteral("auditCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    m_patient->setObjectName(QStringLiteral("auditPatientField"));
    m_patient->setAccessibleName(tr("Patient"));
    m_patient->setPlaceholderText(tr("MRN or name, then Enter"));
    m_patient->setClearButtonEnabled(true);
    m_patientFound->setObjectName(QStringLiteral("auditPatientFound"));
    m_patientFound->setForegroundRole(QPalette::PlaceholderText);
    m_user->setObjectName(QStringLiteral("auditUserBox"));
    m_user->setAccessibleName(tr("User"));
    m_user->setEditable(true);
    m_user->setInsertPolicy(QComboBox::NoInsert);
    m_user->lineEdit()->setPlaceholderText(tr("Anyone"));
    m_user->setMinimumContentsLength(14);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(tr("d MMM yyyy", "date format"));
        edit->setMinimumDate(QDate(2000, 1, 1));
        // A date far before any record stands for "any day": the field says so.
        edit->setSpecialValueText(tr("Any day"));
        edit->setDate(edit->minimumDate());
    }
    m_from->setObjectName(QStringLiteral("auditFromDate"));
    m_from->setAccessibleName(tr("From day"));
    m_to->setObjectName(QStringLiteral("auditToDate"));
    m_to->setAccessibleName(tr("To day, included"));
    m_action->setObjectName(QStringLiteral("auditActionBox"));
    m_action->setAccessibleName(tr("Action"));
    m_action->addItem(tr("Any action"));
    for (AuditAction action : allAuditActions())
        m_action->addItem(auditActionLabel(action), int(action));
    m_breakGlassOnly->setObjectName(QStringLiteral("auditBreakGlassOnly"));
    m_breakGlassOnly->setAccessibleName(tr("Only emergency (break glass) entries"));
    m_hideCliLogIns->setObjectName(QStringLiteral("auditHideCliLogIns"));
    m_hideCliLogIns->setAccessibleName(tr("Hide the command-line tool's successful log-ins"));
    m_hideCliLogIns->setToolTip(tr("Every chairside-cli command logs in, so a script writes one log-in per "
                                   "command. What the commands did is still listed, and a failed log-in "
                                   "always is."));
    // Hidden at first: a script's hundred log-ins would bury what an auditor reads the trail for, and
    // nothing they did is hidden with them.
    m_hideCliLogIns->setChecked(true);
    m_clear->setObjectName(QStringLiteral("auditClearFilters"));
    m_export->setObjectName(QStringLiteral("exportCsvButton"));
    m_export->setAccessibleName(tr("Export the entries listed as CSV"));
    m_verify->setObjectName(QStringLiteral("verifyTrailButton"));
    m_verify->setAccessibleName(tr("Verify the audit trail"));
    m_verdict->setObjectName(QStringLiteral("verdictText"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *filters = new QGridLayout;
    filters->setHorizontalSpacing(14);
    filters->setVerticalSpacing(4);
    filters->addWidget(captionFor(tr("&Patient"), m_patient, this), 0, 0);
    filters->addWidget(captionFor(tr("&User"), m_user, this), 0, 1);
    filters->addWidget(captionFor(tr("&From"), m_from, this), 0, 2);
    filters->addWidget(captionFor(tr("&To"), m_to, this), 0, 3);
    filters->addWidget(captionFor(tr("&Action"), m_action, this), 0, 4);
    filters->addWidget(m_patient, 1, 0);
    filters->addWidget(m_user, 1, 1);
    filters->addWidget(m_from, 1, 2);
    filters->addWidget(m_to, 1, 3);
    filters->addWidget(m_action, 1, 4);
    filters->addWidget(m_breakGlassOnly, 1, 5);
    filters->addWidget(m_hideCliLogIns, 2, 5);
    filters->addWidget(m_clear, 1, 6);
    filters->addWidget(m_patientFound, 2, 0, 1, 2);
    filters->setColumnStretch(0, 3);
    filters->setColumnStretch(1, 2);
    filters->setColumnStretch(4, 2);
    filters->setColumnStretch(7, 1);

    auto *head = new QHBoxLayout;
    head->addWidget(title);
    head->addStretch(1);
    head->addWidget(m_count, 0, Qt::AlignBottom);

    auto *actions = new QHBoxLayout;
    actions->setSpacing(10);
    actions->addWidget(m_verify);
    actions->addWidget(m_verdictIcon);
    actions->addWidget(m_verdict, 1);
    actions->addWidget(m_export);

    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit entries, newest first"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() * 2);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setResizeContentsPrecision(200);
    m_table->horizontalHeader()->setSectionResizeMode(AuditEntryModel::ReasonColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->setSpacing(12);
    layout->addLayout(head);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);

    connect(m_patient, &QLineEdit::returnPressed, this, [this] {
        resolvePatient();
        reload();
    });
    connect(m_patient, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Clearing the field (its clear button) shows every patient again at once.
        if (text.isEmpty() && (m_patientId != 0 || m_patientUnresolved)) {
            resolvePatient();
            reload();
        }
    });
    connect(m_user, &QComboBox::currentTextChanged, this, [this] {
        if (!m_loading)
            reload();
    });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &AuditView::reload);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditView::reload);
    connect(m_breakGlassOnly, &QCheckBox::toggled, this, &AuditView::reload);
    connect(m_hideCliLogIns, &QCheckBox::toggled, this, &AuditView::reload);
    connect(m_clear, &QPushButton::clicked, this, &AuditView::clearFilters);
    connect(m_export, &QPushButton::clicked, this, &AuditView::chooseExportFile);
    connect(m_verify, &QPushButton::clicked, this, &AuditView::verifyTrail);
    resolvePatient();
}

AuditView::~AuditView() = default;

std::optional<AuditFilter> AuditView::filter() const
{
    if (m_patientUnresolved)
        return std::nullopt;
    AuditFilter filter;
    filter.patientId = m_patientId;
    filter.userName = m_user->currentText().trimmed();
    const Center &center = m_workspace.center();
    const bool zoned = center.timeZone().isValid();
    if (m_from->date() != m_from->minimumDate()) {
        filter.fromUtc = zoned ? CenterTime::dayStartUtc(center, m_from->date())
                               : QDateTime(m_from->date(), QTime(0, 0), QTimeZone::utc());
    }
    if (m_to->date() != m_to->minimumDate()) {
        filter.toUtc = zoned ? CenterTime::dayEndUtc(center, m_to->date())
                             : QDateTime(m_to->date().addDays(1), QTime(0, 0), QTimeZone::utc());
    }
    if (m_action->currentData().isValid())
        filter.action = AuditAction(m_action->currentData().toInt());
    filter.breakGlassOnly = m_breakGlassOnly->isChecked();
    filter.hideCliLogIns = m_hideCliLogIns->isChecked();
    return filter;
}

void AuditView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fillUsers();
    reload();
}

void AuditView::fillUsers()
{
    const QScopedValueRollback guard(m_loading, true);
    const QString typed = m_user->currentText();
    m_user->clear();
    m_user->addItem(QString());
    try {
        QStringList names;
        for (const User &user : m_workspace.store().users())
            names << user.name;
        names.sort(Qt::CaseInsensitive);
        m_user->addItems(names);
    } catch (const Error &error) {
        ErrorNotice::show(this, tr("The staff list could not be read"), error);
    }
    m_user->setCurrentText(typed);
}

void AuditView::resolvePatient()
{
    const QString text = m_patient->text().trimmed();
    m_patientId = 0;
    m_patientUnresolved = false;
    if (text.isEmpty()) {
        m_patientFound->setText(tr("Every patient."));
        return;
    }
    QList<PatientMatch> matches;
    try {
        matches = PatientSearch(m_workspace.store()).find(text, 6);
    } catch (const Error &error) {
        ErrorNotice::show(this, tr("The patient could not be looked up"), error);
    }
    if (!matches.isEmpty() && (matches.first().kind == MatchKind::Mrn || matches.size() == 1)) {
        const Patient &patient = matches.first().patient;
        m_patientId = patient.id;
        m_patientFound->setText(tr("%1, MRN %2.").arg(DeskText::spokenName(patient), patient.mrn));
        return;
    }
    m_patientUnresolved = true;
    if (matches.isEmpty())
        m_patientFound->setText(tr("No patient matches “%1”.").arg(text));
    else if (matches.size() > 5)
        m_patientFound->setText(tr("More than 5 patients match: type the MRN or more of the name."));
    else
        m_patientFound->setText(
            tr("%1 patients match: type the MRN or more of the name.").arg(matches.size()));
}

void AuditView::reload()
{
    if (m_loading)
        return;
    const std::optional<AuditFilter> wanted = filter();
    QList<AuditEntry> entries;
    QHash<qint64, QString> mrnOf;
    Store &store = m_workspace.store();
    try {
        if (wanted)
            entries = store.auditEntries(*wanted);
        for (const AuditEntry &entry : std::as_const(entries)) {
            const qint64 id = entry.event.patientId;
            if (id == 0 || mrnOf.contains(id))
                continue;
            const auto patient = store.patient(id);
            mrnOf.insert(id, patient ? patient->mrn : QString());
        }
    } catch (const Error &error) {
        ErrorNotice::show(this, tr("The audit trail could not be read"), error);
    }
    m_model->setEntries(m_workspace.center(), entries, mrnOf);
    m_table->resizeColumnsToContents();
    if (!wanted)
        m_count->setText(tr("Name one patient to see their entries."));
    else if (entries.size() >= wanted->limit)
        m_count->setText(
            tr("The newest %1 entries: narrow the filters to see older ones.").arg(entries.size()));
    else
        m_count->setText(tr("%n entries, newest first", nullptr, int(entries.size())));
    m_export->setEnabled(!entries.isEmpty());
}

void AuditView::clearFilters()
{
    {
        const QScopedValueRollback guard(m_loading, true);
        m_patient->clear();
        m_user->setCurrentText(QString());
        m_from->setDate(m_from->minimumDate());
        m_to->setDate(m_to->minimumDate());
        m_action->setCurrentIndex(0);
        m_breakGlassOnly->setChecked(false);
        m_hideCliLogIns->setChecked(true);
        resolvePatient();
    }
    reload();
}

void AuditView::chooseExportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested
        = QDir(folder).filePath(QStringLiteral("chairside-audit-%1.csv")
                                    .arg(m_workspace.today().toString(QStringLiteral("yyyy-MM-dd"))));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the audit entries"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

bool AuditView::exportCsv(const QString &path)
{
    const QList<AuditEntry> entries = m_model->entries();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        ErrorNotice::show(this, tr("The audit entries were not exported"),
            tr("%1 could not be written: %2. Choose another folder.")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    QTextStream out(&file);
    out.setEncoding(QStringConverter::Utf8);
    writeAuditCsv(out, entries);
    out.flush();
    if (out.status() != QTextStream::Ok) {
        file.cancelWriting();
        ErrorNotice::show(this, tr("The audit entries were not exported"),
            tr("%1 could not be written. Check the free space and choose another folder.")
                .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    // The export is itself on the record before the file exists: an export the trail cannot note is
    // not made.
    try {
        AuditEvent event;
        event.action = AuditAction::AuditExported;
        event.userName = m_workspace.user().name;
        event.patientId = m_patientId;
        event.reason = QStringLiteral("%1 entries as CSV").arg(entries.size());
        m_workspace.store().audit(event, m_workspace.clock().nowUtc());
    } catch (const Error &error) {
        file.cancelWriting();
        ErrorNotice::show(this, tr("The audit entries were not exported"), error);
        return false;
    }
    if (!file.commit()) {
        ErrorNotice::show(this, tr("The audit entries were not exported"),
            tr("%1 could not be saved: %2. Choose another folder.")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    reload();
    m_count->setText(
        tr("Exported %n entries to %1.", nullptr, int(entries.size())).arg(QFileInfo(path).fileName()));
    return true;
}

void AuditView::verifyTrail()
{
    AuditVerdict verdict;
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        verdict = m_workspace.store().verifyAudit();
        QApplication::restoreOverrideCursor();
    } catch (const Error &error) {
        QApplication::restoreOverrideCursor();
        ErrorNotice::show(this, tr("The audit trail could not be verified"), error);
        return;
    }
    const int iconSize = m_verdict->fontMetrics().height();
    QStyle *s = style();
    if (verdict.intact) {
        m_verdictIcon->setPixmap(s->standardIcon(QStyle::SP_DialogApplyButton).pixmap(iconSize, iconSize));
        m_verdict->setText(tr("Intact: %n entries checked, none changed, removed or out of order.", nullptr,
            int(verdict.entries)));
    } else {
        m_verdictIcon->setPixmap(s->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(iconSize, iconSize));
        m_verdict->setText(tr("NOT intact: %1").arg(verdict.problem));
    }
    m_verdict->setAccessibleName(m_verdict->text());
}

QString AuditView::verdictText() const
{
    return m_verdict->text();
}

} // namespace chairside
